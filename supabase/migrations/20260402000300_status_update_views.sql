-- Status updates in the dashboard and in review mode (issue #11, section 4).
--
-- status_update_due: per active project (not completed, not "not pursued") the last status
-- update, the cadence of its programme and when the next one is due — the rule of
-- status_update_due notifications (private.status_update_periods), counted from
-- private.today() so pgTAP can freeze the date. The dashboard lists the rows with is_due.
--
-- review_changes gains the kind status_update_posted (new_value = the proposed schedule
-- status, note = what happened). The view is restated whole (create or replace keeps the
-- columns); only the last union branch and the table list in the where clause are new.

create view public.status_update_due
with (security_invoker = true)
as
select
  p.id as project_id,
  p.slug as project_slug,
  p.name as project_name,
  p.growth_area_id,
  s.status_update_cadence as cadence,
  lu.last_update_at,
  b.since_on,
  (b.since_on + case s.status_update_cadence when 'weekly' then interval '7 days'
     when 'quarterly' then interval '3 months' else interval '1 month' end)::date as next_due_on,
  private.status_update_periods(b.since_on, private.today(), s.status_update_cadence) >= 1 as is_due
from public.projects p
join public.reminder_settings s on s.programme_id = p.programme_id
left join (
  select u.project_id, max(u.created_at) as last_update_at from public.status_updates u group by u.project_id
) lu on lu.project_id = p.id
cross join lateral (
  select coalesce(lu.last_update_at, p.created_at)::date as since_on
) b
where p.stage <> 'completed' and p.schedule_status is distinct from 'not_pursued';

comment on view public.status_update_due is
  'Per active project: the last status update (NULL if none), its programme''s cadence, the date '
  'the next update is due (counted from the last update, else from the project''s creation) and '
  'is_due — the dashboard lists projects with is_due. Rows follow the caller''s RLS on projects, '
  'reminder_settings and status_updates (signed-in users; anonymous callers have no grant).';
revoke all on public.status_update_due from anon, authenticated;
grant select on public.status_update_due to authenticated, service_role;

create or replace view public.review_changes
with (security_invoker = true)
as
select
  a.id as audit_id,
  k.kind,
  a.occurred_at,
  a.actor_id,
  private.actor_name(a.actor_id) as actor_name,
  a.project_id,
  coalesce(p.slug, pd.data ->> 'slug') as project_slug,
  coalesce(p.name, pd.data ->> 'name') as project_name,
  coalesce(p.growth_area_id, (pd.data ->> 'growth_area_id')::uuid) as growth_area_id,
  ga.name as growth_area_name,
  case when a.table_name = 'tasks' then a.row_id end as task_id,
  case when a.table_name = 'tasks' then coalesce(a.new_data, a.old_data) ->> 'title' end as task_title,
  k.old_value,
  k.new_value,
  k.note
from public.audit_log a
left join public.projects p on p.id = a.project_id
cross join lateral (
  select case when a.table_name = 'projects' then coalesce(a.new_data, a.old_data) end as data
) pd
left join public.growth_areas ga on ga.id = coalesce(p.growth_area_id, (pd.data ->> 'growth_area_id')::uuid)
cross join lateral (
  select 'project_created' as kind, null::text as old_value, null::text as new_value, null::text as note
  where a.table_name = 'projects' and a.operation = 'INSERT'
  union all
  select 'project_published', 'false', 'true', null
  where a.table_name = 'projects' and a.operation = 'UPDATE'
    and 'published' = any (a.changed_columns) and (a.new_data ->> 'published')::boolean
  union all
  select 'stage_changed', a.old_data ->> 'stage', a.new_data ->> 'stage', null
  where a.table_name = 'projects' and a.operation = 'UPDATE' and 'stage' = any (a.changed_columns)
  union all
  select 'schedule_status_changed', a.old_data ->> 'schedule_status', a.new_data ->> 'schedule_status',
    a.new_data ->> 'schedule_note'
  where a.table_name = 'projects' and a.operation = 'UPDATE' and 'schedule_status' = any (a.changed_columns)
  union all
  select 'task_added', null, a.new_data ->> 'due_on', null
  where a.table_name = 'tasks' and a.operation = 'INSERT'
  union all
  select 'task_started', a.old_data ->> 'state', a.new_data ->> 'state', null
  where a.table_name = 'tasks' and a.operation = 'UPDATE' and 'state' = any (a.changed_columns)
    and a.new_data ->> 'state' = 'in_progress' and a.old_data ->> 'state' = 'not_started'
  union all
  select 'task_completed', a.old_data ->> 'state', a.new_data ->> 'completed_on', null
  where a.table_name = 'tasks' and a.operation = 'UPDATE' and 'state' = any (a.changed_columns)
    and a.new_data ->> 'state' = 'done'
  union all
  select 'task_rescheduled', a.old_data ->> 'due_on', a.new_data ->> 'due_on', null
  where a.table_name = 'tasks' and a.operation = 'UPDATE' and 'due_on' = any (a.changed_columns)
  union all
  select 'status_update_posted', null, a.new_data ->> 'proposed_schedule_status', a.new_data ->> 'happened'
  where a.table_name = 'status_updates' and a.operation = 'INSERT'
) k
where a.table_name in ('projects', 'tasks', 'status_updates');

comment on column public.review_changes.kind is
  'project_created, project_published, stage_changed, schedule_status_changed, task_added, '
  'task_started, task_completed, task_rescheduled or status_update_posted.';
comment on column public.review_changes.note is
  'schedule_status_changed: the schedule note given with the new status; status_update_posted: what happened.';
comment on column public.review_changes.new_value is
  'stage/status/deadline after the change; the completion date for task_completed; the deadline '
  'for task_added; the proposed schedule status for status_update_posted.';
