-- public.indicator_status, as the migrations leave it: last restated in
-- 20260422000000_indicator_status_set_based.sql. To change it, write a new migration that restates it
-- and update this file to match; supabase/tests/schemas.test.ts checks they agree.

create or replace view public.indicator_status
with (security_invoker = true)
as
with visible as materialized (
  select i.* from public.indicators i
)
select
  i.id,
  i.name,
  i.unit,
  i.decimals,
  i.direction,
  i.cadence,
  i.published,
  i.programme_id,
  i.growth_area_id,
  i.project_id,
  coalesce(i.growth_area_id, p.growth_area_id) as scope_growth_area_id,
  coalesce(
    (select array_agg(l.project_id order by l.project_id) from public.indicator_projects l where l.indicator_id = i.id),
    '{}'::uuid[]
  ) as contributing_project_ids,
  i.sort_order,
  s.status,
  s.reason,
  s.latest_value,
  s.latest_on,
  s.expected_value,
  s.goal_value,
  s.goal_on,
  s.recent_values,
  coalesce(leads.person_ids, '{}'::uuid[]) as lead_person_ids,
  i.name_sv,
  i.name_en
from visible i
join private.indicator_status_rows(private.today(), array(select v.id from visible v)) s on s.indicator_id = i.id
left join public.projects p on p.id = i.project_id
-- the leads of the owning and contributing projects, for every indicator in one pass (only read
-- when the column is asked for)
left join (
  select x.indicator_id, array_agg(distinct c.person_id order by c.person_id) as person_ids
  from (
    select v.id as indicator_id, v.project_id from visible v where v.project_id is not null
    union
    select l.indicator_id, l.project_id from public.indicator_projects l
  ) x
  join public.project_contacts c on c.project_id = x.project_id and c.is_primary
  group by x.indicator_id
) leads on leads.indicator_id = i.id;

comment on view public.indicator_status is
  'Every readable indicator with its status today (private.today()) and reason, for lists and the '
  'dashboard. recent_values = the last 12 values, oldest first, for a small trend line. '
  'contributing_project_ids lists only projects the caller can read; lead_person_ids the primary '
  'contacts (leads) of the owning and contributing projects the caller can read.';
