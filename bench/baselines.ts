// bench:baselines — taking a baseline (public.take_baseline) of a programme of 1,000 projects and
// 10,000 tasks, as a director under row-level security, on the local stack's database (PGlite,
// in process), and reading what moved since it (public.baseline_changes) after 500 deadlines
// moved. Issue #15 §4: a snapshot of this size takes at most 1 s.
//
// Workload: the demo portfolio scaled up (bench/lib/scale-data.ts). Each run takes a baseline
// of a new name in its own transaction and rolls it back, so every run snapshots the same plan.
import { openDatabase } from '../supabase/local/db.ts';
import { median } from './lib/load.ts';
import { round, writeResults, type BenchResult } from './lib/results.ts';
import { scaleUp } from './lib/scale-data.ts';

const PROJECTS = 1000;
const TASKS = 10_000;
const RUNS = 5;
const PROGRAMME = '10000000-0000-4000-8000-000000000001';
const DIRECTOR = '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';

const { db } = await openDatabase({ seed: true });
await scaleUp(db, { projects: PROJECTS, tasks: TASKS });
await db.exec('analyze');

const asDirector = `set local role authenticated; set local request.jwt.claims to '${DIRECTOR}';`;

async function takeOnce(name: string, keep = false): Promise<{ ms: number; id: string }> {
  await db.exec(`begin; ${asDirector}`);
  const t0 = performance.now();
  const r = await db.query<{ id: string }>('select public.take_baseline($1, $2) as id', [
    PROGRAMME,
    name,
  ]);
  const ms = performance.now() - t0;
  await db.exec(keep ? 'commit' : 'rollback');
  return { ms, id: r.rows[0]?.id ?? '' };
}

await takeOnce('warm-up');
const times: number[] = [];
for (let i = 0; i < RUNS; i++) times.push((await takeOnce(`Bench ${i}`)).ms);

// What moved since: one kept baseline, then 500 deadlines a fortnight later.
const kept = await takeOnce('Bench kept', true);
await db.exec(`
  update public.tasks set due_on = due_on + 14
  where id in (select id from public.tasks where due_on is not null order by id limit 500)`);
const changeTimes: number[] = [];
let changes = 0;
for (let i = 0; i < RUNS; i++) {
  await db.exec(`begin; ${asDirector}`);
  const t0 = performance.now();
  const r = await db.query<{ n: number }>(
    'select count(*)::integer as n from public.baseline_changes($1)',
    [kept.id],
  );
  changeTimes.push(performance.now() - t0);
  await db.exec('rollback');
  changes = r.rows[0]?.n ?? 0;
}
const sizes = (
  await db.query<{ projects: number; tasks: number }>(
    `select (select count(*)::integer from public.baseline_projects) as projects,
            (select count(*)::integer from public.baseline_tasks) as tasks`,
  )
).rows[0];
await db.close();

const results: BenchResult[] = [
  { subject: 'salkku', metric: 'snapshot_ms', value: round(median(times)), runs: RUNS },
  {
    subject: 'salkku',
    case: 'changes_since',
    metric: 'changes_ms',
    value: round(median(changeTimes)),
    runs: RUNS,
  },
];
console.log(`bench:baselines — ${PROJECTS} projects, ${TASKS} tasks (plus the demo portfolio)`);
console.table([
  { what: 'take a baseline (median)', ms: round(median(times)), rows: sizes },
  { what: 'what moved since (median)', ms: round(median(changeTimes)), rows: changes },
]);
console.log(
  writeResults({
    benchmark: 'baselines',
    workload: { projects: PROJECTS, tasks: TASKS, moved_deadlines: 500 },
    results,
  }),
);
