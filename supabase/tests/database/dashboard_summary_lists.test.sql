-- The dashboard summary restated in 20260425030000_dashboard_summary_lists (project_overview's
-- columns computed in the summary from one pass over the tasks, lists cut before their JSON is
-- made, the public's tasks checked by primary key) answers exactly as the definitions it
-- replaced (20260423000000_translated_exports.sql, restated below verbatim but for their names as
-- public.zz_old_dashboard_summary and private.zz_old_public_dashboard_summary, rolled back with
-- the test): the whole JSON, key for key, at five dates (the seed's frozen day, the turn of a
-- year, before and after the programme), unfiltered and filtered (a growth area, the growth area
-- of an unpublished programme, the other projects, a lead), with the lists off, cut to two and
-- at their longest, for the public (anon), the director, a project lead and a signed-in user
-- without a role. Edge cases are added first: a published project in an unpublished programme, a
-- public project filed under that programme's growth area, manual schedule statuses (with a
-- note, not pursued), a not-started project with no tasks, a completed project with open tasks,
-- an assignee, and follow-ups the public cannot read.
create extension if not exists pgtap with schema extensions;

begin;
select plan(6);

-- The definitions replaced, verbatim but for their names --------------------------------------

create function private.zz_old_public_dashboard_summary(
  p_growth_area_id uuid default null,
  p_lead_person_id uuid default null,
  p_other_projects boolean default false,
  p_list_limit integer default 50
)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  with cfg as (
    select * from private.dashboard_config()
  ),
  -- What the anonymous policies let the public read, each set built once: published projects of
  -- published programmes (private.public_project_ids()) and the growth areas of published
  -- programmes. The views below are read as this function's owner, so their own row-level
  -- security does not apply and every read is narrowed to these sets instead.
  public_projects as materialized (
    select p.id
    from public.projects p
    join public.programmes g on g.id = p.programme_id
    where p.published and g.published
  ),
  public_areas as materialized (
    select a.id
    from public.growth_areas a
    join public.programmes g on g.id = a.programme_id
    where g.published
  ),
  -- One pass over project_overview, and so over the tasks.
  all_projects as materialized (
    select
      o.id, o.slug, o.name, o.growth_area_id,
      -- A growth area of an unpublished programme is hidden from the public (its name, colour
      -- and order read as null), as the growth areas' policy hides the row.
      case when o.growth_area_id in (select a.id from public_areas a) then o.growth_area_name end
        as growth_area_name,
      case when o.growth_area_id in (select a.id from public_areas a) then o.growth_area_color end
        as growth_area_color,
      case when o.growth_area_id in (select a.id from public_areas a) then o.growth_area_sort_order end
        as growth_area_sort_order,
      o.lead_person_id, o.lead_name, o.stage, o.schedule_state,
      o.schedule_status_is_manual, o.schedule_reasons, o.starts_on, o.ends_on, o.published,
      o.last_activity_at, o.days_since_update, o.freshness, o.is_stale, o.ends_this_year,
      o.overdue_task_count, o.upcoming_task_count, o.oldest_overdue_on, o.name_sv, o.name_en
    from public.project_overview o
    where o.id in (select pp.id from public_projects pp)
  ),
  projects as materialized (
    select * from all_projects p
    where (p_growth_area_id is null or p.growth_area_id = p_growth_area_id)
      and (not coalesce(p_other_projects, false) or p.growth_area_id is null)
      and (p_lead_person_id is null or p.lead_person_id = p_lead_person_id)
  ),
  funding as materialized (
    select f.id, f.project_id, f.project_slug, f.project_name, f.growth_area_id, f.lead_person_id,
      f.lead_name, f.instrument, f.amount, f.applied_on,
      -- The view's coalesce(fu.name, fp.name), each row only where the public reads it: the
      -- follow-up of a public project, the follow-up project when it is public itself.
      (select coalesce(fu.name, fp.name)
       from public.project_follow_ups fu
       left join public.projects fp
         on fp.id = fu.follow_up_project_id and fp.id in (select pp.id from public_projects pp)
       where fu.id = f.follow_up_id and fu.project_id in (select pp.id from public_projects pp))
        as follow_up_name,
      f.days_waiting, f.project_name_sv, f.project_name_en
    from public.funding_awaiting_decision f
    where f.project_id in (select pp.id from public_projects pp)
      and (p_growth_area_id is null or f.growth_area_id = p_growth_area_id)
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
    where d.project_id in (select pp.id from public_projects pp)
      and d.is_overdue
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
    where d.project_id in (select pp.id from public_projects pp)
      and not d.is_overdue
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
$$;

revoke all on function private.zz_old_public_dashboard_summary(uuid, uuid, boolean, integer) from public;
grant execute on function private.zz_old_public_dashboard_summary(uuid, uuid, boolean, integer) to anon;

create function public.zz_old_dashboard_summary(
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
    return private.zz_old_public_dashboard_summary(p_growth_area_id, p_lead_person_id, p_other_projects, p_list_limit);
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

-- Edge cases, as the owner -----------------------------------------------------------------------
insert into public.programmes (id, slug, name, starts_on, ends_on, published) values
  ('10000000-0000-4000-8000-0000000000f1', 'piilo-ohjelma', 'Piilo-ohjelma', '2026-01-01', '2027-12-31', false);
insert into public.growth_areas (id, programme_id, slug, name, color, sort_order) values
  ('20000000-0000-4000-8000-0000000000f1', '10000000-0000-4000-8000-0000000000f1', 'piiloalue', 'Piiloalue', '#123456', 9);
insert into public.projects (id, programme_id, growth_area_id, slug, name, stage, starts_on, ends_on, published) values
  ('30000000-0000-4000-8000-0000000000f1', '10000000-0000-4000-8000-0000000000f1', '20000000-0000-4000-8000-0000000000f1',
   'piilohanke', 'Piilohanke', 'implementation', '2026-01-01', '2026-12-31', true),
  ('30000000-0000-4000-8000-0000000000f2', '10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000003',
   'tuleva-hanke', 'Tuleva hanke', 'not_started', '2027-02-01', '2027-12-31', true),
  ('30000000-0000-4000-8000-0000000000f3', '10000000-0000-4000-8000-000000000001', null,
   'valmis-hanke', 'Valmis hanke', 'completed', '2025-01-01', '2026-03-31', true);
insert into public.tasks (project_id, title, due_on, state, assignee_person_id) values
  ('30000000-0000-4000-8000-0000000000f1', 'Piilotehtävä', '2026-10-01', 'not_started', null),
  ('30000000-0000-4000-8000-0000000000f3', 'Jäänyt tehtävä', '2026-02-01', 'in_progress', null),
  ('30000000-0000-4000-8000-000000000004', 'Nimetty tehtävä', '2026-11-25', 'in_progress',
   '50000000-0000-4000-8000-000000000012');
insert into public.project_funding (project_id, instrument, state, applied_on) values
  ('30000000-0000-4000-8000-0000000000f1', 'Piilorahoitus', 'applied', '2026-05-01');
update public.projects set growth_area_id = '20000000-0000-4000-8000-0000000000f1'
  where id = '30000000-0000-4000-8000-000000000004';
update public.projects set schedule_status = 'late', schedule_note = 'Rahoitus viivästyi'
  where id = '30000000-0000-4000-8000-000000000005';
update public.projects set schedule_status = 'not_pursued', schedule_note = 'Ei jatketa'
  where id = '30000000-0000-4000-8000-000000000001';
insert into public.project_follow_ups (id, project_id, follow_up_project_id, name) values
  ('80000000-0000-4000-8000-0000000000f1', '30000000-0000-4000-8000-000000000006', null, 'Luonnoksen jatko'),
  ('80000000-0000-4000-8000-0000000000f2', '30000000-0000-4000-8000-000000000004', '30000000-0000-4000-8000-000000000006', null);
insert into public.project_funding (project_id, follow_up_id, instrument, state, applied_on) values
  ('30000000-0000-4000-8000-000000000004', '80000000-0000-4000-8000-0000000000f1', 'Jatko A', 'applied', '2026-06-01'),
  ('30000000-0000-4000-8000-000000000004', '80000000-0000-4000-8000-0000000000f2', 'Jatko B', 'applied', null);

-- The comparison: every date × filter × list length, as the caller ----------------------------
-- The funding list's follow-up translations (follow_up_name_sv/_en, added later by
-- 20260428000200_funding_follow_up_translations and tested in
-- dashboard_follow_up_translations.test.sql) are left out of the comparison: the old bodies
-- predate them; everything else must agree key for key.
create function public.zz_without_follow_up_translations(s jsonb)
returns jsonb
language sql
immutable
set search_path = ''
as $$
  select case when s ? 'funding' then jsonb_set(s, '{funding}', coalesce((
    select jsonb_agg(x - 'follow_up_name_sv' - 'follow_up_name_en' order by i)
    from jsonb_array_elements(s -> 'funding') with ordinality e(x, i)), '[]'::jsonb))
  else s end
$$;
grant execute on function public.zz_without_follow_up_translations(jsonb) to anon, authenticated;

-- Returns the cases where the two definitions differ (empty when they agree).
create function public.zz_summary_differences()
returns table (today date, filter text, list_limit integer)
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  d date;
  f record;
  n integer;
begin
  foreach d in array array['2026-11-22', '2026-12-31', '2027-01-01', '2025-06-15', '2028-03-01']::date[] loop
    perform set_config('salkku.today', d::text, true);
    for f in
      select * from (values
        ('all', null::uuid, null::uuid, false),
        ('area', '20000000-0000-4000-8000-000000000003', null, false),
        ('hidden area', '20000000-0000-4000-8000-0000000000f1', null, false),
        ('other', null, null, true),
        ('lead', null, '50000000-0000-4000-8000-000000000012', false)
      ) v(name, area, lead, other)
    loop
      foreach n in array array[0, 2, 1000] loop
        if public.zz_without_follow_up_translations(public.dashboard_summary(f.area, f.lead, f.other, n))
           is distinct from public.zz_old_dashboard_summary(f.area, f.lead, f.other, n) then
          today := d; filter := f.name; list_limit := n;
          return next;
        end if;
      end loop;
    end loop;
  end loop;
end;
$$;
grant execute on function public.zz_summary_differences() to anon, authenticated;

set local role anon;
set local request.jwt.claims to '{"role": "anon"}';
select is_empty(
  'select * from public.zz_summary_differences()',
  'the public: the same summary as before at every date, filter and list length'
);
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
select is_empty(
  'select * from public.zz_summary_differences()',
  'the director: the same'
);
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000003", "role": "authenticated"}';
select is_empty(
  'select * from public.zz_summary_differences()',
  'a project lead (their drafts and the published projects): the same'
);
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000006", "role": "authenticated"}';
select is_empty(
  'select * from public.zz_summary_differences()',
  'a signed-in user without a role: the same'
);
reset role;

-- The comparison is not vacuous: the cases cover lists of every kind, and the edge cases.
set local salkku.today = '2026-11-22';
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
select is(
  (select jsonb_build_object(
     'late', jsonb_array_length(s -> 'late') > 0, 'overdue', jsonb_array_length(s -> 'overdue') > 0,
     'upcoming', jsonb_array_length(s -> 'upcoming') > 0,
     'ending', jsonb_array_length(s -> 'ending_this_year') > 0, 'funding', jsonb_array_length(s -> 'funding') > 0,
     'manual', (select count(*) from jsonb_array_elements(s -> 'late') x
                where x -> 'schedule_reasons' -> 0 ->> 'code' = 'manual') > 0,
     'assignee', (select count(*) from jsonb_array_elements(s -> 'upcoming') x
                  where x ->> 'assignee_name' is not null) > 0)
   from (select public.dashboard_summary(p_list_limit => 1000) as s) q),
  '{"late": true, "overdue": true, "upcoming": true, "ending": true, "funding": true,
    "manual": true, "assignee": true}'::jsonb,
  'the compared summaries have every list, a manual status and an assignee'
);
set local salkku.today = '2028-03-01';
select cmp_ok(
  jsonb_array_length(public.dashboard_summary(p_list_limit => 1000) -> 'stale'), '>', 0,
  'and stale projects (later on)'
);
reset role;

select * from finish();
rollback;
