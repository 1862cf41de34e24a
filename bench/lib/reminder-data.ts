// The reminder benchmark's workload (bench/reminders.ts, bench/reminders-sql.ts): the demo
// portfolio scaled up (bench/lib/scale-data.ts) to 1,000 projects and 10,000 tasks, and 1,000
// people, two in three with an account, assigned round-robin to the tasks; one lead per
// project; each account follows two projects and one in ten a growth area; five directors.
// Project and task edits are spread over the last 120 days so the "not updated" and stale
// rules fire, and 100 projects change stage just before the moment so followers have news.
import type { Queryable } from '../../supabase/local/database.ts';
import { scaleUp } from './scale-data.ts';

export const REMINDER_WORKLOAD = { projects: 1000, tasks: 10_000, people: 1000 } as const;

export async function buildReminderWorkload(db: Queryable): Promise<void> {
  const { projects, tasks, people } = REMINDER_WORKLOAD;
  await scaleUp(db, { projects, tasks });
  await db.exec(`
  insert into auth.users (id, aud, role, email, encrypted_password, created_at, updated_at)
  select ('b0000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, 'authenticated', 'authenticated',
         'bench' || g || '@salkku.test', '', now(), now()
  from generate_series(1, ${people}) g where g % 3 <> 0;
  insert into public.people (id, full_name, email, user_id)
  select ('c0000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, 'Bench Person ' || g, 'bench' || g || '@salkku.test',
         case when g % 3 <> 0 then ('b0000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid end
  from generate_series(1, ${people}) g;
  insert into public.user_roles (user_id, role)
  select ('b0000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, 'director' from generate_series(1, 5) g where g % 3 <> 0;
  -- Backdate edits without the bookkeeping triggers (they would stamp now()).
  set session_replication_role = replica;
  with t as (select id, row_number() over (order by id) as n from public.tasks t where title like 'Task %')
  update public.tasks x set
    assignee_person_id = ('c0000000-0000-4000-8000-' || lpad((1 + t.n % ${people})::text, 12, '0'))::uuid,
    updated_at = now() - make_interval(days => (t.n % 120)::int)
  from t where x.id = t.id;
  with p as (select id, row_number() over (order by id) as n from public.projects where slug like 'bench-project-%')
  update public.projects x set updated_at = now() - make_interval(days => (p.n % 200)::int)
  from p where x.id = p.id;
  set session_replication_role = origin;
  insert into public.project_members (project_id, user_id, role)
  select p.id, ('b0000000-0000-4000-8000-' || lpad((1 + (p.n * 3 + 1) % ${people})::text, 12, '0'))::uuid, 'lead'
  from (select id, row_number() over (order by id) as n from public.projects where slug like 'bench-project-%') p
  where (1 + (p.n * 3 + 1) % ${people}) % 3 <> 0;
  insert into public.follows (user_id, project_id, created_at)
  select u.id, p.id, now() - interval '30 days'
  from (select id, row_number() over (order by id) as n from auth.users where email like 'bench%') u
  cross join lateral (select id from public.projects where slug like 'bench-project-%'
                      order by id offset (u.n * 7) % ${projects} limit 2) p;
  insert into public.follows (user_id, growth_area_id, created_at)
  select u.id, (select id from public.growth_areas order by sort_order offset u.n % 5 limit 1), now() - interval '30 days'
  from (select id, row_number() over (order by id) as n from auth.users where email like 'bench%') u where u.n % 10 = 0;
  update public.projects set stage = 'implementation'
  where id in (select id from public.projects where slug like 'bench-project-%' and stage = 'planning' order by id limit 100);
  analyze;
`);
}
