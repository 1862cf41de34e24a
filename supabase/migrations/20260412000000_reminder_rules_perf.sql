-- The reminder rules, faster, and "became late" said once per spell of lateness.
--
-- private.due_notifications(p_at) restated (from 20260402000100_reminder_rules.sql; every rule,
-- recipient, occurrence and payload as before, except the "became late" fix below):
--
-- 1. Tasks without an assignee with an account go to the project's leads. That was a lateral
--    subquery per reminded task, which the planner ran as a scan of every lead per task (1,500
--    tasks × 670 leads at 1,000 projects: about 100 ms of the 190 ms the rules took on the
--    benchmark's data). It is now one hash join between the reminded tasks and the leads.
-- 2. "Status update due" called private.status_update_periods() once per project; that function
--    cannot be inlined (it sets search_path), so each call was a separate function invocation.
--    Its expression is now written into the query, word for word, with the same result.
--
-- The fix: the day a project "became late" (the occurrence of followed_became_late and
-- portfolio_late, "late:<day>") was the day after its OLDEST overdue deadline. When that task
-- was completed while another was still overdue, the day moved forward, and followers and
-- directors were told again that the project had become late although it had been late all the
-- time. Now the day is the start of the project's current spell of lateness: each task that kept
-- the project late covers the days from the day after its deadline to the day it was completed
-- (done late) or cancelled, or on (still open), the end date covers the days after it, and
-- overlapping or adjoining stretches form one spell. Completing one of two overdue tasks no
-- longer changes the spell's first day, so nothing is said twice; a project that was on
-- schedule for at least a whole day in between has a new spell, which is news again.
-- A manual "late" counts from the day it was set (the last audited change of schedule_status,
-- or the project's insert); when the status was set on a project whose lateness was computed
-- (no manual status before) that was already late, the spell it continues counts. Before, a
-- manual "late" whose change was not in the audit trail counted from the project's last
-- activity, which moved with every edit.

create or replace function private.due_notifications(p_at timestamptz)
returns table (
  recipient_id uuid,
  rule text,
  subject_id uuid,
  occurrence text,
  project_id uuid,
  task_id uuid,
  payload jsonb
)
language sql
stable
security definer
set search_path = ''
as $$
  with clock as materialized (
    select (p_at at time zone 'Europe/Helsinki')::date as today
  ),
  task_activity as materialized (
    select t.project_id, max(t.updated_at) as last_task_update_at
    from public.tasks t group by t.project_id
  ),
  proj as materialized (
    select
      p.id, p.slug, p.name, p.stage, p.schedule_status, p.ends_on, p.growth_area_id, p.programme_id, p.published,
      s.due_soon_days, s.late_first_days, s.late_second_days, s.late_repeat_days,
      s.not_updated_days, s.not_updated_repeat_days, s.status_update_cadence,
      (greatest(p.updated_at, ta.last_task_update_at) at time zone 'Europe/Helsinki')::date as last_activity_on,
      (p.created_at at time zone 'Europe/Helsinki')::date as created_on,
      p.stage <> 'completed' and p.schedule_status is distinct from 'not_pursued' as active
    from public.projects p
    join public.reminder_settings s on s.programme_id = p.programme_id
    left join task_activity ta on ta.project_id = p.id
  ),
  leads as materialized (
    select m.project_id, m.user_id from public.project_members m where m.role = 'lead'
  ),
  open_tasks as materialized (
    select
      t.id, t.project_id, t.title, t.due_on, t.is_milestone,
      t.due_on - c.today as days_left,
      pe.user_id as assignee_user_id,
      pr.slug, pr.name, pr.due_soon_days, pr.late_first_days, pr.late_second_days, pr.late_repeat_days
    from public.tasks t
    cross join clock c
    join proj pr on pr.id = t.project_id and pr.active
    left join public.people pe on pe.id = t.assignee_person_id
    where t.state in ('not_started', 'in_progress') and t.due_on is not null
  ),
  task_due as (
    select ot.*, 'task_due_soon'::text as rule, st.step
    from open_tasks ot
    cross join lateral (select min(x) as step from unnest(ot.due_soon_days) x where x >= ot.days_left) st
    where ot.days_left >= 0 and st.step is not null
    union all
    select ot.*, 'task_late'::text, case
        when -ot.days_left < ot.late_second_days then ot.late_first_days
        else ot.late_second_days + ot.late_repeat_days * ((-ot.days_left - ot.late_second_days) / ot.late_repeat_days)
      end
    from open_tasks ot
    where -ot.days_left >= ot.late_first_days
  ),
  -- To the assignee's account, or else to each of the project's leads: one hash join.
  task_rows as (
    select coalesce(td.assignee_user_id, l.user_id) as recipient_id, td.rule, td.id as subject_id,
      td.due_on::text || '/' || td.step as occurrence, td.project_id, td.id as task_id,
      jsonb_build_object(
        'project_slug', td.slug, 'project_name', td.name, 'task_title', td.title,
        'due_on', td.due_on, 'days', abs(td.days_left), 'step', td.step,
        'to', case when td.assignee_user_id is null then 'lead' else 'assignee' end) as payload
    from task_due td
    left join leads l on td.assignee_user_id is null and l.project_id = td.project_id
    where td.assignee_user_id is not null or l.user_id is not null
  ),
  not_updated as (
    select pr.*, x.days, pr.not_updated_days
      + pr.not_updated_repeat_days * ((x.days - pr.not_updated_days) / pr.not_updated_repeat_days) as step
    from proj pr
    cross join clock c
    cross join lateral (select c.today - pr.last_activity_on as days) x
    where pr.active and x.days >= pr.not_updated_days
  ),
  last_status as (
    select su.project_id, (max(su.created_at) at time zone 'Europe/Helsinki')::date as last_on
    from public.status_updates su group by su.project_id
  ),
  -- periods: private.status_update_periods(base_on, today, cadence), inlined.
  status_due as (
    select pr.*, b.base_on, n.periods
    from proj pr
    cross join clock c
    left join last_status ls on ls.project_id = pr.id
    cross join lateral (select coalesce(ls.last_on, pr.created_on) as base_on) b
    cross join lateral (
      select case
        when pr.status_update_cadence = 'weekly' then (c.today - b.base_on) / 7
        else (
          select case when b.base_on + make_interval(months => (m.n + 1) * m.step) <= c.today then m.n + 1 else m.n end
          from (
            select case when pr.status_update_cadence = 'quarterly' then 3 else 1 end as step,
              ((extract(year from age(c.today, b.base_on)) * 12 + extract(month from age(c.today, b.base_on)))::integer
                / case when pr.status_update_cadence = 'quarterly' then 3 else 1 end) as n
          ) m
        )
      end as periods
    ) n
    where pr.active and n.periods >= 1
  ),
  project_rows as (
    select l.user_id, 'project_not_updated'::text, nu.id, nu.last_activity_on::text || '/' || nu.step, nu.id, null::uuid,
      jsonb_build_object('project_slug', nu.slug, 'project_name', nu.name, 'days', nu.days,
        'last_activity_on', nu.last_activity_on)
    from not_updated nu join leads l on l.project_id = nu.id
    union all
    select l.user_id, 'status_update_due', sd.id, sd.base_on::text || '/' || sd.periods, sd.id, null,
      jsonb_build_object('project_slug', sd.slug, 'project_name', sd.name, 'since', sd.base_on,
        'cadence', sd.status_update_cadence)
    from status_due sd join leads l on l.project_id = sd.id
  ),
  -- Lateness, as project_overview defines it: an open task past its deadline, or the end date
  -- passed before completion, or a manual "late".
  oldest_overdue as (
    select ot.project_id, min(ot.due_on) as due_on
    from open_tasks ot where ot.days_left < 0 group by ot.project_id
  ),
  -- The day a manual "late" was set: the last audited change of schedule_status (or the insert).
  manual_late as (
    select distinct on (a.row_id) a.row_id as project_id,
      (a.occurred_at at time zone 'Europe/Helsinki')::date as set_on,
      a.operation = 'UPDATE' and a.old_data ->> 'schedule_status' is null as was_computed
    from public.audit_log a
    where a.table_name = 'projects'
      and (a.operation = 'INSERT' or 'schedule_status' = any (a.changed_columns))
      and a.row_id in (select pr.id from proj pr where pr.schedule_status = 'late')
    order by a.row_id, a.occurred_at desc, a.id desc
  ),
  -- Where the current spell of lateness may begin: for a computed one, the day after the oldest
  -- open overdue deadline or the end date; for a manual one, the day it was set. The spell can
  -- only begin earlier (see late_spell), so only projects with this day in the last 14 days
  -- can have become late then.
  late_candidate as materialized (
    select pr.id, pr.schedule_status is not distinct from 'late' as manual, coalesce(ml.was_computed, false) as was_computed, x.late_from
    from proj pr
    cross join clock c
    left join oldest_overdue oo on oo.project_id = pr.id
    left join manual_late ml on ml.project_id = pr.id
    cross join lateral (
      select case
          when pr.schedule_status = 'late' then coalesce(ml.set_on, pr.created_on)
          when pr.schedule_status is null and pr.stage <> 'completed' then
            least(oo.due_on + 1, case when pr.ends_on < c.today then pr.ends_on + 1 end)
        end as late_from
    ) x
    where x.late_from > c.today - 14 and x.late_from <= c.today
  ),
  -- The stretches of days that kept a candidate late: each task past its deadline, from the day
  -- after the deadline to the day it was completed or cancelled (or on, while open); the days
  -- after the end date; a manual "late" from the day it was set. A manual status set on a
  -- project that was not computed late before begins its own spell.
  late_stretch as (
    select t.project_id, t.due_on + 1 as from_on, x.to_on
    from public.tasks t
    join late_candidate lc on lc.id = t.project_id and (not lc.manual or lc.was_computed)
    cross join clock c
    cross join lateral (
      select case
        when t.state = 'done' then t.completed_on
        when t.state = 'cancelled' then (t.updated_at at time zone 'Europe/Helsinki')::date
      end as to_on
    ) x
    where t.due_on < c.today and (x.to_on is null or x.to_on > t.due_on)
    union all
    select pr.id, pr.ends_on + 1, null
    from proj pr
    join late_candidate lc on lc.id = pr.id and (not lc.manual or lc.was_computed)
    cross join clock c
    where pr.ends_on < c.today and pr.stage <> 'completed'
    union all
    select lc.id, lc.late_from, null
    from late_candidate lc where lc.manual
  ),
  -- A stretch begins a new spell when no earlier one reaches the day before it; the current
  -- spell is the last to begin.
  late_reach as (
    select s.project_id, s.from_on,
      max(coalesce(s.to_on, 'infinity'::date)) over (
        partition by s.project_id order by s.from_on
        rows between unbounded preceding and 1 preceding) as reach
    from late_stretch s
  ),
  late_spell as (
    select r.project_id, max(r.from_on) as late_since
    from late_reach r
    where r.reach is null or r.reach < r.from_on - 1
    group by r.project_id
  ),
  late as materialized (
    select pr.*, ls.late_since
    from late_spell ls
    join proj pr on pr.id = ls.project_id
    cross join clock c
    where ls.late_since > c.today - 14 and ls.late_since <= c.today
  ),
  events as (
    select a.id as audit_id, a.occurred_at, a.actor_id, a.project_id, x.rule, x.payload
    from public.audit_log a
    cross join lateral (
      select 'followed_stage_changed'::text as rule,
        jsonb_build_object('from', a.old_data ->> 'stage', 'to', a.new_data ->> 'stage') as payload
      where a.table_name = 'projects' and 'stage' = any (a.changed_columns)
      union all
      select 'followed_published', '{}'::jsonb
      where a.table_name = 'projects' and 'published' = any (a.changed_columns)
        and (a.new_data ->> 'published')::boolean
      union all
      select 'followed_milestone_completed', jsonb_build_object('task_title', a.new_data ->> 'title', 'task_id', a.row_id)
      where a.table_name = 'tasks' and 'state' = any (a.changed_columns)
        and a.new_data ->> 'state' = 'done' and (a.new_data ->> 'is_milestone')::boolean
    ) x
    where a.occurred_at > p_at - interval '14 days' and a.occurred_at <= p_at
      and a.operation = 'UPDATE' and a.table_name in ('projects', 'tasks')
    union all
    select null, (lt.late_since::timestamp at time zone 'Europe/Helsinki'), null, lt.id, 'followed_became_late',
      jsonb_build_object('late_since', lt.late_since)
    from late lt
  ),
  follow_rows as (
    select distinct on (f.user_id, e.rule, e.project_id, coalesce('audit:' || e.audit_id, 'late:' || (e.payload ->> 'late_since')))
      f.user_id, e.rule, e.project_id as subject_id,
      coalesce('audit:' || e.audit_id, 'late:' || (e.payload ->> 'late_since')) as occurrence,
      e.project_id, null::uuid as task_id,
      e.payload || jsonb_build_object('project_slug', pr.slug, 'project_name', pr.name, 'at', e.occurred_at)
    from events e
    join proj pr on pr.id = e.project_id
    join public.follows f on f.project_id = pr.id or f.growth_area_id = pr.growth_area_id
    left join public.programmes g on g.id = pr.programme_id
    where f.created_at <= e.occurred_at
      and f.user_id is distinct from e.actor_id
      -- only what the follower can read (private.user_can_read_project, inlined)
      and (
        (pr.published and g.published)
        or exists (select 1 from public.user_roles r
                   where r.user_id = f.user_id and r.role in ('viewer', 'director', 'admin'))
        or exists (select 1 from public.project_members m where m.user_id = f.user_id and m.project_id = pr.id)
      )
    order by f.user_id, e.rule, e.project_id, coalesce('audit:' || e.audit_id, 'late:' || (e.payload ->> 'late_since'))
  ),
  directors as (
    select distinct r.user_id from public.user_roles r where r.role = 'director'
  ),
  stale as (
    select pr.*, c.today - pr.last_activity_on as days
    from proj pr
    cross join clock c
    cross join private.dashboard_settings ds
    where pr.active and c.today - pr.last_activity_on >= ds.stale_after_days
  ),
  portfolio_rows as (
    select d.user_id, 'portfolio_late'::text, lt.id, 'late:' || lt.late_since, lt.id, null::uuid,
      jsonb_build_object('project_slug', lt.slug, 'project_name', lt.name, 'late_since', lt.late_since)
    from late lt cross join directors d
    union all
    select d.user_id, 'portfolio_stale', st.id, 'since:' || st.last_activity_on, st.id, null,
      jsonb_build_object('project_slug', st.slug, 'project_name', st.name, 'days', st.days,
        'last_activity_on', st.last_activity_on)
    from stale st cross join directors d
  )
  select * from task_rows
  union all select * from project_rows
  union all select * from follow_rows
  union all select * from portfolio_rows
$$;
