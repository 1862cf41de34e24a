// The Atom feeds on the local stack: /feeds/<programme>.atom and /feeds/<programme>/<area>.atom
// answer well-formed Atom (parsed by jsdom's strict XML parser, saxes) in the asked language,
// with the public changes as entries and nothing of drafts; unknown scopes are 404.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/gateway.ts';

// jsdom ships no types; only its DOMParser is used.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } };
};

const ATOM = 'http://www.w3.org/2005/Atom';
const XHTML = 'http://www.w3.org/1999/xhtml';
const programme = 'elinvoimaohjelma-2025-2029';
/** A task of Kiertotalot (published, no Swedish or English name), made a done milestone below. */
const MILESTONE = '40000000-0000-4000-8000-000000000104';
/** Kiertotalot's growth area; its Swedish name is removed below, its English one stays. */
const AREA = 'rakentamisen-kiertotalous';
let gw: TestGateway;

beforeAll(async () => {
  gw = await startTestGateway({ seed: true });
  // Public changes, as the maintenance role (the audit trail records them as any edit).
  await gw.db.exec(`
    update public.projects set stage = 'completed' where slug = 'kiertotalot';
    update public.projects set stage = 'planning' where slug = 'hyvinvointidatan-yhteiskehittamo';
    -- A milestone of Kiertotalot done, then translated into Swedish only (#14 §1).
    update public.tasks set is_milestone = true, state = 'done', completed_on = '2026-11-30'
      where id = '${MILESTONE}';
    update public.tasks set title = 'Selvitys valmis', title_sv = 'Utredningen klar', title_en = null
      where id = '${MILESTONE}';
    -- A growth area without its Swedish name: the feed's title and categories fall back (#14 §1).
    update public.growth_areas set name_sv = null where slug = '${AREA}';
  `);
});
afterAll(async () => {
  await gw?.close();
});

function parseAtom(text: string): Document {
  const { DOMParser } = new JSDOM('').window;
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

const texts = (doc: Document, tag: string) =>
  [...doc.getElementsByTagNameNS(ATOM, tag)].map((e) => e.textContent ?? '');

describe('GET /feeds/<programme>.atom', () => {
  it('is a well-formed Atom feed with the public changes, in Swedish when asked', async () => {
    const res = await fetch(`${gw.url}/feeds/${programme}.atom?lang=sv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const doc = parseAtom(await res.text());
    const feed = doc.documentElement;
    expect(feed.namespaceURI).toBe(ATOM);
    expect(feed.localName).toBe('feed');
    expect(feed.getAttribute('xml:lang')).toBe('sv');
    // The programme's Swedish name (#14 §1); Kiertotalot has none and keeps its Finnish one.
    expect(texts(doc, 'title')[0]).toBe(
      'Livskraftsprogrammet 2025–2029: offentliga ändringar – Salkku',
    );
    expect(texts(doc, 'title')).toContain(
      'Kiertotalot (inte översatt): framsteg Genomförande → Klar',
    );
    // The Finnish name standing in is announced as Finnish inside the Swedish title (XHTML).
    const fallback = [...doc.getElementsByTagNameNS(XHTML, 'span')].find(
      (span) => span.textContent === 'Kiertotalot',
    );
    expect(fallback?.getAttribute('xml:lang')).toBe('fi');
    expect(fallback?.parentElement?.parentElement?.getAttribute('type')).toBe('xhtml');
    // Each entry has the elements RFC 4287 requires: id, title, updated (and a link).
    const entries = [...doc.getElementsByTagNameNS(ATOM, 'entry')];
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries)
      for (const tag of ['id', 'title', 'updated', 'link'])
        expect(entry.getElementsByTagNameNS(ATOM, tag).length, tag).toBe(1);
    expect(texts(doc, 'title').join('\n')).not.toContain('Hyvinvointidatan yhteiskehittämö');
  });

  it('speaks Finnish by default and English when asked', async () => {
    const fi = parseAtom(await (await fetch(`${gw.url}/feeds/${programme}.atom`)).text());
    expect(texts(fi, 'title')).toContain('Kiertotalot: eteneminen Toteutus → Valmis');
    const en = parseAtom(await (await fetch(`${gw.url}/feeds/${programme}.atom?lang=en`)).text());
    expect(texts(en, 'title')).toContain(
      'Kiertotalot (not translated): progress Implementation → Completed',
    );
  });

  it("names a milestone by the task's current title in the feed's language, the Finnish one marked", async () => {
    const feed = async (lang: string) =>
      texts(
        parseAtom(await (await fetch(`${gw.url}/feeds/${programme}.atom?lang=${lang}`)).text()),
        'title',
      );
    expect(await feed('sv')).toContain(
      'Kiertotalot (inte översatt): milstolpe klar – Utredningen klar',
    );
    expect(await feed('fi')).toContain('Kiertotalot: virstanpylväs tehty – Selvitys valmis');
    const en = parseAtom(await (await fetch(`${gw.url}/feeds/${programme}.atom?lang=en`)).text());
    expect(texts(en, 'title')).toContain(
      'Kiertotalot (not translated): milestone done – Selvitys valmis (not translated)',
    );
    const title = [...en.getElementsByTagNameNS(XHTML, 'span')].find(
      (span) => span.textContent === 'Selvitys valmis',
    );
    expect(title?.getAttribute('xml:lang')).toBe('fi');
  });

  it('has a feed per growth area with only its projects', async () => {
    const res = await fetch(`${gw.url}/feeds/${programme}/rakentamisen-kiertotalous.atom`);
    expect(res.status).toBe(200);
    const doc = parseAtom(await res.text());
    expect(texts(doc, 'title')[0]).toContain('Rakentamisen kiertotalous');
    const areas = [...doc.getElementsByTagNameNS(ATOM, 'category')]
      .map((c) => c.getAttribute('term'))
      .filter((t) => t?.includes('-'));
    expect(new Set(areas)).toEqual(new Set(['rakentamisen-kiertotalous']));
  });

  it('marks the feed title\'s and the categories\' Finnish fallback with xml:lang="fi"', async () => {
    /** The xml:lang in force on an element: its own or its nearest ancestor's. */
    const langOf = (el: Element | null): string | null => {
      for (let e = el; e; e = e.parentElement) {
        const lang = e.getAttribute('xml:lang');
        if (lang) return lang;
      }
      return null;
    };
    const area = async (lang: string) =>
      parseAtom(
        await (await fetch(`${gw.url}/feeds/${programme}/${AREA}.atom?lang=${lang}`)).text(),
      );
    // Swedish: the area's name is Finnish, so the feed's title is XHTML with the name in a span.
    const sv = await area('sv');
    const feedTitle = sv.documentElement.getElementsByTagNameNS(ATOM, 'title')[0];
    expect(feedTitle?.parentElement).toBe(sv.documentElement);
    expect(feedTitle?.getAttribute('type')).toBe('xhtml');
    expect(feedTitle?.textContent).toBe(
      'Rakentamisen kiertotalous (inte översatt): offentliga ändringar – Salkku',
    );
    const name = [...feedTitle!.getElementsByTagNameNS(XHTML, 'span')].find(
      (span) => span.textContent === 'Rakentamisen kiertotalous',
    );
    expect(name?.getAttribute('xml:lang')).toBe('fi');
    const categories = (doc: Document) =>
      [...doc.getElementsByTagNameNS(ATOM, 'category')].filter((c) => c.hasAttribute('label'));
    expect(categories(sv).length).toBeGreaterThan(0);
    for (const c of categories(sv)) {
      expect(c.getAttribute('label')).toBe('Rakentamisen kiertotalous');
      expect(c.getAttribute('xml:lang')).toBe('fi');
    }
    // English: translated, so a plain title and categories in the feed's own language.
    const en = await area('en');
    const enTitle = en.documentElement.getElementsByTagNameNS(ATOM, 'title')[0];
    expect(enTitle?.hasAttribute('type')).toBe(false);
    expect(langOf(enTitle ?? null)).toBe('en');
    expect(categories(en).length).toBeGreaterThan(0);
    for (const c of categories(en)) {
      expect(c.getAttribute('label')).not.toBe('Rakentamisen kiertotalous');
      expect(c.hasAttribute('xml:lang')).toBe(false);
      expect(langOf(c)).toBe('en');
    }
    // The programme's feed in Swedish: this area's categories are Finnish, the others Swedish.
    const all = parseAtom(await (await fetch(`${gw.url}/feeds/${programme}.atom?lang=sv`)).text());
    const programmeTitle = all.documentElement.getElementsByTagNameNS(ATOM, 'title')[0];
    expect(programmeTitle?.hasAttribute('type')).toBe(false);
    for (const c of categories(all))
      expect(langOf(c)).toBe(c.getAttribute('term') === AREA ? 'fi' : 'sv');
  });

  it('answers 404 for an unknown programme or area', async () => {
    expect((await fetch(`${gw.url}/feeds/ei-ohjelmaa.atom`)).status).toBe(404);
    expect((await fetch(`${gw.url}/feeds/${programme}/ei-aluetta.atom`)).status).toBe(404);
  });
});
