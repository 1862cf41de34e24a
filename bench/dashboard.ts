// npx tsx bench/dashboard.ts — the director's dashboard at 1,000 projects / 10,000 tasks:
// one dashboard load is the app's one request, rpc/dashboard_summary
// (src/features/dashboard/requests.ts), as the director (RLS on, every row visible) and as
// the public (published rows only), unfiltered and filtered to one growth area.
//   gateway  through the local /rest/v1 gateway with supabase-js, wall time of a whole load;
//   direct   the SQL statements the gateway ran for that request, replayed on PGlite in this
//            process (subject pglite-direct).
// Reports median and p95 per run and the median over runs.
//   chromium the built app (vite build against this gateway), served as a static site, opened
//            in headless system Chromium as the director, signed in through the sign-in form:
//            the requests to /rest/v1 and /auth/v1 of one dashboard load, counted in the
//            browser, for a click on the navigation link (in-app) and for opening /dashboard
//            afresh (full page load, session restored from storage). BENCH_NO_BROWSER=1 skips it.
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
import { dashboardRequest } from '../src/features/dashboard/requests.ts';
import type { Database } from '../src/types/database.ts';
import { median, percentile } from './lib/load.ts';
import { round, writeResults, type BenchResult } from './lib/results.ts';
import { scaleUp } from './lib/scale-data.ts';
import { recordRequests, replay } from './lib/statements.ts';
import type { Page } from 'playwright-core';
import { buildApp, launchChromium, serveSpa } from './lib/chromium.ts';

const PROJECTS = 1000;
const TASKS = 10000;
const RUNS = 7;
const LOADS_PER_RUN = Number(process.env.BENCH_LOADS ?? 20);

const gw = await startTestGateway({ seed: true });
await scaleUp(gw.db, { projects: PROJECTS, tasks: TASKS });
// Give the generated projects main contacts and applications awaiting a decision, as a real
// portfolio has, so the lead columns and the funding list do work.
await gw.db.exec(`
  insert into public.project_contacts (project_id, person_id, is_primary, sort_order)
  select p.id, pe.id, true, 1
    from (select id, row_number() over (order by slug) as n from public.projects where slug like 'bench-project-%') p
    join (select id, row_number() over (order by id) - 1 as k from public.people) pe
      on pe.k = p.n % (select count(*) from public.people);
  insert into public.project_funding (project_id, instrument, state, amount, applied_on)
  select id, 'EAKR', 'applied', 100000, date '2026-01-01' + (row_number() over (order by slug))::int % 300
    from public.projects where slug like 'bench-project-%' and slug ~ '[05]$';
  analyze;
`);

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

async function load(client: SupabaseClient<Database>, growthAreaId?: string): Promise<Sizes> {
  const { data } = await dashboardRequest(client, growthAreaId, undefined, undefined);
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

const scenarios = [
  { name: 'director', client: viewers.director, area: undefined },
  { name: 'public', client: viewers.public, area: undefined },
  { name: 'director_one_area', client: viewers.director, area: areaId },
];

for (const { name, client, area: growthAreaId } of scenarios) {
  requestCount = 0;
  const sizes = await load(client, growthAreaId);
  const perLoad = requestCount;
  const gateway = await timeRuns(() => load(client, growthAreaId));
  const recorded = await recordRequests(() => load(client, growthAreaId));
  const direct = await timeRuns(() => replay(gw.db, recorded));
  const note = `dashboard_${name}`;
  results.push(
    {
      subject: 'salkku',
      case: 'gateway',
      metric: 'summary_p50_ms',
      value: round(gateway.p50),
      runs: RUNS,
      note,
    },
    {
      subject: 'salkku',
      case: 'gateway',
      metric: 'summary_p95_ms',
      value: round(gateway.p95),
      runs: RUNS,
      note,
    },
    {
      subject: 'pglite-direct',
      case: 'direct',
      metric: 'summary_p50_ms',
      value: round(direct.p50),
      runs: RUNS,
      note,
    },
    {
      subject: 'pglite-direct',
      case: 'direct',
      metric: 'summary_p95_ms',
      value: round(direct.p95),
      runs: RUNS,
      note,
    },
    {
      subject: 'salkku',
      case: 'gateway',
      metric: 'requests_per_load',
      value: perLoad,
      note: `${note}: counted at supabase-js fetch in Node (the summary request alone)`,
    },
  );
  lines.push(
    [
      name.padEnd(18),
      String(perLoad).padStart(5),
      gateway.p50.toFixed(1).padStart(9),
      gateway.p95.toFixed(1).padStart(9),
      direct.p50.toFixed(1).padStart(9),
      direct.p95.toFixed(1).padStart(9),
      `${(gateway.p50 / direct.p50).toFixed(2)}×`.padStart(7),
      `   ${sizes.projects} projects, ${sizes.overdue} overdue tasks, ${sizes.kib.toFixed(0)} KiB`,
    ].join(' '),
  );
}

// Requests of a dashboard load, counted in Chromium ---------------------------------------------
const BROWSER_RUNS = 3;
const apiOrigin = new URL(gw.url).origin;
let browserVersion: string | undefined;
const browserLines: string[] = [];

interface BrowserLoad {
  requests: string[];
  ms: number;
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
    // Loaded = the headline figures are on screen and no API request for a second.
    const settle = async (page: Page, t0: number): Promise<number> => {
      await page.getByRole('heading', { name: 'Tunnusluvut' }).waitFor({ timeout: 60_000 });
      const shownAt = performance.now();
      for (;;) {
        await page.waitForTimeout(250);
        if (performance.now() - lastAt >= 1000) break;
      }
      return shownAt - t0;
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
      seen = [];
      let t0 = performance.now();
      await page.getByRole('navigation').getByRole('link', { name: 'Kojelauta' }).click();
      let ms = await settle(page, t0);
      // A copy: `seen` keeps collecting for the next page, whose requests are not this load's.
      inApp.push({ requests: [...seen], ms });
      await page.close();

      // A full page load of /dashboard (the session comes back from local storage).
      seen = [];
      page = await freshPage();
      t0 = performance.now();
      await page.goto(`${origin}/dashboard`);
      ms = await settle(page, t0);
      fullLoad.push({ requests: [...seen], ms });
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
      const counts = loads.map((l) => l.requests.length);
      const count = median(counts);
      const ms = median(loads.map((l) => l.ms));
      results.push(
        {
          subject: 'salkku',
          case: `chromium_${name}`,
          metric: 'requests_per_load',
          value: count,
          runs: loads.length,
          note: `director, ${name === 'in_app' ? 'navigation link clicked' : '/dashboard opened afresh'}; /rest/v1 and /auth/v1 requests seen by Chromium: ${loads[loads.length - 1]?.requests.join(', ')}`,
        },
        {
          subject: 'salkku',
          case: `chromium_${name}`,
          metric: 'headline_visible_ms',
          value: round(ms),
          runs: loads.length,
        },
      );
      browserLines.push(
        `${name.padEnd(10)} ${String(count).padStart(3)} request(s) (runs: ${counts.join(', ')}), headline after ${ms.toFixed(0)} ms`,
        ...loads.map((l, i) => `    run ${i + 1}: ${l.requests.join(', ')}`),
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
  `\nbench:dashboard — ${PROJECTS} projects, ${TASKS} tasks; ${RUNS} runs × ${LOADS_PER_RUN} loads; a load = the dashboard's one request\n`,
);
console.log(
  'scenario           req/load  gw p50 ms gw p95 ms db p50 ms db p95 ms  gw/db   summary',
);
for (const line of lines) console.log(line);
if (browserLines.length) {
  console.log(
    `\nrequests per dashboard load in ${browserVersion ?? 'Chromium'} (director; target ≤ 3):`,
  );
  for (const line of browserLines) console.log(`  ${line}`);
}
const worst = Math.max(
  ...results
    .filter((r) => r.case === 'gateway' && r.metric === 'summary_p50_ms')
    .map((r) => r.value ?? 0),
);
console.log(
  `\ntarget: ≤ 50 ms through the gateway (median); worst scenario: ${worst.toFixed(1)} ms (load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs)`,
);

const file = writeResults({
  benchmark: 'dashboard',
  workload: { growth_areas: 5, projects: PROJECTS, tasks: TASKS },
  results,
  browser: browserVersion,
});
console.log(`wrote ${file}`);
