-- public.dashboard_summary, as the migrations leave it: defined 4 times, last in
-- 20260423000000_translated_exports.sql. To change it, write a new migration that restates it
-- and update this file to match; supabase/tests/schemas.test.ts checks they agree.

create or replace function public.dashboard_summary(
  p_growth_area_id uuid default null,
  p_lead_person_id uuid default null,
  p_other_projects boolean default false,
  p_list_limit integer default 50
)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  -- Anonymous visitors read published projects of published programmes only: the same summary,
  -- computed over that set (built once) by private.public_dashboard_summary().
  if current_user = 'anon' then
    return private.public_dashboard_summary(p_growth_area_id, p_lead_person_id, p_other_projects, p_list_limit);
  end if;
  return (with cfg as (
    select * from private.dashboard_config()
  ),
  -- One pass over project_overview, and so over the tasks.
  all_projects as materialized (
    select
      o.id, o.slug, o.name, o.growth_area_id, o.growth_area_name, o.growth_area_color,
      o.growth_area_sort_order, o.lead_person_id, o.lead_name, o.stage, o.schedule_state,
      o.schedule_status_is_manual, o.schedule_reasons, o.starts_on, o.ends_on, o.published,
      o.last_activity_at, o.days_since_update, o.freshness, o.is_stale, o.ends_this_year,
      o.overdue_task_count, o.upcoming_task_count, o.oldest_overdue_on, o.name_sv, o.name_en
    from public.project_overview o
  ),
  projects as materialized (
    select * from all_projects p
    where (p_growth_area_id is null or p.growth_area_id = p_growth_area_id)
      and (not coalesce(p_other_projects, false) or p.growth_area_id is null)
      and (p_lead_person_id is null or p.lead_person_id = p_lead_person_id)
  ),
  funding as materialized (
    select f.id, f.project_id, f.project_slug, f.project_name, f.growth_area_id, f.lead_person_id,
      f.lead_name, f.instrument, f.amount, f.applied_on, f.follow_up_name, f.days_waiting,
      f.project_name_sv, f.project_name_en
    from public.funding_awaiting_decision f
    where (p_growth_area_id is null or f.growth_area_id = p_growth_area_id)
      and (not coalesce(p_other_projects, false) or f.growth_area_id is null)
      and (p_lead_person_id is null or f.lead_person_id = p_lead_person_id)
  ),
  lim as (
    select greatest(0, least(coalesce(p_list_limit, 50), 1000)) as n
  ),
  areas as (
    select
      p.growth_area_id,
      max(p.growth_area_name) as name,
      max(p.growth_area_color) as color,
      max(p.growth_area_sort_order) as sort_order,
      count(*)::integer as total,
      jsonb_build_object(
        'not_started', count(*) filter (where p.stage = 'not_started'),
        'planning', count(*) filter (where p.stage = 'planning'),
        'implementation', count(*) filter (where p.stage = 'implementation'),
        'completed', count(*) filter (where p.stage = 'completed')) as stages,
      jsonb_build_object(
        'on_schedule', count(*) filter (where p.schedule_state = 'on_schedule'),
        'late', count(*) filter (where p.schedule_state = 'late'),
        'not_pursued', count(*) filter (where p.schedule_state = 'not_pursued'),
        'not_started', count(*) filter (where p.schedule_state = 'not_started')) as states
    from projects p
    group by p.growth_area_id
  ),
  totals as (
    select
      count(*)::integer as projects,
      jsonb_build_object(
        'not_started', count(*) filter (where p.stage = 'not_started'),
        'planning', count(*) filter (where p.stage = 'planning'),
        'implementation', count(*) filter (where p.stage = 'implementation'),
        'completed', count(*) filter (where p.stage = 'completed')) as stages,
      jsonb_build_object(
        'on_schedule', count(*) filter (where p.schedule_state = 'on_schedule'),
        'late', count(*) filter (where p.schedule_state = 'late'),
        'not_pursued', count(*) filter (where p.schedule_state = 'not_pursued'),
        'not_started', count(*) filter (where p.schedule_state = 'not_started')) as states,
      (count(*) filter (where p.is_stale))::integer as stale,
      (count(*) filter (where p.ends_this_year))::integer as ending,
      -- dashboard_deadlines' rows, counted: open tasks of unfinished projects.
      coalesce(sum(p.overdue_task_count) filter (where p.stage <> 'completed'), 0) as overdue_tasks,
      coalesce(sum(p.upcoming_task_count) filter (where p.stage <> 'completed'), 0) as upcoming_tasks
    from projects p
  ),
  overdue as (
    select d.id, d.project_id, d.project_slug, d.project_name, d.growth_area_id, d.lead_person_id,
      d.lead_name, d.title, d.due_on, d.state, d.is_milestone, d.assignee_name, d.is_overdue, d.days_late,
      d.project_name_sv, d.project_name_en, d.title_sv, d.title_en
    from public.dashboard_deadlines d
    where d.is_overdue
      and d.due_on < (select today from cfg) -- the same condition, as an index bound
      and (p_growth_area_id is null or d.growth_area_id = p_growth_area_id)
      and (not coalesce(p_other_projects, false) or d.growth_area_id is null)
      and (p_lead_person_id is null or d.lead_person_id = p_lead_person_id)
    order by d.due_on, d.title
    -- lim's expression, inline so the planner sees the value and reads the index in order
    limit greatest(0, least(coalesce(p_list_limit, 50), 1000))
  ),
  upcoming as (
    select d.id, d.project_id, d.project_slug, d.project_name, d.growth_area_id, d.lead_person_id,
      d.lead_name, d.title, d.due_on, d.state, d.is_milestone, d.assignee_name, d.is_overdue, d.days_late,
      d.project_name_sv, d.project_name_en, d.title_sv, d.title_en
    from public.dashboard_deadlines d
    where not d.is_overdue
      -- the view's own conditions, as index bounds: from today to the end of the window
      and d.due_on >= (select today from cfg)
      and d.due_on < (select today + coalesce(upcoming_days, 0) + 1 from cfg)
      and (p_growth_area_id is null or d.growth_area_id = p_growth_area_id)
      and (not coalesce(p_other_projects, false) or d.growth_area_id is null)
      and (p_lead_person_id is null or d.lead_person_id = p_lead_person_id)
    order by d.due_on, d.title
    -- lim's expression, inline so the planner sees the value and reads the index in order
    limit greatest(0, least(coalesce(p_list_limit, 50), 1000))
  ),
  -- The list rows in the shape the summary has always returned (without the task counts).
  listed_projects as (
    select p.id, p.slug, p.name, p.growth_area_id, p.growth_area_name, p.growth_area_color,
      p.growth_area_sort_order, p.lead_person_id, p.lead_name, p.stage, p.schedule_state,
      p.schedule_status_is_manual, p.schedule_reasons, p.starts_on, p.ends_on, p.published,
      p.last_activity_at, p.days_since_update, p.freshness, p.is_stale, p.ends_this_year,
      p.name_sv, p.name_en
    from projects p
  )
  select jsonb_build_object(
    'today', (select today from cfg),
    'settings', (select jsonb_build_object(
        'fresh_max_days', fresh_max_days, 'aging_max_days', aging_max_days,
        'stale_after_days', stale_after_days, 'upcoming_days', upcoming_days) from cfg),
    'headline', jsonb_build_object(
      'projects', (select projects from totals),
      'stages', (select stages from totals),
      'states', (select states from totals),
      'overdue_tasks', (select overdue_tasks from totals),
      'upcoming_tasks', (select upcoming_tasks from totals),
      'stale_projects', (select stale from totals),
      'ending_this_year', (select ending from totals),
      'funding_awaiting', (select count(*) from funding)
    ),
    'areas', coalesce((
      select jsonb_agg(jsonb_build_object(
          'id', a.growth_area_id, 'name', a.name, 'color', a.color, 'sort_order', a.sort_order,
          'total', a.total, 'stages', a.stages, 'states', a.states)
        order by a.growth_area_id is null, a.sort_order, a.name)
      from areas a), '[]'::jsonb),
    -- Cut first, then made JSON (the rows' shape is listed_projects', as for stale and ending).
    'late', coalesce((
      select jsonb_agg(to_jsonb(x) - 'oldest_overdue_on' order by x.oldest_overdue_on nulls last, x.name, x.id)
      from (
        select l.*, p.oldest_overdue_on
        from projects p join listed_projects l on l.id = p.id
        where p.schedule_state = 'late'
        order by p.oldest_overdue_on nulls last, l.name, l.id limit (select n from lim)) x), '[]'::jsonb),
    'overdue', coalesce((
      select jsonb_agg(to_jsonb(x) order by x.due_on, x.title) from overdue x), '[]'::jsonb),
    'upcoming', coalesce((
      select jsonb_agg(to_jsonb(x) order by x.due_on, x.title) from upcoming x), '[]'::jsonb),
    'stale', coalesce((
      select jsonb_agg(to_jsonb(x) order by x.days_since_update desc, x.name, x.id) from (
        select * from listed_projects where is_stale order by days_since_update desc, name, id limit (select n from lim)) x), '[]'::jsonb),
    'ending_this_year', coalesce((
      select jsonb_agg(to_jsonb(x) order by x.ends_on, x.name, x.id) from (
        select * from listed_projects where ends_this_year order by ends_on, name, id limit (select n from lim)) x), '[]'::jsonb),
    'funding', coalesce((
      select jsonb_agg(to_jsonb(x) order by x.applied_on nulls last, x.project_name, x.id) from (
        select * from funding order by applied_on nulls last, project_name, id limit (select n from lim)) x), '[]'::jsonb),
    'filter_options', jsonb_build_object(
      'areas', coalesce((
        select jsonb_agg(jsonb_build_object('id', a.id, 'name', a.name) order by a.sort_order, a.name)
        from (select distinct growth_area_id as id, growth_area_name as name, growth_area_sort_order as sort_order
              from all_projects where growth_area_id is not null) a), '[]'::jsonb),
      'has_other', exists (select 1 from all_projects where growth_area_id is null),
      'leads', coalesce((
        select jsonb_agg(jsonb_build_object('id', l.id, 'name', l.name) order by l.name)
        from (select distinct lead_person_id as id, lead_name as name
              from all_projects where lead_person_id is not null) l), '[]'::jsonb)
    )
  )
  );
end;
$$;

comment on function public.dashboard_summary(uuid, uuid, boolean, integer) is
  'The director''s dashboard in one call (security invoker: row-level security decides what is '
  'counted; anonymous callers get private.public_dashboard_summary(), the same rule computed over '
  'the published set). Returns {today, settings, headline {projects, stages, states, overdue_tasks, '
  'upcoming_tasks, stale_projects, ending_this_year, funding_awaiting}, areas [{id, name, color, '
  'sort_order, total, stages, states}], late, overdue, upcoming, stale, ending_this_year, funding (each '
  'at most p_list_limit rows, ≤ 1000, in the shape of its view; late in project_overview''s, oldest '
  'overdue task first), filter_options {areas, has_other, leads}}. p_list_limit => 0 returns the '
  'figures without the lists (the dashboard''s first, fast request). Filters: growth area, other '
  'projects (no growth area), lead (main contact).';
