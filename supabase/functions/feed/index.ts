// The Atom feeds on hosted Supabase, as an Edge Function (Deno):
//   GET /functions/v1/feed/<programme>.atom?lang=sv
//   GET /functions/v1/feed/<programme>/<area>.atom?lang=en
// The handler (./handler.ts) keeps the local stack's contract: public.public_feed() with the
// anon key, names in the feed's language (Finnish where not translated), the shared renderer.
// Deploy with `supabase functions deploy feed --no-verify-jwt` (feed readers send no key) and
// build the app with VITE_FEEDS_URL=https://<ref>.supabase.co/functions/v1/feed. `npm test`
// type-checks it and runs ./handler_test.ts under Deno (supabase/local/tests/edge-function.test.ts).
import { createFeedHandler } from './handler.ts';

const apiUrl = Deno.env.get('SUPABASE_URL') ?? '';

Deno.serve(
  createFeedHandler({
    apiUrl,
    anonKey: Deno.env.get('SUPABASE_ANON_KEY') ?? '',
    siteUrl: Deno.env.get('SALKKU_SITE_URL') ?? apiUrl,
  }),
);
