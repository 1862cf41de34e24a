// The API gateway in front of /rest/v1 and /auth/v1 as Supabase's (Kong) behaves: only the
// project's anon and service_role keys are API keys; CORS for any origin without credentials;
// bearer tokens signed with the project secret in HS256, HS384 or HS512.
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { authFetch, createUser, signIn } from './support/auth.ts';

let gw: TestGateway;

beforeAll(async () => {
  gw = await startTestGateway({
    migrations: false,
    setupSql: [
      `create table public.notes (id int primary key, body text);
       grant select on public.notes to anon, authenticated;
       insert into public.notes values (1, 'hello');`,
    ],
  });
});
afterAll(async () => {
  await gw?.close();
});

const rest = (path: string, headers: Record<string, string>) =>
  fetch(`${gw.url}/rest/v1${path}`, { headers });

const INVALID_KEY = {
  message: 'Invalid API key',
  hint: 'Double check your Supabase `anon` or `service_role` API key.',
};

describe('apikey: only the anon and service_role keys', () => {
  it('a valid user JWT as apikey → 401 Invalid API key (REST and Auth)', async () => {
    await createUser(gw, 'keyed@example.test', 'keyed-password-1');
    const session = await signIn(gw, 'keyed@example.test', 'keyed-password-1');
    const viaRest = await rest('/notes', { apikey: session.access_token });
    expect(viaRest.status).toBe(401);
    expect(await viaRest.json()).toEqual(INVALID_KEY);
    const viaAuth = await authFetch(gw, '/user', {
      apikey: session.access_token,
      bearer: session.access_token,
    });
    expect(viaAuth.status).toBe(401);
    expect(viaAuth.body).toEqual(INVALID_KEY);
  });

  it('a JWT signed with the secret that is not one of the two keys → 401, even with role anon', async () => {
    const other = await gw.signJwt({ role: 'anon' }, { expiresIn: '1h' });
    expect((await rest('/notes', { apikey: other })).status).toBe(401);
    const service = await gw.signJwt({ role: 'service_role' }, { expiresIn: '1h' });
    expect((await rest('/notes', { apikey: service })).status).toBe(401);
  });

  it('the anon key and the service_role key work', async () => {
    expect((await rest('/notes', { apikey: gw.anonKey })).status).toBe(200);
    expect((await rest('/notes', { apikey: gw.serviceRoleKey })).status).toBe(200);
  });
});

describe('CORS as the Supabase API gateway answers', () => {
  it('any origin gets Access-Control-Allow-Origin: *, never credentials', async () => {
    const res = await rest('/notes', { apikey: gw.anonKey, Origin: 'https://evil.example' });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    const auth = await authFetch(gw, '/health', { headers: { Origin: 'https://evil.example' } });
    expect(auth.headers.get('access-control-allow-origin')).toBe('*');
    expect(auth.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it("a preflight: 200, Kong's default methods, the requested headers allowed", async () => {
    const res = await fetch(`${gw.url}/auth/v1/token?grant_type=password`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://app.example.test',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'apikey,authorization,content-type,x-client-info',
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('access-control-allow-methods')).toBe(
      'GET,HEAD,PUT,PATCH,POST,DELETE,OPTIONS,TRACE,CONNECT',
    );
    expect(res.headers.get('access-control-allow-headers')).toBe(
      'apikey,authorization,content-type,x-client-info',
    );
    expect(await res.text()).toBe('');
  });
});

describe('bearer tokens signed with the project secret in HS384 and HS512', () => {
  const sign = (alg: string, claims: Record<string, unknown>) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg, typ: 'JWT' })
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(gw.jwtSecret));

  for (const alg of ['HS384', 'HS512']) {
    it(`${alg}: accepted by /rest/v1 and /auth/v1/user`, async () => {
      const email = `${alg.toLowerCase()}@example.test`;
      const id = await createUser(gw, email, 'hs-password-1');
      const token = await sign(alg, { sub: id, role: 'authenticated', aud: 'authenticated' });
      const res = await rest('/notes?select=id', {
        apikey: gw.anonKey,
        Authorization: `Bearer ${token}`,
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual([{ id: 1 }]);
      const user = await authFetch(gw, '/user', { bearer: token });
      expect(user.status).toBe(200);
      expect((user.body as { email: string }).email).toBe(email);
    });
  }

  it('another secret in HS512 → 401 PGRST301', async () => {
    const forged = await new SignJWT({ role: 'authenticated' })
      .setProtectedHeader({ alg: 'HS512' })
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-of-sufficient-length-000000000000'));
    const res = await rest('/notes', { apikey: gw.anonKey, Authorization: `Bearer ${forged}` });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { code: string }).code).toBe('PGRST301');
  });
});
