-- my_tasks: the signed-in user's tasks — every task of the projects they lead or edit, and
-- every task assigned to them (people.user_id = auth.uid()) — for the "my tasks" page and its
-- .ics export. security_invoker: tasks' row-level security applies as usual; this view only
-- narrows and labels. Filter by is_open / order by due_on in the request.

create view public.my_tasks
with (security_invoker = true)
as
select
  t.id,
  t.project_id,
  p.slug as project_slug,
  p.name as project_name,
  t.title,
  t.details,
  t.due_on,
  t.state,
  t.completed_on,
  t.is_milestone,
  t.assignee_person_id,
  t.sort_order,
  t.updated_at,
  t.version,
  coalesce(a.user_id = (select auth.uid()), false) as assigned_to_me,
  t.project_id in (select private.member_project_ids()) as in_my_project,
  t.state in ('not_started', 'in_progress') as is_open,
  t.state in ('not_started', 'in_progress') and t.due_on < current_date as is_overdue
from public.tasks t
join public.projects p on p.id = t.project_id
left join public.people a on a.id = t.assignee_person_id
where a.user_id = (select auth.uid())
   or t.project_id in (select private.member_project_ids());

comment on view public.my_tasks is
  'Tasks of the projects the signed-in user leads or edits, and tasks assigned to them. Update '
  'tasks through public.tasks (with version=eq.N), not through this view.';
comment on column public.my_tasks.assigned_to_me is 'The task''s assignee is the person linked to this account.';
comment on column public.my_tasks.in_my_project is 'The task belongs to a project this user leads or edits.';
comment on column public.my_tasks.is_overdue is 'Open and past its deadline (relative to current_date).';

revoke all on public.my_tasks from anon, authenticated;
grant select on public.my_tasks to authenticated, service_role;
