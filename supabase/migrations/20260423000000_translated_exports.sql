-- Exports in the reader's language (#14 §1): the dashboard's CSV lists and the e-mails.
--
-- * dashboard_deadlines, funding_awaiting_decision and status_update_due gain the Swedish and
--   English project names (and task titles / funding notes) as their last columns, so the
--   dashboard shows and exports them in the UI language with the usual Finnish fallback
--   (src/lib/translated.ts). dashboard_summary passes the new columns on (restated whole;
--   only its column lists are longer). `create or replace view` may only append columns: the rest of
--   each view is restated unchanged (supabase/schemas/views/ follows).
-- * my_tasks (the .ics export of my deadlines) gains the same columns for its tasks.
-- * Mails: the reminder rules put the Finnish project name and task title into each
--   notification's payload. Rather than restating those rule functions, a trigger on
--   mail_outbox adds `project_name_sv/_en` and `task_title_sv/_en` to every item of a Swedish
--   or English mail, read from the project and task rows the item names (project_id, task_id), as the mail is queued. The renderer
--   (supabase/functions/_shared/mail/render.ts) picks the mail's language and falls back to the
--   Finnish text marked lang="fi".

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
  f.note_en
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


create or replace view public.status_update_due
with (security_invoker = true)
as
select
  p.id as project_id,
  p.slug as project_slug,
  p.name as project_name,
  p.growth_area_id,
  s.status_update_cadence as cadence,
  lu.last_update_at,
  b.since_on,
  (b.since_on + case s.status_update_cadence when 'weekly' then interval '7 days'
     when 'quarterly' then interval '3 months' else interval '1 month' end)::date as next_due_on,
  private.status_update_periods(b.since_on, private.today(), s.status_update_cadence) >= 1 as is_due,
  p.name_sv as project_name_sv,
  p.name_en as project_name_en
from public.projects p
join public.reminder_settings s on s.programme_id = p.programme_id
left join (
  select u.project_id, max(u.created_at) as last_update_at from public.status_updates u group by u.project_id
) lu on lu.project_id = p.id
cross join lateral (
  select coalesce(lu.last_update_at, p.created_at)::date as since_on
) b
where p.stage <> 'completed' and p.schedule_status is distinct from 'not_pursued';

-- My deadlines (the .ics export) with the project names, task titles and notes in Swedish and English.
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
  t.state in ('not_started', 'in_progress') and t.due_on < private.today() as is_overdue,
  p.name_sv as project_name_sv,
  p.name_en as project_name_en,
  t.title_sv,
  t.title_en,
  t.details_sv,
  t.details_en
from public.tasks t
join public.projects p on p.id = t.project_id
left join public.people a on a.id = t.assignee_person_id
where a.user_id = (select auth.uid())
   or t.project_id in (select private.member_project_ids());

-- The dashboard in one call, its list rows with the names in Swedish and English (as
-- 20260420000000 left it, with the columns appended).
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

-- The public's summary, likewise.
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

comment on function private.public_dashboard_summary(uuid, uuid, boolean, integer) is
  'public.dashboard_summary() for anonymous visitors: the same figures and lists, computed as the '
  'owner over published projects of published programmes (the set built once, then the views '
  'narrowed to it) instead of under row-level security, which rebuilt that set for every table. '
  'Shows exactly what the anonymous policies show; supabase/tests/database/public_dashboard_summary.test.sql '
  'compares it with a signed-in caller without a role, who reads the same through row-level security.';

-- The mail's language for the names its items carry (see the header).
create function private.translate_mail_payload()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.locale in ('sv', 'en') and jsonb_typeof(new.payload -> 'items') = 'array' then
    new.payload := jsonb_set(new.payload, '{items}', (
      select coalesce(jsonb_agg(
        case when jsonb_typeof(i.item -> 'payload') = 'object' then
          jsonb_set(i.item, '{payload}', (i.item -> 'payload') || jsonb_strip_nulls(jsonb_build_object(
            'project_name_sv', p.name_sv, 'project_name_en', p.name_en,
            'task_title_sv', t.title_sv, 'task_title_en', t.title_en)))
        else i.item end
        order by i.ord), '[]'::jsonb)
      from jsonb_array_elements(new.payload -> 'items') with ordinality as i (item, ord)
      left join public.projects p
        on p.id = case when (i.item ->> 'project_id') ~ '^[0-9a-fA-F-]{36}$' then (i.item ->> 'project_id')::uuid end
      left join public.tasks t
        on t.id = case when (i.item ->> 'task_id') ~ '^[0-9a-fA-F-]{36}$' then (i.item ->> 'task_id')::uuid end
    ));
  end if;
  return new;
end;
$$;
comment on function private.translate_mail_payload() is
  'Before insert on mail_outbox: adds the Swedish and English project names and task titles to '
  'the items of a Swedish or English mail, so the renderer writes the reader''s language.';
revoke all on function private.translate_mail_payload() from public;

create trigger mail_outbox_translate
before insert on public.mail_outbox
for each row execute function private.translate_mail_payload();
