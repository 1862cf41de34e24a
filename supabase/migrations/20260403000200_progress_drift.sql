-- Progress (edistyminen) and deadline drift with a forecast, per project and growth area
-- (issue #13). One definition each, in project_progress and growth_area_progress.
--
-- Progress of a project
--   computed  the share of its non-cancelled tasks that are done, milestones counting double
--             (weight 2, other tasks 1), in percent with one decimal; NULL without such tasks.
--   manual    projects.progress_manual (0–100), set by the project's leads and editors when
--             the tasks do not tell the truth, always with progress_note saying why (CHECK).
--   progress  the manual value when set, else the computed one.
-- Progress of a growth area: the mean of its projects' progress, projects without one left out.
--
-- Drift, from the audit trail: a deadline move is an UPDATE of a task whose due_on changed from
-- one date to another, within the 12 months up to today (private.today()). Moves of tasks that
-- are cancelled now, or deleted, do not count: they say nothing about the work still to do.
--   moves, later_moves, earlier_moves    how many, and which way
--   total_days_moved, median_days_moved  signed days (later = positive)
--   shift_days   = round(median_days_moved × moves / tasks), where tasks = the non-cancelled
--                  tasks with a deadline: the median move times the moves each remaining task
--                  can expect if it drifts as the past ones did. Never negative: deadlines
--                  moved earlier do not forecast an early finish.
--   forecast_end_on = the last open task's deadline + shift_days
--   days_after_planned_end = forecast_end_on − planned end (projects.ends_on, else the last
--                  open deadline)
-- drift_basis (jsonb, every key present) carries it for wording — "deadlines here have moved 5
-- times, 41 days each on median; at that rate the last task ends 12.2.2028, 43 days after the
-- planned end": kind (no_open_tasks | no_moves | no_delay | drift), moves, later_moves,
-- earlier_moves, total_days_moved, median_days_moved, tasks, shift_days, last_due_on,
-- forecast_end_on, planned_end_on, days_after_planned_end, since (the window's first day).
--
-- Who sees it: whoever can read the project (the views are security_invoker over projects and
-- tasks). The audit trail itself stays readable by directors only; the moves are read through
-- private.deadline_moves(), which returns only moves of projects the caller can read.

-- Manual progress ------------------------------------------------------------------------------

-- The CHECK is added valid at once: both columns are new and NULL everywhere, so the scan
-- finds nothing and the table is tiny.
alter table public.projects
  add column progress_manual integer
    constraint projects_progress_manual_range check (progress_manual between 0 and 100),
  add column progress_note text
    constraint projects_progress_note_length check (char_length(progress_note) <= 1000),
  -- squawk-ignore constraint-missing-not-valid
  add constraint projects_manual_progress_needs_note
    check (progress_manual is null or (progress_note is not null and char_length(btrim(progress_note)) > 0));
comment on column public.projects.progress_manual is
  'Manual progress in percent (0–100), set by the project''s leads and editors when the tasks do '
  'not tell the truth; NULL = computed from tasks (project_progress). Needs progress_note.';
comment on column public.projects.progress_note is 'Why the manual progress was set (required with it).';

-- Deadline moves ---------------------------------------------------------------------------------

create function private.deadline_moves(p_from date, p_to date)
returns table (project_id uuid, task_id uuid, moved_at timestamptz, old_due_on date, new_due_on date, days integer)
language sql
stable
security definer
set search_path = ''
as $$
  select
    a.project_id,
    a.row_id,
    a.occurred_at,
    (a.old_data ->> 'due_on')::date,
    (a.new_data ->> 'due_on')::date,
    (a.new_data ->> 'due_on')::date - (a.old_data ->> 'due_on')::date
  from public.audit_log a
  where a.table_name = 'tasks'
    and a.operation = 'UPDATE'
    and a.occurred_at >= p_from::timestamptz
    and a.occurred_at < (p_to + 1)::timestamptz
    and a.old_data ->> 'due_on' is not null
    and a.new_data ->> 'due_on' is not null
    and (a.old_data ->> 'due_on') <> (a.new_data ->> 'due_on')
    -- API callers get the moves of projects they can read; trusted sessions (service_role,
    -- postgres) all of them, as they read all projects.
    and (
      coalesce(nullif(current_setting('role', true), 'none'), session_user) not in ('anon', 'authenticated')
      or a.project_id in (select private.readable_project_ids())
    )
$$;
comment on function private.deadline_moves(date, date) is
  'Every change of a task''s deadline from one date to another recorded in the audit trail from '
  'p_from to p_to (inclusive), with the days moved (later = positive); for API callers (anon, '
  'authenticated) only of the projects they can read. Security definer because the audit trail is readable by directors only.';
revoke all on function private.deadline_moves(date, date) from public;
grant execute on function private.deadline_moves(date, date) to anon, authenticated, service_role;

-- project_progress -------------------------------------------------------------------------------

create view public.project_progress
with (security_invoker = true)
as
select
  p.id,
  p.growth_area_id,
  p.ends_on,
  coalesce(t.tasks, 0) as counted_task_count,
  coalesce(t.done_tasks, 0) as done_task_count,
  t.computed_progress,
  p.progress_manual is not null as progress_is_manual,
  p.progress_note,
  coalesce(p.progress_manual::numeric, t.computed_progress) as progress,
  coalesce(d.moves, 0) as moves,
  coalesce(d.later_moves, 0) as later_moves,
  coalesce(d.earlier_moves, 0) as earlier_moves,
  coalesce(d.total_days_moved, 0) as total_days_moved,
  d.median_days_moved,
  f.shift_days,
  t.last_open_due_on,
  f.forecast_end_on,
  f.planned_end_on,
  f.forecast_end_on - f.planned_end_on as days_after_planned_end,
  jsonb_build_object(
    'kind', f.kind,
    'moves', coalesce(d.moves, 0),
    'later_moves', coalesce(d.later_moves, 0),
    'earlier_moves', coalesce(d.earlier_moves, 0),
    'total_days_moved', coalesce(d.total_days_moved, 0),
    'median_days_moved', d.median_days_moved,
    'tasks', coalesce(t.dated_tasks, 0),
    'shift_days', f.shift_days,
    'last_due_on', t.last_open_due_on,
    'forecast_end_on', f.forecast_end_on,
    'planned_end_on', f.planned_end_on,
    'days_after_planned_end', f.forecast_end_on - f.planned_end_on,
    'since', w.since
  ) as drift_basis
from public.projects p
cross join (select (private.today() - interval '12 months')::date as since, private.today() as today) w
left join (
  select
    x.project_id,
    count(*)::integer as tasks,
    (count(*) filter (where x.state = 'done'))::integer as done_tasks,
    (count(*) filter (where x.due_on is not null))::integer as dated_tasks,
    round(100.0 * coalesce(sum(case when x.is_milestone then 2 else 1 end) filter (where x.state = 'done'), 0)
      / sum(case when x.is_milestone then 2 else 1 end), 1) as computed_progress,
    max(x.due_on) filter (where x.state in ('not_started', 'in_progress')) as last_open_due_on
  from public.tasks x
  where x.state <> 'cancelled'
  group by x.project_id
) t on t.project_id = p.id
left join (
  select
    m.project_id,
    count(*)::integer as moves,
    (count(*) filter (where m.days > 0))::integer as later_moves,
    (count(*) filter (where m.days < 0))::integer as earlier_moves,
    sum(m.days)::integer as total_days_moved,
    (percentile_cont(0.5) within group (order by m.days))::numeric as median_days_moved
  from private.deadline_moves((private.today() - interval '12 months')::date, private.today()) m
  join public.tasks x on x.id = m.task_id and x.state <> 'cancelled'
  group by m.project_id
) d on d.project_id = p.id
cross join lateral (
  select
    s.kind,
    s.shift_days,
    t.last_open_due_on + s.shift_days as forecast_end_on,
    coalesce(p.ends_on, t.last_open_due_on) as planned_end_on
  from (
    select
      case
        when t.last_open_due_on is null then 'no_open_tasks'
        when coalesce(d.moves, 0) = 0 then 'no_moves'
        when d.median_days_moved <= 0 then 'no_delay'
        else 'drift'
      end as kind,
      case
        when t.last_open_due_on is null then null
        when coalesce(d.moves, 0) = 0 or d.median_days_moved <= 0 or coalesce(t.dated_tasks, 0) = 0 then 0
        else round(d.median_days_moved * d.moves / t.dated_tasks)::integer
      end as shift_days
  ) s
) f;
comment on view public.project_progress is
  'Per project: progress (manual or computed from tasks, milestones double) and deadline drift over '
  'the last 12 months with a forecast end date and its basis as data (drift_basis). The rules are '
  'in the header of migration 20260403000200. Rows follow the projects'' visibility.';
revoke all on public.project_progress from anon, authenticated;
grant select on public.project_progress to anon, authenticated, service_role;

-- growth_area_progress ------------------------------------------------------------------------------

create view public.growth_area_progress
with (security_invoker = true)
as
select
  a.id,
  a.programme_id,
  coalesce(pp.projects, 0) as project_count,
  coalesce(pp.projects_with_progress, 0) as projects_with_progress,
  pp.progress,
  coalesce(d.moves, 0) as moves,
  coalesce(d.later_moves, 0) as later_moves,
  coalesce(d.earlier_moves, 0) as earlier_moves,
  coalesce(d.total_days_moved, 0) as total_days_moved,
  d.median_days_moved,
  pp.forecast_end_on,
  pp.planned_end_on,
  pp.forecast_end_on - pp.planned_end_on as days_after_planned_end,
  jsonb_build_object(
    'kind', case
      when pp.forecast_end_on is null then 'no_open_tasks'
      when coalesce(d.moves, 0) = 0 then 'no_moves'
      when d.median_days_moved <= 0 then 'no_delay'
      else 'drift'
    end,
    'moves', coalesce(d.moves, 0),
    'later_moves', coalesce(d.later_moves, 0),
    'earlier_moves', coalesce(d.earlier_moves, 0),
    'total_days_moved', coalesce(d.total_days_moved, 0),
    'median_days_moved', d.median_days_moved,
    'forecast_end_on', pp.forecast_end_on,
    'planned_end_on', pp.planned_end_on,
    'days_after_planned_end', pp.forecast_end_on - pp.planned_end_on,
    'since', (private.today() - interval '12 months')::date
  ) as drift_basis
from public.growth_areas a
left join (
  select
    p.growth_area_id,
    count(*)::integer as projects,
    count(p.progress)::integer as projects_with_progress,
    round(avg(p.progress), 1) as progress,
    -- the area ends when its last project is forecast to end
    max(p.forecast_end_on) as forecast_end_on,
    max(p.planned_end_on) filter (where p.forecast_end_on is not null) as planned_end_on
  from public.project_progress p
  where p.growth_area_id is not null
  group by p.growth_area_id
) pp on pp.growth_area_id = a.id
left join (
  select
    p.growth_area_id,
    count(*)::integer as moves,
    (count(*) filter (where m.days > 0))::integer as later_moves,
    (count(*) filter (where m.days < 0))::integer as earlier_moves,
    sum(m.days)::integer as total_days_moved,
    (percentile_cont(0.5) within group (order by m.days))::numeric as median_days_moved
  from private.deadline_moves((private.today() - interval '12 months')::date, private.today()) m
  join public.tasks x on x.id = m.task_id and x.state <> 'cancelled'
  join public.projects p on p.id = m.project_id
  where p.growth_area_id is not null
  group by p.growth_area_id
) d on d.growth_area_id = a.id;
comment on view public.growth_area_progress is
  'Per growth area: progress = the mean of its projects'' progress (projects without one left out); '
  'deadline drift over the last 12 months across its projects (median of all their moves); the '
  'forecast end = the latest forecast end of its projects. Basis as data in drift_basis.';
revoke all on public.growth_area_progress from anon, authenticated;
grant select on public.growth_area_progress to anon, authenticated, service_role;
