-- The director's dashboard reads three security-invoker views, so a whole dashboard is three
-- requests whatever the portfolio's size, and row-level security decides what it counts (the
-- public sees published projects only):
--   project_overview            per project: stage, schedule state and reasons, freshness,
--                               stale, ending this year, growth area, lead (previous migration);
--   dashboard_deadlines         open tasks that are overdue or due within upcoming_days;
--   funding_awaiting_decision   funding applications with no decision yet.
-- Growth area and lead filters are ordinary query parameters on each view
-- (growth_area_id=eq.…, lead_person_id=eq.…). "Lead" is the project's main contact
-- (Pääyhteyshenkilö), the person its public page names.

create view public.dashboard_deadlines
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
  cfg.today - t.due_on as days_late
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
comment on column public.dashboard_deadlines.is_overdue is 'Past its deadline: due_on before today.';
comment on column public.dashboard_deadlines.days_late is
  'today − due_on in days: positive = days late, 0 = due today, negative = days left.';
comment on column public.dashboard_deadlines.lead_person_id is 'The project''s main contact (Pääyhteyshenkilö).';

revoke all on public.dashboard_deadlines from anon, authenticated;
grant select on public.dashboard_deadlines to anon, authenticated, service_role;

create view public.funding_awaiting_decision
with (security_invoker = true)
as
select
  f.id,
  f.project_id,
  p.slug as project_slug,
  p.name as project_name,
  p.growth_area_id,
  p.published as project_published,
  lead.person_id as lead_person_id,
  lead.full_name as lead_name,
  f.instrument,
  f.amount,
  f.applied_on,
  f.follow_up_id,
  coalesce(fu.name, fp.name) as follow_up_name,
  f.note,
  cfg.today - f.applied_on as days_waiting
from public.project_funding f
cross join private.dashboard_config() cfg
join public.projects p on p.id = f.project_id
left join public.project_follow_ups fu on fu.id = f.follow_up_id
left join public.projects fp on fp.id = fu.follow_up_project_id
left join lateral (
  select c.person_id, pe.full_name
  from public.project_contacts c
  join public.people pe on pe.id = c.person_id
  where c.project_id = p.id and c.is_primary
) lead on true
where f.state = 'applied';

comment on view public.funding_awaiting_decision is
  'Funding applications of projects (or their follow-ups) still waiting for a decision '
  '(state = applied: hakemusvaiheessa, ei päätöstä rahoituksesta). Rows follow the funding '
  'rows'' row-level security.';
comment on column public.funding_awaiting_decision.follow_up_name is
  'The follow-up (jatkohanke) the application is for, if any: its name or its project''s name.';
comment on column public.funding_awaiting_decision.days_waiting is
  'Days since applied_on (NULL when the application date is unknown).';

revoke all on public.funding_awaiting_decision from anon, authenticated;
grant select on public.funding_awaiting_decision to anon, authenticated, service_role;
