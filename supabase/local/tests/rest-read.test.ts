// /rest/v1 reads: select grammar, embedding, every filter operator, logic trees, order,
// limit/offset/Range, counts and statuses, single objects, profiles. Each case names the
// request and the exact status, headers and body it expects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

async function get(path: string, init: RequestInit & { token?: string } = {}): Promise<Got> {
  const res = await f.rest(path, init);
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

const ids = (g: Got): number[] => (g.json as { id: number }[]).map((r) => r.id);

describe('select grammar', () => {
  it('GET /posts as anon: only published rows (RLS), JSON content type, Content-Range', async () => {
    const g = await get('/posts?select=id,title&order=id');
    expect(g.status).toBe(200);
    expect(g.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(g.headers.get('content-range')).toBe('0-3/*');
    expect(g.json).toEqual([
      { id: 1, title: 'Parks of Helsinki' },
      { id: 2, title: 'Winter cycling' },
      { id: 4, title: 'Library hours' },
      { id: 5, title: 'Harbour "ferries", schedules' },
    ]);
  });

  it('no select means every column, in table order', async () => {
    const g = await get('/authors?id=eq.1');
    expect(g.text).toBe('[{"id":1,"name":"Aino","email":"aino@example.com"}]');
  });

  it('alias:col, col::type and quoted names', async () => {
    const g = await get('/posts?select=id,heading:title,rating::text,"published"&id=eq.1');
    expect(g.json).toEqual([
      { id: 1, heading: 'Parks of Helsinki', rating: '4.5', published: true },
    ]);
  });

  it('json paths -> and ->> name the result after the last key', async () => {
    const g = await get('/posts?select=id,meta->views,lang:meta->>lang,meta->tags->>0&id=eq.4');
    expect(g.json).toEqual([{ id: 4, views: 7, lang: 'sv', '0': 'a' }]);
  });

  it('a cast to an unknown type is 400 42704', async () => {
    const g = await get('/posts?select=id::nosuchtype');
    expect(g.status).toBe(400);
    expect(g.json).toEqual({
      code: '42704',
      details: null,
      hint: null,
      message: 'type "nosuchtype" does not exist',
    });
  });

  it('an unknown column is 400 42703', async () => {
    const g = await get('/posts?select=id,nope');
    expect(g.status).toBe(400);
    expect(g.json).toEqual({
      code: '42703',
      details: null,
      hint: null,
      message: 'column posts.nope does not exist',
    });
  });

  it('an unknown table is 404 PGRST205', async () => {
    const g = await get('/nope');
    expect(g.status).toBe(404);
    expect(g.json).toEqual({
      code: 'PGRST205',
      details: null,
      hint: null,
      message: "Could not find the table 'public.nope' in the schema cache",
    });
  });

  it('a malformed select is 400 PGRST100', async () => {
    const g = await get('/posts?select=id,authors(name');
    expect(g.status).toBe(400);
    expect((g.json as { code: string }).code).toBe('PGRST100');
  });

  it('aggregates are disabled (PGRST123)', async () => {
    const g = await get('/posts?select=count()');
    expect(g.status).toBe(400);
    expect(g.json).toEqual({
      code: 'PGRST123',
      details: null,
      hint: null,
      message: 'Use of aggregate functions is not allowed',
    });
  });
});

describe('embedding', () => {
  it('many-to-one with a column hint → object; with a constraint hint; null when the FK is null', async () => {
    const g = await get(
      '/posts?select=id,author:authors!author_id(name),editor:authors!posts_editor_id_fkey(name)&id=in.(1,2)&order=id',
    );
    expect(g.json).toEqual([
      { id: 1, author: { name: 'Aino' }, editor: { name: 'Bertil' } },
      { id: 2, author: { name: 'Aino' }, editor: null },
    ]);
  });

  it('two FKs to the same table without a hint → 300 PGRST201 listing both', async () => {
    const g = await get('/posts?select=id,authors(name)');
    expect(g.status).toBe(300);
    expect(g.json).toEqual({
      code: 'PGRST201',
      details: [
        {
          cardinality: 'many-to-one',
          embedding: 'posts with authors',
          relationship: 'posts_author_id_fkey using public.posts(author_id) and public.authors(id)',
        },
        {
          cardinality: 'many-to-one',
          embedding: 'posts with authors',
          relationship: 'posts_editor_id_fkey using public.posts(editor_id) and public.authors(id)',
        },
      ],
      hint: "Try changing 'authors' to one of the following: 'authors!posts_author_id_fkey', 'authors!posts_editor_id_fkey'. Find the desired relationship in the 'details' key.",
      message:
        "Could not embed because more than one relationship was found for 'posts' and 'authors'",
    });
  });

  it('no relationship → 400 PGRST200', async () => {
    const g = await get('/tags?select=id,items(name)');
    expect(g.status).toBe(400);
    expect(g.json).toEqual({
      code: 'PGRST200',
      details:
        "Searched for a foreign key relationship between 'tags' and 'items' in the schema 'public', but no matches were found.",
      hint: null,
      message: "Could not find a relationship between 'tags' and 'items' in the schema cache",
    });
  });

  it('one-to-many → array, [] when none; nested embeds', async () => {
    const g = await get(
      '/authors?select=name,posts!author_id(title,comments(content))&order=id&posts.order=id',
      { token: f.readerToken },
    );
    expect(g.json).toEqual([
      {
        name: 'Aino',
        posts: [
          {
            title: 'Parks of Helsinki',
            comments: [{ content: 'Lovely' }, { content: 'More benches please' }],
          },
          { title: 'Winter cycling', comments: [{ content: 'Brr' }] },
        ],
      },
      {
        name: 'Bertil',
        posts: [
          { title: 'Draft: budget', comments: [{ content: 'Secret draft comment' }] },
          { title: 'Library hours', comments: [] },
        ],
      },
      { name: 'Cecilia', posts: [{ title: 'Harbour "ferries", schedules', comments: [] }] },
    ]);
  });

  it('RLS applies inside embeds: anon sees no draft posts of Bertil', async () => {
    const g = await get('/authors?select=id,posts!author_id(id)&id=eq.2');
    expect(g.json).toEqual([{ id: 2, posts: [{ id: 4 }] }]);
  });

  it('many-to-many through the junction table', async () => {
    const g = await get('/posts?select=id,tags(label)&order=id&tags.order=label.desc');
    expect(g.json).toEqual([
      { id: 1, tags: [{ label: 'nature' }, { label: 'city' }] },
      { id: 2, tags: [{ label: 'winter' }] },
      { id: 4, tags: [{ label: 'city' }] },
      { id: 5, tags: [] },
    ]);
  });

  it('one-to-one (FK is the primary key) → object both ways', async () => {
    const a = await get('/authors?select=id,profiles(bio)&order=id');
    expect(a.json).toEqual([
      { id: 1, profiles: { bio: 'Writes about parks' } },
      { id: 2, profiles: { bio: null } },
      { id: 3, profiles: null },
    ]);
    const b = await get('/profiles?select=bio,authors(name)&author_id=eq.1');
    expect(b.json).toEqual([{ bio: 'Writes about parks', authors: { name: 'Aino' } }]);
  });

  it('self-reference: ambiguous without a hint, many-to-one with the FK column hint', async () => {
    const amb = await get('/categories?select=id,categories(name)');
    expect(amb.status).toBe(300);
    expect((amb.json as { code: string }).code).toBe('PGRST201');
    const g = await get('/categories?select=name,parent:categories!parent_id(name)&order=id');
    expect(g.json).toEqual([
      { name: 'Root', parent: null },
      { name: 'Parks', parent: { name: 'Root' } },
      { name: 'Transport', parent: { name: 'Root' } },
      { name: 'Ferries', parent: { name: 'Transport' } },
    ]);
  });

  it('embed filters narrow only the embedded array; !inner also filters parents', async () => {
    const narrow = await get('/authors?select=id,posts!author_id(id)&posts.id=gt.2&order=id', {
      token: f.readerToken,
    });
    expect(narrow.json).toEqual([
      { id: 1, posts: [] },
      { id: 2, posts: [{ id: 3 }, { id: 4 }] },
      { id: 3, posts: [{ id: 5 }] },
    ]);
    const inner = await get('/authors?select=id,posts!author_id!inner(id)&posts.id=gt.2&order=id', {
      token: f.readerToken,
      headers: { Prefer: 'count=exact' },
    });
    expect(inner.json).toEqual([
      { id: 2, posts: [{ id: 3 }, { id: 4 }] },
      { id: 3, posts: [{ id: 5 }] },
    ]);
    expect(inner.headers.get('content-range')).toBe('0-1/2');
  });

  it('embed-scoped or, order, limit and offset', async () => {
    const g = await get(
      '/authors?select=id,posts!author_id(id)&id=eq.1&posts.or=(id.eq.1,id.eq.2)&posts.order=id.desc&posts.limit=1&posts.offset=1',
    );
    expect(g.json).toEqual([{ id: 1, posts: [{ id: 1 }] }]);
  });

  it('spread ...rel(cols) lifts a to-one embed into the parent', async () => {
    const g = await get('/posts?select=id,...authors!author_id(author_name:name)&id=eq.1');
    expect(g.json).toEqual([{ id: 1, author_name: 'Aino' }]);
  });

  it('spreading a to-many embed gives one array per column', async () => {
    const g = await get('/authors?select=id,...posts!author_id(title)&id=eq.1&posts.order=id');
    expect(g.json).toEqual([{ id: 1, title: ['Parks of Helsinki', 'Winter cycling'] }]);
  });

  it('rel(count) counts the embedded rows', async () => {
    const g = await get('/posts?select=id,comments(count)&id=in.(1,2,4)&order=id');
    expect(g.json).toEqual([
      { id: 1, comments: [{ count: 2 }] },
      { id: 2, comments: [{ count: 1 }] },
      { id: 4, comments: [{ count: 0 }] },
    ]);
  });

  it('rel!inner() filters without showing the embed; rel=is.null filters on absence', async () => {
    const inner = await get('/posts?select=id,tags!inner()&order=id');
    expect(inner.json).toEqual([{ id: 1 }, { id: 2 }, { id: 4 }]);
    const none = await get('/authors?select=id,profiles(bio)&profiles=is.null');
    expect(none.json).toEqual([{ id: 3, profiles: null }]);
  });

  it('a filter on an embed that is not selected → 400 PGRST108', async () => {
    const g = await get('/posts?select=id&comments.id=eq.1');
    expect(g.status).toBe(400);
    expect(g.json).toEqual({
      code: 'PGRST108',
      details: null,
      hint: "Verify that 'comments' is included in the 'select' query parameter.",
      message: "'comments' is not an embedded resource in this request",
    });
  });

  it('views embed through the foreign keys of the columns they pass through', async () => {
    const g = await get(
      '/published_posts?select=id,writer:authors(name),comment_count&order=id&limit=2',
    );
    expect(g.json).toEqual([
      { id: 1, writer: { name: 'Aino' }, comment_count: 2 },
      { id: 2, writer: { name: 'Aino' }, comment_count: 1 },
    ]);
    const back = await get('/authors?select=name,published_posts(title)&id=eq.2');
    expect(back.json).toEqual([{ name: 'Bertil', published_posts: [{ title: 'Library hours' }] }]);
    const comments = await get('/published_posts?select=id,comments(id)&id=eq.1');
    expect(comments.json).toEqual([{ id: 1, comments: [{ id: 1 }, { id: 2 }] }]);
  });

  it('order by a column of a to-one embed: order=rel(col)', async () => {
    const g = await get(
      '/posts?select=id,author:authors!author_id(name)&order=author(name).desc,id.asc',
    );
    expect(ids(g)).toEqual([5, 4, 1, 2]);
  });
});

describe('filters', () => {
  const q = async (filter: string, token?: string) =>
    ids(await get(`/posts?select=id&order=id&${filter}`, { token: token ?? f.readerToken }));

  it('eq neq gt gte lt lte', async () => {
    expect(await q('id=eq.3')).toEqual([3]);
    expect(await q('id=neq.3')).toEqual([1, 2, 4, 5]);
    expect(await q('id=gt.3')).toEqual([4, 5]);
    expect(await q('id=gte.3')).toEqual([3, 4, 5]);
    expect(await q('id=lt.3')).toEqual([1, 2]);
    expect(await q('id=lte.3')).toEqual([1, 2, 3]);
    expect(await q('title=eq.Harbour "ferries", schedules')).toEqual([5]);
  });

  it('like ilike (* is %), match imatch', async () => {
    expect(await q('title=like.*ing*')).toEqual([2]);
    expect(await q('title=ilike.*HOURS')).toEqual([4]);
    expect(await q('title=match.^[PW]')).toEqual([1, 2]);
    expect(await q('title=imatch.^p')).toEqual([1]);
  });

  it('in with quoted values (commas, escaped quotes) and not.in', async () => {
    expect(await q('title=in.("Library hours","Harbour \\"ferries\\", schedules")')).toEqual([
      4, 5,
    ]);
    expect(await q('id=in.(1,3)')).toEqual([1, 3]);
    expect(await q('id=not.in.(1,3)')).toEqual([2, 4, 5]);
    expect(await q('id=in.()')).toEqual([]);
  });

  it('is null/not_null/true/false/unknown and isdistinct', async () => {
    expect(await q('rating=is.null')).toEqual([3, 5]);
    expect(await q('rating=not.is.null')).toEqual([1, 2, 4]);
    expect(await q('rating=is.not_null')).toEqual([1, 2, 4]);
    expect(await q('published=is.false')).toEqual([3]);
    expect(await q('published=is.true')).toEqual([1, 2, 4, 5]);
    expect(await q('published=is.unknown')).toEqual([]);
    expect(await q('editor_id=isdistinct.1')).toEqual([1, 2, 4, 5]);
  });

  it('cs cd ov on arrays', async () => {
    expect(await q('tags=cs.{green}')).toEqual([1, 4]);
    expect(await q('tags=cd.{parks,green,cycling}')).toEqual([1, 2, 3]);
    expect(await q('tags=ov.{cycling,transport}')).toEqual([2, 5]);
  });

  it('cs cd on jsonb', async () => {
    expect(await q('meta=cs.{"lang":"fi"}')).toEqual([1]);
    expect(await q('meta=cd.{"views":0,"x":1}')).toEqual([3, 5]);
  });

  it('range operators cs ov sl sr nxr nxl adj', async () => {
    expect(await q('period=cs.[3,4)')).toEqual([1]);
    expect(await q('period=ov.[4,6)')).toEqual([1, 2]);
    expect(await q('period=sl.[6,7)')).toEqual([1, 5]);
    expect(await q('period=sr.[6,7)')).toEqual([4]);
    expect(await q('period=nxr.[5,6)')).toEqual([1, 5]);
    expect(await q('period=nxl.[5,6)')).toEqual([2, 4]);
    expect(await q('period=adj.[5,10)')).toEqual([1, 4]);
  });

  it('full-text search: fts plfts phfts wfts, with and without (config)', async () => {
    expect(await q('search=fts.parks')).toEqual([1]);
    expect(await q('search=plfts.green spaces')).toEqual([1]);
    expect(await q('search=phfts(english).studded tyres')).toEqual([2]);
    expect(await q('search=wfts(english).ferries -trees')).toEqual([5]);
    expect(await q('body=fts(english).ferry')).toEqual([5]);
    expect(await q('search=not.fts.parks')).toEqual([2, 3, 4, 5]);
  });

  it('quantified operators eq(any) like(any) ilike(all)', async () => {
    expect(await q('id=eq(any).{1,4}')).toEqual([1, 4]);
    expect(await q('title=like(any).{Park*,Lib*}')).toEqual([1, 4]);
    expect(await q('title=ilike(all).{*o*,*r*}')).toEqual([1, 4, 5]);
  });

  it('json path filters', async () => {
    expect(await q('meta->>lang=eq.sv')).toEqual([4]);
    expect(await q('meta->views=gt.5')).toEqual([1, 4]);
  });

  it('or, and, nested, not.or, and with in inside', async () => {
    expect(await q('or=(id.eq.1,id.eq.5)')).toEqual([1, 5]);
    expect(await q('or=(id.eq.2,and(published.is.true,rating.gte.4))')).toEqual([1, 2, 4]);
    expect(await q('and=(id.gt.1,id.lt.4)')).toEqual([2, 3]);
    expect(await q('not.or=(id.eq.1,id.eq.5)')).toEqual([2, 3, 4]);
    expect(await q('or=(id.in.(1,2),title.eq."Library hours")')).toEqual([1, 2, 4]);
    expect(await q('or=(not.and(id.gt.1,id.lt.5),title.like.*cycling)')).toEqual([1, 2, 5]);
    expect(await q('or=(title.eq."Harbour \\"ferries\\", schedules")')).toEqual([5]);
  });

  it('filters combine with AND; several on one column', async () => {
    expect(await q('id=gt.1&id=lt.5&published=is.true')).toEqual([2, 4]);
  });

  it('an unknown operator is 400 PGRST100; a bad value is 400 22P02', async () => {
    const bad = await get('/posts?id=nope.1');
    expect(bad.status).toBe(400);
    expect((bad.json as { code: string }).code).toBe('PGRST100');
    const val = await get('/posts?id=eq.abc');
    expect(val.status).toBe(400);
    expect(val.json).toEqual({
      code: '22P02',
      details: null,
      hint: null,
      message: 'invalid input syntax for type integer: "abc"',
    });
  });

  it('supabase-js filter builders produce the same results', async () => {
    const c = f.client(f.readerToken);
    const r1 = await c
      .from('posts')
      .select('id')
      .in('title', ['Library hours', 'Winter cycling'])
      .order('id');
    expect(r1.data).toEqual([{ id: 2 }, { id: 4 }]);
    const r2 = await c.from('posts').select('id').contains('tags', ['green']).order('id');
    expect(r2.data).toEqual([{ id: 1 }, { id: 4 }]);
    const r3 = await c.from('posts').select('id').contains('meta', { lang: 'en' });
    expect(r3.data).toEqual([{ id: 2 }]);
    const r4 = await c
      .from('posts')
      .select('id')
      .textSearch('search', 'parks & trees', { config: 'english' });
    expect(r4.data).toEqual([{ id: 1 }]);
    const r5 = await c
      .from('posts')
      .select('id')
      .not('rating', 'is', null)
      .or('id.eq.1,id.eq.4')
      .order('id');
    expect(r5.data).toEqual([{ id: 1 }, { id: 4 }]);
    const r6 = await c.from('posts').select('id').overlaps('period', '[4,6)').order('id');
    expect(r6.data).toEqual([{ id: 1 }, { id: 2 }]);
    const r7 = await c.from('posts').select('id').match({ author_id: 2, published: false });
    expect(r7.data).toEqual([{ id: 3 }]);
  });
});

describe('order, limit, offset, ranges, counts', () => {
  it('multiple order terms with nullsfirst/nullslast', async () => {
    const g = await get('/posts?select=id&order=rating.desc.nullslast,id.desc', {
      token: f.readerToken,
    });
    expect(ids(g)).toEqual([1, 4, 2, 5, 3]);
    const h = await get('/posts?select=id&order=rating.asc.nullsfirst,id', {
      token: f.readerToken,
    });
    expect(ids(h)).toEqual([3, 5, 2, 4, 1]);
    const j = await get('/posts?select=id&order=meta->>lang.desc.nullslast,id');
    expect(ids(j)).toEqual([4, 1, 2, 5]);
  });

  it('limit/offset with count=exact → 206 and Content-Range a-b/total', async () => {
    const g = await get('/posts?select=id&order=id&limit=2&offset=1', {
      headers: { Prefer: 'count=exact' },
    });
    expect(g.status).toBe(206);
    expect(g.headers.get('content-range')).toBe('1-2/4');
    expect(ids(g)).toEqual([2, 4]);
  });

  it('count=planned and count=estimated fall back to an exact count', async () => {
    for (const count of ['planned', 'estimated']) {
      const g = await get('/posts?select=id&limit=1', { headers: { Prefer: `count=${count}` } });
      expect(g.status).toBe(206);
      expect(g.headers.get('content-range')).toBe('0-0/4');
    }
  });

  it('the whole set with a count → 200 and 0-n/n; empty → */0', async () => {
    const g = await get('/posts?select=id', { headers: { Prefer: 'count=exact' } });
    expect(g.status).toBe(200);
    expect(g.headers.get('content-range')).toBe('0-3/4');
    const e = await get('/posts?select=id&id=eq.99', { headers: { Prefer: 'count=exact' } });
    expect(e.status).toBe(200);
    expect(e.headers.get('content-range')).toBe('*/0');
    expect(e.json).toEqual([]);
  });

  it('an offset past the end → 416 PGRST103', async () => {
    const g = await get('/posts?select=id&offset=10', { headers: { Prefer: 'count=exact' } });
    expect(g.status).toBe(416);
    expect(g.json).toEqual({
      code: 'PGRST103',
      details: 'An offset of 10 was requested, but there are only 4 rows.',
      hint: null,
      message: 'Requested range not satisfiable',
    });
  });

  it('Range header (Range-Unit: items)', async () => {
    const g = await get('/posts?select=id&order=id', {
      headers: { Range: '1-2', 'Range-Unit': 'items' },
    });
    expect(ids(g)).toEqual([2, 4]);
    expect(g.headers.get('content-range')).toBe('1-2/*');
  });

  it('supabase-js range() and count', async () => {
    const r = await f
      .client()
      .from('posts')
      .select('id', { count: 'exact' })
      .order('id')
      .range(0, 1);
    expect(r.status).toBe(206);
    expect(r.count).toBe(4);
    expect(r.data).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('HEAD with count: no body, status and Content-Range', async () => {
    const res = await f.rest('/posts?select=id&limit=1', {
      method: 'HEAD',
      headers: { Prefer: 'count=exact' },
    });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('0-0/4');
    expect(await res.text()).toBe('');
    const r = await f.client().from('posts').select('*', { count: 'exact', head: true });
    expect(r).toMatchObject({ status: 200, count: 4, data: null, error: null });
  });
});

describe('single objects and profiles', () => {
  it('Accept: application/vnd.pgrst.object+json → one object', async () => {
    const g = await get('/authors?select=id,name&id=eq.1', {
      headers: { Accept: 'application/vnd.pgrst.object+json' },
    });
    expect(g.status).toBe(200);
    expect(g.text).toBe('{"id":1,"name":"Aino"}');
  });

  it('0 or >1 rows → 406 PGRST116', async () => {
    const none = await get('/authors?id=eq.99', {
      headers: { Accept: 'application/vnd.pgrst.object+json' },
    });
    expect(none.status).toBe(406);
    expect(none.json).toEqual({
      code: 'PGRST116',
      details: 'The result contains 0 rows',
      hint: null,
      message: 'JSON object requested, multiple (or no) rows returned',
    });
    const many = await get('/authors', {
      headers: { Accept: 'application/vnd.pgrst.object+json' },
    });
    expect(many.status).toBe(406);
    expect((many.json as { details: string }).details).toBe('The result contains 3 rows');
  });

  it('supabase-js single() and maybeSingle()', async () => {
    const c = f.client();
    expect((await c.from('authors').select('name').eq('id', 2).single()).data).toEqual({
      name: 'Bertil',
    });
    const missing = await c.from('authors').select('name').eq('id', 9).maybeSingle();
    expect(missing).toMatchObject({ data: null, error: null, status: 200 });
    const many = await c.from('authors').select('name').maybeSingle();
    expect(many.status).toBe(406);
    expect(many.error?.code).toBe('PGRST116');
  });

  it('nulls=stripped drops null members', async () => {
    const g = await get('/authors?select=id,email&id=eq.3', {
      headers: { Accept: 'application/vnd.pgrst.array+json;nulls=stripped' },
    });
    expect(g.text).toBe('[{"id":3}]');
  });

  it('Accept: text/csv → a header row and CSV-quoted rows (record text quoting, as PostgREST)', async () => {
    const g = await get('/posts?select=id,title,rating&id=in.(1,5)&order=id', {
      headers: { Accept: 'text/csv' },
    });
    expect(g.status).toBe(200);
    expect(g.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(g.text).toBe(
      'id,title,rating\n1,"Parks of Helsinki",4.5\n5,"Harbour ""ferries"", schedules",',
    );
    const r = await f.client().from('authors').select('id,name').eq('id', 1).csv();
    expect(r.data).toBe('id,name\n1,Aino');
  });

  it('unsupported media types → 406 PGRST107', async () => {
    const g = await get('/authors', { headers: { Accept: 'application/vnd.pgrst.plan' } });
    expect(g.status).toBe(406);
    expect(g.json).toEqual({
      code: 'PGRST107',
      details: null,
      hint: null,
      message: 'None of these media types are available: application/vnd.pgrst.plan',
    });
  });

  it('Accept-Profile: public works; another schema → 406 PGRST106', async () => {
    const ok = await get('/authors?select=id&id=eq.1', { headers: { 'Accept-Profile': 'public' } });
    expect(ok.json).toEqual([{ id: 1 }]);
    const bad = await get('/users', { headers: { 'Accept-Profile': 'auth' } });
    expect(bad.status).toBe(406);
    expect(bad.json).toEqual({
      code: 'PGRST106',
      details: null,
      hint: 'Only the following schemas are exposed: public',
      message: 'Invalid schema: auth',
    });
    const write = await get('/authors', {
      method: 'POST',
      headers: { 'Content-Profile': 'auth', 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(write.status).toBe(406);
  });

  it('RLS with no policy: the reader sees no rows, the service role sees them, anon lacks the grant', async () => {
    const reader = await get('/secrets', { token: f.readerToken });
    expect(reader.json).toEqual([]);
    const service = await get('/secrets', { token: f.serviceRoleKey });
    expect(service.json).toEqual([{ id: 1, value: 'only service role' }]);
    const anon = await get('/secrets');
    expect(anon.status).toBe(401);
    expect(anon.json).toEqual({
      code: '42501',
      details: null,
      hint: null,
      message: 'permission denied for table secrets',
    });
  });

  it('the schema cache follows DDL without a restart', async () => {
    await f.db.exec(
      'create table public.late_table (id int primary key); grant select on public.late_table to anon; insert into public.late_table values (7);',
    );
    expect((await get('/late_table')).json).toEqual([{ id: 7 }]);
    await f.db.exec('alter table public.late_table add column label text');
    expect((await get('/late_table')).json).toEqual([{ id: 7, label: null }]);
    await f.db.exec('drop table public.late_table');
    expect((await get('/late_table')).status).toBe(404);
  });
});
