-- my_tasks counts "overdue" from private.today(), as project_overview, dashboard_deadlines and
-- dashboard_summary do, instead of current_date: one date for every schedule rule, which tests
-- (and a review "as of" a day) can freeze with the salkku.today setting. The app's "my tasks"
-- page reads this view (is_open, is_overdue) rather than rebuilding the filter in TypeScript.
-- Same columns in the same order, so the view is replaced in place and keeps its grants.

create or replace view public.my_tasks
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
  t.state in ('not_started', 'in_progress') and t.due_on < private.today() as is_overdue
from public.tasks t
join public.projects p on p.id = t.project_id
left join public.people a on a.id = t.assignee_person_id
where a.user_id = (select auth.uid())
   or t.project_id in (select private.member_project_ids());

comment on column public.my_tasks.is_overdue is
  'Open and past its deadline, counted from private.today() like every other schedule rule.';
