-- Indicator status, set-based (issue #13 §5: the dashboard's indicator lists ≤ 50 ms p95).
--
-- Where the time went: indicator_status_at() read indicators, goals and values as the caller,
-- so row-level security ran private.readable_indicator_ids() once per table it touched (five
-- scans: the indicators, their baselines, the goals twice, the values), and then walked each
-- indicator's knots three times through per-row unnest() subqueries; the view added a sixth
-- RLS pass for its trend line. readable_indicator_ids() itself unions four sets even for
-- viewers and directors, who read everything.
--
-- Now:
--   private.indicator_status_rows(d, ids)  computes the status of the given indicators in one
--       pass over their goals (DISTINCT ON over all knots instead of three unnest() subqueries
--       per indicator) and their last 12 values (one index range each, which also gives the
--       trend line: the view no longer reads the values a second time). security definer: it never decides visibility;
--       its callers pass only ids that row-level security let them read from public.indicators,
--       and a goal or value is readable exactly when its indicator is (the same helper decides
--       both, see 20260403000000_indicators.sql).
--   public.indicator_status_at(d)  unchanged signature and rules: the readable indicators (one
--       RLS pass), their status from the function above.
--   public.indicator_status  reads the readable indicators once, passes their ids, and gains
--       lead_person_ids (the primary contacts of the owning and contributing projects the
--       caller can read: the dashboard's lead filter) and name_sv / name_en.
--   public.indicator_page(id)  computes the status of its one indicator only.
--   private.readable_indicator_ids()  answers viewers, directors and admins with one scan;
--       everyone else gets the same union as before.
--   "Signed-in users read indicators they can see" lets viewers, directors and admins read
--       every indicator without the helper: the helper reads the table as of the statement's
--       start, so a director's INSERT … RETURNING (the indicator form) could not read back the
--       row it had just created (42501).
--   "Signed-in users read which projects feed visible indicators" likewise: viewers, directors
--       and admins read every indicator and every project, so every link, without building both
--       id sets for each statement.
-- The rules (header of 20260403000100_indicator_status.sql) are unchanged;
-- indicator-status.test.sql proves the same statuses and reasons.

create function private.indicator_status_rows(p_on date, p_ids uuid[])
returns table (
  indicator_id uuid,
  status public.indicator_state,
  reason jsonb,
  latest_value numeric,
  latest_on date,
  expected_value numeric,
  goal_value numeric,
  goal_on date,
  recent_values jsonb
)
language sql
stable
security definer
set search_path = ''
as $$
  with ind as (
    select i.id, i.direction, i.cadence, i.decimals, i.unit, i.tolerance_percent,
      i.baseline_value, i.baseline_on
    from public.indicators i
    where i.id = any (p_ids)
  ),
  -- each indicator's last 12 values on or before the date, newest first (rn 1 = the latest):
  -- one backward index range per indicator, never all its history
  ranked as (
    select i.id as indicator_id, r.measured_on, r.value, r.rn
    from ind i
    cross join lateral (
      select v.measured_on, v.value, row_number() over (order by v.measured_on desc) as rn
      from public.indicator_values v
      where v.indicator_id = i.id and v.measured_on <= p_on
      order by v.measured_on desc
      limit 12
    ) r
  ),
  latest as (
    select r.indicator_id, r.measured_on, r.value from ranked r where r.rn = 1
  ),
  recent as (
    select r.indicator_id,
      jsonb_agg(jsonb_build_object('measured_on', r.measured_on, 'value', r.value) order by r.measured_on)
        as recent_values
    from ranked r
    group by r.indicator_id
  ),
  -- the knots of the expected path: the baseline, each goal on 31.12 and again on 1.1 after it
  knots as (
    select b.id as indicator_id, b.baseline_on as on_date, b.baseline_value as value, false as is_goal
    from ind b
    where b.baseline_on is not null
    union all
    select g.indicator_id,
      case when e.at_end then make_date(g.year, 12, 31) else make_date(g.year + 1, 1, 1) end,
      g.value,
      e.at_end
    from public.indicator_goals g
    cross join (values (true), (false)) e (at_end)
    where g.indicator_id = any (p_ids)
  ),
  -- the knots around the latest value's date
  prev as (
    select distinct on (k.indicator_id) k.indicator_id, k.on_date, k.value
    from knots k
    join latest l on l.indicator_id = k.indicator_id
    where k.on_date <= l.measured_on
    order by k.indicator_id, k.on_date desc, k.is_goal desc
  ),
  nxt as (
    select distinct on (k.indicator_id) k.indicator_id, k.on_date, k.value
    from knots k
    join latest l on l.indicator_id = k.indicator_id
    where k.on_date >= l.measured_on
    order by k.indicator_id, k.on_date, k.is_goal desc
  ),
  -- the next goal on the way (from the latest value's date, or the date without a value);
  -- the last goal once past it
  goal as (
    select distinct on (k.indicator_id) k.indicator_id, k.on_date, k.value
    from knots k
    left join latest l on l.indicator_id = k.indicator_id
    where k.is_goal
    order by k.indicator_id,
      k.on_date >= coalesce(l.measured_on, p_on) desc,
      case when k.on_date >= coalesce(l.measured_on, p_on) then k.on_date end,
      k.on_date desc
  )
  select
    i.id,
    s.status,
    jsonb_build_object(
      'kind', s.kind,
      'latest_value', lv.value,
      'latest_on', lv.measured_on,
      'expected_value', round(e.expected, i.decimals + 2),
      'goal_value', goal.value,
      'goal_on', goal.on_date,
      'percent_off', round(e.percent_off, 1),
      'side', e.side,
      'tolerance_percent', i.tolerance_percent,
      'unit', i.unit,
      'decimals', i.decimals,
      'direction', i.direction,
      'cadence', i.cadence,
      'due_on', d.due_on
    ),
    lv.value,
    lv.measured_on,
    round(e.expected, i.decimals + 2),
    goal.value,
    goal.on_date,
    coalesce(rc.recent_values, '[]'::jsonb)
  from ind i
  left join latest lv on lv.indicator_id = i.id
  left join prev on prev.indicator_id = i.id
  left join nxt on nxt.indicator_id = i.id
  left join goal on goal.indicator_id = i.id
  left join recent rc on rc.indicator_id = i.id
  cross join lateral (
    select (lv.measured_on + case i.cadence
      when 'monthly' then interval '1 month'
      when 'quarterly' then interval '3 months'
      else interval '1 year'
    end)::date as due_on
  ) d
  cross join lateral (
    select case
      when prev.on_date is null then null
      when nxt.on_date is null or nxt.on_date = prev.on_date then prev.value
      else prev.value + (nxt.value - prev.value)
        * (lv.measured_on - prev.on_date)::numeric / (nxt.on_date - prev.on_date)
    end as expected
  ) x
  cross join lateral (
    select
      x.expected,
      case
        when x.expected is null then null
        when x.expected = 0 then null
        else abs(lv.value - x.expected) / abs(x.expected) * 100
      end as percent_off,
      case
        when x.expected is null then null
        when lv.value < x.expected then 'below'
        when lv.value > x.expected then 'above'
        else 'on'
      end as side,
      -- how far the value is on the wrong side (0 when on the right side)
      case
        when x.expected is null then null
        when i.direction = 'more_is_better' then greatest(x.expected - lv.value, 0)
        else greatest(lv.value - x.expected, 0)
      end as shortfall
  ) e
  cross join lateral (
    select
      k0.kind,
      case k0.kind
        when 'no_value' then 'no_recent_value'
        when 'no_recent_value' then 'no_recent_value'
        when 'behind' then 'behind'
        when 'on_track' then 'on_track'
      end::public.indicator_state as status
    from (
      select case
        when lv.measured_on is null then 'no_value'
        when d.due_on < p_on then 'no_recent_value'
        when goal.on_date is null then 'no_goal'
        when prev.on_date is null then 'no_baseline'
        when e.shortfall > 0
          and (x.expected = 0 or e.shortfall * 100 > i.tolerance_percent * abs(x.expected)) then 'behind'
        else 'on_track'
      end as kind
    ) k0
  ) s
$$;
comment on function private.indicator_status_rows(date, uuid[]) is
  'The status of the given indicators at a date, set-based, with reason and the last 12 values '
  '(recent_values, oldest first). Decides no visibility: callers pass only ids the caller read '
  'from public.indicators under row-level security (goals and values follow their indicator). '
  'Rules: header of migration 20260403000100.';
revoke all on function private.indicator_status_rows(date, uuid[]) from public;
grant execute on function private.indicator_status_rows(date, uuid[]) to anon, authenticated, service_role;

create or replace function public.indicator_status_at(p_on date)
returns table (
  indicator_id uuid,
  status public.indicator_state,
  reason jsonb,
  latest_value numeric,
  latest_on date,
  expected_value numeric,
  goal_value numeric,
  goal_on date
)
language sql
stable
security invoker
set search_path = ''
as $$
  select s.indicator_id, s.status, s.reason, s.latest_value, s.latest_on, s.expected_value,
    s.goal_value, s.goal_on
  from private.indicator_status_rows(p_on, array(select i.id from public.indicators i)) s
$$;
comment on function public.indicator_status_at(date) is
  'Status of every indicator the caller can read at the given date: on_track, behind, '
  'no_recent_value or NULL (cannot be judged), with its reason as jsonb (kind, latest value and '
  'date, expected value, goal and goal date, percent off, side, tolerance, unit, decimals, '
  'direction, cadence, due_on). The rules are in the header of migration 20260403000100; '
  'computed set-based by private.indicator_status_rows (20260422000000).';

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

create or replace function public.indicator_page(p_indicator_id uuid)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'indicator', to_jsonb(i),
    'scope', jsonb_build_object(
      'programme', (select jsonb_build_object('id', g.id, 'slug', g.slug, 'name', g.name)
                    from public.programmes g where g.id = i.programme_id),
      'growth_area', (select jsonb_build_object('id', a.id, 'slug', a.slug, 'name', a.name, 'color', a.color)
                      from public.growth_areas a where a.id = i.growth_area_id),
      'project', (select jsonb_build_object('id', p.id, 'slug', p.slug, 'name', p.name)
                  from public.projects p where p.id = i.project_id)
    ),
    'status', s.status,
    'reason', s.reason,
    'today', private.today(),
    'goals', coalesce((
      select jsonb_agg(jsonb_build_object('id', g.id, 'year', g.year, 'value', g.value, 'version', g.version)
        order by g.year)
      from public.indicator_goals g where g.indicator_id = i.id), '[]'::jsonb),
    'values', coalesce((
      select jsonb_agg(jsonb_build_object(
          'id', v.id, 'measured_on', v.measured_on, 'value', v.value, 'note', v.note,
          'entered_by_name', (select n.full_name from private.account_names() n where n.user_id = v.entered_by),
          'updated_at', v.updated_at, 'version', v.version)
        order by v.measured_on)
      from public.indicator_values v where v.indicator_id = i.id), '[]'::jsonb),
    -- the expected path as points to draw: the baseline, then each goal at 31.12
    'path', coalesce((
      select jsonb_agg(jsonb_build_object('on', k.on_date, 'value', k.value, 'kind', k.kind) order by k.on_date)
      from (
        select i.baseline_on as on_date, i.baseline_value as value, 'baseline' as kind where i.baseline_on is not null
        union all
        select make_date(g.year, 12, 31), g.value, 'goal' from public.indicator_goals g where g.indicator_id = i.id
      ) k), '[]'::jsonb),
    'projects', coalesce((
      select jsonb_agg(jsonb_build_object('id', p.id, 'slug', p.slug, 'name', p.name) order by p.name)
      from public.indicator_projects l join public.projects p on p.id = l.project_id
      where l.indicator_id = i.id), '[]'::jsonb),
    'can_enter_values', (select private.is_director())
      or i.id in (select private.member_indicator_ids()),
    'can_manage', (select private.is_director())
  )
  from public.indicators i
  -- the one indicator row-level security let through above
  left join private.indicator_status_rows(private.today(), array[p_indicator_id]) s on s.indicator_id = i.id
  where i.id = p_indicator_id
$$;
comment on function public.indicator_page(uuid) is
  'Everything an indicator page shows, in one request: the indicator, its scope, status and reason '
  'today, goals, values (with who entered them), the expected path''s points, contributing '
  'projects, and whether the caller may enter values (can_enter_values) or edit goals (can_manage). '
  'NULL when the indicator does not exist or the caller cannot read it.';

create or replace function private.readable_indicator_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  -- viewers, directors and admins read every indicator: one scan, no union
  select i.id from public.indicators i where (select private.can_read_drafts())
  union all
  select r.id
  from (
    select private.public_indicator_ids() as id
    union
    select private.member_indicator_ids()
    union
    select i.id
    from public.indicators i
    where i.published
      and (
        i.programme_id in (select private.readable_programme_ids())
        or i.growth_area_id in (
          select a.id from public.growth_areas a
          where a.programme_id in (select private.readable_programme_ids()))
        or i.project_id in (select private.readable_project_ids())
      )
  ) r
  where not (select private.can_read_drafts())
$$;
comment on function private.readable_indicator_ids() is
  'Indicators the current user may read: all for viewers/directors/admins; else the public ones, '
  'published ones of scopes they can read, and those of their own projects (drafts too).';

drop policy "Signed-in users read indicators they can see" on public.indicators;
create policy "Signed-in users read indicators they can see" on public.indicators
  for select to authenticated
  using ((select private.can_read_drafts()) or id in (select private.readable_indicator_ids()));
comment on policy "Signed-in users read indicators they can see" on public.indicators is
  'Viewers, directors and admins see all (also a row their own statement just inserted); leads and '
  'editors also see their projects'' unpublished indicators.';

drop policy "Signed-in users read which projects feed visible indicators" on public.indicator_projects;
create policy "Signed-in users read which projects feed visible indicators" on public.indicator_projects
  for select to authenticated
  using (
    (select private.can_read_drafts())
    or (indicator_id in (select private.readable_indicator_ids())
      and project_id in (select private.readable_project_ids()))
  );
comment on policy "Signed-in users read which projects feed visible indicators" on public.indicator_projects is
  'A link is visible when both the indicator and the project are (viewers, directors and admins '
  'read all of both).';
