-- The board report as of a date (issue #15 §3): every part of the report — figures, late
-- projects, the timeline, what changed — is computed for the report's date, not for today.
--
-- Where the plan of a date comes from:
--   * the report's date is today or later: the plan as it is now, counted from that date (a
--     projection: "if nothing changes, on 30.6.2026 these projects are late");
--   * an earlier date: the plan as it was at the end of that day (Finnish time), rebuilt from
--     the audit trail, which keeps every project and task row before and after each change. The audit trail
--     is read by directors and admins only, so only they get a past date; anyone else gets 42501
--     (never a silently empty report).
--
-- The schedule state is counted with the rules of project_overview (migration
-- 20260201000000_schedule_status), with the report's date in place of today; for today the two
-- agree row for row (supabase/tests/database/report_as_of.test.sql checks it).
--
-- report_changes compares the plan on the report's date with either a baseline or the plan on an
-- earlier date ("since the previous report"), with baseline_changes' columns and kinds.

-- The projects and tasks of a programme as they were at the end of p_on (Finnish time). A row's
-- state then is what its first change after that moment replaced (the audit row's old_data); a
-- row whose first change since is its INSERT did not exist yet; a row unchanged since is as it is
-- now, if it was created by then. So the reconstruction needs only the trail after p_on and also
-- holds for rows written before the trail began (imported or seeded data).
-- security invoker: the caller's row-level security reads the live tables and the audit trail.
-- plpgsql with two statements, not a union: anonymous callers have no grant on the trail at all.
create function private.plan_projects_at(p_programme_id uuid, p_on date)
returns setof public.projects
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_end timestamptz := (p_on + 1)::timestamp at time zone 'Europe/Helsinki';
begin
  if p_on >= private.today() then
    return query select p.* from public.projects p where p.programme_id = p_programme_id;
    return;
  end if;
  return query
  with first_after as (
    select distinct on (a.row_id) a.row_id, a.operation, a.old_data
    from public.audit_log a
    where a.table_name = 'projects' and a.occurred_at >= v_end
    order by a.row_id, a.occurred_at, a.id
  )
  select p.* from public.projects p
  where p.programme_id = p_programme_id and p.created_at < v_end
    and not exists (select 1 from first_after f where f.row_id = p.id)
  union all
  select r.*
  from first_after f
  cross join lateral jsonb_populate_record(null::public.projects, f.old_data) r
  where f.operation <> 'INSERT' and r.programme_id = p_programme_id;
end;
$$;
comment on function private.plan_projects_at(uuid, date) is
  'The programme''s projects at the end of p_on (Finnish time): the live rows for today or later, '
  'else rebuilt from the audit trail (each row as its first change after then found it; rows '
  'inserted later left out, rows deleted since included). Runs as the caller: only directors and '
  'admins read the audit trail.';
revoke all on function private.plan_projects_at(uuid, date) from public;
grant execute on function private.plan_projects_at(uuid, date) to anon, authenticated, service_role;

create function private.plan_tasks_at(p_programme_id uuid, p_on date)
returns setof public.tasks
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_end timestamptz := (p_on + 1)::timestamp at time zone 'Europe/Helsinki';
begin
  if p_on >= private.today() then
    return query
    select t.* from public.tasks t
    join public.projects p on p.id = t.project_id
    where p.programme_id = p_programme_id;
    return;
  end if;
  return query
  with first_after as (
    select distinct on (a.row_id) a.row_id, a.operation, a.old_data
    from public.audit_log a
    where a.table_name = 'tasks' and a.occurred_at >= v_end
    order by a.row_id, a.occurred_at, a.id
  ),
  then_projects as (
    select x.id from private.plan_projects_at(p_programme_id, p_on) x
  )
  select t.* from public.tasks t
  where t.created_at < v_end
    and t.project_id in (select x.id from then_projects x)
    and not exists (select 1 from first_after f where f.row_id = t.id)
  union all
  select r.*
  from first_after f
  cross join lateral jsonb_populate_record(null::public.tasks, f.old_data) r
  where f.operation <> 'INSERT' and r.project_id in (select x.id from then_projects x);
end;
$$;
comment on function private.plan_tasks_at(uuid, date) is
  'The tasks of the programme''s projects at the end of p_on, rebuilt as private.plan_projects_at.';
revoke all on function private.plan_tasks_at(uuid, date) from public;
grant execute on function private.plan_tasks_at(uuid, date) to anon, authenticated, service_role;

-- report_plan -----------------------------------------------------------------------------------

create function public.report_plan(p_programme_id uuid, p_on date)
returns table (
  id uuid,
  slug text,
  name text,
  growth_area_id uuid,
  stage public.project_stage,
  schedule_state text,
  schedule_reasons jsonb,
  starts_on date,
  ends_on date,
  task_count integer,
  overdue_task_count integer,
  published boolean
)
language plpgsql
stable
security invoker
set search_path = ''
as $$
#variable_conflict use_column
begin
  if p_on is null then
    raise exception 'The report needs a date' using errcode = '22023';
  end if;
  if p_on < private.today() and not (select private.is_director()) then
    raise exception 'Only directors see the plan of a past date (it is read from the audit trail)'
      using errcode = '42501';
  end if;
  return query
  with t as (
    select
      x.project_id,
      count(*)::integer as task_count,
      (count(*) filter (where x.state in ('not_started', 'in_progress') and x.due_on < p_on))::integer
        as overdue_task_count,
      (count(*) filter (where x.state in ('in_progress', 'done')))::integer as started_task_count,
      min(x.due_on) filter (where x.state in ('not_started', 'in_progress') and x.due_on >= p_on)
        as next_due_on,
      min(x.due_on) filter (where x.state in ('not_started', 'in_progress') and x.due_on < p_on)
        as oldest_overdue_on
    from private.plan_tasks_at(p_programme_id, p_on) x
    group by x.project_id
  )
  select
    p.id, p.slug, p.name, p.growth_area_id, p.stage,
    coalesce(p.schedule_status::text, s.computed_state),
    case
      when p.schedule_status is not null then
        jsonb_build_array(jsonb_build_object('code', 'manual', 'status', p.schedule_status, 'note', p.schedule_note))
      when p.stage = 'completed' then jsonb_build_array(jsonb_build_object('code', 'completed'))
      when s.computed_state = 'late' then
        case when a.has_overdue then
          jsonb_build_array(jsonb_build_object(
            'code', 'overdue_tasks', 'count', t.overdue_task_count, 'oldest_due_on', t.oldest_overdue_on))
        else '[]'::jsonb end
        || case when a.end_passed then
          jsonb_build_array(jsonb_build_object('code', 'end_date_passed', 'ends_on', p.ends_on))
        else '[]'::jsonb end
      when s.computed_state = 'not_started' then
        jsonb_build_array(jsonb_build_object('code', 'not_started', 'starts_on', p.starts_on))
      else jsonb_build_array(jsonb_build_object('code', 'on_track', 'next_due_on', t.next_due_on))
    end,
    p.starts_on, p.ends_on,
    coalesce(t.task_count, 0), coalesce(t.overdue_task_count, 0), p.published
  from private.plan_projects_at(p_programme_id, p_on) p
  left join t on t.project_id = p.id
  cross join lateral (
    select
      p.stage <> 'completed' and coalesce(t.overdue_task_count, 0) > 0 as has_overdue,
      p.stage <> 'completed' and coalesce(p.ends_on < p_on, false) as end_passed,
      p.stage = 'not_started'
        and coalesce(t.started_task_count, 0) = 0
        and (p.starts_on is null or p.starts_on > p_on) as before_work
  ) a
  cross join lateral (
    select case
      when p.stage = 'completed' then 'on_schedule'
      when a.has_overdue or a.end_passed then 'late'
      when a.before_work then 'not_started'
      else 'on_schedule'
    end as computed_state
  ) s;
end;
$$;
comment on function public.report_plan(uuid, date) is
  'The programme''s projects as the board report shows them on p_on: dates, stage, schedule state '
  'and reasons (project_overview''s rules counted from p_on), task and overdue-task counts. Today or '
  'later: the plan as it is now; an earlier date: the plan as it was then, from the audit trail, '
  'for directors and admins only (42501 otherwise). Rows follow the caller''s row-level security.';
revoke all on function public.report_plan(uuid, date) from public, anon, authenticated;
grant execute on function public.report_plan(uuid, date) to anon, authenticated, service_role;

-- report_changes --------------------------------------------------------------------------------

create function public.report_changes(
  p_programme_id uuid,
  p_on date,
  p_since date default null,
  p_baseline_id uuid default null
)
returns table (
  kind text,
  project_id uuid,
  project_slug text,
  project_name text,
  growth_area_id uuid,
  growth_area_name text,
  task_id uuid,
  task_title text,
  old_value text,
  new_value text,
  slip_days integer
)
language plpgsql
stable
security invoker
set search_path = ''
as $$
#variable_conflict use_column
begin
  if (p_since is null) = (p_baseline_id is null) then
    raise exception 'Compare with either an earlier date or a baseline' using errcode = '22023';
  end if;
  if p_since is not null and p_since >= p_on then
    raise exception 'The earlier date must be before the report''s date' using errcode = '22023';
  end if;
  return query
  with cur as (
    select * from public.report_plan(p_programme_id, p_on)
  ),
  ct as (
    select x.id, x.project_id, x.title, x.due_on from private.plan_tasks_at(p_programme_id, p_on) x
  ),
  bp as (
    select x.project_id, x.slug, x.name, x.growth_area_id, x.stage, x.schedule_state, x.starts_on, x.ends_on
    from public.baseline_projects x
    join public.baselines b on b.id = x.baseline_id
    where p_baseline_id is not null and x.baseline_id = p_baseline_id and b.programme_id = p_programme_id
    union all
    select o.id, o.slug, o.name, o.growth_area_id, o.stage, o.schedule_state, o.starts_on, o.ends_on
    from public.report_plan(p_programme_id, coalesce(p_since, p_on)) o
    where p_since is not null
  ),
  bt as (
    select x.task_id, x.project_id, x.due_on
    from public.baseline_tasks x
    join public.baselines b on b.id = x.baseline_id
    where p_baseline_id is not null and x.baseline_id = p_baseline_id and b.programme_id = p_programme_id
    union all
    select x.id, x.project_id, x.due_on
    from private.plan_tasks_at(p_programme_id, coalesce(p_since, p_on)) x
    where p_since is not null
  ),
  changes as (
    select 'project_added' as kind, c.id as project_id, null::uuid as task_id, null::text as task_title,
      null::text as old_value, null::text as new_value, null::integer as slip_days
    from cur c where not exists (select 1 from bp where bp.project_id = c.id)
    union all
    select 'project_removed', bp.project_id, null, null, bp.name, null, null
    from bp where not exists (select 1 from cur c where c.id = bp.project_id)
    union all
    select 'stage_changed', c.id, null, null, bp.stage::text, c.stage::text, null
    from cur c join bp on bp.project_id = c.id where bp.stage <> c.stage
    union all
    select 'schedule_changed', c.id, null, null, bp.schedule_state, c.schedule_state, null
    from cur c join bp on bp.project_id = c.id where bp.schedule_state is distinct from c.schedule_state
    union all
    select 'start_moved', c.id, null, null, bp.starts_on::text, c.starts_on::text, c.starts_on - bp.starts_on
    from cur c join bp on bp.project_id = c.id where bp.starts_on is distinct from c.starts_on
    union all
    select 'end_moved', c.id, null, null, bp.ends_on::text, c.ends_on::text, c.ends_on - bp.ends_on
    from cur c join bp on bp.project_id = c.id where bp.ends_on is distinct from c.ends_on
    union all
    select 'deadline_moved', t.project_id, t.id, t.title, bt.due_on::text, t.due_on::text, t.due_on - bt.due_on
    from ct t join bt on bt.task_id = t.id where bt.due_on is distinct from t.due_on
    union all
    select 'task_added', t.project_id, t.id, t.title, null, t.due_on::text, null
    from ct t where not exists (select 1 from bt where bt.task_id = t.id)
  )
  select ch.kind, ch.project_id,
    coalesce(c.slug, bp.slug), coalesce(c.name, bp.name),
    coalesce(c.growth_area_id, bp.growth_area_id), ga.name,
    ch.task_id, ch.task_title, ch.old_value, ch.new_value, ch.slip_days
  from changes ch
  left join cur c on c.id = ch.project_id
  left join bp on bp.project_id = ch.project_id
  left join public.growth_areas ga on ga.id = coalesce(c.growth_area_id, bp.growth_area_id)
  order by ga.sort_order nulls last, coalesce(c.name, bp.name), ch.project_id, ch.kind, ch.task_title, ch.task_id;
end;
$$;
comment on function public.report_changes(uuid, date, date, uuid) is
  'What changed in the programme by p_on (the plan as report_plan reads it) since either a baseline '
  '(p_baseline_id) or an earlier date (p_since, the previous report: the plan then, from the audit '
  'trail, directors and admins only). Columns and kinds as baseline_changes. 22023 unless exactly '
  'one of p_since and p_baseline_id is given, or when p_since is not before p_on.';
revoke all on function public.report_changes(uuid, date, date, uuid) from public, anon, authenticated;
grant execute on function public.report_changes(uuid, date, date, uuid) to anon, authenticated, service_role;
