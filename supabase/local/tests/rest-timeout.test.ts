// A statement past its role's timeout (anon 3 s, authenticated and service_role 8 s, as Supabase
// sets them) answers 57014 as PostgREST does, and the rest of the stack keeps answering: with a
// data folder the database worker is restarted on it, in memory the statement runs to its end.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/gateway.ts';

// Statement timeout ---------------------------------------------------------------------
// PGlite cannot be interrupted: a request past its role's statement timeout answers 57014 (as
// PostgREST with Postgres's statement_timeout), and with a data folder the database worker is
// restarted on that folder, so the next requests run on a free database.

const SLOW_SQL = /* sql */ `
create table public.notes (id int primary key, body text not null);
insert into public.notes values (1, 'kept');
grant select on public.notes to anon;
grant select, insert on public.notes to service_role;
create function public.nap(seconds float8) returns int language sql as
  $$ select pg_sleep(seconds); select 1 $$;
create function public.spin() returns bigint language sql stable as
  $$ select count(*) from generate_series(1, 20000) a, generate_series(1, 20000) b $$;
create function public.write_then_nap(new_id int, seconds float8) returns int language sql as
  $$ insert into public.notes values (new_id, 'timed out'); select pg_sleep(seconds); select new_id $$;
grant execute on function public.nap, public.spin, public.write_then_nap to anon, service_role;
`;

describe('a statement past its timeout', () => {
  const timeouts = { anon: 300, authenticated: 1000, other: 1000 };
  const timedOut = {
    code: '57014',
    details: null,
    hint: null,
    message: 'canceling statement due to statement timeout',
  };
  let gw: TestGateway;
  let memory: TestGateway;
  let root: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'salkku-timeout-'));
    [gw, memory] = await Promise.all([
      startTestGateway({
        migrations: false,
        dataDir: join(root, 'db'),
        setupSql: [SLOW_SQL],
        config: { statementTimeoutMs: timeouts },
      }),
      startTestGateway({
        migrations: false,
        setupSql: [SLOW_SQL],
        config: { statementTimeoutMs: timeouts },
      }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([gw?.close(), memory?.close()]);
    rmSync(root, { recursive: true, force: true });
  });

  const call = (g: TestGateway, fn: string, args: object, key = g.anonKey) =>
    fetch(`${g.url}/rest/v1/rpc/${fn}`, {
      method: 'POST',
      headers: {
        apikey: g.anonKey,
        Authorization: `Bearer ${key}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(args),
    });
  const notes = async (g: TestGateway) => {
    const res = await fetch(`${g.url}/rest/v1/notes?select=id,body&order=id`, {
      headers: { apikey: g.anonKey },
    });
    return { status: res.status, json: (await res.json()) as unknown };
  };

  it('anon: a 30-second sleep → 500 57014, Auth answers meanwhile, the data is there after', async () => {
    const slow = call(gw, 'nap', { seconds: 30 });
    const health = await fetch(`${gw.url}/auth/v1/health`, { headers: { apikey: gw.anonKey } });
    expect(health.status).toBe(200);
    const res = await slow;
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual(timedOut);
    // During the restart Auth still answers, and the next read waits for the database.
    const during = await fetch(`${gw.url}/auth/v1/health`, { headers: { apikey: gw.anonKey } });
    expect(during.status).toBe(200);
    expect(await notes(gw)).toEqual({ status: 200, json: [{ id: 1, body: 'kept' }] });
    expect(gw.db.restarts).toBeGreaterThanOrEqual(1);
  });

  it('service role: a heavy cross join → 57014 too (the authenticator’s timeout)', async () => {
    const res = await call(gw, 'spin', {}, gw.serviceRoleKey);
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual(timedOut);
    expect((await notes(gw)).status).toBe(200);
  });

  it('a write that timed out is rolled back; requests queued behind it still run', async () => {
    const slow = call(gw, 'write_then_nap', { new_id: 2, seconds: 30 }, gw.serviceRoleKey);
    // Queued behind the slow write: not started when the worker is restarted, so sent again.
    await new Promise((r) => setTimeout(r, 50));
    const queued = notes(gw);
    const res = await slow;
    expect(res.status).toBe(500);
    expect(((await res.json()) as { code: string }).code).toBe('57014');
    expect(await queued).toEqual({ status: 200, json: [{ id: 1, body: 'kept' }] });
    const insert = await fetch(`${gw.url}/rest/v1/notes`, {
      method: 'POST',
      headers: {
        apikey: gw.anonKey,
        Authorization: `Bearer ${gw.serviceRoleKey}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ id: 3, body: 'after' }),
    });
    expect(insert.status).toBe(201);
    expect((await notes(gw)).json).toEqual([
      { id: 1, body: 'kept' },
      { id: 3, body: 'after' },
    ]);
  });

  it('in memory: 57014 at once, the statement runs to its end (a restart would lose the data), then all answers', async () => {
    const res = await call(memory, 'nap', { seconds: 2 });
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual(timedOut);
    expect(await notes(memory)).toEqual({ status: 200, json: [{ id: 1, body: 'kept' }] });
    expect(memory.db.restarts).toBe(0);
  });

  it('a request’s timeout counts from when it begins, not while it waits behind another', async () => {
    // The service role's nap (0.6 s, within its 1 s) holds the database; the anonymous read
    // behind it waits longer than its own 300 ms, then runs in no time.
    const slow = call(memory, 'nap', { seconds: 0.6 }, memory.serviceRoleKey);
    await new Promise((r) => setTimeout(r, 50));
    expect(await notes(memory)).toEqual({ status: 200, json: [{ id: 1, body: 'kept' }] });
    expect((await slow).status).toBe(200);
  });
});
