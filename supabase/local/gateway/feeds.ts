// The Atom feeds on the local stack: GET /feeds/<programme>.atom and
// /feeds/<programme>/<area>.atom, ?lang=fi|sv|en (default fi). Contract: the entries come from
// public.public_feed() run as anon in one read-only transaction (so RLS and grants decide, as for
// any anonymous API call); slugs reach SQL only as bind parameters; the XML is rendered by the
// renderer the hosted Edge Function shares (supabase/functions/_shared/atom-feed.ts). An unknown
// or unpublished programme or area is a 404.
import {
  isFeedLanguage,
  renderAtomFeed,
  type FeedEntryRow,
} from '../../functions/_shared/atom-feed.ts';
import { runInTransaction } from './rest/batch.ts';
import { statementTimeoutFor, type GatewayResponse, type ServiceEnv } from './types.ts';

export const FEEDS_PREFIX = '/feeds/';

// Names in the feed's language ($3), the Finnish name where there is no translation, flagged so
// the renderer marks it (#14 §1: the feed's title, the entries' titles and area categories); a milestone's title translations come with public_feed()'s row.
const FEED_SQL = /* sql */ `
select
  (select coalesce(case $3::text when 'sv' then p.name_sv when 'en' then p.name_en end, p.name)
    from public.programmes p where p.slug = $1) as programme_name,
  (select $3::text <> 'fi' and (case $3::text when 'sv' then p.name_sv when 'en' then p.name_en end) is null
    from public.programmes p where p.slug = $1) as programme_name_fallback,
  (select coalesce(case $3::text when 'sv' then ga.name_sv when 'en' then ga.name_en end, ga.name)
    from public.growth_areas ga join public.programmes p on p.id = ga.programme_id
    where p.slug = $1 and ga.slug = $2) as area_name,
  (select $3::text <> 'fi' and (case $3::text when 'sv' then ga.name_sv when 'en' then ga.name_en end) is null
    from public.growth_areas ga join public.programmes p on p.id = ga.programme_id
    where p.slug = $1 and ga.slug = $2) as area_name_fallback,
  (select coalesce(json_agg(to_jsonb(f) || jsonb_build_object(
      'project_name',
      coalesce(case $3::text when 'sv' then pr.name_sv when 'en' then pr.name_en end, f.project_name),
      'project_name_fallback',
      $3::text <> 'fi' and (case $3::text when 'sv' then pr.name_sv when 'en' then pr.name_en end) is null,
      'growth_area_name',
      coalesce(case $3::text when 'sv' then ga.name_sv when 'en' then ga.name_en end, f.growth_area_name),
      'growth_area_name_fallback',
      $3::text <> 'fi' and (case $3::text when 'sv' then ga.name_sv when 'en' then ga.name_en end) is null
    ) order by f.occurred_at desc, f.entry_id), '[]'::json)::text
   from public.public_feed($1, $2, 50) f
   left join public.projects pr on pr.slug = f.project_slug
   left join public.growth_areas ga on ga.programme_id = pr.programme_id and ga.slug = f.growth_area_slug
  ) as entries`;

const notFound = (): GatewayResponse => ({
  status: 404,
  headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  body: 'Feed not found',
});

export async function handleFeed(
  method: string,
  url: URL,
  env: ServiceEnv,
): Promise<GatewayResponse> {
  if (method !== 'GET' && method !== 'HEAD')
    return { status: 405, headers: { Allow: 'GET, HEAD' }, body: null };
  const match = /^\/feeds\/([a-z0-9-]+)(?:\/([a-z0-9-]+))?\.atom$/.exec(url.pathname);
  if (!match) return notFound();
  const programme = match[1] ?? '';
  const area = match[2] ?? null;
  const langParam = url.searchParams.get('lang') ?? 'fi';
  const lang = isFeedLanguage(langParam) ? langParam : 'fi';
  const row = await runInTransaction(
    env.db,
    [
      {
        sql: `select set_config('role', 'anon', true), set_config('request.jwt.claims', $1, true)`,
        params: [JSON.stringify({ role: 'anon' })],
      },
    ],
    { sql: FEED_SQL, params: [programme, area, lang] },
    true,
    (res) => ({ value: res.rows[0] ?? {}, commit: true }),
    statementTimeoutFor(env.config, 'anon'),
  );
  const programmeName = row['programme_name'] as string | null;
  const areaName = row['area_name'] as string | null;
  if (!programmeName || (area && !areaName)) return notFound();
  const entries = JSON.parse(String(row['entries'] ?? '[]')) as FeedEntryRow[];
  const site = env.config.siteUrl.replace(/\/$/, '');
  const body = renderAtomFeed(entries, {
    lang,
    siteUrl: site,
    selfUrl: `${site}${url.pathname}?lang=${lang}`,
    pagePath: area ? `/programmes/${programme}/${area}` : `/?programme=${programme}`,
    scopeName: areaName ?? programmeName,
    scopeNameFallback: (area ? row['area_name_fallback'] : row['programme_name_fallback']) === true,
    programme,
    area,
  });
  return {
    status: 200,
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
      'Access-Control-Allow-Origin': '*',
    },
    body: method === 'HEAD' ? null : body,
  };
}
