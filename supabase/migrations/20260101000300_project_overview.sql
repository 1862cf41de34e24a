-- project_overview: one row per project the caller may read, with task figures and the
-- computed schedule status, for portfolio cards, the timeline and the dashboard.
-- security_invoker: the caller's own grants and row-level security apply.

create view public.project_overview
with (security_invoker = true)
as
select
  p.id,
  p.programme_id,
  p.growth_area_id,
  p.slug,
  p.name,
  p.stage,
  p.schedule_status,
  p.schedule_note,
  p.starts_on,
  p.ends_on,
  p.published,
  p.updated_at,
  p.version,
  coalesce(t.task_count, 0) as task_count,
  coalesce(t.open_task_count, 0) as open_task_count,
  coalesce(t.in_progress_task_count, 0) as in_progress_task_count,
  coalesce(t.done_task_count, 0) as done_task_count,
  coalesce(t.overdue_task_count, 0) as overdue_task_count,
  t.next_due_on,
  t.oldest_overdue_on,
  greatest(p.updated_at, t.last_task_update_at) as last_activity_at,
  case
    when p.stage = 'completed' then 'on_schedule'
    when coalesce(t.overdue_task_count, 0) > 0 then 'late'
    when p.ends_on < current_date then 'late'
    else 'on_schedule'
  end::public.schedule_status as computed_schedule_status,
  coalesce(
    p.schedule_status,
    case
      when p.stage = 'completed' then 'on_schedule'
      when coalesce(t.overdue_task_count, 0) > 0 then 'late'
      when p.ends_on < current_date then 'late'
      else 'on_schedule'
    end::public.schedule_status
  ) as effective_schedule_status,
  p.schedule_status is not null as schedule_status_is_manual
from public.projects p
left join lateral (
  select
    count(*)::integer as task_count,
    (count(*) filter (where x.state in ('not_started', 'in_progress')))::integer as open_task_count,
    (count(*) filter (where x.state = 'in_progress'))::integer as in_progress_task_count,
    (count(*) filter (where x.state = 'done'))::integer as done_task_count,
    (count(*) filter (
      where x.state in ('not_started', 'in_progress') and x.due_on < current_date
    ))::integer as overdue_task_count,
    min(x.due_on) filter (
      where x.state in ('not_started', 'in_progress') and x.due_on >= current_date
    ) as next_due_on,
    min(x.due_on) filter (
      where x.state in ('not_started', 'in_progress') and x.due_on < current_date
    ) as oldest_overdue_on,
    max(x.updated_at) as last_task_update_at
  from public.tasks x
  where x.project_id = p.id
) t on true;

comment on view public.project_overview is
  'Per project: task counts, overdue tasks, next deadline, last activity (project or task edit) and '
  'the schedule status. computed_schedule_status is late when an open task is past its deadline or '
  'the end date has passed before completion; a manual projects.schedule_status wins in '
  'effective_schedule_status. Rows and visibility follow the caller''s row-level security.';
comment on column public.project_overview.next_due_on is 'Earliest deadline of an open task that is not yet overdue.';
comment on column public.project_overview.oldest_overdue_on is 'Earliest deadline of an overdue open task.';
comment on column public.project_overview.last_activity_at is 'Latest of the project''s and its tasks'' updated_at.';

revoke all on public.project_overview from anon, authenticated;
grant select on public.project_overview to anon, authenticated, service_role;
