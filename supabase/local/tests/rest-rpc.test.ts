// /rest/v1/rpc: named arguments with defaults, GET read-only, every result shape (scalar,
// composite, SETOF, TABLE, SETOF scalar, void), filters/order/limit on set results, the
// single unnamed json parameter, errors raised in functions and unknown functions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementLog } from '../gateway/rest/batch.ts';
import { startRestFixture, type RestFixture } from './support/rest-fixture.ts';

let f: RestFixture;

beforeAll(async () => {
  f = await startRestFixture();
});
afterAll(async () => {
  await f.close();
});

interface Got {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

async function rpc(
  method: 'GET' | 'POST' | 'HEAD',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  token?: string,
): Promise<Got> {
  const res = await f.rest(`/rpc/${path}`, {
    method,
    token,
    headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

describe('calling functions', () => {
  it('POST scalar with named args; a defaulted arg may be omitted', async () => {
    const g = await rpc('POST', 'add', { a: 2 });
    expect(g.status).toBe(200);
    expect(g.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(g.text).toBe('3');
    expect((await rpc('POST', 'add', { a: 2, b: 40 })).text).toBe('42');
  });

  it('GET with query args (read-only transaction)', async () => {
    const g = await rpc('GET', 'add?a=5&b=6');
    expect(g.status).toBe(200);
    expect(g.text).toBe('11');
    const who = await rpc('GET', 'whoami', undefined, { 'X-Test-Header': 'hello' });
    expect(who.json).toEqual({
      role: 'anon',
      sub: null,
      method: 'GET',
      path: '/rpc/whoami',
      ua: 'hello',
      read_only: 'on',
    });
  });

  it('POST to a STABLE or IMMUTABLE function runs as a read (one PGlite call), as PostgREST does', async () => {
    const seen: boolean[] = [];
    statementLog.observe = (_context, _main, readOnly) => seen.push(readOnly);
    try {
      const who = await rpc('POST', 'whoami', {}, {}, f.editorToken);
      expect(who.json).toMatchObject({
        role: 'authenticated',
        sub: '00000000-0000-4000-8000-000000000001',
        method: 'POST',
        read_only: 'on',
      });
      expect((await rpc('POST', 'add', { a: 1 })).text).toBe('2');
      expect(seen).toEqual([true, true]);
    } finally {
      statementLog.observe = undefined;
    }
  });

  it('POST to a VOLATILE function runs read-write', async () => {
    const seen: boolean[] = [];
    statementLog.observe = (_context, _main, readOnly) => seen.push(readOnly);
    try {
      const g = await rpc('POST', 'bump_item', { item: 1, by: 0 }, {}, f.editorToken);
      expect(g.status).toBe(200);
      expect(seen).toEqual([false]);
    } finally {
      statementLog.observe = undefined;
    }
  });

  it('a volatile function that writes, over GET → 405 25006', async () => {
    const g = await rpc('GET', 'bump_item?item=1', undefined, {}, f.editorToken);
    expect(g.status).toBe(405);
    expect(g.json).toEqual({
      code: '25006',
      details: null,
      hint: null,
      message: 'cannot execute UPDATE in a read-only transaction',
    });
    const ok = await rpc('POST', 'bump_item', { item: 1, by: 2 }, {}, f.editorToken);
    expect(ok.text).toBe('7');
    await f.db.exec(`update public.items set qty = 5 where id = 1`);
  });

  it('SETOF a table: filters, order, limit, select and embeds apply to the result', async () => {
    const c = f.client(f.readerToken);
    const r = await c
      .rpc('posts_by', { author: 2 })
      .select('id,title,author:authors!author_id(name)')
      .gt('id', 2)
      .order('id', { ascending: false })
      .limit(1);
    expect(r.status).toBe(200);
    expect(r.data).toEqual([{ id: 4, title: 'Library hours', author: { name: 'Bertil' } }]);
  });

  it('RETURNS TABLE → array of objects (RLS applies inside: anon counts published posts); count=exact', async () => {
    const g = await rpc(
      'POST',
      'author_stats?order=post_count.desc,author_id',
      {},
      {
        Prefer: 'count=exact',
      },
    );
    expect(g.json).toEqual([
      { author_id: 1, post_count: 2 },
      { author_id: 2, post_count: 1 },
      { author_id: 3, post_count: 1 },
    ]);
    expect(g.headers.get('content-range')).toBe('0-2/3');
  });

  it('a composite (non-SETOF) result → one object', async () => {
    const g = await rpc('POST', 'get_author', { author: 2 });
    expect(g.text).toBe('{"id":2,"name":"Bertil","email":"bertil@example.com"}');
  });

  it('SETOF scalar → array of values, with filters', async () => {
    expect((await rpc('POST', 'numbers', { n: 3 })).json).toEqual([1, 2, 3]);
    expect((await rpc('GET', 'numbers?n=5&numbers=gte.4')).json).toEqual([4, 5]);
  });

  it('void → 204 without a body', async () => {
    const g = await rpc('POST', 'noop', {});
    expect(g.status).toBe(204);
    expect(g.text).toBe('');
    const c = await f.client().rpc('noop');
    expect(c).toMatchObject({ status: 204, data: null, error: null });
  });

  it('a single unnamed jsonb parameter receives the whole body', async () => {
    expect((await rpc('POST', 'echo', { a: [1, 2], b: 'x' })).json).toEqual({ a: [1, 2], b: 'x' });
    expect((await rpc('POST', 'echo', [1, 'two'])).json).toEqual([1, 'two']);
  });

  it('supabase-js rpc() with get and head', async () => {
    const c = f.client();
    expect((await c.rpc('add', { a: 1, b: 1 }, { get: true })).data).toBe(2);
    const head = await c.rpc('numbers', { n: 4 }, { head: true, count: 'exact' });
    expect(head).toMatchObject({ status: 200, count: 4, data: null });
  });
});

describe('RPC errors', () => {
  it('an unknown function → 404 PGRST202', async () => {
    const g = await rpc('POST', 'nope', { x: 1 });
    expect(g.status).toBe(404);
    expect(g.json).toEqual({
      code: 'PGRST202',
      details:
        'Searched for the function public.nope with parameters x or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache.',
      hint: null,
      message: 'Could not find the function public.nope(x) in the schema cache',
    });
  });

  it('unknown or missing arguments → 404 PGRST202', async () => {
    expect((await rpc('POST', 'add', { a: 1, c: 2 })).status).toBe(404);
    const missing = await rpc('POST', 'add', {});
    expect(missing.status).toBe(404);
    expect((missing.json as { message: string }).message).toBe(
      'Could not find the function public.add without parameters in the schema cache',
    );
  });

  it('raise exception: P0001 → 400, PT402 → 402, 23505 → 409; message and code pass through', async () => {
    const p = await rpc('POST', 'fail', { code: 'P0001', msg: 'nope' });
    expect(p.status).toBe(400);
    expect(p.json).toEqual({ code: 'P0001', details: null, hint: null, message: 'nope' });
    expect((await rpc('POST', 'fail', { code: 'PT402' })).status).toBe(402);
    expect((await rpc('POST', 'fail', { code: '23505' })).status).toBe(409);
    expect((await rpc('POST', 'fail', { code: '42883' })).status).toBe(404);
  });

  it('a bad argument value → 400 22P02', async () => {
    const g = await rpc('POST', 'add', { a: 'x' });
    expect(g.status).toBe(400);
    expect((g.json as { code: string }).code).toBe('22P02');
  });

  it('invalid JSON body → 400 PGRST102', async () => {
    const g = await rpc('POST', 'add', '{"a":');
    expect(g.status).toBe(400);
    expect((g.json as { code: string }).code).toBe('PGRST102');
  });

  it('PUT on an rpc path → 405', async () => {
    const res = await f.rest('/rpc/add', { method: 'PUT', body: '{}' });
    expect(res.status).toBe(405);
  });
});
