// A banned or soft-deleted director's access token is still validly signed until it expires,
// but the database stops counting their roles at once (migration revoked_accounts), so the
// token can no longer write through /rest/v1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { authFetch, createUser, signIn } from './support/auth.ts';

let gw: TestGateway;

beforeAll(async () => {
  gw = await startTestGateway({ migrations: true, seed: false });
});
afterAll(async () => {
  await gw?.close();
});

async function director(email: string) {
  const id = await createUser(gw, email, 'director-pass-1');
  await gw.db.query(`insert into public.user_roles (user_id, role) values ($1, 'director')`, [id]);
  const session = await signIn(gw, email, 'director-pass-1');
  return { id, token: session.access_token };
}

const programme = (slug: string) => ({
  slug,
  name: slug,
  starts_on: '2026-01-01',
  ends_on: '2026-12-31',
});

describe("a revoked director's still-valid token", () => {
  it('banned: can no longer insert or update', async () => {
    const { id, token } = await director('banned-director@example.test');
    const db = gw.client(token);
    expect((await db.from('programmes').insert(programme('ennen-bannia'))).error).toBeNull();
    const updated = await db
      .from('programmes')
      .update({ description: 'Ennen' })
      .eq('slug', 'ennen-bannia')
      .select('id');
    expect(updated.error).toBeNull();
    expect(updated.data).toHaveLength(1);

    const ban = await authFetch(gw, `/admin/users/${id}`, {
      method: 'PUT',
      bearer: gw.serviceRoleKey,
      body: { ban_duration: '24h' },
    });
    expect(ban.status).toBe(200);

    const insert = await db.from('programmes').insert(programme('bannin-jalkeen'));
    expect(insert.error?.code).toBe('42501');
    expect(insert.status).toBe(403);
    const update = await db
      .from('programmes')
      .update({ description: 'Bannattu' })
      .eq('slug', 'ennen-bannia')
      .select('id');
    expect(update.error).toBeNull();
    expect(update.data).toEqual([]);
    const access = await db.rpc('my_access');
    expect(access.data).toMatchObject({ roles: [], memberships: [] });
  });

  it('soft-deleted: can no longer insert', async () => {
    const { id, token } = await director('deleted-director@example.test');
    const db = gw.client(token);
    expect((await db.from('programmes').insert(programme('ennen-poistoa'))).error).toBeNull();
    const removed = await authFetch(gw, `/admin/users/${id}`, {
      method: 'DELETE',
      bearer: gw.serviceRoleKey,
      body: { should_soft_delete: true },
    });
    expect(removed.status).toBe(200);
    const insert = await db.from('programmes').insert(programme('poiston-jalkeen'));
    expect(insert.error?.code).toBe('42501');
  });
});
