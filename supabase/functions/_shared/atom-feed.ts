// The Atom feed (RFC 4287) of a programme's or growth area's public changes, rendered from the
// rows of public.public_feed(). Shared by the local stack's /feeds route (Node) and the hosted
// Edge Function (Deno): plain TypeScript, no imports, no I/O. Contract: every text goes through
// xmlText/xmlAttr, so content from the database can never break the document; the feed's id and
// the entries' ids are stable tag: URIs, so readers do not show an entry twice.

export type FeedLanguage = 'fi' | 'sv' | 'en';

/** One row of public.public_feed(). */
export interface FeedEntryRow {
  entry_id: string;
  kind: string;
  occurred_at: string;
  project_slug: string;
  project_name: string;
  growth_area_slug: string | null;
  growth_area_name: string | null;
  old_value: string | null;
  new_value: string | null;
  /** A milestone's title: the task's current Finnish one, and its translations (NULL: none). */
  task_title: string | null;
  task_title_sv?: string | null;
  task_title_en?: string | null;
  /** True when project_name is the Finnish name standing in for a missing translation. */
  project_name_fallback?: boolean;
  /** True when growth_area_name is the Finnish name standing in for a missing translation. */
  growth_area_name_fallback?: boolean;
}

export interface FeedOptions {
  lang: FeedLanguage;
  /** The site's origin, e.g. https://salkku.hel.fi (links to project pages). */
  siteUrl: string;
  /** This feed's own URL (rel="self"). */
  selfUrl: string;
  /** The page the feed is about (rel="alternate"), relative to siteUrl. */
  pagePath: string;
  /** The programme's or growth area's name, for the feed title. */
  scopeName: string;
  /** True when scopeName is the Finnish name standing in for a missing translation. */
  scopeNameFallback?: boolean;
  programme: string;
  area?: string | null;
  /** Used as <updated> when there are no entries. */
  now?: Date;
}

const stages: Record<FeedLanguage, Record<string, string>> = {
  fi: {
    not_started: 'Ei aloitettu',
    planning: 'Suunnittelu',
    implementation: 'Toteutus',
    completed: 'Valmis',
  },
  sv: {
    not_started: 'Inte påbörjad',
    planning: 'Planering',
    implementation: 'Genomförande',
    completed: 'Klar',
  },
  en: {
    not_started: 'Not started',
    planning: 'Planning',
    implementation: 'Implementation',
    completed: 'Completed',
  },
};

const words: Record<
  FeedLanguage,
  {
    feedTitle: (scope: string) => string;
    published: (p: string) => string;
    stage: (p: string, from: string, to: string) => string;
    late: (p: string) => string;
    milestone: (p: string, task: string) => string;
  }
> = {
  fi: {
    feedTitle: (s) => `${s}: julkiset muutokset – Salkku`,
    published: (p) => `Hanke julkaistiin: ${p}`,
    stage: (p, a, b) => `${p}: eteneminen ${a} → ${b}`,
    late: (p) => `${p} on myöhässä`,
    milestone: (p, t) => `${p}: virstanpylväs tehty – ${t}`,
  },
  sv: {
    feedTitle: (s) => `${s}: offentliga ändringar – Salkku`,
    published: (p) => `Projektet publicerades: ${p}`,
    stage: (p, a, b) => `${p}: framsteg ${a} → ${b}`,
    late: (p) => `${p} är försenat`,
    milestone: (p, t) => `${p}: milstolpe klar – ${t}`,
  },
  en: {
    feedTitle: (s) => `${s}: public changes – Salkku`,
    published: (p) => `Project published: ${p}`,
    stage: (p, a, b) => `${p}: progress ${a} → ${b}`,
    late: (p) => `${p} is late`,
    milestone: (p, t) => `${p}: milestone done – ${t}`,
  },
};

/** The quiet marker after Finnish text standing in for a missing translation (#14 §1). */
const notTranslated: Record<FeedLanguage, string> = {
  fi: 'ei käännetty',
  sv: 'inte översatt',
  en: 'not translated',
};

/** A name with its translations, as the tables keep it (NULL or absent = not translated). */
export interface TranslatedName {
  name: string;
  name_sv?: string | null;
  name_en?: string | null;
}

/**
 * A name in the feed's language, the Finnish one where there is no translation (#14 §1): the
 * same rule as the local stack's feed SQL and the app (src/lib/translated.ts).
 */
export function feedName(row: TranslatedName, lang: FeedLanguage): string {
  const translated = lang === 'sv' ? row.name_sv : lang === 'en' ? row.name_en : null;
  return translated && translated.trim() !== '' ? translated : row.name;
}

/** True when the feed's language is not Finnish and the name has no translation into it. */
export function feedNameFallback(row: TranslatedName, lang: FeedLanguage): boolean {
  const translated = lang === 'sv' ? row.name_sv : lang === 'en' ? row.name_en : null;
  return lang !== 'fi' && !(translated && translated.trim() !== '');
}

/**
 * public.public_feed() rows with the project and growth-area names in the feed's language, from
 * the projects and areas (by slug) the caller read; a row whose project is not among them keeps
 * its Finnish name.
 */
export function translateFeedEntries(
  rows: readonly FeedEntryRow[],
  lang: FeedLanguage,
  projects: readonly (TranslatedName & { slug: string })[],
  areas: readonly (TranslatedName & { slug: string })[],
): FeedEntryRow[] {
  if (lang === 'fi') return [...rows];
  const project = new Map(projects.map((p) => [p.slug, p]));
  const area = new Map(areas.map((a) => [a.slug, a]));
  return rows.map((row) => {
    const p = project.get(row.project_slug);
    const a = row.growth_area_slug ? area.get(row.growth_area_slug) : undefined;
    return {
      ...row,
      project_name: p ? feedName(p, lang) : row.project_name,
      project_name_fallback: p ? feedNameFallback(p, lang) : row.project_name_fallback,
      growth_area_name: a ? feedName(a, lang) : row.growth_area_name,
      growth_area_name_fallback: a ? feedNameFallback(a, lang) : row.growth_area_name_fallback,
    };
  });
}

export function isFeedLanguage(value: unknown): value is FeedLanguage {
  return value === 'fi' || value === 'sv' || value === 'en';
}

/** XML 1.0's Char production: tab, newline, carriage return and the non-control ranges. */
function isXmlChar(c: number): boolean {
  return (
    c === 0x9 ||
    c === 0xa ||
    c === 0xd ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    c >= 0x10000
  );
}

/** Text content: & < > escaped, and characters XML 1.0 forbids dropped. */
export function xmlText(value: string): string {
  return [...value]
    .filter((ch) => isXmlChar(ch.codePointAt(0) ?? 0))
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export function xmlAttr(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;');
}

/** A piece of an entry's title and the language it is in. */
export interface TitlePart {
  text: string;
  lang: FeedLanguage;
}

/** A milestone's title in the feed's language, else the Finnish one (the task's current texts). */
export function milestoneTitle(row: FeedEntryRow, lang: FeedLanguage): TitlePart {
  const translated = lang === 'sv' ? row.task_title_sv : lang === 'en' ? row.task_title_en : null;
  return translated && translated.trim() !== ''
    ? { text: translated, lang }
    : { text: row.task_title ?? '', lang: 'fi' };
}

// Where the project name and the task title go in a sentence (private-use characters, not text).
const PROJECT_SLOT = '\uE000';
const TASK_SLOT = '\uE001';

/**
 * The entry's title in the feed's language as parts, each with its language: the sentence in the
 * feed's language, the project name and a milestone's title in theirs (Finnish where there is no
 * translation; project names as given: see translateFeedEntries).
 */
export function entryTitleParts(row: FeedEntryRow, lang: FeedLanguage): TitlePart[] {
  const w = words[lang];
  const stage = (s: string | null) => (s ? (stages[lang][s] ?? s) : '–');
  const p = PROJECT_SLOT;
  const sentence =
    row.kind === 'project_published'
      ? w.published(p)
      : row.kind === 'stage_changed'
        ? w.stage(p, stage(row.old_value), stage(row.new_value))
        : row.kind === 'became_late'
          ? w.late(p)
          : row.kind === 'milestone_done'
            ? w.milestone(p, TASK_SLOT)
            : p;
  const project: TitlePart = {
    text: row.project_name,
    lang: lang !== 'fi' && row.project_name_fallback ? 'fi' : lang,
  };
  return sentence
    .split(/(\uE000|\uE001)/)
    .filter((piece) => piece !== '')
    .map((piece) =>
      piece === PROJECT_SLOT
        ? project
        : piece === TASK_SLOT
          ? milestoneTitle(row, lang)
          : { text: piece, lang },
    );
}

/**
 * The <title> element: plain text when every part is in the feed's language; otherwise an XHTML
 * title (RFC 4287 §3.1.1.3) where each Finnish fallback is its own span with xml:lang="fi" (a
 * text title can carry one language only), followed by the quiet "not translated" marker.
 */
function titleElement(row: FeedEntryRow, lang: FeedLanguage): string {
  return partsTitle(entryTitleParts(row, lang), lang);
}

const iso = (value: string | Date): string => new Date(value).toISOString();

/** A <title> of parts: plain text when all are in the feed's language, else XHTML (as above). */
function partsTitle(parts: TitlePart[], lang: FeedLanguage): string {
  if (parts.every((part) => part.lang === lang))
    return `<title>${xmlText(parts.map((part) => part.text).join(''))}</title>`;
  const body = parts
    .map((part) =>
      part.lang === lang
        ? xmlText(part.text)
        : `<span xml:lang="${part.lang}" lang="${part.lang}">${xmlText(part.text)}</span> (${xmlText(notTranslated[lang])})`,
    )
    .join('');
  return `<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${body}</div></title>`;
}

/**
 * The feed's own title in its language with the programme's or area's name in its slot; a
 * Finnish name standing in for a translation is marked xml:lang="fi" and "not translated".
 */
function feedTitleElement(options: FeedOptions): string {
  const lang = options.lang;
  const scope: TitlePart = {
    text: options.scopeName,
    lang: lang !== 'fi' && options.scopeNameFallback ? 'fi' : lang,
  };
  const parts = words[lang]
    .feedTitle(PROJECT_SLOT)
    .split(/(\uE000)/)
    .filter((piece) => piece !== '')
    .map((piece): TitlePart => (piece === PROJECT_SLOT ? scope : { text: piece, lang }));
  return partsTitle(parts, lang);
}

/**
 * An entry's growth-area category: term the slug, label the name in the feed's language; a
 * Finnish name standing in carries xml:lang="fi" on the element (RFC 4287 §2: xml:lang is
 * allowed on any element; an attribute has no language of its own).
 */
function areaCategory(row: FeedEntryRow, lang: FeedLanguage): string {
  if (!row.growth_area_slug) return '';
  const fallback = lang !== 'fi' && row.growth_area_name_fallback === true;
  const label = xmlAttr(row.growth_area_name ?? row.growth_area_slug);
  return `\n    <category term="${xmlAttr(row.growth_area_slug)}" label="${label}"${fallback ? ' xml:lang="fi"' : ''}/>`;
}

/** The whole document, UTF-8 XML with the Atom namespace and xml:lang of the feed's language. */
export function renderAtomFeed(rows: FeedEntryRow[], options: FeedOptions): string {
  const site = options.siteUrl.replace(/\/$/, '');
  const lang = options.lang;
  const updated = rows[0] ? iso(rows[0].occurred_at) : iso(options.now ?? new Date());
  const feedId = `tag:salkku,2026:feed/${options.programme}${options.area ? `/${options.area}` : ''}/${lang}`;
  const entries = rows.map((row) => {
    const link = `${site}/projects/${encodeURIComponent(row.project_slug)}?lang=${lang}`;
    const category = areaCategory(row, lang);
    return `  <entry>
    <id>tag:salkku,2026:${xmlText(row.entry_id)}</id>
    ${titleElement(row, lang)}
    <updated>${iso(row.occurred_at)}</updated>
    <link rel="alternate" type="text/html" href="${xmlAttr(link)}"/>${category}
    <category term="${xmlAttr(row.kind)}"/>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <id>${xmlText(feedId)}</id>
  ${feedTitleElement(options)}
  <updated>${updated}</updated>
  <author><name>Salkku</name></author>
  <link rel="self" type="application/atom+xml" href="${xmlAttr(options.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${xmlAttr(`${site}${options.pagePath}`)}"/>
  <rights>CC BY 4.0</rights>
${entries.join('\n')}${entries.length ? '\n' : ''}</feed>
`;
}
