-- Dashboard performance, and who last edited a project.
--
-- 1. dashboard_summary() reads project_overview once and takes everything it counts from that
--    one pass over the tasks: the headline's overdue and upcoming task counts are sums of the
--    new per-project column upcoming_task_count and of overdue_task_count (over projects that
--    are not completed, as dashboard_deadlines lists them), instead of materialising every
--    open task with its lead and assignee. Only the rows it returns are read from
--    dashboard_deadlines (in the order of the new index tasks_open_due_on_title_idx, stopping
--    at the list limit; the upcoming list only up to the end of the upcoming window). The
--    rules stay those of the views (one definition); RLS still decides what is counted,
--    because the function is security invoker and the views are security_invoker. The task
--    counts agree with dashboard_deadlines because a task is readable exactly when its
--    project is (the tasks policies use the projects' rule:
--    can_read_drafts / readable_project_ids for the signed-in, public_project_ids for anon).
--
-- 2. project_overview gains two columns (appended; the others are unchanged):
--      upcoming_task_count  open tasks due from today within dashboard_settings.upcoming_days
--                           (what dashboard_deadlines lists as not overdue);
--      updated_by_name      the display name of the person linked (people.user_id) to the
--                           account in projects.updated_by, or NULL. Read through the
--                           security definer helper private.account_names(), which returns
--                           only names (never e-mail), so anonymous visitors see it for the
--                           published projects they can read, although people's RLS hides
--                           most accounts from them. It costs nothing unless selected.
--
-- 3. Anonymous reads of people: the policy checked each row against the whole set of people
--    on public pages (private.public_person_ids(), computed once per statement and per
--    reference to people: it scans every task for assignees), which made the public dashboard,
--    with its several joins to people, slow. private.is_public_person(id) asks the same
--    question about one person with four index probes. The rule is unchanged: contacts and
--    assignees of public projects, leads and staff of growth areas in published programmes.
--
-- Measured at 1,000 projects / 10,000 tasks (bench/dashboard.ts) before and after.

-- Names of account holders --------------------------------------------------------------------

create function private.account_names()
returns table (user_id uuid, full_name text)
language sql
stable
security definer
set search_path = ''
rows 50
as $$
  select pe.user_id, pe.full_name from public.people pe where pe.user_id is not null
$$;
comment on function private.account_names() is
  'Display names of the people linked to sign-in accounts (user_id, full_name), for showing who '
  'last edited something (project_overview.updated_by_name). Security definer so that anonymous '
  'visitors, whom people''s RLS restricts, see the name; only the name, never e-mail.';
revoke all on function private.account_names() from public;
grant execute on function private.account_names() to anon, authenticated, service_role;

-- An index in the dashboard lists' order ---------------------------------------------------------

-- Overdue and upcoming lists are ordered by (due_on, title) over open tasks: reading this index
-- in order stops at the list limit.
create index tasks_open_due_on_title_idx on public.tasks (due_on, title)
  where state in ('not_started', 'in_progress');
drop index public.tasks_open_due_on_idx;

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
  cross join (select (select c.today from private.dashboard_config() c) as today,
                     (select c.upcoming_days from private.dashboard_config() c) as upcoming_days) td
  group by x.project_id
) t on t.project_id = p.id
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
) lead on true;;

comment on column public.project_overview.upcoming_task_count is
  'Open tasks due from today to today + dashboard_settings.upcoming_days (inclusive): the ones '
  'dashboard_deadlines lists as upcoming.';
comment on column public.project_overview.updated_by_name is
  'Full name of the person linked (people.user_id) to projects.updated_by, the account that last '
  'edited the project row; NULL when the account has no person or nobody is recorded. Visible to '
  'whoever can read the project, anonymous visitors included.';

-- People on public pages, one person at a time -------------------------------------------------

create function private.is_public_person(p_person_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
      select 1 from public.project_contacts c
      join public.projects p on p.id = c.project_id
      join public.programmes g on g.id = p.programme_id
      where c.person_id = p_person_id and p.published and g.published
    )
    or exists (
      select 1 from public.tasks t
      join public.projects p on p.id = t.project_id
      join public.programmes g on g.id = p.programme_id
      where t.assignee_person_id = p_person_id and p.published and g.published
    )
    or exists (
      select 1 from public.growth_areas a
      join public.programmes g on g.id = a.programme_id
      where a.lead_person_id = p_person_id and g.published
    )
    or exists (
      select 1 from public.growth_area_people s
      join public.growth_areas a on a.id = s.growth_area_id
      join public.programmes g on g.id = a.programme_id
      where s.person_id = p_person_id and g.published
    )
$$;
comment on function private.is_public_person(uuid) is
  'True when the person appears on public pages: a contact or assignee of a public project '
  '(published, in a published programme), or a lead or staff member of a growth area in a '
  'published programme. The per-row form of private.public_person_ids().';
revoke all on function private.is_public_person(uuid) from public;
grant execute on function private.is_public_person(uuid) to anon, authenticated, service_role;

alter policy "Anyone can read people shown on public pages" on public.people
  using (private.is_public_person(id));

-- dashboard_summary -------------------------------------------------------------------------------

create or replace function public.dashboard_summary(
  p_growth_area_id uuid default null,
  p_lead_person_id uuid default null,
  p_other_projects boolean default false,
  p_list_limit integer default 50
)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  with cfg as (
    select * from private.dashboard_config()
  ),
  -- One pass over project_overview, and so over the tasks.
  all_projects as materialized (
    select
      o.id, o.slug, o.name, o.growth_area_id, o.growth_area_name, o.growth_area_color,
      o.growth_area_sort_order, o.lead_person_id, o.lead_name, o.stage, o.schedule_state,
      o.schedule_status_is_manual, o.schedule_reasons, o.starts_on, o.ends_on, o.published,
      o.last_activity_at, o.days_since_update, o.freshness, o.is_stale, o.ends_this_year,
      o.overdue_task_count, o.upcoming_task_count
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
      f.lead_name, f.instrument, f.amount, f.applied_on, f.follow_up_name, f.days_waiting
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
      d.lead_name, d.title, d.due_on, d.state, d.is_milestone, d.assignee_name, d.is_overdue, d.days_late
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
      d.lead_name, d.title, d.due_on, d.state, d.is_milestone, d.assignee_name, d.is_overdue, d.days_late
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
      p.last_activity_at, p.days_since_update, p.freshness, p.is_stale, p.ends_this_year
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
    'overdue', coalesce((
      select jsonb_agg(to_jsonb(x) order by x.due_on, x.title) from overdue x), '[]'::jsonb),
    'upcoming', coalesce((
      select jsonb_agg(to_jsonb(x) order by x.due_on, x.title) from upcoming x), '[]'::jsonb),
    'stale', coalesce((
      select jsonb_agg(to_jsonb(x) order by x.days_since_update desc, x.name) from (
        select * from listed_projects where is_stale order by days_since_update desc, name limit (select n from lim)) x), '[]'::jsonb),
    'ending_this_year', coalesce((
      select jsonb_agg(to_jsonb(x) order by x.ends_on, x.name) from (
        select * from listed_projects where ends_this_year order by ends_on, name limit (select n from lim)) x), '[]'::jsonb),
    'funding', coalesce((
      select jsonb_agg(to_jsonb(x) order by x.applied_on nulls last, x.project_name) from (
        select * from funding order by applied_on nulls last, project_name limit (select n from lim)) x), '[]'::jsonb),
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
