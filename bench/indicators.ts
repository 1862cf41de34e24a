// npx tsx bench/indicators.ts (npm run bench:indicators) — issue #13's figures: with 200
// indicators × 5 yearly goals × 60 monthly values added to the 1,000-project / 10,000-task data
// set, through the local /rest/v1 gateway as the director (RLS on, everything visible):
//   dashboard_indicators  the dashboard's third request: indicator_status filtered to behind and
//                         no recent value, with reasons (src/features/indicators/queries.ts)
//   dashboard_load        a whole dashboard load: rpc/dashboard_summary for the figures, again
//                         for the lists (late projects among them), and the indicators (3 requests)
//   indicator_page        one indicator page's data: rpc/indicator_page, one request
//   project_indicators    a project page's indicator list (own and contributing indicators)
//   portfolio_health      the portfolio's health per growth area (scope and status of all)
// Each is a `case` (summary_p50_ms / summary_p95_ms and requests_per_load) in
// bench/results/dashboard.json, as issue #13 §5 asks, named `indicators_<scenario>` and merged
// into the file: bench/dashboard.ts writes its own cases there, and a run of this benchmark
// replaces only the `indicators_` cases (and adds its workload keys). The same figures also go
// to bench/results/indicators.json. Target: the dashboard ≤ 50 ms p95 through the gateway.
import { cpus, loadavg } from 'node:os';
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
import { scaleUp } from './lib/scale-data.ts';

const PROJECTS = 1000;
const TASKS = 10000;
const INDICATORS = 200;
const GOALS = 5;
const VALUES = 60;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LOADS_PER_RUN = Number(process.env.BENCH_LOADS ?? 10);

const gw = await startTestGateway({ seed: true });
await scaleUp(gw.db, { projects: PROJECTS, tasks: TASKS });
// 200 indicators spread over the growth areas, each fed by one generated project; a quarter
// less-is-better; goals 2025–2029; 60 month-end values 2022–2026 around the path, so some are
// behind, most on track, and the newest few have no recent value.
await gw.db.exec(`
  with areas as (select array_agg(id order by sort_order) as ids from public.growth_areas),
       projects as (select array_agg(id order by slug) as ids from public.projects where slug like 'bench-project-%')
  insert into public.indicators (id, growth_area_id, name, unit, direction, decimals, cadence, published,
                                 tolerance_percent, baseline_value, baseline_on, sort_order)
  select ('c1000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid,
         areas.ids[1 + n % array_length(areas.ids, 1)],
         'Bench indicator ' || n, 'kpl',
         (case when n % 4 = 0 then 'less_is_better' else 'more_is_better' end)::public.indicator_direction,
         0, 'monthly', true, 5, 1000, date '2024-12-31', n
    from generate_series(1, ${INDICATORS}) n, areas;
  insert into public.indicator_projects (indicator_id, project_id)
  select i.id, p.ids[1 + (i.sort_order * 7) % array_length(p.ids, 1)]
    from public.indicators i, (select array_agg(id order by slug) as ids from public.projects where slug like 'bench-project-%') p
   where i.name like 'Bench indicator %';
  insert into public.indicator_goals (indicator_id, year, value)
  select i.id, 2024 + y,
         case when i.direction = 'more_is_better' then 1000 + 100 * y else 1000 - 50 * y end
    from public.indicators i, generate_series(1, ${GOALS}) y
   where i.name like 'Bench indicator %';
  insert into public.indicator_values (indicator_id, measured_on, value, note)
  select i.id, (date '2022-01-01' + make_interval(months => m))::date - 1,
         case when i.direction = 'more_is_better' then 900 + 4 * m else 1100 - 2 * m end
           + (i.sort_order % 11) * 3 - 15,
         case when m % 12 = 0 then 'Vuoden lopun arvo' end
    from public.indicators i, generate_series(1, ${VALUES}) m
   where i.name like 'Bench indicator %'
     and (i.sort_order % 10 <> 0 or m <= 55);
  analyze;
`);

const counts = await gw.db.query<{ indicators: number; goals: number; values: number }>(`
  select (select count(*) from public.indicators)::int as indicators,
         (select count(*) from public.indicator_goals)::int as goals,
         (select count(*) from public.indicator_values)::int as values`);
const sample = await gw.db.query<{ id: string; project_id: string }>(`
  select i.id, l.project_id from public.indicators i
    join public.indicator_projects l on l.indicator_id = i.id
   where i.name = 'Bench indicator 100'`);
const indicatorId = sample.rows[0]?.id ?? '';
const projectId = sample.rows[0]?.project_id ?? '';

const director = await gw.db.query<{ id: string }>(
  `select id from auth.users where email = 'director@salkku.test'`,
);
const directorId = director.rows[0]?.id;
if (!directorId) throw new Error('the seed has no director@salkku.test');
const token = await gw.signJwt({
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
const db: SupabaseClient<Database> = createClient<Database>(gw.url, gw.anonKey, {
  auth: { persistSession: false, autoRefreshToken: false },
  global: { fetch: countingFetch, headers: { Authorization: `Bearer ${token}` } },
  realtime: { transport: WebSocket as unknown as RealtimeTransport },
});

// The columns src/features/indicators/model.ts asks for (it imports through the @/ alias, which
// tsx does not resolve here).
const statusColumns =
  'id, name, unit, decimals, published, status, reason, latest_value, latest_on, goal_value, goal_on, scope_growth_area_id, project_id, recent_values';
// the dashboard's lists also read whose projects feed each indicator (its lead filter)
const attentionColumns = `${statusColumns}, lead_person_ids`;

const attention = () =>
  db
    .from('indicator_status')
    .select(attentionColumns)
    .in('status', ['behind', 'no_recent_value'])
    .order('sort_order')
    .order('name')
    .throwOnError();

const scenarios: { name: string; once: () => PromiseLike<unknown> }[] = [
  { name: 'dashboard_indicators', once: attention },
  {
    name: 'dashboard_load',
    once: () =>
      // As the app: the figures, then the lists (late projects among them) and the indicators.
      Promise.all([
        dashboardRequest(db, undefined, undefined, undefined, figuresOnly),
        dashboardRequest(db, undefined, undefined, undefined, listLimit),
        attention(),
      ]),
  },
  {
    name: 'indicator_page',
    once: () => db.rpc('indicator_page', { p_indicator_id: indicatorId }).throwOnError(),
  },
  {
    name: 'project_indicators',
    once: () =>
      db
        .from('indicator_status')
        .select(statusColumns)
        .or(`project_id.eq.${projectId},contributing_project_ids.cs.{${projectId}}`)
        .order('sort_order')
        .order('name')
        .throwOnError(),
  },
  {
    name: 'portfolio_health',
    once: () => db.from('indicator_status').select('scope_growth_area_id, status').throwOnError(),
  },
];

async function timeRuns(once: () => PromiseLike<unknown>) {
  for (let i = 0; i < 3; i++) await once();
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
const { data: behind } = await attention();
for (const { name, once } of scenarios) {
  requestCount = 0;
  await once();
  const perLoad = requestCount;
  const t = await timeRuns(once);
  const note = `bench/indicators.ts; load average ${loadavg()[0]?.toFixed(1)} when measured`;
  const caseName = `indicators_${name}`;
  results.push(
    {
      subject: 'salkku',
      case: caseName,
      metric: 'summary_p50_ms',
      value: round(t.p50),
      runs: RUNS,
      note,
    },
    {
      subject: 'salkku',
      case: caseName,
      metric: 'summary_p95_ms',
      value: round(t.p95),
      runs: RUNS,
      note,
    },
    { subject: 'salkku', case: caseName, metric: 'requests_per_load', value: perLoad, note },
  );
  lines.push(
    `${name.padEnd(22)} ${String(perLoad).padStart(8)} ${t.p50.toFixed(1).padStart(9)} ${t.p95.toFixed(1).padStart(9)}`,
  );
}
await gw.close();

console.log(
  `\nbench:indicators — ${PROJECTS} projects, ${TASKS} tasks, ${counts.rows[0]?.indicators} indicators, ${counts.rows[0]?.goals} goals, ${counts.rows[0]?.values} values; ${behind?.length ?? 0} behind or without a recent value; ${RUNS} runs × ${LOADS_PER_RUN} loads\n`,
);
console.log('case                   req/load    p50 ms    p95 ms');
for (const line of lines) console.log(line);
console.log(
  `\ntarget: the dashboard ≤ 50 ms p95 through the gateway (load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs)`,
);
const workload = {
  growth_areas: 5,
  projects: PROJECTS,
  tasks: TASKS,
  indicators: INDICATORS,
  goals_per_indicator: GOALS,
  values_per_indicator: VALUES,
};
const file = writeResults({ benchmark: 'indicators', workload, results });
console.log(`wrote ${file}`);

// The same cases in bench/results/dashboard.json (issue #13), beside bench:dashboard's own.
const dashboardFile = writeResults({
  benchmark: 'dashboard',
  workload,
  results,
  keep: (r) => r.case?.startsWith('indicators_') !== true,
});
console.log(`merged the indicators_ cases into ${dashboardFile}`);
