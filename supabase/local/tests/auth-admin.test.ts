// /auth/v1/admin/users with the service role (and 403 not_admin without it), through
// supabase-js's auth.admin and raw fetch for the pagination headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { authErrorBody, authFetch, createUser, signIn } from './support/auth.ts';

let gw: TestGateway;

beforeAll(async () => {
  gw = await startTestGateway({ migrations: false });
});
afterAll(async () => {
  await gw?.close();
});

const admin = () => gw.client(gw.serviceRoleKey);

describe('not_admin', () => {
  it('the anon key, or a user token, as bearer → 403 not_admin on every admin route', async () => {
    const userId = await createUser(gw, 'plain@example.test', 'plain-pass');
    const s = await signIn(gw, 'plain@example.test', 'plain-pass');
    for (const bearer of [gw.anonKey, s.access_token]) {
      for (const [method, path] of [
        ['GET', '/admin/users'],
        ['POST', '/admin/users'],
        ['GET', `/admin/users/${userId}`],
        ['PUT', `/admin/users/${userId}`],
        ['DELETE', `/admin/users/${userId}`],
      ] as const) {
        const res = await authFetch(gw, path, {
          method,
          bearer,
          body: method === 'GET' ? undefined : {},
        });
        expect(res.status, `${method} ${path}`).toBe(403);
        expect(res.body).toEqual(authErrorBody('not_admin', 'User not allowed'));
        expect(res.headers.get('x-supabase-api-version')).toBe('2024-01-01');
      }
    }
  });

  it('supabase-js with the anon key → AuthApiError not_admin', async () => {
    const { data, error } = await gw.client().auth.admin.listUsers();
    expect(data.users).toEqual([]);
    expect(error?.status).toBe(403);
    expect(error?.code).toBe('not_admin');
  });

  it('no bearer at all → 401 no_authorization', async () => {
    const res = await authFetch(gw, '/admin/users');
    expect(res.status).toBe(401);
    expect((res.body as { code: string }).code).toBe('no_authorization');
  });
});

describe('POST /admin/users', () => {
  it('creates a confirmed user with metadata; the user can sign in', async () => {
    const { data, error } = await admin().auth.admin.createUser({
      email: 'New.Person@Example.test',
      password: 'new-person-1',
      email_confirm: true,
      user_metadata: { full_name: 'New Person' },
      app_metadata: { org: 'hel' },
    });
    expect(error).toBeNull();
    expect(data.user).toMatchObject({
      email: 'new.person@example.test',
      aud: 'authenticated',
      role: 'authenticated',
      user_metadata: { full_name: 'New Person' },
      app_metadata: { provider: 'email', providers: ['email'], org: 'hel' },
    });
    expect(data.user?.email_confirmed_at).toBeTruthy();
    const s = await signIn(gw, 'new.person@example.test', 'new-person-1');
    expect(s.user.id).toBe(data.user?.id);
    const stored = await gw.db.query<{ encrypted_password: string }>(
      'select encrypted_password from auth.users where id = $1',
      [data.user?.id],
    );
    expect(stored.rows[0]?.encrypted_password).toMatch(/^\$2a\$10\$.{53}$/);
  });

  it('a duplicate e-mail (any case) → 422 email_exists', async () => {
    await createUser(gw, 'dup@example.test', 'dup-pass-1');
    const res = await authFetch(gw, '/admin/users', {
      bearer: gw.serviceRoleKey,
      body: { email: 'DUP@example.test', password: 'whatever1' },
    });
    expect(res.status).toBe(422);
    expect(res.body).toEqual(
      authErrorBody('email_exists', 'A user with this email address has already been registered'),
    );
    const { error } = await admin().auth.admin.createUser({ email: 'dup@example.test' });
    expect(error?.code).toBe('email_exists');
  });

  it('a short password → 422 weak_password; a bad e-mail → 400 email_address_invalid', async () => {
    const weak = await authFetch(gw, '/admin/users', {
      bearer: gw.serviceRoleKey,
      body: { email: 'weak@example.test', password: '12345' },
    });
    expect(weak.status).toBe(422);
    expect((weak.body as { code: string }).code).toBe('weak_password');
    const bad = await authFetch(gw, '/admin/users', {
      bearer: gw.serviceRoleKey,
      body: { email: 'not-an-email', password: '123456' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual(
      authErrorBody('email_address_invalid', 'Email address "not-an-email" is invalid'),
    );
  });
});

describe('GET /admin/users', () => {
  it('pages with X-Total-Count and Link headers; body {users, aud}', async () => {
    for (let i = 0; i < 3; i++) await createUser(gw, `page${i}@example.test`, 'page-pass-1');
    const total = Number(
      (await gw.db.query<{ n: number }>('select count(*)::int as n from auth.users')).rows[0]?.n,
    );
    const res = await authFetch(gw, '/admin/users?page=1&per_page=2', {
      bearer: gw.serviceRoleKey,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-total-count')).toBe(String(total));
    const last = Math.ceil(total / 2);
    const base = 'http://localhost:5173/auth/v1/admin/users';
    expect(res.headers.get('link')).toBe(
      `<${base}?page=2&per_page=2>; rel="next", <${base}?page=${last}&per_page=2>; rel="last"`,
    );
    const body = res.body as { users: { email: string }[]; aud: string };
    expect(body.aud).toBe('authenticated');
    expect(body.users).toHaveLength(2);

    const { data, error } = await admin().auth.admin.listUsers({ page: 1, perPage: 2 });
    expect(error).toBeNull();
    expect(data.users).toHaveLength(2);
    expect(data).toMatchObject({ aud: 'authenticated', nextPage: 2, lastPage: last, total });
  });

  it('the last page has only rel="last"', async () => {
    const res = await authFetch(gw, '/admin/users?page=1&per_page=1000', {
      bearer: gw.serviceRoleKey,
    });
    expect(res.headers.get('link')).toBe(
      '<http://localhost:5173/auth/v1/admin/users?page=1&per_page=1000>; rel="last"',
    );
  });
});

describe('GET|PUT|DELETE /admin/users/{id}', () => {
  it('gets a user; an unknown id → 404 user_not_found', async () => {
    const id = await createUser(gw, 'get@example.test', 'get-pass-1');
    const { data, error } = await admin().auth.admin.getUserById(id);
    expect(error).toBeNull();
    expect(data.user?.email).toBe('get@example.test');
    const res = await authFetch(gw, '/admin/users/00000000-0000-4000-8000-000000000999', {
      bearer: gw.serviceRoleKey,
    });
    expect(res.status).toBe(404);
    expect(res.body).toEqual(authErrorBody('user_not_found', 'User not found'));
  });

  it('updates password, metadata (merged), e-mail and ban', async () => {
    const id = await createUser(gw, 'upd@example.test', 'upd-pass-1', {
      user_metadata: { a: 1 },
    });
    const { data, error } = await admin().auth.admin.updateUserById(id, {
      password: 'upd-pass-2',
      user_metadata: { b: 2 },
      app_metadata: { roles: ['x'] },
      email: 'upd2@example.test',
    });
    expect(error).toBeNull();
    expect(data.user).toMatchObject({
      email: 'upd2@example.test',
      user_metadata: { a: 1, b: 2 },
      app_metadata: { provider: 'email', providers: ['email'], roles: ['x'] },
    });
    const s = await signIn(gw, 'upd2@example.test', 'upd-pass-2');
    expect(s.user.id).toBe(id);

    const banned = await admin().auth.admin.updateUserById(id, { ban_duration: '1h' });
    expect(banned.data.user?.banned_until).toBeTruthy();
    const refused = await authFetch(gw, '/token?grant_type=password', {
      body: { email: 'upd2@example.test', password: 'upd-pass-2' },
    });
    expect(refused.body).toEqual(authErrorBody('user_banned', 'User is banned'));
    // The ban ended the sessions the user had.
    const refresh = await authFetch(gw, '/token?grant_type=refresh_token', {
      body: { refresh_token: s.refresh_token },
    });
    expect(refresh.status).toBe(400);
    await admin().auth.admin.updateUserById(id, { ban_duration: 'none' });
    expect((await signIn(gw, 'upd2@example.test', 'upd-pass-2')).user.id).toBe(id);
  });

  it('changing to a taken e-mail → 422 email_exists', async () => {
    await createUser(gw, 'taken@example.test', 'taken-pass-1');
    const id = await createUser(gw, 'mover@example.test', 'mover-pass-1');
    const res = await authFetch(gw, `/admin/users/${id}`, {
      method: 'PUT',
      bearer: gw.serviceRoleKey,
      body: { email: 'taken@example.test' },
    });
    expect(res.status).toBe(422);
    expect((res.body as { code: string }).code).toBe('email_exists');
  });

  it('deletes a user (their sessions go too); soft delete keeps the row', async () => {
    const id = await createUser(gw, 'del@example.test', 'del-pass-1');
    const s = await signIn(gw, 'del@example.test', 'del-pass-1');
    const { error } = await admin().auth.admin.deleteUser(id);
    expect(error).toBeNull();
    expect((await gw.db.query('select 1 from auth.users where id = $1', [id])).rows).toHaveLength(
      0,
    );
    const user = await authFetch(gw, '/user', { bearer: s.access_token });
    expect(user.status).toBe(403);
    const again = await authFetch(gw, `/admin/users/${id}`, {
      method: 'DELETE',
      bearer: gw.serviceRoleKey,
      body: {},
    });
    expect(again.status).toBe(404);

    const softId = await createUser(gw, 'soft@example.test', 'soft-pass-1');
    const soft = await admin().auth.admin.deleteUser(softId, true);
    expect(soft.error).toBeNull();
    const row = await gw.db.query<{ deleted_at: Date | null; email: string | null }>(
      'select deleted_at, email from auth.users where id = $1',
      [softId],
    );
    expect(row.rows[0]?.deleted_at).toBeInstanceOf(Date);
    const signin = await authFetch(gw, '/token?grant_type=password', {
      body: { email: 'soft@example.test', password: 'soft-pass-1' },
    });
    expect(signin.status).toBe(400);
    // The e-mail is free again.
    await createUser(gw, 'soft@example.test', 'soft-pass-2');
  });
});
