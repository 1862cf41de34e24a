// One transaction per request, sent to PGlite in one call (reads) or two (writes): the role,
// the JWT claims and read-only stay transaction-local, errors roll everything back, a 406 or
// Prefer: tx=rollback undoes a write, and nothing interleaves with another caller's transaction.
// Statements are prepared once per SQL text: row-level security still follows each request's
// role, and the number kept stays bounded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRestFixture, type RestFixture } from './support/rest-fixture.ts';

let f: RestFixture;

beforeAll(async () => {
  f = await startRestFixture();
});
afterAll(async () => {
  await f.close();
});

const session = async () =>
  (
    await f.db.query<Record<string, string | null>>(
      `select current_user as "user", coalesce(current_setting('request.jwt.claims', true), '') as claims,
              coalesce(current_setting('request.method', true), '') as method,
              current_setting('transaction_read_only') as read_only,
              current_setting('search_path') as search_path`,
    )
  ).rows[0];

const json = { 'Content-Type': 'application/json' };

describe('the request context is transaction-local', () => {
  it('leaves no role, claims or read-only behind after reads, writes and errors', async () => {
    const before = await session();
    expect(before?.['user']).not.toBe('anon');
    await f.rest('/rpc/whoami', { token: f.editorToken });
    await f.rest('/authors?id=eq.not-a-number', { token: f.readerToken });
    await f.rest('/authors', {
      method: 'POST',
      token: f.serviceRoleKey,
      headers: json,
      body: JSON.stringify({ id: 900, name: 'Context' }),
    });
    await f.rest('/authors', {
      method: 'POST',
      token: f.serviceRoleKey,
      headers: json,
      body: JSON.stringify({ id: 900, name: 'Duplicate' }),
    });
    expect(await session()).toEqual(before);
  });

  it('a failed request does not leak into the next one', async () => {
    const bad = await f.rest('/authors?id=eq.not-a-number', { token: f.editorToken });
    expect(bad.status).toBe(400);
    expect((await bad.json()).code).toBe('22P02');
    const who = await f.rest('/rpc/whoami');
    expect(await who.json()).toMatchObject({ role: 'anon', sub: null, method: 'GET' });
  });
});

describe('writes commit only when the whole request succeeds', () => {
  it('an array insert with one bad row inserts nothing', async () => {
    const res = await f.rest('/authors', {
      method: 'POST',
      token: f.serviceRoleKey,
      headers: json,
      body: JSON.stringify([
        { id: 910, name: 'First' },
        { id: 910, name: 'Same id' },
      ]),
    });
    expect(res.status).toBe(409);
    const rows = await f.db.query(`select 1 from public.authors where id = 910`);
    expect(rows.rows).toHaveLength(0);
  });

  it('a single-object PATCH that matches two rows → 406 and both rows unchanged', async () => {
    await f.db.exec(`insert into public.authors (id, name) values (920, 'Twin'), (921, 'Twin')`);
    const res = await f.rest('/authors?name=eq.Twin', {
      method: 'PATCH',
      token: f.serviceRoleKey,
      headers: {
        ...json,
        Accept: 'application/vnd.pgrst.object+json',
        Prefer: 'return=representation',
      },
      body: JSON.stringify({ name: 'Changed' }),
    });
    expect(res.status).toBe(406);
    expect((await res.json()).code).toBe('PGRST116');
    const rows = await f.db.query<{ name: string }>(
      `select name from public.authors where id in (920, 921) order by id`,
    );
    expect(rows.rows.map((r) => r.name)).toEqual(['Twin', 'Twin']);
  });

  it('Prefer: tx=rollback returns the representation and keeps nothing', async () => {
    const res = await f.rest('/authors', {
      method: 'POST',
      token: f.serviceRoleKey,
      headers: { ...json, Prefer: 'return=representation, tx=rollback' },
      body: JSON.stringify({ id: 930, name: 'Ephemeral' }),
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual([{ id: 930, name: 'Ephemeral', email: null }]);
    const rows = await f.db.query(`select 1 from public.authors where id = 930`);
    expect(rows.rows).toHaveLength(0);
  });

  it('a successful write is there afterwards', async () => {
    const res = await f.rest('/authors', {
      method: 'POST',
      token: f.serviceRoleKey,
      headers: json,
      body: JSON.stringify({ id: 940, name: 'Kept' }),
    });
    expect(res.status).toBe(201);
    const rows = await f.db.query(`select name from public.authors where id = 940`);
    expect(rows.rows).toEqual([{ name: 'Kept' }]);
  });
});

describe('isolation from other callers of the same PGlite', () => {
  it("a request waits for another caller's open transaction instead of running inside it", async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const other = f.db.transaction(async (tx) => {
      await tx.query(`insert into public.authors (id, name) values (950, 'Uncommitted')`);
      await held;
      await tx.rollback();
    });
    // Give the other transaction time to open before the request arrives.
    await new Promise((r) => setTimeout(r, 20));
    const request = f.rest('/authors?id=eq.950&select=id,name', { token: f.serviceRoleKey });
    await new Promise((r) => setTimeout(r, 50));
    release();
    await other;
    const res = await request;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual([]);
    expect((await session())?.['user']).not.toBe('service_role');
  });

  it('concurrent reads and writes with different roles each run as their own role', async () => {
    const tokens = [undefined, f.readerToken, f.editorToken, f.serviceRoleKey];
    const requests = Array.from({ length: 24 }, (_, i) =>
      i % 3 === 2
        ? f
            .rest('/authors', {
              method: 'POST',
              token: f.serviceRoleKey,
              headers: { ...json, Prefer: 'return=representation' },
              body: JSON.stringify({ id: 1000 + i, name: `Concurrent ${i}` }),
            })
            .then((r) => r.status)
        : f
            .rest('/rpc/whoami', { token: tokens[i % 4] })
            .then((r) => r.json() as Promise<{ role: string }>)
            .then((r) => r.role),
    );
    const results = await Promise.all(requests);
    results.forEach((r, i) => {
      if (i % 3 === 2) expect(r).toBe(201);
      else expect(r).toBe(['anon', 'authenticated', 'authenticated', 'service_role'][i % 4]);
    });
  });
});

describe('requests that reach the database together', () => {
  it('each sees only its own claims, role and headers, and nothing stays behind', async () => {
    // Sent at once, they cross to the database worker in the same message and run back to back.
    const subs = Array.from(
      { length: 32 },
      (_, i) => `00000000-0000-4000-8000-${String(100 + i).padStart(12, '0')}`,
    );
    const tokens = await Promise.all(
      subs.map((sub, i) =>
        i % 4 === 3 ? undefined : f.signJwt({ sub, role: 'authenticated', aud: 'authenticated' }),
      ),
    );
    const seen = await Promise.all(
      tokens.map(async (token, i) => {
        const res = await f.rest(i % 2 ? '/rpc/whoami' : `/rpc/whoami?n=${i}`, {
          method: i % 2 ? 'POST' : 'GET',
          token,
          headers: { ...json, 'X-Test-Header': `caller ${i}` },
          body: i % 2 ? '{}' : undefined,
        });
        return (await res.json()) as Record<string, unknown>;
      }),
    );
    seen.forEach((who, i) => {
      expect(who).toEqual({
        role: i % 4 === 3 ? 'anon' : 'authenticated',
        sub: i % 4 === 3 ? null : subs[i],
        method: i % 2 ? 'POST' : 'GET',
        path: '/rpc/whoami',
        ua: `caller ${i}`,
        read_only: 'on',
      });
    });
    const after = await session();
    expect(after?.['user']).not.toBe('authenticated');
    expect(after?.['claims']).toBe('');
    expect(after?.['read_only']).toBe('off');
  });
});

describe('prepared statements', () => {
  it('the same statement sees what each role may see, in any order', async () => {
    const ids = async (token?: string) =>
      (
        (await (await f.rest('/posts?select=id&order=id', { token })).json()) as { id: number }[]
      ).map((r) => r.id);
    const published = [1, 2, 4, 5];
    const all = [1, 2, 3, 4, 5];
    for (let i = 0; i < 7; i++) {
      // Past Postgres's five custom plans, so a generic plan is in play too.
      expect(await ids()).toEqual(published);
      expect(await ids(f.readerToken)).toEqual(all);
    }
    expect(await ids()).toEqual(published);
  });

  it('follows a schema change', async () => {
    const get = async () =>
      (await (await f.rest('/authors?select=*&id=eq.1')).json()) as Record<string, unknown>[];
    for (let i = 0; i < 6; i++) expect(Object.keys((await get())[0] ?? {})).not.toContain('nick');
    await f.db.exec(`alter table public.authors add column nick text default 'n'`);
    // The gateway reloads its schema cache on DDL; the statement text changes with it.
    await expect.poll(async () => (await get())[0]?.['nick'], { timeout: 5000 }).toBe('n');
    await f.db.exec(`alter table public.authors drop column nick`);
    await expect
      .poll(async () => Object.keys((await get())[0] ?? {}), { timeout: 5000 })
      .not.toContain('nick');
  });

  it('keeps at most a few hundred, closing the least recently used', async () => {
    for (let i = 0; i < 300; i++) {
      const res = await f.rest(`/authors?select=a${i}:id&id=eq.1`);
      expect(res.status).toBe(200);
    }
    const { rows } = await f.db.query<{ n: number }>(
      `select count(*)::int as n from pg_prepared_statements where name like 'salkku_rest_%'`,
    );
    expect(rows[0]?.n).toBeGreaterThan(200);
    expect(rows[0]?.n).toBeLessThanOrEqual(260);
  });
});

describe("results read from the backend's bytes (wire.ts)", () => {
  it('a NOTIFY sent by a read-only request reaches the listeners, and queries after it get their rows', async () => {
    await f.db.exec(`create function public.notify_probe() returns int language sql stable
      as $$ select 1 from (select pg_notify('salkku_probe', 'from a read')) as n $$`);
    const payloads: string[] = [];
    const unlisten = await f.db.listen('salkku_probe', (payload) => payloads.push(payload));
    try {
      await expect
        .poll(async () => (await f.rest('/rpc/notify_probe')).status, { timeout: 5000 })
        .toBe(200);
      await expect.poll(() => payloads.length, { timeout: 2000 }).toBeGreaterThan(0);
      expect(payloads[0]).toBe('from a read');
      const { rows } = await f.db.query<{ n: number }>('select 41 + 1 as n');
      expect(rows).toEqual([{ n: 42 }]);
    } finally {
      await unlisten();
      await f.db.exec('drop function public.notify_probe()');
    }
  });

  it('rows keep their types and nulls, and errors keep their fields', async () => {
    const res = await f.rest('/authors?select=id,name&id=eq.1', {
      headers: { Accept: 'application/vnd.pgrst.object+json' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: 1 });
    const missing = await f.rest('/authors?select=id&id=eq.-1', {
      headers: { Accept: 'application/vnd.pgrst.object+json' },
    });
    expect(missing.status).toBe(406);
    const bad = await f.rest('/authors?id=eq.not-a-number');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      code: '22P02',
      message: 'invalid input syntax for type integer: "not-a-number"',
    });
  });
});
