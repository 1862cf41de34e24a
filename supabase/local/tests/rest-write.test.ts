// /rest/v1 writes: insert (single, bulk, columns, missing=default), upsert, update and
// delete with every Prefer, single-object writes that roll back, RLS on writes and on the
// representation, constraint errors and their statuses.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pgErrorToRest } from '../gateway/rest/errors.ts';
import { startRestFixture, type RestFixture } from './support/rest-fixture.ts';

let f: RestFixture;

beforeAll(async () => {
  f = await startRestFixture();
});
afterAll(async () => {
  await f.close();
});
beforeEach(async () => {
  // Every test starts from the fixture's three items.
  await f.db.exec(`delete from public.items where sku not in ('A-1', 'A-2', 'B-1');
    update public.items set qty = case sku when 'A-1' then 5 when 'A-2' then 2 else 1 end,
      name = case sku when 'A-1' then 'Bench' when 'A-2' then 'Lamp' else 'Hidden crate' end`);
});

interface Got {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

async function call(
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
  token: string | null = f.editorToken,
): Promise<Got> {
  const res = await f.rest(path, {
    method,
    token: token ?? undefined,
    headers: { 'Content-Type': 'application/json', ...headers },
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

const skus = async (): Promise<string[]> =>
  (await f.db.query<{ sku: string }>('select sku from public.items order by sku')).rows.map(
    (r) => r.sku,
  );

describe('POST (insert)', () => {
  it('single object, no Prefer → 201, no body, Content-Range */*', async () => {
    const g = await call('POST', '/items', { sku: 'N-1', name: 'Sign' });
    expect(g.status).toBe(201);
    expect(g.text).toBe('');
    expect(g.headers.get('content-range')).toBe('*/*');
    const row = await f.db.query('select qty, labels from public.items where sku = $1', ['N-1']);
    expect(row.rows).toEqual([{ qty: 1, labels: [] }]);
  });

  it('return=representation with select → the row as JSON; count=exact → */1', async () => {
    const g = await call(
      'POST',
      '/items?select=sku,name,qty,attrs,labels',
      { sku: 'N-2', name: 'Bin', attrs: { color: 'red' }, labels: ['x', 'y'] },
      { Prefer: 'return=representation,count=exact' },
    );
    expect(g.status).toBe(201);
    expect(g.headers.get('content-range')).toBe('*/1');
    expect(g.headers.get('preference-applied')).toBe('return=representation, count=exact');
    expect(g.json).toEqual([
      { sku: 'N-2', name: 'Bin', qty: 1, attrs: { color: 'red' }, labels: ['x', 'y'] },
    ]);
  });

  it('return=headers-only → 201 with Location', async () => {
    const g = await call(
      'POST',
      '/tags',
      { id: 10, label: 'new' },
      { Prefer: 'return=headers-only' },
      f.serviceRoleKey,
    );
    expect(g.status).toBe(201);
    expect(g.headers.get('location')).toBe('/tags?id=eq.10');
    expect(g.text).toBe('');
    await f.db.exec('delete from public.tags where id = 10');
  });

  it('representation with an embed', async () => {
    const g = await call(
      'POST',
      '/items?select=sku,author:authors(name)',
      { sku: 'N-3', name: 'Chair', author_id: 2 },
      { Prefer: 'return=representation' },
    );
    expect(g.json).toEqual([{ sku: 'N-3', author: { name: 'Bertil' } }]);
  });

  it('supabase-js bulk insert (columns param): missing keys are NULL, or defaults with defaultToNull: false', async () => {
    const c = f.client(f.editorToken);
    const nulls = await c
      .from('items')
      .insert([
        { sku: 'N-4', name: 'A', qty: 3 },
        { sku: 'N-5', name: 'B', price: 2 },
      ])
      .select('sku,qty,price');
    expect(nulls.error?.code).toBe('23502'); // qty NULL violates NOT NULL
    expect(nulls.status).toBe(400);
    const defaults = await c
      .from('items')
      .insert(
        [
          { sku: 'N-4', name: 'A', qty: 3 },
          { sku: 'N-5', name: 'B', price: 2 },
        ],
        { defaultToNull: false },
      )
      .select('sku,qty,price');
    expect(defaults.status).toBe(201);
    expect(defaults.data).toEqual([
      { sku: 'N-4', qty: 3, price: null },
      { sku: 'N-5', qty: 1, price: 2 },
    ]);
  });

  it('an array without columns needs the same keys in every object → 400 PGRST102', async () => {
    const g = await call('POST', '/items', [
      { sku: 'N-6', name: 'A' },
      { sku: 'N-7', name: 'B', qty: 2 },
    ]);
    expect(g.status).toBe(400);
    expect(g.json).toEqual({
      code: 'PGRST102',
      details: null,
      hint: null,
      message: 'All object keys must match',
    });
    expect(await skus()).toEqual(['A-1', 'A-2', 'B-1']);
  });

  it('an unknown column → 400 PGRST204', async () => {
    const g = await call('POST', '/items', { sku: 'N-8', name: 'A', colour: 'red' });
    expect(g.status).toBe(400);
    expect(g.json).toEqual({
      code: 'PGRST204',
      details: null,
      hint: null,
      message: "Could not find the 'colour' column of 'items' in the schema cache",
    });
  });

  it('invalid JSON → 400 PGRST102', async () => {
    const g = await call('POST', '/items', '{"sku": ');
    expect(g.status).toBe(400);
    expect(g.json).toEqual({
      code: 'PGRST102',
      details: null,
      hint: null,
      message: 'Empty or invalid json',
    });
  });

  it('constraint errors: 23505 → 409, 23503 → 409, 23514 → 400, 23502 → 400, 22P02 → 400, 22001-like check', async () => {
    const dup = await call('POST', '/items', { sku: 'A-1', name: 'Dup' });
    expect(dup.status).toBe(409);
    expect(dup.json).toEqual({
      code: '23505',
      // Postgres leaves the key out of the detail when the table has RLS on.
      details: null,
      hint: null,
      message: 'duplicate key value violates unique constraint "items_sku_key"',
    });
    const fk = await call('POST', '/items', { sku: 'N-9', name: 'X', author_id: 99 });
    expect(fk.status).toBe(409);
    expect((fk.json as { code: string }).code).toBe('23503');
    const check = await call('POST', '/items', { sku: 'N-9', name: 'X', qty: -1 });
    expect(check.status).toBe(400);
    expect((check.json as { code: string }).code).toBe('23514');
    const notNull = await call('POST', '/items', { sku: 'N-9', name: null });
    expect(notNull.status).toBe(400);
    expect((notNull.json as { code: string }).code).toBe('23502');
    const badType = await call('POST', '/items', { sku: 'N-9', name: 'X', qty: 'many' });
    expect(badType.status).toBe(400);
    expect((badType.json as { code: string }).code).toBe('22P02');
  });

  it('RLS on insert: anon → 401 42501, a reader → 403 42501', async () => {
    const anon = await call('POST', '/items', { sku: 'N-10', name: 'X' }, {}, null);
    expect(anon.status).toBe(401);
    expect(anon.headers.get('www-authenticate')).toBe('Bearer');
    expect(anon.json).toEqual({
      code: '42501',
      details: null,
      hint: null,
      message: 'new row violates row-level security policy for table "items"',
    });
    const reader = await call('POST', '/items', { sku: 'N-10', name: 'X' }, {}, f.readerToken);
    expect(reader.status).toBe(403);
    expect((reader.json as { code: string }).code).toBe('42501');
  });

  it('no SELECT policy needed without return=representation; with it, an unreadable row is 42501', async () => {
    const minimal = await call('POST', '/items', { sku: 'H-1', name: 'Hidden', hidden: true });
    expect(minimal.status).toBe(201);
    const repr = await call(
      'POST',
      '/items?select=sku',
      { sku: 'H-2', name: 'Hidden', hidden: true },
      { Prefer: 'return=representation' },
    );
    expect(repr.status).toBe(403);
    expect((repr.json as { code: string }).code).toBe('42501');
    expect(await skus()).toEqual(['A-1', 'A-2', 'B-1', 'H-1']);
  });

  it('an empty array inserts nothing → 201 []', async () => {
    const g = await call('POST', '/items?select=sku', [], { Prefer: 'return=representation' });
    expect(g.status).toBe(201);
    expect(g.json).toEqual([]);
  });
});

describe('upsert', () => {
  it('merge-duplicates on a unique column: only merged → 200, with a new row → 201', async () => {
    const merged = await call(
      'POST',
      '/items?on_conflict=sku&select=sku,name,qty',
      { sku: 'A-1', name: 'Bench v2', qty: 6 },
      { Prefer: 'resolution=merge-duplicates,return=representation' },
    );
    expect(merged.status).toBe(200);
    expect(merged.json).toEqual([{ sku: 'A-1', name: 'Bench v2', qty: 6 }]);
    const mixed = await call(
      'POST',
      '/items?on_conflict=sku&select=sku,qty&columns=sku,name,qty',
      [
        { sku: 'A-2', name: 'Lamp', qty: 9 },
        { sku: 'N-1', name: 'New', qty: 1 },
      ],
      { Prefer: 'resolution=merge-duplicates,return=representation' },
    );
    expect(mixed.status).toBe(201);
    expect(mixed.json).toEqual([
      { sku: 'A-2', qty: 9 },
      { sku: 'N-1', qty: 1 },
    ]);
  });

  it('ignore-duplicates keeps the existing row and returns only inserted ones', async () => {
    const c = f.client(f.editorToken);
    const r = await c
      .from('items')
      .upsert(
        [
          { sku: 'A-1', name: 'Ignored' },
          { sku: 'N-2', name: 'Kept' },
        ],
        { onConflict: 'sku', ignoreDuplicates: true },
      )
      .select('sku,name');
    expect(r.status).toBe(201);
    expect(r.data).toEqual([{ sku: 'N-2', name: 'Kept' }]);
    const a1 = await f.db.query('select name from public.items where sku = $1', ['A-1']);
    expect(a1.rows).toEqual([{ name: 'Bench' }]);
  });

  it('default conflict target is the primary key', async () => {
    const c = f.client(f.serviceRoleKey);
    const r = await c.from('tags').upsert({ id: 1, label: 'City' }).select();
    expect(r).toMatchObject({ status: 200, data: [{ id: 1, label: 'City' }] });
    await f.db.exec(`update public.tags set label = 'city' where id = 1`);
  });

  it('an on_conflict column without a unique constraint → 400 42P10', async () => {
    const g = await call(
      'POST',
      '/items?on_conflict=name',
      { sku: 'A-1', name: 'Bench' },
      { Prefer: 'resolution=merge-duplicates' },
    );
    expect(g.status).toBe(400);
    expect((g.json as { code: string }).code).toBe('42P10');
  });
});

describe('PATCH and DELETE', () => {
  it('PATCH with a filter: 204 minimal, 200 with representation, count → Content-Range', async () => {
    const minimal = await call('PATCH', '/items?sku=eq.A-1', { qty: 7 }, { Prefer: 'count=exact' });
    expect(minimal.status).toBe(204);
    expect(minimal.headers.get('content-range')).toBe('*/1');
    const repr = await call(
      'PATCH',
      '/items?sku=in.(A-1,A-2)&select=sku,qty',
      { qty: 8 },
      { Prefer: 'return=representation' },
    );
    expect(repr.status).toBe(200);
    expect(repr.headers.get('content-range')).toBe('0-1/*');
    expect(repr.json).toEqual([
      { sku: 'A-1', qty: 8 },
      { sku: 'A-2', qty: 8 },
    ]);
  });

  it('PATCH or DELETE without any filter → 400 21000, nothing changed', async () => {
    const p = await call('PATCH', '/items', { qty: 0 });
    expect(p.status).toBe(400);
    expect(p.json).toEqual({
      code: '21000',
      details: null,
      hint: null,
      message: 'UPDATE requires a WHERE clause',
    });
    const d = await call('DELETE', '/items', undefined);
    expect(d.status).toBe(400);
    expect(d.json).toEqual({
      code: '21000',
      details: null,
      hint: null,
      message: 'DELETE requires a WHERE clause',
    });
    expect(await skus()).toEqual(['A-1', 'A-2', 'B-1']);
  });

  it('RLS: a reader updates and deletes zero rows (204), the data stays', async () => {
    const p = await call('PATCH', '/items?sku=eq.A-1', { qty: 0 }, {}, f.readerToken);
    expect(p.status).toBe(204);
    const d = await call(
      'DELETE',
      '/items?sku=eq.A-1',
      undefined,
      { Prefer: 'count=exact' },
      f.readerToken,
    );
    expect(d.status).toBe(204);
    expect(d.headers.get('content-range')).toBe('*/0');
    const r = await f.db.query('select qty from public.items where sku = $1', ['A-1']);
    expect(r.rows).toEqual([{ qty: 5 }]);
  });

  it('DELETE with representation → 200 and the deleted rows', async () => {
    await call('POST', '/items', { sku: 'D-1', name: 'Gone' });
    const c = f.client(f.editorToken);
    const r = await c.from('items').delete({ count: 'exact' }).eq('sku', 'D-1').select('sku');
    expect(r).toMatchObject({ status: 200, count: 1, data: [{ sku: 'D-1' }] });
  });

  it('PATCH an unknown column → 400 PGRST204', async () => {
    const g = await call('PATCH', '/items?sku=eq.A-1', { nope: 1 });
    expect(g.status).toBe(400);
    expect((g.json as { code: string }).code).toBe('PGRST204');
  });
});

describe('single-object writes, tx=rollback, max-affected', () => {
  it('Accept object with 2 affected rows → 406 PGRST116 and the update is rolled back', async () => {
    const c = f.client(f.editorToken);
    const r = await c.from('items').update({ qty: 0 }).in('sku', ['A-1', 'A-2']).select().single();
    expect(r.status).toBe(406);
    expect(r.error).toEqual({
      code: 'PGRST116',
      details: 'The result contains 2 rows',
      hint: null,
      message: 'JSON object requested, multiple (or no) rows returned',
    });
    const q = await f.db.query<{ qty: number }>(
      `select qty from public.items where sku in ('A-1','A-2') order by sku`,
    );
    expect(q.rows).toEqual([{ qty: 5 }, { qty: 2 }]);
  });

  it('Accept object with exactly one row → the object', async () => {
    const c = f.client(f.editorToken);
    const r = await c.from('items').update({ qty: 4 }).eq('sku', 'A-1').select('sku,qty').single();
    expect(r).toMatchObject({ status: 200, data: { sku: 'A-1', qty: 4 } });
  });

  it('Prefer: tx=rollback answers as if committed but keeps nothing', async () => {
    const g = await call(
      'POST',
      '/items?select=sku',
      { sku: 'R-1', name: 'Rolled back' },
      { Prefer: 'return=representation,tx=rollback' },
    );
    expect(g.status).toBe(201);
    expect(g.json).toEqual([{ sku: 'R-1' }]);
    expect(g.headers.get('preference-applied')).toBe('return=representation, tx=rollback');
    expect(await skus()).toEqual(['A-1', 'A-2', 'B-1']);
  });

  it('handling=strict with max-affected → 400 PGRST124 and rolled back', async () => {
    const g = await call(
      'PATCH',
      '/items?qty=gt.0',
      { qty: 3 },
      {
        Prefer: 'handling=strict,max-affected=1',
      },
    );
    expect(g.status).toBe(400);
    expect((g.json as { code: string }).code).toBe('PGRST124');
    const q = await f.db.query(`select qty from public.items where sku = 'A-1'`);
    expect(q.rows).toEqual([{ qty: 5 }]);
  });
});

describe('request bodies other than JSON, Prefer handling=strict', () => {
  it('a form-encoded body inserts one row, every value as text', async () => {
    const g = await call(
      'POST',
      '/items?select=sku,name,qty,price',
      'sku=F-1&name=Form+bench&qty=3',
      {
        'Content-Type': 'application/x-www-form-urlencoded',
        Prefer: 'return=representation',
      },
    );
    expect(g.status).toBe(201);
    expect(g.json).toEqual([{ sku: 'F-1', name: 'Form bench', qty: 3, price: null }]);
  });

  it('a CSV body inserts its rows: a header line, quoted fields, NULL for null', async () => {
    const csv =
      'sku,name,qty,price\r\nC-1,"Chair, tall",4,12.50\r\nC-2,"The ""best"" lamp",1,NULL\r\n';
    const g = await call('POST', '/items?select=sku,name,qty,price&sku=like.C-*', csv, {
      'Content-Type': 'text/csv',
      Prefer: 'return=representation',
    });
    expect(g.status).toBe(201);
    expect(g.json).toEqual([
      { sku: 'C-1', name: 'Chair, tall', qty: 4, price: 12.5 },
      { sku: 'C-2', name: 'The "best" lamp', qty: 1, price: null },
    ]);
    const ragged = await call('POST', '/items', 'sku,name\nC-3\n', { 'Content-Type': 'text/csv' });
    expect(ragged.status).toBe(400);
    expect((ragged.json as { code: string }).code).toBe('PGRST102');
  });

  it('a form-encoded body names RPC arguments', async () => {
    const g = await call('POST', '/rpc/add', 'a=2&b=5', {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect(g.status).toBe(200);
    expect(g.json).toBe(7);
  });

  it('other content types → 415 PGRST107', async () => {
    for (const type of ['application/xml', 'multipart/form-data; boundary=x', 'image/png']) {
      const g = await call('POST', '/items', '{"sku":"X-1","name":"x"}', { 'Content-Type': type });
      expect(g.status).toBe(415);
      expect((g.json as { code: string }).code).toBe('PGRST107');
    }
    const patch = await call('PATCH', '/items?sku=eq.A-1', '<qty>1</qty>', {
      'Content-Type': 'application/xml',
    });
    expect(patch.status).toBe(415);
    expect(await skus()).toEqual(['A-1', 'A-2', 'B-1']);
  });

  it('Prefer: handling=strict with an unknown or invalid preference → 400 PGRST122', async () => {
    const g = await call(
      'POST',
      '/items',
      { sku: 'S-1', name: 's' },
      {
        Prefer: 'handling=strict, foo, return=sometimes',
      },
    );
    expect(g.status).toBe(400);
    expect(g.json).toEqual({
      code: 'PGRST122',
      message: 'Invalid preferences given with handling=strict',
      details: 'Invalid preferences: foo, return=sometimes',
      hint: null,
    });
    expect(await skus()).toEqual(['A-1', 'A-2', 'B-1']);
    const lenient = await call(
      'POST',
      '/items',
      { sku: 'S-2', name: 's' },
      {
        Prefer: 'handling=lenient, foo',
      },
    );
    expect(lenient.status).toBe(201);
    const strictOk = await call('GET', '/items?select=sku&order=sku', undefined, {
      Prefer: 'handling=strict, count=exact',
    });
    expect(strictOk.status).toBe(200);
  });

  it('error messages do not name the gateway’s prepared statements', () => {
    const e = Object.assign(
      new Error(
        'bind message supplies 1 parameters, but prepared statement "salkku_rest_2" requires 0',
      ),
      { code: '08P01', detail: 'portal "salkku_rest_2" …' },
    );
    const rest = pgErrorToRest(e, false);
    expect(`${rest.message} ${String(rest.details)}`).not.toMatch(/salkku_rest_\d/);
    expect(rest.message).toBe(
      'bind message supplies 1 parameters, but prepared statement requires 0',
    );
  });
});
