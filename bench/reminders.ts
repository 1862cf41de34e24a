// bench:reminders — everything the reminder rules say at one moment (private.due_notifications)
// for 1,000 projects, 10,000 tasks and 1,000 people, on the local stack's database (PGlite, in
// process: the local stack runs the rules there, on its timer). Also times recording the
// notifications (first run, then a second run that must add nothing) and queueing the mail.
//
// Workload: the demo portfolio scaled up (bench/lib/scale-data.ts); 1,000 people, two in three
// with an account, assigned round-robin to the tasks; one lead per project; each account
// follows two projects and one in ten a growth area; five directors. Project and task edits are
// spread over the last 120 days so the "not updated" and stale rules fire, and 100 projects
// change stage just before the moment so followers have news.
import { openDatabase } from '../supabase/local/db.ts';
import { median } from './lib/load.ts';
import { round, writeResults, type BenchResult } from './lib/results.ts';
import { scaleUp } from './lib/scale-data.ts';

const PROJECTS = 1000;
const TASKS = 10_000;
const PEOPLE = 1000;
const RUNS = 7;

const { db } = await openDatabase({ seed: true });
await scaleUp(db, { projects: PROJECTS, tasks: TASKS });
await db.exec(`
  insert into auth.users (id, aud, role, email, encrypted_password, created_at, updated_at)
  select ('b0000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, 'authenticated', 'authenticated',
         'bench' || g || '@salkku.test', '', now(), now()
  from generate_series(1, ${PEOPLE}) g where g % 3 <> 0;
  insert into public.people (id, full_name, email, user_id)
  select ('c0000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, 'Bench Person ' || g, 'bench' || g || '@salkku.test',
         case when g % 3 <> 0 then ('b0000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid end
  from generate_series(1, ${PEOPLE}) g;
  insert into public.user_roles (user_id, role)
  select ('b0000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, 'director' from generate_series(1, 5) g where g % 3 <> 0;
  -- Backdate edits without the bookkeeping triggers (they would stamp now()).
  set session_replication_role = replica;
  with t as (select id, row_number() over (order by id) as n from public.tasks t where title like 'Task %')
  update public.tasks x set
    assignee_person_id = ('c0000000-0000-4000-8000-' || lpad((1 + t.n % ${PEOPLE})::text, 12, '0'))::uuid,
    updated_at = now() - make_interval(days => (t.n % 120)::int)
  from t where x.id = t.id;
  with p as (select id, row_number() over (order by id) as n from public.projects where slug like 'bench-project-%')
  update public.projects x set updated_at = now() - make_interval(days => (p.n % 200)::int)
  from p where x.id = p.id;
  set session_replication_role = origin;
  insert into public.project_members (project_id, user_id, role)
  select p.id, ('b0000000-0000-4000-8000-' || lpad((1 + (p.n * 3 + 1) % ${PEOPLE})::text, 12, '0'))::uuid, 'lead'
  from (select id, row_number() over (order by id) as n from public.projects where slug like 'bench-project-%') p
  where (1 + (p.n * 3 + 1) % ${PEOPLE}) % 3 <> 0;
  insert into public.follows (user_id, project_id, created_at)
  select u.id, p.id, now() - interval '30 days'
  from (select id, row_number() over (order by id) as n from auth.users where email like 'bench%') u
  cross join lateral (select id from public.projects where slug like 'bench-project-%'
                      order by id offset (u.n * 7) % ${PROJECTS} limit 2) p;
  insert into public.follows (user_id, growth_area_id, created_at)
  select u.id, (select id from public.growth_areas order by sort_order offset u.n % 5 limit 1), now() - interval '30 days'
  from (select id, row_number() over (order by id) as n from auth.users where email like 'bench%') u where u.n % 10 = 0;
  update public.projects set stage = 'implementation'
  where id in (select id from public.projects where slug like 'bench-project-%' and stage = 'planning' order by id limit 100);
  analyze;
`);

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
