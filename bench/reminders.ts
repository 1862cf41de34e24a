// bench:reminders — everything the reminder rules say at one moment (private.due_notifications)
// for 1,000 projects, 10,000 tasks and 1,000 people, on the local stack's database (PGlite, in
// process: the local stack runs the rules there, on its timer). Also times recording the
// notifications (first run, then a second run that must add nothing) and queueing the mail.
//
// Workload: bench/lib/reminder-data.ts (the demo portfolio scaled up, people, leads, follows,
// directors, backdated edits and 100 recent stage changes).
import { openDatabase } from '../supabase/local/db.ts';
import { median } from './lib/load.ts';
import { round, writeResults, type BenchResult } from './lib/results.ts';
import { buildReminderWorkload, REMINDER_WORKLOAD } from './lib/reminder-data.ts';

const { projects: PROJECTS, tasks: TASKS, people: PEOPLE } = REMINDER_WORKLOAD;
const RUNS = 7;

const { db } = await openDatabase({ seed: true });
await buildReminderWorkload(db);

const at = new Date(Date.now() + 3600_000).toISOString();
const count = async () =>
  (
    await db.query<{ n: number }>(
      'select count(*)::integer as n from private.due_notifications($1)',
      [at],
    )
  ).rows[0]?.n ?? 0;

await count(); // warm-up
const times: number[] = [];
let due = 0;
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  due = await count();
  times.push(performance.now() - t0);
}
// A reference on the same data and machine: the dashboard's one pass over project_overview.
const overviewTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  await db.query(
    'select sum(overdue_task_count), count(*) filter (where is_stale), max(last_activity_at) from public.project_overview',
  );
  overviewTimes.push(performance.now() - t0);
}
const byRule = (
  await db.query<{ rule: string; n: number }>(
    'select rule, count(*)::integer as n from private.due_notifications($1) group by 1 order by 1',
    [at],
  )
).rows;

const timed = async (sql: string) => {
  const t0 = performance.now();
  const r = await db.query<{ n: number }>(sql, [at]);
  return { ms: performance.now() - t0, n: r.rows[0]?.n ?? 0 };
};
const record = await timed('select public.record_notifications($1) as n');
const again = await timed('select public.record_notifications($1) as n');
const queue = await timed('select public.queue_mail($1) as n');
await db.close();

const results: BenchResult[] = [
  { subject: 'salkku', metric: 'compute_ms', value: round(median(times)), runs: RUNS },
  {
    subject: 'salkku',
    case: 'record_first_run',
    metric: 'record_ms',
    value: round(record.ms),
    runs: 1,
  },
  { subject: 'salkku', case: 'record_again', metric: 'record_ms', value: round(again.ms), runs: 1 },
  { subject: 'salkku', case: 'queue_mail', metric: 'queue_ms', value: round(queue.ms), runs: 1 },
];
console.log(`bench:reminders — ${PROJECTS} projects, ${TASKS} tasks, ${PEOPLE} people`);
console.table([
  { what: 'everything due (median)', ms: round(median(times)), rows: due },
  {
    what: 'reference: project_overview (median)',
    ms: round(median(overviewTimes)),
    rows: PROJECTS,
  },
  { what: 'record (first run)', ms: round(record.ms), rows: record.n },
  { what: 'record again (adds nothing)', ms: round(again.ms), rows: again.n },
  { what: 'queue mail', ms: round(queue.ms), rows: queue.n },
]);
console.table(byRule);
console.log(
  writeResults({
    benchmark: 'reminders',
    workload: { projects: PROJECTS, tasks: TASKS, people: PEOPLE, due_notifications: due },
    results,
  }),
);
