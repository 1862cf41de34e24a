// npx tsx bench/dashboard.ts — the director's dashboard at 1,000 projects / 10,000 tasks:
// a dashboard load asks rpc/dashboard_summary twice (src/features/dashboard/requests.ts): first
// the figures (p_list_limit 0: what the headline waits for, cases *_figures), then the lists
// (p_list_limit 50, cases *_lists), as the director (RLS on, every row visible) and as the
// public (published rows only, private.public_dashboard_summary), unfiltered and filtered to one
// growth area; and the project page's overview row by slug (project_overview?slug=eq.…, as
// src/features/projects/queries.ts asks it) as the director, which must read one project's
// tasks, not the portfolio's. Each scenario is its own `case` in bench/results/dashboard.json.
//   gateway  through the local /rest/v1 gateway with supabase-js, wall time of a whole load;
//   direct   the SQL statements the gateway ran for that request, replayed on PGlite in this
//            process (subject pglite-direct).
// Reports median and p95 per run and the median over runs.
//   chromium the built app (vite build against this gateway), served as a static site, opened
//            in headless system Chromium as the director, signed in through the sign-in form,
//            for a click on the navigation link (in-app) and for opening /dashboard afresh (full
//            page load, session restored from storage): when the headline figures and the first
//            list appear in the document (a MutationObserver in the page, from the click or from
//            navigation start), and the requests to /rest/v1 and /auth/v1 of the load, counted
//            in the browser: all of them (requests_per_load) and the dashboard's own
//            (dashboard_requests_per_load: without the session's my_access, the bell's unread
//            count and the settings write, which any page makes). BENCH_NO_BROWSER=1 skips it.
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import {
  createClient,
  type SupabaseClient,
  type SupabaseClientOptions,
} from '@supabase/supabase-js';
import WebSocket from 'ws';
import { startTestGateway } from '../supabase/local/tests/support/gateway.ts';
import { dashboardRequest, figuresOnly, listLimit } from '../src/features/dashboard/requests.ts';
import type { Database } from '../src/types/database.ts';
import { median, percentile } from './lib/load.ts';
import { round, writeResults, type BenchResult } from './lib/results.ts';
import { dashboardPortfolio } from './lib/dashboard-data.ts';
import { recordRequests, replay } from './lib/statements.ts';
import type { Page } from 'playwright-core';
import { buildApp, launchChromium, serveSpa } from './lib/chromium.ts';

const PROJECTS = 1000;
const TASKS = 10000;
const RUNS = 7;
const LOADS_PER_RUN = Number(process.env.BENCH_LOADS ?? 20);

const gw = await startTestGateway({ seed: true });
// Main contacts and applications awaiting a decision, as a real portfolio has, so the lead
// columns and the funding list do work.
await dashboardPortfolio(gw.db, { projects: PROJECTS, tasks: TASKS });

const director = await gw.db.query<{ id: string }>(
  `select id from auth.users where email = 'director@salkku.test'`,
);
const directorId = director.rows[0]?.id;
if (!directorId) throw new Error('the seed has no director@salkku.test');
const directorToken = await gw.signJwt({
  sub: directorId,
  role: 'authenticated',
  aud: 'authenticated',
  email: 'director@salkku.test',
});

let requestCount = 0;
const countingFetch: typeof fetch = (input, init) => {
  requestCount += 1;
  return fetch(input, init);
};

type RealtimeTransport = NonNullable<
  NonNullable<SupabaseClientOptions<'public'>['realtime']>['transport']
>;

function clientFor(token: string): SupabaseClient<Database> {
  return createClient<Database>(gw.url, gw.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false },
    global: { fetch: countingFetch, headers: { Authorization: `Bearer ${token}` } },
    // Node 20 has no global WebSocket; realtime-js needs one even when unused.
    realtime: { transport: WebSocket as unknown as RealtimeTransport },
  });
}

const viewers = { director: clientFor(directorToken), public: clientFor(gw.anonKey) };

const area = await gw.db.query<{ id: string }>(
  `select id from public.growth_areas where slug = 'rakentamisen-kiertotalous'`,
);
const areaId = area.rows[0]?.id;

interface Sizes {
  projects: number;
  overdue: number;
  kib: number;
}

async function load(
  client: SupabaseClient<Database>,
  limit: number,
  growthAreaId?: string,
): Promise<Sizes> {
  const { data } = await dashboardRequest(client, growthAreaId, undefined, undefined, limit);
  const summary = (data ?? {}) as { headline?: { projects?: number; overdue_tasks?: number } };
  return {
    projects: summary.headline?.projects ?? 0,
    overdue: summary.headline?.overdue_tasks ?? 0,
    kib: JSON.stringify(data).length / 1024,
  };
}

async function timeRuns(once: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await once(); // warm the plan caches
  const p50: number[] = [];
  const p95: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const latencies: number[] = [];
    for (let i = 0; i < LOADS_PER_RUN; i++) {
      const t0 = performance.now();
      await once();
      latencies.push(performance.now() - t0);
    }
    p50.push(percentile(latencies, 50));
    p95.push(percentile(latencies, 95));
  }
  return { p50: median(p50), p95: median(p95) };
}

const results: BenchResult[] = [];
const lines: string[] = [];

// The project page's overview row, looked up by slug as the app does (the app names its columns,
// src/lib/project-overview.ts, which imports through the @/ alias tsx does not resolve here:
// every column, updated_by_name included, is the same work).
const SLUG = 'bench-project-500';
async function projectBySlug(): Promise<Sizes> {
  const { data } = await viewers.director
    .from('project_overview')
    .select('*')
    .eq('slug', SLUG)
    .maybeSingle()
    .throwOnError();
  return { projects: data ? 1 : 0, overdue: 0, kib: JSON.stringify(data).length / 1024 };
}

const scenarios: { name: string; load: () => Promise<Sizes> }[] = [
  { name: 'director_figures', load: () => load(viewers.director, figuresOnly) },
  { name: 'director_lists', load: () => load(viewers.director, listLimit) },
  { name: 'public_figures', load: () => load(viewers.public, figuresOnly) },
  { name: 'public_lists', load: () => load(viewers.public, listLimit) },
  { name: 'director_one_area_figures', load: () => load(viewers.director, figuresOnly, areaId) },
  { name: 'director_project_by_slug', load: projectBySlug },
];

for (const { name, load: once } of scenarios) {
  requestCount = 0;
  const sizes = await once();
  const perLoad = requestCount;
  const gateway = await timeRuns(once);
  const recorded = await recordRequests(once);
  const direct = await timeRuns(() => replay(gw.db, recorded));
  // The slug lookup is no summary: plain p50_ms/p95_ms, as bench:api names request latencies.
  const metric = (q: 'p50' | 'p95') => (name.endsWith('by_slug') ? `${q}_ms` : `summary_${q}_ms`);
  const note = `dashboard_${name}: ${name.endsWith('by_slug') ? `project_overview?slug=eq.${SLUG}` : `rpc/dashboard_summary, p_list_limit ${name.endsWith('_lists') ? listLimit : figuresOnly}`}`;
  results.push(
    {
      subject: 'salkku',
      case: name,
      metric: metric('p50'),
      value: round(gateway.p50),
      runs: RUNS,
      note,
    },
    {
      subject: 'salkku',
      case: name,
      metric: metric('p95'),
      value: round(gateway.p95),
      runs: RUNS,
      note,
    },
    {
      subject: 'pglite-direct',
      case: name,
      metric: metric('p50'),
      value: round(direct.p50),
      runs: RUNS,
      note,
    },
    {
      subject: 'pglite-direct',
      case: name,
      metric: metric('p95'),
      value: round(direct.p95),
      runs: RUNS,
      note,
    },
    {
      subject: 'salkku',
      case: name,
      metric: 'requests_per_load',
      value: perLoad,
      note: `${note}: counted at supabase-js fetch in Node (this request alone)`,
    },
  );
  lines.push(
    [
      name.padEnd(25),
      String(perLoad).padStart(5),
      gateway.p50.toFixed(1).padStart(9),
      gateway.p95.toFixed(1).padStart(9),
      direct.p50.toFixed(1).padStart(9),
      direct.p95.toFixed(1).padStart(9),
      `${(gateway.p50 / direct.p50).toFixed(2)}×`.padStart(7),
      `   ${sizes.projects} project(s), ${sizes.overdue} overdue tasks, ${sizes.kib.toFixed(1)} KiB`,
    ].join(' '),
  );
}

// A dashboard load in Chromium: when the figures and the lists appear, and its requests -------
const BROWSER_RUNS = 3;
const apiOrigin = new URL(gw.url).origin;
let browserVersion: string | undefined;
const browserLines: string[] = [];
// Requests any signed-in page makes (the session, the bell, the UI language): not the dashboard's.
const SESSION_REQUESTS = /\/rpc\/my_access$|\/rpc\/unread_notification_count$|\/user_settings$/;

interface BrowserLoad {
  requests: string[];
  /** From the click (in-app) or from navigation start (full load) to the figures / first list. */
  headlineMs: number;
  listsMs: number;
}

/** In the page: note when the headline figures and the first list enter the document. */
function watchDashboard() {
  const w = window as unknown as Record<string, number | undefined>;
  document.addEventListener('click', () => (w.__t0 = performance.now()), { capture: true });
  new MutationObserver(() => {
    if (w.__headline === undefined && document.getElementById('dashboard-headline'))
      w.__headline = performance.now();
    if (w.__lists === undefined && document.getElementById('dashboard-overdue-title'))
      w.__lists = performance.now();
  }).observe(document, { subtree: true, childList: true });
}

async function countInChromium(): Promise<{ inApp: BrowserLoad[]; fullLoad: BrowserLoad[] }> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'salkku-bench-dashboard-'));
  console.log(`Building the app against ${gw.url} into ${outDir} …`);
  await buildApp(outDir, gw.url, gw.anonKey);
  const { server, origin } = await serveSpa(outDir);
  const browser = await launchChromium();
  browserVersion = `Chromium ${browser.version()}`;
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    let seen: string[] = [];
    let lastAt = performance.now();
    // Each load in a page of its own (the session is shared through the context's storage),
    // so nothing from an earlier page (a hover prefetch, a refetch on focus) is counted.
    const freshPage = async () => {
      const page = await context.newPage();
      page.on('request', (r) => {
        const u = new URL(r.url());
        if (u.origin !== apiOrigin || r.method() === 'OPTIONS') return;
        if (!u.pathname.startsWith('/rest/v1/') && !u.pathname.startsWith('/auth/v1/')) return;
        seen.push(`${r.method()} ${u.pathname}`);
        lastAt = performance.now();
      });
      return page;
    };
    // Loaded = the first list is on screen and no API request for a second.
    const settle = async (page: Page, fromClick: boolean) => {
      await page.locator('#dashboard-overdue-title').waitFor({ timeout: 60_000 });
      for (;;) {
        await page.waitForTimeout(250);
        if (performance.now() - lastAt >= 1000) break;
      }
      const marks = await page.evaluate(() => {
        const w = window as unknown as Record<string, number | undefined>;
        return { t0: w.__t0, headline: w.__headline, lists: w.__lists };
      });
      const t0 = fromClick ? (marks.t0 ?? NaN) : 0;
      return { headlineMs: (marks.headline ?? NaN) - t0, listsMs: (marks.lists ?? NaN) - t0 };
    };

    const signIn = await freshPage();
    await signIn.goto(`${origin}/sign-in`);
    await signIn.getByLabel('Sähköposti').fill('director@salkku.test');
    await signIn.getByLabel('Salasana').fill('salkku-demo');
    await signIn.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await signIn.getByText('Kirjautuneena director@salkku.test').waitFor({ timeout: 60_000 });
    await signIn.close();

    const inApp: BrowserLoad[] = [];
    const fullLoad: BrowserLoad[] = [];
    for (let run = 0; run < BROWSER_RUNS; run++) {
      // In-app: the front page first, then its navigation link (what a signed-in director
      // does; the session queries have run by then).
      let page = await freshPage();
      await page.goto(`${origin}/`);
      await page.getByText('Kirjautuneena director@salkku.test').waitFor({ timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      await page.evaluate(watchDashboard);
      seen = [];
      await page.getByRole('navigation').getByRole('link', { name: 'Kojelauta' }).click();
      let times = await settle(page, true);
      // A copy: `seen` keeps collecting for the next page, whose requests are not this load's.
      inApp.push({ requests: [...seen], ...times });
      await page.close();

      // A full page load of /dashboard (the session comes back from local storage).
      seen = [];
      page = await freshPage();
      await page.addInitScript(watchDashboard);
      await page.goto(`${origin}/dashboard`);
      times = await settle(page, false);
      fullLoad.push({ requests: [...seen], ...times });
      await page.close();
    }
    await context.close();
    return { inApp, fullLoad };
  } finally {
    await browser.close();
    server.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

if (!process.env.BENCH_NO_BROWSER) {
  try {
    const { inApp, fullLoad } = await countInChromium();
    for (const [name, loads] of [
      ['in_app', inApp],
      ['full_load', fullLoad],
    ] as const) {
      const how = name === 'in_app' ? 'navigation link clicked' : '/dashboard opened afresh';
      const counts = loads.map((l) => l.requests.length);
      const own = loads.map((l) => l.requests.filter((r) => !SESSION_REQUESTS.test(r)).length);
      const headline = median(loads.map((l) => l.headlineMs));
      const lists = median(loads.map((l) => l.listsMs));
      const last = loads[loads.length - 1]?.requests ?? [];
      const scenario = `chromium_${name}`;
      results.push(
        {
          subject: 'salkku',
          case: scenario,
          metric: 'requests_per_load',
          value: median(counts),
          runs: loads.length,
          note: `director, ${how}; every /rest/v1 and /auth/v1 request seen by Chromium: ${last.join(', ')}`,
        },
        {
          subject: 'salkku',
          case: scenario,
          metric: 'dashboard_requests_per_load',
          value: median(own),
          runs: loads.length,
          note: `director, ${how}; the dashboard's own requests (without my_access, unread_notification_count, user_settings): ${last.filter((r) => !SESSION_REQUESTS.test(r)).join(', ')}`,
        },
        {
          subject: 'salkku',
          case: scenario,
          metric: 'headline_visible_ms',
          value: round(headline),
          runs: loads.length,
          note: `director, ${how}: from the ${name === 'in_app' ? 'click' : 'navigation start'} to the headline figures in the document`,
        },
        {
          subject: 'salkku',
          case: scenario,
          metric: 'lists_visible_ms',
          value: round(lists),
          runs: loads.length,
          note: `director, ${how}: to the first list (late projects, overdue tasks …) in the document`,
        },
      );
      browserLines.push(
        `${name.padEnd(10)} headline ${headline.toFixed(0).padStart(5)} ms, lists ${lists.toFixed(0).padStart(5)} ms; ` +
          `${median(counts)} request(s) in all (runs: ${counts.join(', ')}), ${median(own)} the dashboard's own (runs: ${own.join(', ')})`,
        ...loads.map(
          (l, i) =>
            `    run ${i + 1}: headline ${l.headlineMs.toFixed(0)} ms, lists ${l.listsMs.toFixed(0)} ms: ${l.requests.join(', ')}`,
        ),
      );
    }
  } catch (error) {
    results.push({
      subject: 'salkku',
      case: 'chromium_in_app',
      metric: 'requests_per_load',
      value: null,
      note: `Chromium run failed: ${String(error).slice(0, 300)}`,
    });
    browserLines.push(`Chromium run failed: ${String(error)}`);
  }
}

await gw.close();

console.log(
  `\nbench:dashboard — ${PROJECTS} projects, ${TASKS} tasks; ${RUNS} runs × ${LOADS_PER_RUN} loads; ` +
    `a load of a case = its one request (figures: p_list_limit ${figuresOnly}; lists: ${listLimit})\n`,
);
console.log(
  'case                      req/load  gw p50 ms gw p95 ms db p50 ms db p95 ms  gw/db   answer',
);
for (const line of lines) console.log(line);
if (browserLines.length) {
  console.log(
    `\nthe dashboard in ${browserVersion ?? 'Chromium'} (director; targets: headline ≤ 500 ms, ≤ 3 requests):`,
  );
  for (const line of browserLines) console.log(`  ${line}`);
}
const p95Of = (name: string) =>
  results.find((r) => r.subject === 'salkku' && r.case === name && r.metric === 'summary_p95_ms')
    ?.value ?? NaN;
console.log(
  `\ntarget: public summary ≤ 50 ms p95 through the gateway: figures ${p95Of('public_figures').toFixed(1)} ms, ` +
    `with the lists ${p95Of('public_lists').toFixed(1)} ms (load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${cpus().length} CPUs: a loaded machine inflates every figure)`,
);

const file = writeResults({
  benchmark: 'dashboard',
  workload: { growth_areas: 5, projects: PROJECTS, tasks: TASKS },
  results,
  browser: browserVersion,
  // bench:indicators writes its cases into this file too (issue #13 asks for them here).
  keep: (r) => r.case?.startsWith('indicators_') === true,
});
console.log(`wrote ${file}`);
