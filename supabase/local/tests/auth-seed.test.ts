// The seeded demo accounts sign in through /auth/v1, their tokens get RLS-scoped reads from
// /rest/v1, and `npm run user:add` onboards a person end to end through the admin API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../../scripts/user-add.ts';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { claimsOf } from './support/auth.ts';

let gw: TestGateway;

beforeAll(async () => {
  gw = await startTestGateway({ seed: true });
});
afterAll(async () => {
  await gw?.close();
});

const DEMO = {
  admin: 'a0000000-0000-4000-8000-000000000001',
  director: 'a0000000-0000-4000-8000-000000000002',
  lead: 'a0000000-0000-4000-8000-000000000003',
  viewer: 'a0000000-0000-4000-8000-000000000004',
  lead2: 'a0000000-0000-4000-8000-000000000005',
} as const;
const DRAFT_PROJECT = '30000000-0000-4000-8000-000000000006';

async function signedIn(name: keyof typeof DEMO) {
  const client = gw.client();
  const { data, error } = await client.auth.signInWithPassword({
    email: `${name}@salkku.test`,
    password: 'salkku-demo',
  });
  if (error) throw error;
  return { client, session: data.session };
}

describe('seeded demo accounts', () => {
  it('each signs in with salkku-demo and gets a token for its own id', async () => {
    for (const [name, id] of Object.entries(DEMO) as [keyof typeof DEMO, string][]) {
      const { session } = await signedIn(name);
      expect(session?.user.id).toBe(id);
      expect(claimsOf(session?.access_token ?? '')).toMatchObject({
        sub: id,
        role: 'authenticated',
        email: `${name}@salkku.test`,
      });
    }
  });

  it('a token reads only what RLS allows: own roles, directors all', async () => {
    const lead = await signedIn('lead');
    const leadRoles = await lead.client.from('user_roles').select('user_id, role');
    expect(leadRoles.error).toBeNull();
    expect(leadRoles.data).toEqual([]);

    const viewer = await signedIn('viewer');
    const viewerRoles = await viewer.client.from('user_roles').select('user_id, role');
    expect(viewerRoles.data).toEqual([{ user_id: DEMO.viewer, role: 'viewer' }]);

    const director = await signedIn('director');
    const all = await director.client.from('user_roles').select('role').order('role');
    expect(all.data?.map((r) => r.role)).toEqual(['admin', 'director', 'viewer']);
  });

  it('drafts: hidden from anonymous visitors, visible to a viewer', async () => {
    const anon = await gw.client().from('projects').select('id').eq('id', DRAFT_PROJECT);
    expect(anon.error).toBeNull();
    expect(anon.data).toEqual([]);
    const viewer = await signedIn('viewer');
    const seen = await viewer.client.from('projects').select('id').eq('id', DRAFT_PROJECT);
    expect(seen.data).toEqual([{ id: DRAFT_PROJECT }]);
  });

  it('after sign-out the refresh token no longer works', async () => {
    const { client, session } = await signedIn('lead2');
    await client.auth.signOut();
    const { error } = await gw
      .client()
      .auth.refreshSession({ refresh_token: session?.refresh_token ?? '' });
    expect(error?.code).toBe('refresh_token_not_found');
  });
});

describe('npm run user:add against the gateway', () => {
  it('creates the sign-in, role, person and project lead; re-running changes nothing', async () => {
    const result = await addUser({
      url: gw.url,
      serviceKey: gw.serviceRoleKey,
      email: 'Uusi.Vetaja@hel.test',
      role: 'viewer',
      lead: ['kiertotalot'],
      name: 'Uusi Vetäjä',
    });
    expect(result.created).toBe(true);
    expect(result.password).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(result.projects).toEqual(['kiertotalot']);

    const q = async (sql: string) => (await gw.db.query(sql, [result.userId])).rows;
    expect(await q('select role from public.user_roles where user_id = $1')).toEqual([
      { role: 'viewer' },
    ]);
    expect(await q('select full_name, email from public.people where user_id = $1')).toEqual([
      { full_name: 'Uusi Vetäjä', email: 'uusi.vetaja@hel.test' },
    ]);
    expect(
      await q(
        `select p.slug, m.role from public.project_members m
           join public.projects p on p.id = m.project_id where m.user_id = $1`,
      ),
    ).toEqual([{ slug: 'kiertotalot', role: 'lead' }]);

    // The new person signs in and sees their own membership through RLS.
    const client = gw.client();
    const { error } = await client.auth.signInWithPassword({
      email: 'uusi.vetaja@hel.test',
      password: result.password ?? '',
    });
    expect(error).toBeNull();
    const own = await client.from('project_members').select('role');
    expect(own.data).toEqual([{ role: 'lead' }]);

    const again = await addUser({
      url: gw.url,
      serviceKey: gw.serviceRoleKey,
      email: 'uusi.vetaja@hel.test',
      role: 'viewer',
      lead: ['kiertotalot'],
    });
    expect(again).toMatchObject({ created: false, userId: result.userId, password: undefined });
    expect(await q('select 1 from public.people where user_id = $1')).toHaveLength(1);
    expect(await q('select 1 from public.project_members where user_id = $1')).toHaveLength(1);
  });

  it('links an existing person with the same e-mail instead of duplicating them', async () => {
    await gw.db.query(
      "insert into public.people (full_name, email) values ('Olemassa Oleva', 'olemassa@hel.test')",
    );
    const result = await addUser({
      url: gw.url,
      serviceKey: gw.serviceRoleKey,
      email: 'olemassa@hel.test',
      role: 'director',
      lead: [],
      password: 'chosen-pass-1',
    });
    const people = await gw.db.query(
      "select full_name, user_id from public.people where email = 'olemassa@hel.test'",
    );
    expect(people.rows).toEqual([{ full_name: 'Olemassa Oleva', user_id: result.userId }]);
    expect(result.password).toBeUndefined();
  });

  it('an unknown project slug fails before anything is created', async () => {
    await expect(
      addUser({
        url: gw.url,
        serviceKey: gw.serviceRoleKey,
        email: 'typo@hel.test',
        role: 'viewer',
        lead: ['no-such-project'],
      }),
    ).rejects.toThrow('No project with slug "no-such-project"');
    const users = await gw.db.query("select 1 from auth.users where email = 'typo@hel.test'");
    expect(users.rows).toHaveLength(0);
  });

  it('the anon key cannot onboard anyone (403 not_admin)', async () => {
    await expect(
      addUser({
        url: gw.url,
        serviceKey: gw.anonKey,
        email: 'sneaky@hel.test',
        role: 'admin',
        lead: [],
      }),
    ).rejects.toMatchObject({ code: 'not_admin', status: 403 });
  });
});
