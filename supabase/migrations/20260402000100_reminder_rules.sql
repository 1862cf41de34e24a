-- The reminder rules: one function decides what is due at a given moment, one records it.
--
-- private.due_notifications(p_at) takes the moment as an argument (no hidden clock: pgTAP
-- travels in time with it) and returns one row per recipient, rule, subject and occurrence.
-- Days count in Europe/Helsinki: "today" is the local date of p_at. Per programme settings
-- (reminder_settings) give the numbers; the defaults are the city's:
--
--   task_due_soon        an open task with a deadline, 30, 7 and 1 days before it. At d days
--                        left the occurrence is the smallest setting >= d, so a missed run
--                        catches up with one reminder, not three; a task due today (d = 0)
--                        has had its 1-day reminder.
--   task_late            an open task past its deadline: on day 1, day 7, then day 37, 67, …
--                        (late_first_days, late_second_days, + late_repeat_days). The occurrence
--                        is the latest step reached, so again one reminder per step.
--                        Both go to the task's assignee when that person has an account, else
--                        to the project's leads. Moving the deadline starts the steps afresh
--                        (the deadline is part of the occurrence).
--   project_not_updated  nothing changed on the project or its tasks for not_updated_days (30),
--                        then again every not_updated_repeat_days (30); to the leads. An edit
--                        starts the count afresh.
--   status_update_due    the last status update (or the project's creation) is a cadence
--                        (week, month or quarter) old, and again every cadence; to the leads.
--   followed_*           a followed project, or a project in a followed growth area, changed
--                        stage, was published or completed a milestone (from the audit trail),
--                        or became late (from the schedule rule); to followers who can read the
--                        project, never to the one who made the change, and only for changes
--                        after they started following.
--   portfolio_late       the director's digest: a project became late;
--   portfolio_stale      … or has not been updated for dashboard_settings.stale_after_days (180).
--
-- The three project rules and the task rules skip completed projects and those not pursued.
-- "Became late" and the audit events look back 14 days from p_at: enough for a schedule that
-- missed a few runs, and a new install does not announce years of history. A project is late
-- as in project_overview (an open task past its deadline, or the end date passed before
-- completion, or a manual "late"); the day it became late is the day after its oldest overdue
-- deadline or end date, or for a manual status the day it was set. When the oldest overdue task
-- is completed while another is overdue, that day moves and "became late" is said once more.
--
-- public.record_notifications(p_at) inserts what is due, on conflict do nothing: running it
-- again, or every five minutes, says nothing twice.

-- Status-update cadence: how many whole periods have passed since a date. A month is a
-- calendar month (31.1. + 1 month = 28.2.), as in date arithmetic; the view status_update_due
-- uses the same definition.
create function private.status_update_periods(p_since date, p_today date, p_cadence text)
returns integer
language sql
immutable
set search_path = ''
as $$
  select case
    when p_cadence = 'weekly' then (p_today - p_since) / 7
    else (
      select case when p_since + make_interval(months => (m.n + 1) * m.step) <= p_today then m.n + 1 else m.n end
      from (
        select case when p_cadence = 'quarterly' then 3 else 1 end as step,
          ((extract(year from age(p_today, p_since)) * 12 + extract(month from age(p_today, p_since)))::integer
            / case when p_cadence = 'quarterly' then 3 else 1 end) as n
      ) m
    )
  end
$$;
comment on function private.status_update_periods(date, date, text) is
  'Whole status-update periods (weekly, monthly, quarterly) from p_since to p_today; 1 or more = an update is due.';
revoke all on function private.status_update_periods(date, date, text) from public;
grant execute on function private.status_update_periods(date, date, text) to anon, authenticated, service_role;

create function private.due_notifications(p_at timestamptz)
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
  task_rows as (
    select r.user_id as recipient_id, td.rule, td.id as subject_id,
      td.due_on::text || '/' || td.step as occurrence, td.project_id, td.id as task_id,
      jsonb_build_object(
        'project_slug', td.slug, 'project_name', td.name, 'task_title', td.title,
        'due_on', td.due_on, 'days', abs(td.days_left), 'step', td.step,
        'to', case when td.assignee_user_id is null then 'lead' else 'assignee' end) as payload
    from task_due td
    cross join lateral (
      select td.assignee_user_id as user_id where td.assignee_user_id is not null
      union all
      select l.user_id from leads l where td.assignee_user_id is null and l.project_id = td.project_id
    ) r
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
  status_due as (
    select pr.*, b.base_on, n.periods
    from proj pr
    cross join clock c
    left join last_status ls on ls.project_id = pr.id
    cross join lateral (select coalesce(ls.last_on, pr.created_on) as base_on) b
    cross join lateral (
      select private.status_update_periods(b.base_on, c.today, pr.status_update_cadence) as periods
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
  -- Lateness, as project_overview defines it; late_since is the first late day.
  oldest_overdue as (
    select ot.project_id, min(ot.due_on) as due_on
    from open_tasks ot where ot.days_left < 0 group by ot.project_id
  ),
  manual_late as (
    select a.row_id as project_id, max(a.occurred_at) as set_at
    from public.audit_log a
    where a.table_name = 'projects' and 'schedule_status' = any (a.changed_columns)
      and a.row_id in (select pr.id from proj pr where pr.schedule_status = 'late')
    group by a.row_id
  ),
  late_since as materialized (
    select pr.id, case
        when pr.schedule_status = 'late' then
          coalesce((ml.set_at at time zone 'Europe/Helsinki')::date, pr.last_activity_on)
        when pr.schedule_status is null and pr.stage <> 'completed' then
          least(oo.due_on + 1, case when pr.ends_on < c.today then pr.ends_on + 1 end)
      end as late_since
    from proj pr
    cross join clock c
    left join oldest_overdue oo on oo.project_id = pr.id
    left join manual_late ml on ml.project_id = pr.id
  ),
  late as materialized (
    select pr.*, ls.late_since
    from late_since ls
    join proj pr on pr.id = ls.id
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
comment on function private.due_notifications(timestamptz) is
  'Everything the reminder rules say at moment p_at (see migration 20260402000100_reminder_rules): '
  'one row per recipient, rule, subject and occurrence, with the payload the message needs. No '
  'hidden clock: the same p_at always gives the same answer for the same data.';
revoke all on function private.due_notifications(timestamptz) from public;
grant execute on function private.due_notifications(timestamptz) to service_role;

create function public.record_notifications(p_at timestamptz)
returns integer
language sql
volatile
security definer
set search_path = ''
as $$
  with x as (
    insert into public.notifications (recipient_id, rule, subject_id, occurrence, project_id, task_id, payload, created_at)
    select d.recipient_id, d.rule, d.subject_id, d.occurrence, d.project_id, d.task_id, d.payload, p_at
    from private.due_notifications(p_at) d
    on conflict (recipient_id, rule, subject_id, occurrence) do nothing
    returning 1
  )
  select count(*)::integer from x
$$;
comment on function public.record_notifications(timestamptz) is
  'Records what private.due_notifications(p_at) says as notifications, each at most once (unique '
  'recipient, rule, subject, occurrence); returns how many are new. Run by the schedule (pg_cron '
  'or the local stack''s timer) with the service role.';
revoke all on function public.record_notifications(timestamptz) from public, anon, authenticated;
grant execute on function public.record_notifications(timestamptz) to service_role;

-- Nudges: rate limit and delivery ---------------------------------------------------------------

create function private.deliver_nudge()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_project record;
begin
  if tg_op = 'INSERT' and exists (
    select 1 from public.nudges n
    where n.project_id = new.project_id and n.id <> new.id
      and n.created_at > new.created_at - interval '1 hour'
  ) then
    raise exception 'This project''s leads were nudged less than an hour ago'
      using errcode = 'PT429', hint = 'Wait an hour before nudging the same project again.';
  end if;
  select p.slug, p.name into v_project from public.projects p where p.id = new.project_id;
  insert into public.notifications (recipient_id, rule, subject_id, occurrence, project_id, payload, created_at)
  select m.user_id, 'nudge', new.id, 'nudge', new.project_id,
    jsonb_build_object('project_slug', v_project.slug, 'project_name', v_project.name,
      'message', new.message,
      'sender_name', (select pe.full_name from public.people pe where pe.user_id = new.sender_id)),
    new.created_at
  from public.project_members m
  where m.project_id = new.project_id and m.role = 'lead'
  on conflict do nothing;
  return null;
end;
$$;
comment on function private.deliver_nudge() is
  'After a nudge is logged: refuses (PT429, HTTP 429) a second nudge of the same project within an '
  'hour, else gives each of the project''s leads a nudge notification (mailed at once).';
revoke all on function private.deliver_nudge() from public;

create trigger deliver_nudge after insert on public.nudges
  for each row execute function private.deliver_nudge();

create function public.nudge_project(p_project_id uuid, p_message text default null)
returns uuid
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  v_id uuid;
begin
  if not exists (select 1 from public.project_members m where m.project_id = p_project_id and m.role = 'lead')
    and (select private.is_director()) then
    raise exception 'The project has no leads to nudge' using errcode = 'P0001';
  end if;
  insert into public.nudges (project_id, message) values (p_project_id, nullif(btrim(p_message), ''))
  returning id into v_id;
  return v_id;
end;
$$;
comment on function public.nudge_project(uuid, text) is
  'Directors: remind the project''s leads now, with an optional message. Logged in nudges; at most '
  'once per project per hour (429); 400 when the project has no leads; 403 for others.';
revoke all on function public.nudge_project(uuid, text) from public, anon;
grant execute on function public.nudge_project(uuid, text) to authenticated, service_role;
