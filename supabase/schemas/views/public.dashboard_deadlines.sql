-- public.dashboard_deadlines, as the migrations leave it: defined in 20260201000100_dashboard_views.sql, last in
-- 20260423000000_translated_exports.sql. To change it, write a new migration that restates it
-- and update this file to match; supabase/tests/schemas.test.ts checks they agree.

create or replace view public.dashboard_deadlines
with (security_invoker = true)
as
select
  t.id,
  t.project_id,
  p.slug as project_slug,
  p.name as project_name,
  p.growth_area_id,
  p.published as project_published,
  lead.person_id as lead_person_id,
  lead.full_name as lead_name,
  t.title,
  t.due_on,
  t.state,
  t.is_milestone,
  t.assignee_person_id,
  assignee.full_name as assignee_name,
  t.due_on < cfg.today as is_overdue,
  cfg.today - t.due_on as days_late,
  p.name_sv as project_name_sv,
  p.name_en as project_name_en,
  t.title_sv,
  t.title_en
from public.tasks t
cross join private.dashboard_config() cfg
join public.projects p on p.id = t.project_id
left join public.people assignee on assignee.id = t.assignee_person_id
left join lateral (
  select c.person_id, pe.full_name
  from public.project_contacts c
  join public.people pe on pe.id = c.person_id
  where c.project_id = p.id and c.is_primary
) lead on true
where t.state in ('not_started', 'in_progress')
  and t.due_on < cfg.today + coalesce(cfg.upcoming_days, 0) + 1
  -- A completed project's leftover tasks are not the director's problem (nor late: see
  -- project_overview); the project page still lists them.
  and p.stage <> 'completed';

comment on view public.dashboard_deadlines is
  'Open tasks (not started or in progress) of unfinished projects that are overdue or due within '
  'dashboard_settings.upcoming_days from today (private.today()). Order by due_on: overdue ones, '
  'oldest first, come first. Rows follow the tasks'' row-level security.';
