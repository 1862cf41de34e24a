-- public.funding_awaiting_decision, as the migrations leave it: defined in 20260201000100_dashboard_views.sql, last in
-- 20260428000200_funding_follow_up_translations.sql. To change it, write a new migration that restates it
-- and update this file to match; supabase/tests/schemas.test.ts checks they agree.

create or replace view public.funding_awaiting_decision
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
  cfg.today - f.applied_on as days_waiting,
  p.name_sv as project_name_sv,
  p.name_en as project_name_en,
  f.note_sv,
  f.note_en,
  case when fu.name is null then fp.name_sv else fu.name_sv end as follow_up_name_sv,
  case when fu.name is null then fp.name_en else fu.name_en end as follow_up_name_en
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
  'rows'' row-level security. follow_up_name_sv/_en: the follow-up''s name (or its project''s) in '
  'Swedish and English, NULL = not translated.';
