// The HTTP front: API key and JWT checks with PostgREST's codes, CORS preflight and
// exposed headers, the body cap, max-rows, the middleware variant.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../gateway/http.ts';
import { startRestFixture, type RestFixture } from './support/rest-fixture.ts';

let f: RestFixture;

beforeAll(async () => {
  f = await startRestFixture({ maxRows: 3, maxBodyBytes: 4096, schemas: ['public', 'api'] });
});
afterAll(async () => {
  await f.close();
});

const raw = (path: string, init: RequestInit = {}) => fetch(`${f.url}${path}`, init);

describe('API key and JWT', () => {
  it('no apikey → 401', async () => {
    const res = await raw('/rest/v1/authors');
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      message: 'No API key found in request',
      hint: 'No `apikey` request header or url param was found.',
    });
  });

  it('an apikey not signed with our secret → 401 Invalid API key', async () => {
    const res = await raw('/rest/v1/authors', { headers: { apikey: 'not-a-key' } });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      message: 'Invalid API key',
      hint: 'Double check your Supabase `anon` or `service_role` API key.',
    });
  });

  it('the apikey may come as a query parameter', async () => {
    const res = await raw(`/rest/v1/authors?select=id&id=eq.1&apikey=${f.anonKey}`);
    expect(res.status).toBe(200);
  });

  it('a bearer with a bad signature → 401 PGRST301 with WWW-Authenticate', async () => {
    const parts = f.editorToken.split('.');
    const forged = `${parts[0]}.${parts[1]}.${'A'.repeat(43)}`;
    const res = await f.rest('/authors', { token: forged });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe(
      'Bearer error="invalid_token", error_description="JWSError JWSInvalidSignature"',
    );
    expect(await res.json()).toEqual({
      code: 'PGRST301',
      details: null,
      hint: null,
      message: 'JWSError JWSInvalidSignature',
    });
  });

  it('a malformed bearer → 401 PGRST301', async () => {
    const res = await f.rest('/authors', { token: 'abc' });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      code: 'PGRST301',
      details: null,
      hint: null,
      message: 'Expected 3 parts in JWT; got 1',
    });
  });

  it('an expired bearer → 401 PGRST303', async () => {
    const expired = await f.signJwt({
      role: 'authenticated',
      sub: 'x',
      exp: Math.floor(Date.now() / 1000) - 60,
    });
    const res = await f.rest('/authors', { token: expired });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe(
      'Bearer error="invalid_token", error_description="JWT expired"',
    );
    expect(await res.json()).toEqual({
      code: 'PGRST303',
      details: null,
      hint: null,
      message: 'JWT expired',
    });
    const c = f.client(expired);
    const r = await c.from('authors').select('id');
    expect(r.status).toBe(401);
    expect(r.error?.code).toBe('PGRST303');
  });

  it('a role that is not an API role → 401 22023', async () => {
    const token = await f.signJwt({ role: 'postgres' });
    const res = await f.rest('/authors', { token });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      code: '22023',
      details: null,
      hint: null,
      message: 'role "postgres" does not exist',
    });
  });

  it('no bearer → the apikey role (anon); the service key → service_role', async () => {
    const anon = await (await f.rest('/rpc/whoami')).json();
    expect(anon).toMatchObject({ role: 'anon' });
    const svc = await (await f.rest('/rpc/whoami', { token: f.serviceRoleKey })).json();
    expect(svc).toMatchObject({ role: 'service_role' });
  });
});

describe('per-request context', () => {
  it('role and claims live only inside the request transaction', async () => {
    await f.rest('/rpc/whoami', { token: f.editorToken });
    const after = await f.db.query<{ u: string; c: string | null; r: string | null }>(
      `select current_user as u, current_setting('request.jwt.claims', true) as c,
              current_setting('request.method', true) as r`,
    );
    expect(after.rows[0]?.u).toBe('postgres');
    expect(after.rows[0]?.c ?? '').toBe('');
    expect(after.rows[0]?.r ?? '').toBe('');
  });

  it('concurrent requests with different roles each see their own', async () => {
    const tokens = [undefined, f.readerToken, f.editorToken, f.serviceRoleKey];
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        f
          .rest('/rpc/whoami', { token: tokens[i % 4] })
          .then((r) => r.json() as Promise<{ role: string; sub: string | null }>),
      ),
    );
    results.forEach((r, i) => {
      expect(r.role).toBe(['anon', 'authenticated', 'authenticated', 'service_role'][i % 4]);
    });
  });
});

describe('a second exposed schema', () => {
  it('Accept-Profile/Content-Profile select it; types from other schemas still resolve', async () => {
    await f.db.exec(`
      create type public.mood as enum ('happy', 'grumpy');
      create schema api;
      grant usage on schema api to anon, authenticated, service_role;
      create table api.things (id int primary key, m public.mood);
      grant select on api.things to anon;
      insert into api.things values (1, 'happy'), (2, 'grumpy');
      create function api.flip(m public.mood) returns public.mood language sql immutable
        as $$ select case when m = 'happy' then 'grumpy'::public.mood else 'happy'::public.mood end $$;
      grant execute on function api.flip(public.mood) to anon;
    `);
    const rows = await f.rest('/things?select=id,m::text&m=eq.grumpy', {
      headers: { 'Accept-Profile': 'api' },
    });
    expect(await rows.json()).toEqual([{ id: 2, m: 'grumpy' }]);
    const fn = await f.rest('/rpc/flip', {
      method: 'POST',
      headers: { 'Content-Profile': 'api', 'Content-Type': 'application/json' },
      body: '{"m":"happy"}',
    });
    expect(await fn.text()).toBe('"grumpy"');
    const c = f.client().schema('api');
    expect((await c.from('things').select('id').eq('m', 'happy')).data).toEqual([{ id: 1 }]);
    expect((await f.rest('/things')).status).toBe(404);
  });
});

describe('CORS', () => {
  it('answers a preflight with the allowed methods and headers', async () => {
    const res = await raw('/rest/v1/authors', {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers': 'apikey,authorization,content-type,prefer,x-client-info',
      },
    });
    // As Supabase's gateway (Kong's cors plugin): any origin as *, the requested headers.
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toBe(
      'GET,HEAD,PUT,PATCH,POST,DELETE,OPTIONS,TRACE,CONNECT',
    );
    expect(res.headers.get('access-control-allow-headers')).toBe(
      'apikey,authorization,content-type,prefer,x-client-info',
    );
    expect(await res.text()).toBe('');
  });

  it('exposes Content-Range, Range-Unit, Location, X-Total-Count on every answer', async () => {
    const res = await f.rest('/authors?select=id', { headers: { Origin: 'http://example.test' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const exposed = res.headers.get('access-control-expose-headers') ?? '';
    for (const h of ['Content-Range', 'Range-Unit', 'Location', 'X-Total-Count', 'Link']) {
      expect(exposed).toContain(h);
    }
    const err = await raw('/rest/v1/authors');
    expect(err.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('limits and routing', () => {
  it('max-rows caps reads; limit cannot raise it', async () => {
    const res = await f.rest('/posts?select=id&order=id&limit=10', {
      headers: { Prefer: 'count=exact' },
    });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('0-2/4');
    expect(await res.json()).toEqual([{ id: 1 }, { id: 2 }, { id: 4 }]);
  });

  it('a body over maxBodyBytes → 413', async () => {
    const res = await f.rest('/items', {
      method: 'POST',
      token: f.editorToken,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ sku: 'X', name: 'x'.repeat(5000) }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      code: 'PGRST413',
      details: 'The request body is larger than 4096 bytes',
      hint: null,
      message: 'Payload Too Large',
    });
  });

  it('paths outside /rest/v1 and /auth/v1 → 404; nested paths → 404 PGRST125; the root is the OpenAPI description (rest-openapi.test.ts)', async () => {
    expect((await raw('/nope')).status).toBe(404);
    const root = await f.rest('/');
    expect(root.status).toBe(200);
    expect(root.headers.get('content-type')).toBe('application/openapi+json; charset=utf-8');
    const nested = await f.rest('/authors/1');
    expect(nested.status).toBe(404);
    expect(((await nested.json()) as { code: string }).code).toBe('PGRST125');
  });

  it('the middleware variant calls next() for other paths', async () => {
    const gw = createGateway({ db: f.db, config: f.config });
    const server = createServer((req, res) =>
      gw.middleware(req, res, () => {
        res.writeHead(299);
        res.end('next');
      }),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const other = await fetch(`http://127.0.0.1:${port}/index.html`);
    expect(other.status).toBe(299);
    const api = await fetch(`http://127.0.0.1:${port}/rest/v1/authors?select=id&id=eq.1`, {
      headers: { apikey: f.anonKey },
    });
    expect(await api.json()).toEqual([{ id: 1 }]);
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });
});
