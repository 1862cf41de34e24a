-- review_changes: the audit trail read as the director's "what changed since …" — one row per
-- change that matters for a portfolio review, with who, when, the project and its growth
-- area. Also each project's history (filter project_id=eq.…, order occurred_at.desc).
--
-- Kinds (from audit_log rows of projects and tasks):
--   project_created          a project was inserted
--   project_published        published went from false to true
--   stage_changed            old_value → new_value (project_stage)
--   schedule_status_changed  the manual status: old_value → new_value (NULL = computed), note
--   task_added               a task was inserted; new_value = its deadline
--   task_started             not started → in progress
--   task_completed           state became done; new_value = completion date
--   task_rescheduled         the deadline moved: old_value → new_value
-- One audit row may yield several changes (a stage change with a new status note).
--
-- Who may read it: security_invoker over public.audit_log, whose row-level security lets only
-- directors and admins read it. Other signed-in users get no rows; anonymous callers have no
-- grant and get 42501. The "previous review" date lives in user_settings.last_reviewed_at.

-- Who made a change: the person linked to the account, else the account's display name
-- (directors, for instance, need not be in the people directory). Security definer to read
-- auth.users; answers only directors and admins, the only ones who can read the trail.
create function private.actor_name(p_user_id uuid)
returns text
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(
    (select pe.full_name from public.people pe where pe.user_id = p_user_id),
    (select nullif(btrim(u.raw_user_meta_data ->> 'full_name'), '') from auth.users u where u.id = p_user_id)
  )
  where p_user_id is not null and private.is_director()
$$;
comment on function private.actor_name(uuid) is
  'Display name of an account for the audit trail: its person''s full name, else the account''s '
  'full_name metadata. NULL for callers who are not directors or admins.';
revoke all on function private.actor_name(uuid) from public;
grant execute on function private.actor_name(uuid) to authenticated, service_role;

create view public.review_changes
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
-- The project as the audit row saw it, for projects deleted since.
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
) k
where a.table_name in ('projects', 'tasks');

comment on view public.review_changes is
  'Review mode: the changes that matter since a date (filter occurred_at=gte.…), per growth area '
  'and project, with who and when. Reads public.audit_log as the caller: directors and admins see '
  'every change, other signed-in users nothing, anonymous callers get 42501.';
comment on column public.review_changes.audit_id is 'The audit_log row; (audit_id, kind) is unique.';
comment on column public.review_changes.kind is
  'project_created, project_published, stage_changed, schedule_status_changed, task_added, '
  'task_started, task_completed or task_rescheduled.';
comment on column public.review_changes.actor_name is
  'Who made the change (private.actor_name); NULL for maintenance (seed, migrations).';
comment on column public.review_changes.old_value is
  'stage/status/state/deadline before the change, as text (NULL when not applicable).';
comment on column public.review_changes.new_value is
  'stage/status/deadline after the change; the completion date for task_completed; the deadline for task_added.';
comment on column public.review_changes.note is 'schedule_status_changed: the schedule note given with the new status.';

revoke all on public.review_changes from anon, authenticated;
grant select on public.review_changes to authenticated, service_role;
