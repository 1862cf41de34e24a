// npm run bench:api — the gateway's throughput and latency over loopback on the demo data
// scaled to 1,000 projects and 10,000 tasks, at 1 and 16 concurrent clients:
//   (a) single-row GET by primary key, with raw fetch and through supabase-js as the app reads
//   a row (the target names supabase-js), (b) the portfolio list with embedded growth
//   area and task counts, (c) PATCH of one task with return=representation; and (d) the latency of
//   /auth/v1/health while 16 clients read the portfolio list (health_during_burst).
// For (b) the same SQL the gateway ran is replayed directly on the stack's PGlite, without HTTP
// (subject pglite-direct; PGlite runs in its worker thread, as under the gateway), which gives
// the gateway's overhead as a ratio.
import { startTestGateway } from '../supabase/local/tests/support/gateway.ts';
import { median, percentile, runLoad, type LoadRequest, type LoadWork } from './lib/load.ts';
import { round, writeResults, type BenchResult } from './lib/results.ts';
import { scaleUp } from './lib/scale-data.ts';
import { recordRequests, replay } from './lib/statements.ts';

const PROJECTS = 1000;
const TASKS = 10000;
const RUNS = 5;
const RUN_MS = Number(process.env.BENCH_RUN_MS ?? 2000);
const CONCURRENCY = [1, 16];

const gw = await startTestGateway({ seed: true });
await scaleUp(gw.db, { projects: PROJECTS, tasks: TASKS });

const ids = await gw.db.query<{ id: string }>(
  `select id from public.projects where published and slug like 'bench-project-%' order by slug`,
);
const taskIds = await gw.db.query<{ id: string }>(
  `select t.id from public.tasks t join public.projects p on p.id = t.project_id
    where p.slug like 'bench-project-%' order by t.id limit 500`,
);
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

const anonHeaders = { apikey: gw.anonKey, Authorization: `Bearer ${gw.anonKey}` };
const portfolioPath =
  '/rest/v1/projects?select=id,slug,name,stage,schedule_status,starts_on,ends_on,updated_at,' +
  'growth_area:growth_areas(slug,name,sort_order),tasks(count)&published=eq.true&order=name.asc';

const portfolioList: LoadRequest[] = [
  { url: gw.url + portfolioPath, method: 'GET', headers: anonHeaders },
];
const cases: Record<string, LoadWork> = {
  single_row_get: {
    requests: ids.rows.map(({ id }) => ({
      url: `${gw.url}/rest/v1/projects?select=*&id=eq.${id}`,
      method: 'GET',
      headers: anonHeaders,
    })),
  },
  // The same reads as the app makes them: select('*').eq('id', id).maybeSingle() on one client
  // per load worker.
  single_row_get_supabase_js: {
    supabaseJs: {
      url: gw.url,
      anonKey: gw.anonKey,
      table: 'projects',
      ids: ids.rows.map(({ id }) => id),
    },
  },
  portfolio_list: { requests: portfolioList },
  patch_task: {
    requests: taskIds.rows.map(({ id }, i) => ({
      url: `${gw.url}/rest/v1/tasks?id=eq.${id}&select=*`,
      method: 'PATCH',
      headers: {
        apikey: gw.anonKey,
        Authorization: `Bearer ${directorToken}`,
        'Content-Type': 'application/json',
        Prefer: 'return=representation',
      },
      body: JSON.stringify({ details: `Benchmark edit ${i}` }),
    })),
  },
};

const results: BenchResult[] = [];
const table: string[][] = [];

// BENCH_CASES=single_row_get,… runs only those (for profiling one case); all by default.
const only = process.env.BENCH_CASES?.split(',');
for (const [name, work] of Object.entries(cases)) {
  if (only && !only.includes(name)) continue;
  for (const concurrency of CONCURRENCY) {
    // Warm the schema cache, the plan cache and the JIT before measuring.
    await runLoad({ ...work, concurrency, durationMs: 500 });
    const rps: number[] = [];
    const p50: number[] = [];
    const p95: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const r = await runLoad({ ...work, concurrency, durationMs: RUN_MS });
      if (r.errors > 0) throw new Error(`${name}: ${r.errors} failed requests: ${r.firstError}`);
      rps.push(r.rps);
      p50.push(percentile(r.latenciesMs, 50));
      p95.push(percentile(r.latenciesMs, 95));
    }
    const row = { subject: 'salkku', case: name, concurrency, runs: RUNS };
    results.push({ ...row, metric: 'rps', value: round(median(rps)) });
    results.push({ ...row, metric: 'p50_ms', value: round(median(p50)) });
    results.push({ ...row, metric: 'p95_ms', value: round(median(p95)) });
    table.push([
      name,
      String(concurrency),
      round(median(rps)).toFixed(0),
      round(median(p50)).toFixed(2),
      round(median(p95)).toFixed(2),
    ]);
  }
}

// (d) Auth's health check while 16 anonymous clients keep the database busy with the portfolio
// list (the heaviest read above): the HTTP thread must keep answering while the database works.
// Reported as the p95 and the worst health latency of each run (medians over the runs).
if (!only || only.includes('health_during_burst')) {
  const health: LoadRequest[] = [
    { url: `${gw.url}/auth/v1/health`, method: 'GET', headers: { apikey: gw.anonKey } },
  ];
  const p95: number[] = [];
  const worst: number[] = [];
  const burstRps: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    const [probe, load] = await Promise.all([
      runLoad({ requests: health, concurrency: 1, durationMs: RUN_MS }),
      runLoad({ requests: portfolioList, concurrency: 16, durationMs: RUN_MS }),
    ]);
    if (probe.errors > 0 || load.errors > 0) {
      throw new Error(`health_during_burst: ${probe.firstError ?? load.firstError}`);
    }
    if (run === 0) continue; // warm-up
    p95.push(percentile(probe.latenciesMs, 95));
    worst.push(Math.max(...probe.latenciesMs));
    burstRps.push(load.rps);
  }
  const row = { subject: 'salkku', case: 'health_during_burst', concurrency: 16, runs: RUNS };
  const note = 'GET /auth/v1/health from one client while 16 clients read the portfolio list';
  results.push({ ...row, metric: 'p95_ms', value: round(median(p95)), note });
  results.push({ ...row, metric: 'max_ms', value: round(median(worst)), note });
  results.push({ ...row, metric: 'burst_rps', value: round(median(burstRps)), note });
  table.push([
    'health_in_burst',
    '16',
    round(median(burstRps)).toFixed(0),
    `max ${round(median(worst)).toFixed(1)}`,
    round(median(p95)).toFixed(2),
  ]);
}

// (b) directly on PGlite: record the statements the gateway runs for one portfolio request,
// then replay them through the same one-transaction runner, without HTTP, as often as we can
// in the same time.
let probeStatus = 0;
let probeBody = '';
const recorded = await recordRequests(async () => {
  const probe = await fetch(gw.url + portfolioPath, { headers: anonHeaders });
  probeStatus = probe.status;
  probeBody = await probe.text();
});
if (probeStatus !== 200) {
  throw new Error(`portfolio probe failed: ${probeStatus} ${probeBody.slice(0, 200)}`);
}

const directRps: number[] = [];
const directP50: number[] = [];
const directP95: number[] = [];
for (let run = 0; run < RUNS + 1; run++) {
  const latencies: number[] = [];
  const start = performance.now();
  while (performance.now() - start < RUN_MS) {
    const t0 = performance.now();
    await replay(gw.db, recorded);
    latencies.push(performance.now() - t0);
  }
  if (run === 0) continue; // warm-up
  directRps.push((latencies.length * 1000) / (performance.now() - start));
  directP50.push(percentile(latencies, 50));
  directP95.push(percentile(latencies, 95));
}
const direct = { subject: 'pglite-direct', case: 'portfolio_list', concurrency: 1, runs: RUNS };
results.push({ ...direct, metric: 'rps', value: round(median(directRps)) });
results.push({ ...direct, metric: 'p50_ms', value: round(median(directP50)) });
results.push({ ...direct, metric: 'p95_ms', value: round(median(directP95)) });

await gw.close();

const gatewayP50 =
  results.find((r) => r.case === 'portfolio_list' && r.concurrency === 1 && r.metric === 'p50_ms')
    ?.value ?? NaN;
const overhead = gatewayP50 / median(directP50);
results.push({
  subject: 'salkku',
  case: 'portfolio_list',
  concurrency: 1,
  metric: 'overhead_ratio_vs_direct',
  value: round(overhead),
  runs: RUNS,
});

const pad = (s: string, n: number) => s.padStart(n);
const caseWidth = 28; // single_row_get_supabase_js
console.log(`\nbench:api — ${PROJECTS} projects, ${TASKS} tasks, ${RUNS} runs × ${RUN_MS} ms\n`);
console.log(
  ['case', 'clients', 'req/s', 'p50 ms', 'p95 ms']
    .map((h, i) => pad(h, i ? 9 : caseWidth))
    .join(''),
);
for (const row of table) console.log(row.map((c, i) => pad(c, i ? 9 : caseWidth)).join(''));
console.log(
  `${pad('pglite-direct', caseWidth)}${pad('1', 9)}${pad(median(directRps).toFixed(0), 9)}` +
    `${pad(median(directP50).toFixed(2), 9)}${pad(median(directP95).toFixed(2), 9)}`,
);
const rps16 = (name: string) =>
  results.find((r) => r.case === name && r.concurrency === 16 && r.metric === 'rps')?.value ??
  'not run';
console.log(
  `\n(a) single-row read through supabase-js at 16 clients: ${rps16('single_row_get_supabase_js')} req/s` +
    ` (target ≥ 1400; PostgREST's published figure is about 1370); raw fetch: ${rps16('single_row_get')} req/s`,
);
console.log(
  `(b) portfolio list through the gateway vs the same SQL on PGlite: ${overhead.toFixed(2)}× (target ≤ 1.5×)`,
);
console.log(
  `    response: ${(probeBody.length / 1024).toFixed(0)} KiB, ${recorded.length} transaction(s)`,
);

const file = writeResults({
  benchmark: 'api',
  workload: { growth_areas: 5, projects: PROJECTS, tasks: TASKS },
  results,
});
console.log(`\nwrote ${file}`);
