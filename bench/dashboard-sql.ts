// npx tsx bench/dashboard-sql.ts — the anon_perf migration (20260405000000) measured side by
// side: two in-memory PGlite databases with the same generated portfolio (1,000 projects /
// 10,000 tasks, as bench/dashboard.ts builds it), one with the migration as it landed and one
// with the definitions it replaced restored from the earlier migrations; the same statements
// run on both, alternating, so the machine's load falls on both alike. Reports the median of
// RUNS per statement and the ratio. Not in `npm run bench` (bench:dashboard is the figure of
// record); run it to compare definitions of project_overview and the anonymous policies.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Queryable } from '../supabase/local/database.ts';
import { startTestGateway } from '../supabase/local/tests/support/gateway.ts';
import { median } from './lib/load.ts';
import { scaleUp } from './lib/scale-data.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const migrations = fileURLToPath(new URL('../supabase/migrations/', import.meta.url));

// The definitions the migration replaced: project_overview as 20260302000000_dashboard_perf.sql
// left it, and the anonymous policies as 20260101000100_access.sql wrote them.
const perf = readFileSync(`${migrations}20260302000000_dashboard_perf.sql`, 'utf8');
const viewStart = perf.indexOf('create or replace view public.project_overview');
const viewEnd = perf.indexOf(') lead on true;', viewStart) + ') lead on true;'.length;
const anonPolicies = [
  ['tasks', 'Anyone can read tasks of published projects'],
  ['project_contacts', 'Anyone can read contacts of published projects'],
  ['project_partners', 'Anyone can read partners of published projects'],
  ['project_follow_ups', 'Anyone can read follow-ups of published projects'],
  ['project_funding', 'Anyone can read funding of published projects'],
];
const before = [
  perf.slice(viewStart, viewEnd),
  ...anonPolicies.map(
    ([table, policy]) =>
      `alter policy "${policy}" on public.${table} using (project_id in (select private.public_project_ids()));`,
  ),
].join('\n');

async function portfolio(restore: string | null) {
  const gw = await startTestGateway({ seed: true });
  await scaleUp(gw.db, { projects: 1000, tasks: 10000 });
  // As bench/dashboard.ts: main contacts and applications awaiting a decision.
  await gw.db.exec(`
    insert into public.project_contacts (project_id, person_id, is_primary, sort_order)
    select p.id, pe.id, true, 1
      from (select id, row_number() over (order by slug) as n from public.projects where slug like 'bench-project-%') p
      join (select id, row_number() over (order by id) - 1 as k from public.people) pe
        on pe.k = p.n % (select count(*) from public.people);
    insert into public.project_funding (project_id, instrument, state, amount, applied_on)
    select id, 'EAKR', 'applied', 100000, date '2026-01-01' + (row_number() over (order by slug))::int % 300
      from public.projects where slug like 'bench-project-%' and slug ~ '[05]$';`);
  if (restore) await gw.db.exec(restore);
  await gw.db.exec('analyze');
  return gw;
}

const [old, now] = [await portfolio(before), await portfolio(null)];
const director = await now.db.query<{ id: string }>(
  `select id from auth.users where email = 'director@salkku.test'`,
);
const directorId = director.rows[0]?.id;
if (!directorId) throw new Error('the seed has no director@salkku.test');

/** One statement as the gateway runs it: role and claims set locally, in a transaction. */
async function timed(db: Queryable, role: 'anon' | 'authenticated', sql: string): Promise<number> {
  return db.transaction(async (tx) => {
    const claims = role === 'anon' ? { role } : { role, sub: directorId };
    await tx.query(
      `select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)`,
      [role, JSON.stringify(claims)],
    );
    const t0 = performance.now();
    await tx.query(sql);
    return performance.now() - t0;
  });
}

const cases: { name: string; role: 'anon' | 'authenticated'; sql: string }[] = [
  { name: 'public_summary', role: 'anon', sql: 'select public.dashboard_summary()' },
  { name: 'director_summary', role: 'authenticated', sql: 'select public.dashboard_summary()' },
  {
    name: 'director_project_by_slug',
    role: 'authenticated',
    sql: `select * from public.project_overview where slug = 'bench-project-500'`,
  },
  {
    name: 'public_project_by_slug',
    role: 'anon',
    sql: `select * from public.project_overview where slug = 'bench-project-500'`,
  },
  {
    name: 'director_overview_list',
    role: 'authenticated',
    sql: 'select * from public.project_overview',
  },
];

console.log(
  `load average at start ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${cpus().length} CPUs`,
);
console.log('case                       before ms    after ms   after/before');
for (const c of cases) {
  for (let i = 0; i < 2; i++) {
    await timed(old.db, c.role, c.sql); // warm the plan caches
    await timed(now.db, c.role, c.sql);
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    a.push(await timed(old.db, c.role, c.sql));
    b.push(await timed(now.db, c.role, c.sql));
  }
  const [ma, mb] = [median(a), median(b)];
  console.log(
    `${c.name.padEnd(26)} ${ma.toFixed(1).padStart(9)} ${mb.toFixed(1).padStart(11)} ${(mb / ma).toFixed(2).padStart(13)}`,
  );
}

for (const [label, gw] of [
  ['before', old],
  ['after', now],
] as const) {
  const plan = await gw.db.transaction(async (tx) => {
    await tx.query(
      `select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`,
      [JSON.stringify({ role: 'authenticated', sub: directorId })],
    );
    return tx.query<{ 'QUERY PLAN': string }>(
      `explain (analyze, costs off, buffers off, summary off, timing off)
       select * from public.project_overview where slug = 'bench-project-500'`,
    );
  });
  const lines = plan.rows.map((r) => r['QUERY PLAN']);
  console.log(
    `\n${label}: tasks in the plan of project_overview?slug=eq.bench-project-500 (director)`,
  );
  for (const [i, l] of lines.entries()) {
    if (/on tasks\b|Aggregate/.test(l)) console.log(`  ${l.trim()}  ${lines[i + 1]?.trim() ?? ''}`);
  }
}
console.log(
  `load average at end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
await old.close();
await now.close();
