-- Faster anonymous dashboard, and project pages by slug that read one project's tasks.
--
-- 1. Anonymous reads of project content (tasks, contacts, partners, follow-ups, funding): the
--    policies asked `project_id in (select private.public_project_ids())`, which calls the set
--    function in the select list: Postgres evaluates it value-per-call (a ProjectSet node
--    handing back the published projects one row at a time) every time a statement references
--    one of those tables, and the public dashboard references them nine times. The same
--    function read in FROM (`select pp.id from private.public_project_ids() as pp(id)`) is
--    evaluated once per reference into a hashed set (a Function Scan, materialised in one
--    call): the same rows, a fraction of the cost (about 1 ms instead of 5-7 ms for 912
--    projects on a loaded machine). The rule is unchanged, word for word: published projects
--    of published programmes, as private.public_project_ids() defines them.
--
-- 2. project_overview aggregated every readable task (GROUP BY project_id) whatever the caller
--    filtered on, so `project_overview?slug=eq.x` grouped the whole portfolio's tasks to keep one
--    row. The aggregate now carries each task's project slug as a second grouping column and
--    joins on it (t.project_id = p.id and t.slug = p.slug): a filter on slug or on id then
--    reaches inside the aggregate through the join's equalities (Postgres pushes a condition
--    on a grouping column down into the grouped subquery), so a lookup by slug reads that
--    project's tasks by tasks_project_id_idx. Reading the whole list (the dashboard) still
--    aggregates all tasks in one pass. The slug comes from the projects table under the
--    caller's row-level security, which is the same rule the tasks policies use, so exactly
--    the same tasks are counted. Every column, its name, type and meaning are unchanged
--    (restated in full from 20260302000000_dashboard_perf.sql).
--
-- Measured side by side on one PGlite (bench/dashboard-sql.ts) at 1,000 projects / 10,000
-- tasks.

-- Anonymous policies: the published-project set read once per reference ------------------------

alter policy "Anyone can read tasks of published projects" on public.tasks
  using (project_id in (select pp.id from private.public_project_ids() as pp(id)));
alter policy "Anyone can read contacts of published projects" on public.project_contacts
  using (project_id in (select pp.id from private.public_project_ids() as pp(id)));
alter policy "Anyone can read partners of published projects" on public.project_partners
  using (project_id in (select pp.id from private.public_project_ids() as pp(id)));
alter policy "Anyone can read follow-ups of published projects" on public.project_follow_ups
  using (project_id in (select pp.id from private.public_project_ids() as pp(id)));
alter policy "Anyone can read funding of published projects" on public.project_funding
  using (project_id in (select pp.id from private.public_project_ids() as pp(id)));

-- project_overview ------------------------------------------------------------------------------

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
  (select n.full_name from private.account_names() n where n.user_id = p.updated_by) as updated_by_name
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

comment on column public.project_overview.upcoming_task_count is
  'Open tasks due from today to today + dashboard_settings.upcoming_days (inclusive): the ones '
  'dashboard_deadlines lists as upcoming.';
comment on column public.project_overview.updated_by_name is
  'Full name of the person linked (people.user_id) to projects.updated_by, the account that last '
  'edited the project row; NULL when the account has no person or nobody is recorded. Visible to '
  'whoever can read the project, anonymous visitors included.';
