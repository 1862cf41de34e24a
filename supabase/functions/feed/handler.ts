// The hosted Atom feed's request handler (the Edge Function's index.ts serves it), apart from
// Deno.serve so a Deno test can run it against a fake PostgREST. Contract: the same as the local
// stack's /feeds route (supabase/local/gateway/feeds.ts): the entries come from
// public.public_feed() called with the anon key (RLS and grants decide), the names in the
// feed's language with the Finnish name where there is no translation (feedName), the XML from
// the shared renderer; an unknown or unpublished scope is 404.
import {
  feedName,
  feedNameFallback,
  isFeedLanguage,
  renderAtomFeed,
  translateFeedEntries,
  type FeedEntryRow,
  type TranslatedName,
} from '../_shared/atom-feed.ts';

export interface FeedHandlerOptions {
  /** SUPABASE_URL. */
  apiUrl: string;
  anonKey: string;
  /** The app's origin, for links to project pages. */
  siteUrl: string;
  fetchFn?: typeof fetch;
}

type Named = TranslatedName & { slug: string };

const notFound = () =>
  new Response('Feed not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });

export function createFeedHandler(options: FeedHandlerOptions) {
  const fetchFn = options.fetchFn ?? fetch;
  const api = options.apiUrl.replace(/\/+$/, '');
  const site = options.siteUrl.replace(/\/+$/, '');

  async function rest<T>(path: string, init?: RequestInit): Promise<T> {
    const res = await fetchFn(`${api}/rest/v1/${path}`, {
      ...init,
      headers: {
        apikey: options.anonKey,
        Authorization: `Bearer ${options.anonKey}`,
        'Content-Type': 'application/json',
      },
    });
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    return (await res.json()) as T;
  }

  return async (req: Request): Promise<Response> => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD' } });
    const url = new URL(req.url);
    const match = /\/feed\/([a-z0-9-]+)(?:\/([a-z0-9-]+))?\.atom$/.exec(url.pathname);
    if (!match) return notFound();
    const programme = match[1] ?? '';
    const area = match[2] ?? null;
    const langParam = url.searchParams.get('lang') ?? 'fi';
    const lang = isFeedLanguage(langParam) ? langParam : 'fi';
    const q = encodeURIComponent;
    const programmes = await rest<(Named & { id: string })[]>(
      `programmes?select=id,slug,name,name_sv,name_en&slug=eq.${q(programme)}`,
    );
    const found = programmes[0];
    if (!found) return notFound();
    const areas = await rest<Named[]>(
      `growth_areas?select=slug,name,name_sv,name_en&programme_id=eq.${q(found.id)}`,
    );
    const scope = area ? areas.find((a) => a.slug === area) : found;
    if (!scope) return notFound();
    const rows = await rest<FeedEntryRow[]>('rpc/public_feed', {
      method: 'POST',
      body: JSON.stringify({ p_programme: programme, p_area: area, p_limit: 50 }),
    });
    const slugs = [...new Set(rows.map((r) => r.project_slug))];
    const projects =
      lang === 'fi' || slugs.length === 0
        ? []
        : await rest<Named[]>(
            `projects?select=slug,name,name_sv,name_en&slug=in.(${slugs.map((s) => q(`"${s}"`)).join(',')})`,
          );
    const body = renderAtomFeed(translateFeedEntries(rows, lang, projects, areas), {
      lang,
      siteUrl: site,
      selfUrl: `${url.origin}${url.pathname}?lang=${lang}`,
      pagePath: area ? `/programmes/${programme}/${area}` : `/?programme=${programme}`,
      scopeName: feedName(scope, lang),
      scopeNameFallback: feedNameFallback(scope, lang),
      programme,
      area,
    });
    return new Response(req.method === 'HEAD' ? null : body, {
      headers: {
        'Content-Type': 'application/atom+xml; charset=utf-8',
        'Content-Language': lang,
        'Cache-Control': 'public, max-age=300',
        'Access-Control-Allow-Origin': '*',
        Vary: 'Accept-Encoding',
      },
    });
  };
}
