-- private.public_dashboard_summary, as the migrations leave it: defined 4 times, last in
-- 20260428000200_funding_follow_up_translations.sql. To change it, write a new migration that restates it
-- and update this file to match; supabase/tests/schemas.test.ts checks they agree.

create or replace function private.public_dashboard_summary(
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
  with cfg as materialized (
    select * from private.dashboard_config()
  ),
  -- Each project's tasks in one pass, only what the summary needs: project_overview's task
  -- aggregate with its conditions (open = not started or in progress, dates from today).
  task_figures as (
    select
      x.project_id,
      count(*) filter (where x.state in ('in_progress', 'done')) as started_task_count,
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
    cross join (select (select c.today from cfg c) as today,
                       (select c.upcoming_days from cfg c) as upcoming_days) td
    group by x.project_id
  ),
  -- What the anonymous policies let the public read: published projects of published
  -- programmes, read as the owner, with project_overview's columns computed as the view computes
  -- them. A growth area of an unpublished programme is hidden from the public (its name, colour
  -- and order read as null), as the growth areas' policy hides the row.
  all_projects as materialized (
    select
      p.id, p.slug, p.name, p.growth_area_id,
      case when ag.published then ga.name end as growth_area_name,
      case when ag.published then ga.color end as growth_area_color,
      case when ag.published then ga.sort_order end as growth_area_sort_order,
      lead.person_id as lead_person_id, lead.full_name as lead_name,
      p.stage, p.schedule_status, p.schedule_note,
      coalesce(p.schedule_status::text, s.computed_state) as schedule_state,
      p.starts_on, p.ends_on, p.published, a.last_activity_at,
      fr.days_since_update, fr.freshness,
      coalesce(
        fr.days_since_update >= c.stale_after_days
          and p.stage <> 'completed'
          and p.schedule_status is distinct from 'not_pursued',
        false
      ) as is_stale,
      coalesce(extract(year from p.ends_on) = extract(year from c.today), false) as ends_this_year,
      coalesce(t.overdue_task_count, 0) as overdue_task_count,
      coalesce(t.upcoming_task_count, 0) as upcoming_task_count,
      t.oldest_overdue_on, t.next_due_on, a.has_overdue, a.end_passed, s.computed_state,
      p.name_sv, p.name_en
    from public.projects p
    join public.programmes g on g.id = p.programme_id
    cross join cfg c
    left join task_figures t on t.project_id = p.id
    cross join lateral (
      select
        p.stage <> 'completed' and coalesce(t.overdue_task_count, 0) > 0 as has_overdue,
        p.stage <> 'completed' and coalesce(p.ends_on < c.today, false) as end_passed,
        p.stage = 'not_started'
          and coalesce(t.started_task_count, 0) = 0
          and (p.starts_on is null or p.starts_on > c.today) as before_work,
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
      select
        d.days as days_since_update,
        case
          when d.days is null or c.fresh_max_days is null then null
          when d.days <= c.fresh_max_days then 'fresh'
          when d.days <= c.aging_max_days then 'aging'
          else 'old'
        end as freshness
      from (select c.today - a.last_activity_at::date as days) d
    ) fr
    left join public.growth_areas ga on ga.id = p.growth_area_id
    left join public.programmes ag on ag.id = ga.programme_id
    left join lateral (
      select pc.person_id, pe.full_name
      from public.project_contacts pc
      join public.people pe on pe.id = pc.person_id
      where pc.project_id = p.id and pc.is_primary
    ) lead on true
    where p.published and g.published
  ),
  projects as materialized (
    select * from all_projects p
    where (p_growth_area_id is null or p.growth_area_id = p_growth_area_id)
      and (not coalesce(p_other_projects, false) or p.growth_area_id is null)
      and (p_lead_person_id is null or p.lead_person_id = p_lead_person_id)
  ),
  -- funding_awaiting_decision's rows of these projects (the list; the headline counts them from
  -- project_funding), the follow-up's name (and its Swedish and English) only where the public
  -- reads it: the follow-up of a public project, the follow-up project when it is public itself.
  funding as (
    select f.id, f.project_id, f.project_slug, f.project_name, f.growth_area_id, f.lead_person_id,
      f.lead_name, f.instrument, f.amount, f.applied_on, fun.name as follow_up_name,
      f.days_waiting, f.project_name_sv, f.project_name_en,
      fun.name_sv as follow_up_name_sv, fun.name_en as follow_up_name_en
    from public.funding_awaiting_decision f
    left join lateral (
      select coalesce(fu.name, fp.name) as name,
        case when fu.name is null then fp.name_sv else fu.name_sv end as name_sv,
        case when fu.name is null then fp.name_en else fu.name_en end as name_en
      from public.project_follow_ups fu
      left join public.projects fp
        on fp.id = fu.follow_up_project_id and fp.id in (select pp.id from all_projects pp)
      where fu.id = f.follow_up_id and fu.project_id in (select pp.id from all_projects pp)
    ) fun on true
    where f.project_id in (select p.id from projects p)
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
      -- a public project (by primary key: a join on the set above makes the planner hash the tasks)
      and exists (select 1 from public.projects pp join public.programmes g on g.id = pp.programme_id
                  where pp.id = d.project_id and pp.published and g.published)
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
      -- a public project (by primary key: a join on the set above makes the planner hash the tasks)
      and exists (select 1 from public.projects pp join public.programmes g on g.id = pp.programme_id
                  where pp.id = d.project_id and pp.published and g.published)
      and (p_growth_area_id is null or d.growth_area_id = p_growth_area_id)
      and (not coalesce(p_other_projects, false) or d.growth_area_id is null)
      and (p_lead_person_id is null or d.lead_person_id = p_lead_person_id)
    order by d.due_on, d.title
    -- lim's expression, inline so the planner sees the value and reads the index in order
    limit greatest(0, least(coalesce(p_list_limit, 50), 1000))
  ),
  -- The three project lists, cut first (at most p_list_limit each) ...
  late_cut as (
    select p.id, p.oldest_overdue_on, p.name from projects p
    where p.schedule_state = 'late'
    order by p.oldest_overdue_on nulls last, p.name, p.id limit (select n from lim)
  ),
  stale_cut as (
    select p.id, p.days_since_update, p.name from projects p
    where p.is_stale
    order by p.days_since_update desc, p.name, p.id limit (select n from lim)
  ),
  ending_cut as (
    select p.id, p.ends_on, p.name from projects p
    where p.ends_this_year
    order by p.ends_on, p.name, p.id limit (select n from lim)
  ),
  -- ... then made JSON, each listed project once, in the shape the summary has always returned:
  -- project_overview's columns, the schedule's reasons as project_overview gives them.
  listed as materialized (
    select p.id, to_jsonb(r) as row
    from projects p
    cross join lateral (
      select p.id, p.slug, p.name, p.growth_area_id, p.growth_area_name, p.growth_area_color,
        p.growth_area_sort_order, p.lead_person_id, p.lead_name, p.stage, p.schedule_state,
        p.schedule_status is not null as schedule_status_is_manual,
        case
          when p.schedule_status is not null then
            jsonb_build_array(jsonb_build_object(
              'code', 'manual', 'status', p.schedule_status, 'note', p.schedule_note))
          when p.stage = 'completed' then jsonb_build_array(jsonb_build_object('code', 'completed'))
          when p.computed_state = 'late' then
            case when p.has_overdue then
              jsonb_build_array(jsonb_build_object(
                'code', 'overdue_tasks', 'count', p.overdue_task_count,
                'oldest_due_on', p.oldest_overdue_on))
            else '[]'::jsonb end
            || case when p.end_passed then
              jsonb_build_array(jsonb_build_object('code', 'end_date_passed', 'ends_on', p.ends_on))
            else '[]'::jsonb end
          when p.computed_state = 'not_started' then
            jsonb_build_array(jsonb_build_object('code', 'not_started', 'starts_on', p.starts_on))
          else jsonb_build_array(jsonb_build_object('code', 'on_track', 'next_due_on', p.next_due_on))
        end as schedule_reasons,
        p.starts_on, p.ends_on, p.published, p.last_activity_at, p.days_since_update, p.freshness,
        p.is_stale, p.ends_this_year, p.name_sv, p.name_en
    ) r
    where p.id in (select id from late_cut union all select id from stale_cut
                   union all select id from ending_cut)
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
      -- funding_awaiting_decision's rows (applications awaiting a decision), counted
      'funding_awaiting', (select count(*) from public.project_funding f
                           where f.state = 'applied' and f.project_id in (select p.id from projects p))
    ),
    'areas', coalesce((
      select jsonb_agg(jsonb_build_object(
          'id', a.growth_area_id, 'name', a.name, 'color', a.color, 'sort_order', a.sort_order,
          'total', a.total, 'stages', a.stages, 'states', a.states)
        order by a.growth_area_id is null, a.sort_order, a.name)
      from areas a), '[]'::jsonb),
    'late', coalesce((
      select jsonb_agg(l.row order by c.oldest_overdue_on nulls last, c.name, c.id)
      from late_cut c join listed l on l.id = c.id), '[]'::jsonb),
    'overdue', coalesce((
      select jsonb_agg(to_jsonb(x) order by x.due_on, x.title) from overdue x), '[]'::jsonb),
    'upcoming', coalesce((
      select jsonb_agg(to_jsonb(x) order by x.due_on, x.title) from upcoming x), '[]'::jsonb),
    'stale', coalesce((
      select jsonb_agg(l.row order by c.days_since_update desc, c.name, c.id)
      from stale_cut c join listed l on l.id = c.id), '[]'::jsonb),
    'ending_this_year', coalesce((
      select jsonb_agg(l.row order by c.ends_on, c.name, c.id)
      from ending_cut c join listed l on l.id = c.id), '[]'::jsonb),
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

comment on function private.public_dashboard_summary(uuid, uuid, boolean, integer) is
  'public.dashboard_summary() for anonymous visitors: the same figures and lists, computed as the '
  'owner over published projects of published programmes (the set and each project''s task '
  'figures built once, the lists narrowed to it) instead of under row-level security, which '
  'rebuilt that set for every table. Shows exactly what the anonymous policies show; '
  'supabase/tests/database/public_dashboard_summary.test.sql compares it with a signed-in caller '
  'without a role, who reads the same through row-level security.';
