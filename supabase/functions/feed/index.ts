// The Atom feeds on hosted Supabase, as an Edge Function (Deno):
//   GET /functions/v1/feed/<programme>.atom?lang=sv
//   GET /functions/v1/feed/<programme>/<area>.atom?lang=en
// Contract: the same as the local stack's /feeds route (supabase/local/gateway/feeds.ts) — the
// entries come from public.public_feed() called with the anon key (RLS and grants decide), the XML
// from the shared renderer, unknown or unpublished scopes are 404. Deploy with
// `supabase functions deploy feed --no-verify-jwt` (feed readers send no key) and build the app
// with VITE_FEEDS_URL=https://<ref>.supabase.co/functions/v1/feed.
// Not run by the test suite (no Deno here); the renderer and the SQL it calls are.
import { isFeedLanguage, renderAtomFeed, type FeedEntryRow } from '../_shared/atom-feed.ts';

declare const Deno: {
  env: { get(name: string): string | undefined };
  serve(handler: (req: Request) => Response | Promise<Response>): void;
};

const apiUrl = Deno.env.get('SUPABASE_URL') ?? '';
const anonKey = Deno.env.get('SUPABASE_ANON_KEY') ?? '';
const siteUrl = Deno.env.get('SALKKU_SITE_URL') ?? apiUrl;

async function rest<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`${apiUrl}/rest/v1/${path}`, {
    ...init,
    headers: { apikey: anonKey, 'Content-Type': 'application/json', ...init?.headers },
  });
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}

const notFound = () => new Response('Feed not found', { status: 404 });

Deno.serve(async (req) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return new Response(null, { status: 405 });
  const url = new URL(req.url);
  const match = /\/feed\/([a-z0-9-]+)(?:\/([a-z0-9-]+))?\.atom$/.exec(url.pathname);
  if (!match) return notFound();
  const programme = match[1] ?? '';
  const area = match[2] ?? null;
  const langParam = url.searchParams.get('lang') ?? 'fi';
  const lang = isFeedLanguage(langParam) ? langParam : 'fi';
  const q = encodeURIComponent;
  const programmes = await rest<{ id: string; name: string }[]>(
    `programmes?select=id,name&slug=eq.${q(programme)}`,
  );
  const found = programmes[0];
  if (!found) return notFound();
  let scopeName = found.name;
  if (area) {
    const areas = await rest<{ name: string }[]>(
      `growth_areas?select=name&programme_id=eq.${q(found.id)}&slug=eq.${q(area)}`,
    );
    if (!areas[0]) return notFound();
    scopeName = areas[0].name;
  }
  const entries = await rest<FeedEntryRow[]>('rpc/public_feed', {
    method: 'POST',
    body: JSON.stringify({ p_programme: programme, p_area: area, p_limit: 50 }),
  });
  const body = renderAtomFeed(entries, {
    lang,
    siteUrl,
    selfUrl: `${url.origin}${url.pathname}?lang=${lang}`,
    pagePath: area ? `/programmes/${programme}/${area}` : `/?programme=${programme}`,
    scopeName,
    programme,
    area,
  });
  return new Response(req.method === 'HEAD' ? null : body, {
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
      'Access-Control-Allow-Origin': '*',
    },
  });
});
