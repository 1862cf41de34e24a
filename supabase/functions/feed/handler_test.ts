// Deno tests of the hosted feed's handler against a fake PostgREST: the feed in each language,
// names translated where a translation exists and Finnish where not, 404 for unknown scopes.
// Run: npx deno test --node-modules-dir=manual supabase/functions
import assert from 'node:assert/strict';
import { createFeedHandler } from './handler.ts';

const programme = {
  id: 'p1',
  slug: 'elinvoima',
  name: 'Elinvoimaohjelma',
  name_sv: 'Livskraftsprogrammet',
  name_en: null,
};
const areas = [
  {
    slug: 'kiertotalous',
    name: 'Kiertotalous',
    name_sv: 'Cirkulär ekonomi',
    name_en: 'Circular economy',
  },
];
const projects = [
  {
    slug: 'laakso',
    name: 'Kiertotalouslaakso',
    name_sv: 'Cirkulärdalen',
    name_en: 'Circular Valley',
  },
  { slug: 'pilotti', name: 'Pilottihanke', name_sv: null, name_en: null },
];
const entries = [
  {
    entry_id: 'e1',
    kind: 'project_published',
    occurred_at: '2026-05-01T08:00:00Z',
    project_slug: 'laakso',
    project_name: 'Kiertotalouslaakso',
    growth_area_slug: 'kiertotalous',
    growth_area_name: 'Kiertotalous',
    old_value: null,
    new_value: null,
    task_title: null,
  },
  {
    entry_id: 'e2',
    kind: 'became_late',
    occurred_at: '2026-04-01T08:00:00Z',
    project_slug: 'pilotti',
    project_name: 'Pilottihanke',
    growth_area_slug: null,
    growth_area_name: null,
    old_value: null,
    new_value: null,
    task_title: null,
  },
  {
    entry_id: 'e3',
    kind: 'milestone_done',
    occurred_at: '2026-03-01T08:00:00Z',
    project_slug: 'laakso',
    project_name: 'Kiertotalouslaakso',
    growth_area_slug: 'kiertotalous',
    growth_area_name: 'Kiertotalous',
    old_value: null,
    new_value: '2026-03-01',
    task_title: 'Selvitys valmis',
    task_title_sv: 'Utredningen klar',
    task_title_en: null,
  },
];

function fakeRest() {
  const requests: string[] = [];
  const fetchFn: typeof fetch = (input, init) => {
    const url = new URL(String(input));
    requests.push(`${init?.method ?? 'GET'} ${url.pathname}${url.search}`);
    assert.equal(new Headers(init?.headers).get('apikey'), 'anon-key');
    const json = (v: unknown) => Promise.resolve(new Response(JSON.stringify(v)));
    if (url.pathname.endsWith('/programmes'))
      return json(url.searchParams.get('slug') === 'eq.elinvoima' ? [programme] : []);
    if (url.pathname.endsWith('/growth_areas')) return json(areas);
    if (url.pathname.endsWith('/rpc/public_feed')) return json(entries);
    if (url.pathname.endsWith('/projects')) return json(projects);
    return Promise.resolve(new Response('no', { status: 404 }));
  };
  const handler = createFeedHandler({
    apiUrl: 'https://api.test',
    anonKey: 'anon-key',
    siteUrl: 'https://salkku.test/',
    fetchFn,
  });
  return { handler, requests };
}

const get = (handler: (r: Request) => Promise<Response>, path: string) =>
  handler(new Request(`https://api.test/functions/v1/feed/${path}`));

Deno.test('Finnish feed: Finnish names and titles, no translation lookup', async () => {
  const { handler, requests } = fakeRest();
  const res = await get(handler, 'elinvoima.atom');
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('Content-Type'), 'application/atom+xml; charset=utf-8');
  const xml = await res.text();
  assert.match(xml, /xml:lang="fi"/);
  assert.match(xml, /<title>Elinvoimaohjelma: julkiset muutokset – Salkku<\/title>/);
  assert.match(xml, /Hanke julkaistiin: Kiertotalouslaakso/);
  assert.ok(!requests.some((r) => r.includes('/projects')));
});

Deno.test('Swedish feed: Swedish names, the Finnish name where none is Swedish', async () => {
  const { handler } = fakeRest();
  const xml = await (await get(handler, 'elinvoima.atom?lang=sv')).text();
  assert.match(xml, /xml:lang="sv"/);
  assert.match(xml, /<title>Livskraftsprogrammet: offentliga ändringar – Salkku<\/title>/);
  assert.match(xml, /Projektet publicerades: Cirkulärdalen/);
  assert.match(xml, /label="Cirkulär ekonomi"/);
  // The Finnish name standing in is marked: its own xml:lang="fi" span, then the marker.
  assert.match(
    xml,
    /<title type="xhtml"><div xmlns="http:\/\/www.w3.org\/1999\/xhtml"><span xml:lang="fi" lang="fi">Pilottihanke<\/span> \(inte översatt\) är försenat<\/div><\/title>/,
  );
  assert.match(xml, /projects\/laakso\?lang=sv/);
});

Deno.test('English area feed: English names; the programme falls back to Finnish', async () => {
  const { handler } = fakeRest();
  const xml = await (await get(handler, 'elinvoima/kiertotalous.atom?lang=en')).text();
  assert.match(xml, /<title>Circular economy: public changes – Salkku<\/title>/);
  assert.match(xml, /Project published: Circular Valley/);
  const programmeFeed = await (await get(handler, 'elinvoima.atom?lang=en')).text();
  // The feed's own title marks the Finnish name standing in (xml:lang="fi" span, the marker).
  assert.match(
    programmeFeed,
    /<feed [^>]*>\s*<id>[^<]*<\/id>\s*<title type="xhtml"><div xmlns="http:\/\/www.w3.org\/1999\/xhtml"><span xml:lang="fi" lang="fi">Elinvoimaohjelma<\/span> \(not translated\): public changes – Salkku<\/div><\/title>/,
  );
});

Deno.test('unknown programme or area: 404; other methods: 405', async () => {
  const { handler } = fakeRest();
  assert.equal((await get(handler, 'muu.atom')).status, 404);
  assert.equal((await get(handler, 'elinvoima/muu.atom')).status, 404);
  const post = await handler(
    new Request('https://api.test/functions/v1/feed/elinvoima.atom', { method: 'POST' }),
  );
  assert.equal(post.status, 405);
});

Deno.test(
  "milestones: the task's current title in the feed's language, the Finnish one marked",
  async () => {
    const { handler } = fakeRest();
    const sv = await (await get(handler, 'elinvoima.atom?lang=sv')).text();
    assert.match(sv, /<title>Cirkulärdalen: milstolpe klar – Utredningen klar<\/title>/);
    const en = await (await get(handler, 'elinvoima.atom?lang=en')).text();
    assert.match(
      en,
      /Circular Valley: milestone done – <span xml:lang="fi" lang="fi">Selvitys valmis<\/span> \(not translated\)<\/div><\/title>/,
    );
    const fi = await (await get(handler, 'elinvoima.atom')).text();
    assert.match(fi, /<title>Kiertotalouslaakso: virstanpylväs tehty – Selvitys valmis<\/title>/);
  },
);
