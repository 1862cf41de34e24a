// npx tsx bench/dashboard-summary-sql.ts — the 20260425030000_dashboard_summary_lists migration
// measured side by side: one gateway on one PGlite with the portfolio bench:dashboard builds
// (1,000 projects / 10,000 tasks), the current definitions and the ones they replaced restored
// from 20260423000000_translated_exports.sql under other names (public.dashboard_summary_before,
// private.public_dashboard_summary_before). Each load calls both through /rest/v1/rpc with
// supabase-js, alternating which goes first, so the machine's load falls on both alike. Cases as
// bench:dashboard's: figures only (p_list_limit 0) and with the lists (50), as the public and as
// the director. Reports per case the median over RUNS runs of each run's p50 and p95 wall time,
// and the median CPU time of the whole process per call (gateway and database worker: on a
// shared machine less noisy than wall time), with the load average. Not in `npm run bench`
// (bench:dashboard is the figure of record); writes nothing.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { SupabaseClient } from '@supabase/supabase-js';
import { startTestGateway } from '../supabase/local/tests/support/gateway.ts';
import { figuresOnly, listLimit } from '../src/features/dashboard/requests.ts';
import { dashboardPortfolio } from './lib/dashboard-data.ts';
import { median, percentile } from './lib/load.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const LOADS_PER_RUN = Number(process.env.BENCH_LOADS ?? 20);

// The replaced definitions, verbatim but for their names (the director's hands anonymous callers
// to the replaced public summary).
const replaced = readFileSync(
  fileURLToPath(
    new URL('../supabase/migrations/20260423000000_translated_exports.sql', import.meta.url),
  ),
  'utf8',
);
function definition(start: string): string {
  const from = replaced.indexOf(start);
  const to = replaced.indexOf('\n$$;', from) + '\n$$;'.length;
  if (from < 0 || to < from) throw new Error(`${start} not found in 20260423000000`);
  return replaced.slice(from, to);
}
const before = [
  definition('create or replace function private.public_dashboard_summary(').replace(
    'private.public_dashboard_summary(',
    'private.public_dashboard_summary_before(',
  ),
  'grant execute on function private.public_dashboard_summary_before(uuid, uuid, boolean, integer) to anon;',
  definition('create or replace function public.dashboard_summary(')
    .replace('public.dashboard_summary(', 'public.dashboard_summary_before(')
    .replace(
      'return private.public_dashboard_summary(',
      'return private.public_dashboard_summary_before(',
    ),
].join('\n');

const gw = await startTestGateway({ seed: true, setupSql: [before] });
await dashboardPortfolio(gw.db, { projects: 1000, tasks: 10000 });

const director = await gw.db.query<{ id: string }>(
  `select id from auth.users where email = 'director@salkku.test'`,
);
const directorId = director.rows[0]?.id;
if (!directorId) throw new Error('the seed has no director@salkku.test');
const viewers: Record<'public' | 'director', SupabaseClient> = {
  public: gw.client(),
  director: gw.client(
    await gw.signJwt({
      sub: directorId,
      role: 'authenticated',
      aud: 'authenticated',
      email: 'director@salkku.test',
    }),
  ),
};

type Fn = 'dashboard_summary' | 'dashboard_summary_before';
async function call(client: SupabaseClient, fn: Fn, limit: number): Promise<string> {
  const { data } = await client.rpc(fn, { p_list_limit: limit }).throwOnError();
  return JSON.stringify(data);
}

interface Timed {
  wall: number[];
  cpu: number[];
}
async function timed(client: SupabaseClient, fn: Fn, limit: number, into: Timed) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await call(client, fn, limit);
  into.wall.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  into.cpu.push((c.user + c.system) / 1000);
}

const cases = [
  { name: 'public_figures', viewer: 'public', limit: figuresOnly },
  { name: 'public_lists', viewer: 'public', limit: listLimit },
  { name: 'director_figures', viewer: 'director', limit: figuresOnly },
  { name: 'director_lists', viewer: 'director', limit: listLimit },
] as const;

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
console.log(
  `load average at start ${load()} on ${cpus().length} CPUs; ${RUNS} runs × ${LOADS_PER_RUN} loads`,
);
console.log(
  'case                before p50/p95 ms   after p50/p95 ms   after/before p95   CPU ms before → after',
);
for (const c of cases) {
  const client = viewers[c.viewer];
  const [a, b] = [
    await call(client, 'dashboard_summary_before', c.limit),
    await call(client, 'dashboard_summary', c.limit),
  ];
  if (a !== b) throw new Error(`${c.name}: the two definitions answer differently`);
  for (let i = 0; i < 3; i++) {
    await call(client, 'dashboard_summary_before', c.limit); // warm the plan caches
    await call(client, 'dashboard_summary', c.limit);
  }
  const p = {
    before: { p50: [] as number[], p95: [] as number[] },
    after: { p50: [] as number[], p95: [] as number[] },
  };
  const cpu = { before: [] as number[], after: [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    const old: Timed = { wall: [], cpu: [] };
    const now: Timed = { wall: [], cpu: [] };
    for (let i = 0; i < LOADS_PER_RUN; i++) {
      if (i % 2 === 0) {
        await timed(client, 'dashboard_summary_before', c.limit, old);
        await timed(client, 'dashboard_summary', c.limit, now);
      } else {
        await timed(client, 'dashboard_summary', c.limit, now);
        await timed(client, 'dashboard_summary_before', c.limit, old);
      }
    }
    p.before.p50.push(percentile(old.wall, 50));
    p.before.p95.push(percentile(old.wall, 95));
    p.after.p50.push(percentile(now.wall, 50));
    p.after.p95.push(percentile(now.wall, 95));
    cpu.before.push(...old.cpu);
    cpu.after.push(...now.cpu);
  }
  const f = (n: number) => n.toFixed(1);
  const [b50, b95, a50, a95] = [
    median(p.before.p50),
    median(p.before.p95),
    median(p.after.p50),
    median(p.after.p95),
  ];
  console.log(
    `${c.name.padEnd(18)} ${`${f(b50)} / ${f(b95)}`.padStart(16)} ${`${f(a50)} / ${f(a95)}`.padStart(18)} ${(a95 / b95).toFixed(2).padStart(18)}   ${f(median(cpu.before))} → ${f(median(cpu.after))}`,
  );
}
console.log(`load average at end ${load()}`);
await gw.close();
