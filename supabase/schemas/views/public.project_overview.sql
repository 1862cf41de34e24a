-- public.project_overview, as the migrations leave it: defined 5 times, last in
-- 20260414000000_translated_content.sql. To change it, write a new migration that restates it
-- and update this file to match; supabase/tests/schemas.test.ts checks they agree.

create or replace view public.project_overview
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
  a.last_activity_at,
  case when s.computed_state = 'late' then 'late' else 'on_schedule' end::public.schedule_status
    as computed_schedule_status,
  coalesce(p.schedule_status, case when s.computed_state = 'late' then 'late' else 'on_schedule' end::public.schedule_status)
    as effective_schedule_status,
  p.schedule_status is not null as schedule_status_is_manual,
  coalesce(p.schedule_status::text, s.computed_state) as schedule_state,
  case
    when p.schedule_status is not null then
      jsonb_build_array(jsonb_build_object('code', 'manual', 'status', p.schedule_status, 'note', p.schedule_note))
    else r.computed_reasons
  end as schedule_reasons,
  s.computed_state as computed_schedule_state,
  r.computed_reasons as computed_schedule_reasons,
  fr.days_since_update,
  fr.freshness,
  coalesce(
    fr.days_since_update >= cfg.stale_after_days
      and p.stage <> 'completed'
      and p.schedule_status is distinct from 'not_pursued',
    false
  ) as is_stale,
  coalesce(extract(year from p.ends_on) = extract(year from cfg.today), false) as ends_this_year,
  ga.name as growth_area_name,
  ga.color as growth_area_color,
  ga.sort_order as growth_area_sort_order,
  lead.person_id as lead_person_id,
  lead.full_name as lead_name,
  coalesce(t.upcoming_task_count, 0) as upcoming_task_count,
  (select n.full_name from private.account_names() n where n.user_id = p.updated_by) as updated_by_name,
  p.name_sv,
  p.name_en,
  ga.name_sv as growth_area_name_sv,
  ga.name_en as growth_area_name_en
from public.projects p
cross join private.dashboard_config() cfg
left join (
  select
    x.project_id,
    xp.slug,
    count(*)::integer as task_count,
    (count(*) filter (where x.state in ('not_started', 'in_progress')))::integer as open_task_count,
    (count(*) filter (where x.state = 'in_progress'))::integer as in_progress_task_count,
    (count(*) filter (where x.state = 'done'))::integer as done_task_count,
    (count(*) filter (where x.state in ('in_progress', 'done')))::integer as started_task_count,
    (count(*) filter (
      where x.state in ('not_started', 'in_progress') and x.due_on < td.today
    ))::integer as overdue_task_count,
    (count(*) filter (
      where x.state in ('not_started', 'in_progress') and x.due_on >= td.today
        and x.due_on < td.today + coalesce(td.upcoming_days, 0) + 1
    ))::integer as upcoming_task_count,
    min(x.due_on) filter (
      where x.state in ('not_started', 'in_progress') and x.due_on >= td.today
    ) as next_due_on,
    min(x.due_on) filter (
      where x.state in ('not_started', 'in_progress') and x.due_on < td.today
    ) as oldest_overdue_on,
    max(x.updated_at) as last_task_update_at
  from public.tasks x
  join public.projects xp on xp.id = x.project_id
  cross join (select (select c.today from private.dashboard_config() c) as today,
                     (select c.upcoming_days from private.dashboard_config() c) as upcoming_days) td
  group by x.project_id, xp.slug
) t on t.project_id = p.id and t.slug = p.slug
cross join lateral (
  select
    p.stage <> 'completed' and coalesce(t.overdue_task_count, 0) > 0 as has_overdue,
    p.stage <> 'completed' and coalesce(p.ends_on < cfg.today, false) as end_passed,
    p.stage = 'not_started'
      and coalesce(t.started_task_count, 0) = 0
      and (p.starts_on is null or p.starts_on > cfg.today) as before_work,
    greatest(p.updated_at, t.last_task_update_at) as last_activity_at
) a
cross join lateral (
  select case
    when p.stage = 'completed' then 'on_schedule'
    when a.has_overdue or a.end_passed then 'late'
    when a.before_work then 'not_started'
    else 'on_schedule'
  end as computed_state
) s
cross join lateral (
  select case
    when p.stage = 'completed' then jsonb_build_array(jsonb_build_object('code', 'completed'))
    when s.computed_state = 'late' then
      case when a.has_overdue then
        jsonb_build_array(jsonb_build_object(
          'code', 'overdue_tasks', 'count', t.overdue_task_count, 'oldest_due_on', t.oldest_overdue_on))
      else '[]'::jsonb end
      || case when a.end_passed then
        jsonb_build_array(jsonb_build_object('code', 'end_date_passed', 'ends_on', p.ends_on))
      else '[]'::jsonb end
    when s.computed_state = 'not_started' then
      jsonb_build_array(jsonb_build_object('code', 'not_started', 'starts_on', p.starts_on))
    else jsonb_build_array(jsonb_build_object('code', 'on_track', 'next_due_on', t.next_due_on))
  end as computed_reasons
) r
cross join lateral (
  select
    d.days as days_since_update,
    case
      when d.days is null or cfg.fresh_max_days is null then null
      when d.days <= cfg.fresh_max_days then 'fresh'
      when d.days <= cfg.aging_max_days then 'aging'
      else 'old'
    end as freshness
  from (select cfg.today - a.last_activity_at::date as days) d
) fr
left join public.growth_areas ga on ga.id = p.growth_area_id
left join lateral (
  select c.person_id, pe.full_name
  from public.project_contacts c
  join public.people pe on pe.id = c.person_id
  where c.project_id = p.id and c.is_primary
) lead on true;

comment on view public.project_overview is
  'Per project: task counts, overdue tasks, next deadline, last activity (project or task edit), '
  'the schedule status with its reasons, freshness, growth area and lead. The one definition of '
  '"late" (see migration 20260201000000_schedule_status): late when an open task is past its '
  'deadline or the end date has passed before completion; not_started before any work; a manual '
  'projects.schedule_status wins. Dates count from private.today(). Rows and visibility follow the '
  'caller''s row-level security.';
