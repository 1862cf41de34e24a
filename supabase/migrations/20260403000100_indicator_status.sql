-- Is an indicator on track? One definition, with its reason as data (issue #13), like
-- project_overview.schedule_reasons: the database decides, the app words it in fi/sv/en.
--
-- The expected path. Knots, in date order:
--   (baseline_on, baseline_value)                    the baseline (lähtötaso), if set;
--   (31.12.Y, goal Y) and (1.1.Y+1, goal Y)          for every yearly goal (tavoite).
-- So within a year the path runs linearly from the previous year's goal on 1.1 (or from the
-- baseline, when that is later) to this year's goal on 31.12. A year without a goal is
-- bridged linearly to the next goal; after the last goal the path stays at it.
--
-- Status at a date d (indicator_status_at(d)), first rule that applies:
--   1. no_recent_value  no value on or before d (reason kind no_value), or the latest value is
--                       older than one cadence: latest.measured_on + 1 month / 3 months /
--                       1 year < d (kind no_recent_value; due_on = when it was due).
--   2. NULL             the path is unknown at the latest value's date: no knot on or before it
--                       (no baseline and no earlier goal: kind no_baseline) or no goal at all
--                       (kind no_goal). Not judged rather than guessed.
--   3. behind           the latest value is on the wrong side of the path at its own date
--                       (below for more_is_better, above for less_is_better) by more than
--                       tolerance_percent of the expected value (kind behind). Exactly at the
--                       tolerance is still on track; with an expected value of 0 any shortfall
--                       counts.
--   4. on_track         otherwise (kind on_track).
-- The latest value is compared with the path at the date it describes, not today: a yearly
-- figure for 31.12.2025 is judged against the goal for 2025, and freshness is rule 1's job.
--
-- Reason (jsonb object) — every key is present, null where it does not apply:
--   kind               on_track | behind | no_recent_value | no_value | no_baseline | no_goal
--   latest_value       numeric, latest_on date       the latest value on or before d
--   expected_value     numeric (rounded to decimals + 2) the path at latest_on
--   goal_value         numeric, goal_on date         the next goal on the way (31.12 of its year;
--                                                    the last goal once past it)
--   percent_off        numeric (1 decimal, >= 0)     |latest - expected| / |expected| * 100
--   side               below | above | on           latest relative to expected
--   tolerance_percent, unit, decimals, direction, cadence
--   due_on             date                         when the next value is (or was) due
-- "latest 42 t (30.9.2026) is 18% below the expected 51 t on the way to 80 t by 31.12.2026".

create function public.indicator_status_at(p_on date)
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
      'due_on', due.due_on
    ),
    lv.value,
    lv.measured_on,
    round(e.expected, i.decimals + 2),
    goal.value,
    goal.on_date
  from public.indicators i
  left join lateral (
    select v.measured_on, v.value
    from public.indicator_values v
    where v.indicator_id = i.id and v.measured_on <= p_on
    order by v.measured_on desc
    limit 1
  ) lv on true
  cross join lateral (
    select case i.cadence
      when 'monthly' then interval '1 month'
      when 'quarterly' then interval '3 months'
      else interval '1 year'
    end as step
  ) c
  cross join lateral (
    select (lv.measured_on + c.step)::date as due_on
  ) due
  -- every indicator's knots as arrays, gathered in one pass (RLS evaluated once per statement)
  left join (
    select
      k.indicator_id,
      array_agg(k.on_date order by k.on_date) as on_dates,
      array_agg(k.value order by k.on_date) as knot_values,
      array_agg(k.is_goal order by k.on_date) as is_goals
    from (
      select b.id as indicator_id, b.baseline_on as on_date, b.baseline_value as value, false as is_goal
      from public.indicators b
      where b.baseline_on is not null
      union all
      select g.indicator_id, make_date(g.year, 12, 31), g.value, true from public.indicator_goals g
      union all
      select g.indicator_id, make_date(g.year + 1, 1, 1), g.value, false from public.indicator_goals g
    ) k
    group by k.indicator_id
  ) kp on kp.indicator_id = i.id
  -- the path around the latest value's date
  left join lateral (
    select k.on_date, k.value
    from unnest(kp.on_dates, kp.knot_values, kp.is_goals) as k (on_date, value, is_goal)
    where k.on_date <= lv.measured_on
    order by k.on_date desc, k.is_goal desc
    limit 1
  ) prev on true
  left join lateral (
    select k.on_date, k.value
    from unnest(kp.on_dates, kp.knot_values, kp.is_goals) as k (on_date, value, is_goal)
    where k.on_date >= lv.measured_on
    order by k.on_date, k.is_goal desc
    limit 1
  ) nxt on true
  left join lateral (
    select k.on_date, k.value
    from unnest(kp.on_dates, kp.knot_values, kp.is_goals) as k (on_date, value, is_goal)
    where k.is_goal
    order by k.on_date >= coalesce(lv.measured_on, p_on) desc,
      case when k.on_date >= coalesce(lv.measured_on, p_on) then k.on_date end,
      k.on_date desc
    limit 1
  ) goal on true
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
      -- how far the value is on the wrong side, as a share of |expected| (0 when on the right side)
      case
        when x.expected is null then null
        when i.direction = 'more_is_better' then greatest(x.expected - lv.value, 0)
        else greatest(lv.value - x.expected, 0)
      end as shortfall
  ) e
  cross join lateral (
    select case
      when lv.measured_on is null then 'no_value'
      when due.due_on < p_on then 'no_recent_value'
      when goal.on_date is null then 'no_goal'
      when prev.on_date is null then 'no_baseline'
      when e.shortfall > 0
        and (x.expected = 0 or e.shortfall * 100 > i.tolerance_percent * abs(x.expected)) then 'behind'
      else 'on_track'
    end as kind
  ) k0
  cross join lateral (
    select
      k0.kind,
      case k0.kind
        when 'no_value' then 'no_recent_value'
        when 'no_recent_value' then 'no_recent_value'
        when 'behind' then 'behind'
        when 'on_track' then 'on_track'
      end::public.indicator_state as status
  ) s
$$;
comment on function public.indicator_status_at(date) is
  'Status of every indicator the caller can read at the given date: on_track, behind, '
  'no_recent_value or NULL (cannot be judged), with its reason as jsonb (kind, latest value and '
  'date, expected value, goal and goal date, percent off, side, tolerance, unit, decimals, '
  'direction, cadence, due_on). The rules are in the header of migration 20260403000100.';
revoke all on function public.indicator_status_at(date) from public;
grant execute on function public.indicator_status_at(date) to anon, authenticated, service_role;

-- The status today, with what a list needs to show an indicator: one request for a growth area
-- or project page (filter by growth_area_id, project_id or contributing project_ids) or the
-- dashboard (filter by status).
create view public.indicator_status
with (security_invoker = true)
as
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
  -- the growth area the indicator belongs to, directly or through its project
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
  coalesce((
    select jsonb_agg(jsonb_build_object('measured_on', r.measured_on, 'value', r.value) order by r.measured_on)
    from (
      select v.measured_on, v.value from public.indicator_values v
      where v.indicator_id = i.id and v.measured_on <= private.today()
      order by v.measured_on desc limit 12
    ) r
  ), '[]'::jsonb) as recent_values
from public.indicators i
join public.indicator_status_at(private.today()) s on s.indicator_id = i.id
left join public.projects p on p.id = i.project_id;
comment on view public.indicator_status is
  'Every readable indicator with its status today (private.today()) and reason, for lists and the '
  'dashboard. recent_values = the last 12 values, oldest first, for a small trend line. '
  'contributing_project_ids lists only projects the caller can read.';
revoke all on public.indicator_status from anon, authenticated;
grant select on public.indicator_status to anon, authenticated, service_role;

-- An indicator page in one request -------------------------------------------------------------

create function public.indicator_page(p_indicator_id uuid)
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
  left join public.indicator_status_at(private.today()) s on s.indicator_id = i.id
  where i.id = p_indicator_id
$$;
comment on function public.indicator_page(uuid) is
  'Everything an indicator page shows, in one request: the indicator, its scope, status and reason '
  'today, goals, values (with who entered them), the expected path''s points, contributing '
  'projects, and whether the caller may enter values (can_enter_values) or edit goals (can_manage). '
  'NULL when the indicator does not exist or the caller cannot read it.';
revoke all on function public.indicator_page(uuid) from public;
grant execute on function public.indicator_page(uuid) to anon, authenticated, service_role;
