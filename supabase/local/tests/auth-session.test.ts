// /auth/v1 sessions: password grant, access-token claims, refresh rotation and reuse,
// /user, logout scopes — through supabase-js and raw fetch with exact statuses and bodies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import {
  authErrorBody,
  authFetch,
  claimsOf,
  createUser,
  signIn,
  type SessionBody,
} from './support/auth.ts';

let gw: TestGateway;
let aliceId: string;
const PASSWORD = 'correct horse';

beforeAll(async () => {
  gw = await startTestGateway({ migrations: false });
  aliceId = await createUser(gw, 'alice@example.test', PASSWORD, {
    user_metadata: { full_name: 'Alice' },
    app_metadata: { tenant: 'helsinki' },
  });
});
afterAll(async () => {
  await gw?.close();
});

describe('POST /token?grant_type=password', () => {
  it('returns a session: 200, GoTrue shape, API-version header', async () => {
    const before = Math.floor(Date.now() / 1000);
    const res = await authFetch(gw, '/token?grant_type=password', {
      body: { email: 'Alice@Example.test', password: PASSWORD, gotrue_meta_security: {} },
    });
    const after = Math.ceil(Date.now() / 1000);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-supabase-api-version')).toBe('2024-01-01');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const s = res.body as SessionBody;
    expect(Object.keys(s).sort()).toEqual(
      ['access_token', 'expires_at', 'expires_in', 'refresh_token', 'token_type', 'user'].sort(),
    );
    expect(s.token_type).toBe('bearer');
    expect(s.expires_in).toBe(3600);
    expect(s.expires_at).toBeGreaterThanOrEqual(before + 3600);
    // Issued during the request (bcrypt may take seconds on a busy machine).
    expect(s.expires_at).toBeLessThanOrEqual(after + 3600);
    expect(s.refresh_token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(s.user).toMatchObject({
      id: aliceId,
      aud: 'authenticated',
      role: 'authenticated',
      email: 'alice@example.test',
      phone: '',
      app_metadata: { provider: 'email', providers: ['email'], tenant: 'helsinki' },
      user_metadata: { full_name: 'Alice' },
      is_anonymous: false,
    });
    for (const k of ['email_confirmed_at', 'confirmed_at', 'last_sign_in_at', 'created_at']) {
      expect(Date.parse(s.user[k] as string)).not.toBeNaN();
    }
    expect(s.user.identities).toEqual([
      expect.objectContaining({
        id: aliceId,
        user_id: aliceId,
        provider: 'email',
        email: 'alice@example.test',
        identity_data: expect.objectContaining({ sub: aliceId, email: 'alice@example.test' }),
      }),
    ]);
  });

  it('issues an HS256 access token with Supabase Auth claims', async () => {
    const s = await signIn(gw, 'alice@example.test', PASSWORD);
    const header = JSON.parse(
      Buffer.from(s.access_token.split('.')[0] ?? '', 'base64url').toString(),
    );
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
    const c = claimsOf(s.access_token);
    expect(c).toMatchObject({
      sub: aliceId,
      role: 'authenticated',
      aud: 'authenticated',
      iss: 'http://localhost:5173/auth/v1',
      email: 'alice@example.test',
      phone: '',
      app_metadata: { provider: 'email', providers: ['email'], tenant: 'helsinki' },
      user_metadata: { full_name: 'Alice' },
      aal: 'aal1',
      is_anonymous: false,
    });
    expect(c.exp).toBe(s.expires_at);
    expect((c.exp ?? 0) - (c.iat ?? 0)).toBe(3600);
    expect(c.session_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(c.amr).toEqual([{ method: 'password', timestamp: expect.any(Number) }]);
    const stored = await gw.db.query('select 1 from auth.sessions where id = $1', [c.session_id]);
    expect(stored.rows).toHaveLength(1);
  });

  it('supabase-js signInWithPassword stores the session', async () => {
    const client = gw.client();
    const { data, error } = await client.auth.signInWithPassword({
      email: 'alice@example.test',
      password: PASSWORD,
    });
    expect(error).toBeNull();
    expect(data.user?.id).toBe(aliceId);
    expect(data.session?.access_token).toBeTruthy();
    const { data: current } = await client.auth.getSession();
    expect(current.session?.user.email).toBe('alice@example.test');
  });

  it('wrong password → 400 invalid_credentials', async () => {
    const res = await authFetch(gw, '/token?grant_type=password', {
      body: { email: 'alice@example.test', password: 'wrong' },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('x-supabase-api-version')).toBe('2024-01-01');
    expect(res.body).toEqual(authErrorBody('invalid_credentials', 'Invalid login credentials'));
  });

  it('unknown e-mail → the same 400 invalid_credentials (supabase-js AuthApiError)', async () => {
    const { data, error } = await gw.client().auth.signInWithPassword({
      email: 'nobody@example.test',
      password: PASSWORD,
    });
    expect(data.session).toBeNull();
    expect(error?.name).toBe('AuthApiError');
    expect(error?.status).toBe(400);
    expect(error?.code).toBe('invalid_credentials');
    expect(error?.message).toBe('Invalid login credentials');
  });

  it('an unconfirmed e-mail → 400 email_not_confirmed', async () => {
    await createUser(gw, 'unconfirmed@example.test', PASSWORD, { email_confirm: false });
    const res = await authFetch(gw, '/token?grant_type=password', {
      body: { email: 'unconfirmed@example.test', password: PASSWORD },
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual(authErrorBody('email_not_confirmed', 'Email not confirmed'));
  });

  it('a banned user → 400 user_banned; a soft-deleted one → invalid_credentials', async () => {
    await createUser(gw, 'banned@example.test', PASSWORD, { ban_duration: '24h' });
    const banned = await authFetch(gw, '/token?grant_type=password', {
      body: { email: 'banned@example.test', password: PASSWORD },
    });
    expect(banned.status).toBe(400);
    expect(banned.body).toEqual(authErrorBody('user_banned', 'User is banned'));

    const goneId = await createUser(gw, 'gone@example.test', PASSWORD);
    await gw.db.query('update auth.users set deleted_at = now() where id = $1', [goneId]);
    const gone = await authFetch(gw, '/token?grant_type=password', {
      body: { email: 'gone@example.test', password: PASSWORD },
    });
    expect(gone.status).toBe(400);
    expect(gone.body).toEqual(authErrorBody('invalid_credentials', 'Invalid login credentials'));
  });

  it('accepts bcrypt hashes written by pgcrypto ($2a$) and by other tools ($2b$)', async () => {
    await gw.db.query(
      `insert into auth.users (id, email, encrypted_password, email_confirmed_at)
       values (gen_random_uuid(), 'pgcrypto@example.test',
               extensions.crypt('from-sql-1', extensions.gen_salt('bf', 8)), now())`,
    );
    expect((await signIn(gw, 'pgcrypto@example.test', 'from-sql-1')).user.email).toBe(
      'pgcrypto@example.test',
    );
    // $2b$ hash of "from-tool-2" (cost 4), as bcrypt libraries other than Go's write it.
    const bcrypt = (await import('bcryptjs')).default;
    const hash2b = bcrypt.hashSync('from-tool-2', 4);
    expect(hash2b.startsWith('$2b$')).toBe(true);
    await gw.db.query(
      `insert into auth.users (id, email, encrypted_password, email_confirmed_at)
       values (gen_random_uuid(), 'tool@example.test', $1, now())`,
      [hash2b],
    );
    expect((await signIn(gw, 'tool@example.test', 'from-tool-2')).user.email).toBe(
      'tool@example.test',
    );
  });

  it('a body that is not JSON → 400 bad_json; no e-mail → 400 validation_failed', async () => {
    const bad = await authFetch(gw, '/token?grant_type=password', { body: '{"email":' });
    expect(bad.status).toBe(400);
    expect((bad.body as { code: string }).code).toBe('bad_json');
    const missing = await authFetch(gw, '/token?grant_type=password', {
      body: { password: 'x' },
    });
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual(authErrorBody('validation_failed', 'missing email or phone'));
  });

  it('an unknown grant type → 400 validation_failed', async () => {
    const res = await authFetch(gw, '/token?grant_type=magic', { body: {} });
    expect(res.status).toBe(400);
    expect(res.body).toEqual(authErrorBody('validation_failed', 'unsupported_grant_type'));
  });
});

describe('POST /token?grant_type=refresh_token', () => {
  it('rotates: a new pair, the old refresh token revoked, same session', async () => {
    const first = await signIn(gw, 'alice@example.test', PASSWORD);
    const res = await authFetch(gw, '/token?grant_type=refresh_token', {
      body: { refresh_token: first.refresh_token },
    });
    expect(res.status).toBe(200);
    const second = res.body as SessionBody;
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(second.token_type).toBe('bearer');
    expect(second.user.id).toBe(aliceId);
    expect(claimsOf(second.access_token).session_id).toBe(claimsOf(first.access_token).session_id);
    const rows = await gw.db.query<{ token: string; revoked: boolean; parent: string | null }>(
      'select token, revoked, parent from auth.refresh_tokens where token = any($1) order by id',
      [[first.refresh_token, second.refresh_token]],
    );
    expect(rows.rows).toEqual([
      { token: first.refresh_token, revoked: true, parent: null },
      { token: second.refresh_token, revoked: false, parent: first.refresh_token },
    ]);
  });

  it('within 10 s (two tabs refreshing), the old token yields the same successor', async () => {
    const first = await signIn(gw, 'alice@example.test', PASSWORD);
    const second = (
      await authFetch(gw, '/token?grant_type=refresh_token', {
        body: { refresh_token: first.refresh_token },
      })
    ).body as SessionBody;
    const twin = await authFetch(gw, '/token?grant_type=refresh_token', {
      body: { refresh_token: first.refresh_token },
    });
    expect(twin.status).toBe(200);
    expect((twin.body as SessionBody).refresh_token).toBe(second.refresh_token);
    const tokens = await gw.db.query('select 1 from auth.refresh_tokens where session_id = $1', [
      claimsOf(first.access_token).session_id,
    ]);
    expect(tokens.rows).toHaveLength(2);
  });

  it('reusing a revoked token later → 400 refresh_token_already_used, and the session ends', async () => {
    const first = await signIn(gw, 'alice@example.test', PASSWORD);
    const second = (
      await authFetch(gw, '/token?grant_type=refresh_token', {
        body: { refresh_token: first.refresh_token },
      })
    ).body as SessionBody;
    // Past GoTrue's 10-second reuse interval.
    await gw.db.query(
      "update auth.refresh_tokens set updated_at = now() - interval '1 minute' where token = $1",
      [first.refresh_token],
    );
    const replay = await authFetch(gw, '/token?grant_type=refresh_token', {
      body: { refresh_token: first.refresh_token },
    });
    expect(replay.status).toBe(400);
    expect(replay.body).toEqual(
      authErrorBody('refresh_token_already_used', 'Invalid Refresh Token: Already Used'),
    );
    // The thief's and the owner's tokens die together.
    const next = await authFetch(gw, '/token?grant_type=refresh_token', {
      body: { refresh_token: second.refresh_token },
    });
    expect(next.status).toBe(400);
    expect((next.body as { code: string }).code).toBe('refresh_token_not_found');
    const user = await authFetch(gw, '/user', { bearer: second.access_token });
    expect(user.status).toBe(403);
    expect((user.body as { code: string }).code).toBe('session_not_found');
  });

  it('an unknown token → 400 refresh_token_not_found (supabase-js refreshSession)', async () => {
    const { data, error } = await gw.client().auth.refreshSession({ refresh_token: 'nope-nope' });
    expect(data.session).toBeNull();
    expect(error?.status).toBe(400);
    expect(error?.code).toBe('refresh_token_not_found');
    expect(error?.message).toBe('Invalid Refresh Token: Refresh Token Not Found');
  });

  it('supabase-js refreshSession rotates the stored session', async () => {
    const client = gw.client();
    const { data: signed } = await client.auth.signInWithPassword({
      email: 'alice@example.test',
      password: PASSWORD,
    });
    const { data, error } = await client.auth.refreshSession();
    expect(error).toBeNull();
    expect(data.session?.refresh_token).not.toBe(signed.session?.refresh_token);
    expect(data.user?.id).toBe(aliceId);
  });
});

describe('GET /user and PUT /user', () => {
  it('GET /user returns the user of the bearer', async () => {
    const s = await signIn(gw, 'alice@example.test', PASSWORD);
    const res = await authFetch(gw, '/user', { bearer: s.access_token });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-supabase-api-version')).toBe('2024-01-01');
    expect(res.body).toMatchObject({
      id: aliceId,
      email: 'alice@example.test',
      aud: 'authenticated',
    });
  });

  it('without a bearer → 401 no_authorization; the anon key as bearer → 403 bad_jwt', async () => {
    const none = await authFetch(gw, '/user');
    expect(none.status).toBe(401);
    expect(none.body).toEqual(
      authErrorBody('no_authorization', 'This endpoint requires a valid Bearer token'),
    );
    const anon = await authFetch(gw, '/user', { bearer: gw.anonKey });
    expect(anon.status).toBe(403);
    expect(anon.body).toEqual(
      authErrorBody(
        'bad_jwt',
        'invalid JWT: unable to parse or verify signature, invalid claim: missing sub claim',
      ),
    );
  });

  it('a forged or expired token → 403 bad_jwt', async () => {
    const s = await signIn(gw, 'alice@example.test', PASSWORD);
    const [h, p] = s.access_token.split('.');
    const forged = await authFetch(gw, '/user', { bearer: `${h}.${p}.${'A'.repeat(43)}` });
    expect(forged.status).toBe(403);
    expect((forged.body as { code: string }).code).toBe('bad_jwt');
    const expired = await gw.signJwt(
      { sub: aliceId, role: 'authenticated', exp: Math.floor(Date.now() / 1000) - 10 },
      {},
    );
    const old = await authFetch(gw, '/user', { bearer: expired });
    expect(old.status).toBe(403);
    expect(old.body).toEqual(
      authErrorBody(
        'bad_jwt',
        'invalid JWT: unable to parse or verify signature, token has invalid claims: token is expired',
      ),
    );
  });

  it('supabase-js getUser() and updateUser({data}) merge user_metadata only', async () => {
    const client = gw.client();
    await client.auth.signInWithPassword({ email: 'alice@example.test', password: PASSWORD });
    const { data: got, error: getError } = await client.auth.getUser();
    expect(getError).toBeNull();
    expect(got.user?.id).toBe(aliceId);
    const { data, error } = await client.auth.updateUser({
      data: { locale: 'sv', role: 'admin', provider: 'hacked' },
    });
    expect(error).toBeNull();
    expect(data.user?.user_metadata).toEqual({
      full_name: 'Alice',
      locale: 'sv',
      role: 'admin',
      provider: 'hacked',
    });
    expect(data.user?.app_metadata).toEqual({
      provider: 'email',
      providers: ['email'],
      tenant: 'helsinki',
    });
    // A null removes a key.
    const { data: again } = await client.auth.updateUser({
      data: { role: null, provider: null },
    });
    expect(again.user?.user_metadata).toEqual({ full_name: 'Alice', locale: 'sv' });
  });

  it('PUT /user password: weak → 422 weak_password; same → 422 same_password; new works', async () => {
    const id = await createUser(gw, 'pw@example.test', 'first-pass');
    const s = await signIn(gw, 'pw@example.test', 'first-pass');
    const other = await signIn(gw, 'pw@example.test', 'first-pass');
    const weak = await authFetch(gw, '/user', {
      method: 'PUT',
      bearer: s.access_token,
      body: { password: '123' },
    });
    expect(weak.status).toBe(422);
    expect(weak.body).toEqual({
      ...authErrorBody('weak_password', 'Password should be at least 6 characters.'),
      weak_password: { reasons: ['length'] },
    });
    const same = await authFetch(gw, '/user', {
      method: 'PUT',
      bearer: s.access_token,
      body: { password: 'first-pass' },
    });
    expect(same.status).toBe(422);
    expect((same.body as { code: string }).code).toBe('same_password');
    const ok = await authFetch(gw, '/user', {
      method: 'PUT',
      bearer: s.access_token,
      body: { password: 'second-pass' },
    });
    expect(ok.status).toBe(200);
    expect((ok.body as { id: string }).id).toBe(id);
    expect((await signIn(gw, 'pw@example.test', 'second-pass')).user.id).toBe(id);
    const old = await authFetch(gw, '/token?grant_type=password', {
      body: { email: 'pw@example.test', password: 'first-pass' },
    });
    expect(old.status).toBe(400);
    // The other session was signed out; this one lives on.
    const otherRefresh = await authFetch(gw, '/token?grant_type=refresh_token', {
      body: { refresh_token: other.refresh_token },
    });
    expect(otherRefresh.status).toBe(400);
    const mine = await authFetch(gw, '/token?grant_type=refresh_token', {
      body: { refresh_token: s.refresh_token },
    });
    expect(mine.status).toBe(200);
  });

  it('supabase-js updateUser with a weak password → AuthWeakPasswordError', async () => {
    const client = gw.client();
    await client.auth.signInWithPassword({ email: 'alice@example.test', password: PASSWORD });
    const { error } = await client.auth.updateUser({ password: 'abc' });
    expect(error?.name).toBe('AuthWeakPasswordError');
    expect(error?.status).toBe(422);
    expect(error?.code).toBe('weak_password');
  });
});

describe('POST /logout', () => {
  it('204, and the refresh token of the session dies (scope local)', async () => {
    const a = await signIn(gw, 'alice@example.test', PASSWORD);
    const b = await signIn(gw, 'alice@example.test', PASSWORD);
    const res = await authFetch(gw, '/logout?scope=local', { bearer: a.access_token, body: {} });
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect(res.headers.get('x-supabase-api-version')).toBe('2024-01-01');
    const dead = await authFetch(gw, '/token?grant_type=refresh_token', {
      body: { refresh_token: a.refresh_token },
    });
    expect(dead.status).toBe(400);
    expect(dead.body).toEqual(
      authErrorBody('refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found'),
    );
    const user = await authFetch(gw, '/user', { bearer: a.access_token });
    expect(user.status).toBe(403);
    expect(user.body).toEqual(
      authErrorBody('session_not_found', 'Session from session_id claim in JWT does not exist'),
    );
    // The other session is untouched.
    const alive = await authFetch(gw, '/token?grant_type=refresh_token', {
      body: { refresh_token: b.refresh_token },
    });
    expect(alive.status).toBe(200);
  });

  it('scope others keeps the current session; global (supabase-js signOut) ends all', async () => {
    const a = await signIn(gw, 'alice@example.test', PASSWORD);
    const b = await signIn(gw, 'alice@example.test', PASSWORD);
    const res = await authFetch(gw, '/logout?scope=others', { bearer: a.access_token, body: {} });
    expect(res.status).toBe(204);
    expect((await authFetch(gw, '/user', { bearer: a.access_token })).status).toBe(200);
    expect((await authFetch(gw, '/user', { bearer: b.access_token })).status).toBe(403);

    const client = gw.client();
    const { data } = await client.auth.signInWithPassword({
      email: 'alice@example.test',
      password: PASSWORD,
    });
    const { error } = await client.auth.signOut();
    expect(error).toBeNull();
    expect((await client.auth.getSession()).data.session).toBeNull();
    const sessions = await gw.db.query('select 1 from auth.sessions where user_id = $1', [aliceId]);
    expect(sessions.rows).toHaveLength(0);
    const refresh = await authFetch(gw, '/token?grant_type=refresh_token', {
      body: { refresh_token: data.session?.refresh_token },
    });
    expect(refresh.status).toBe(400);
  });

  it('an unknown scope → 400; no bearer → 401', async () => {
    const s = await signIn(gw, 'alice@example.test', PASSWORD);
    const bad = await authFetch(gw, '/logout?scope=everyone', { bearer: s.access_token, body: {} });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual(authErrorBody('validation_failed', 'Unsupported logout scope'));
    const none = await authFetch(gw, '/logout', { body: {} });
    expect(none.status).toBe(401);
  });
});
