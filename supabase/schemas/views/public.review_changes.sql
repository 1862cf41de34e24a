-- public.review_changes, as the migrations leave it: defined in
-- 20260201000200_review_changes.sql, restated last in 20260402000300_status_update_views.sql
-- (status updates). To change it, write a new migration that restates it and update this file
-- to match; supabase/tests/schemas.test.ts checks they agree.

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

comment on view public.review_changes is
  'Review mode: the changes that matter since a date (filter occurred_at=gte.…), per growth area '
  'and project, with who and when. Reads public.audit_log as the caller: directors and admins see '
  'every change, other signed-in users nothing, anonymous callers get 42501.';
comment on column public.review_changes.kind is
  'project_created, project_published, stage_changed, schedule_status_changed, task_added, '
  'task_started, task_completed, task_rescheduled or status_update_posted.';
comment on column public.review_changes.note is
  'schedule_status_changed: the schedule note given with the new status; status_update_posted: what happened.';
comment on column public.review_changes.new_value is
  'stage/status/deadline after the change; the completion date for task_completed; the deadline '
  'for task_added; the proposed schedule status for status_update_posted.';
