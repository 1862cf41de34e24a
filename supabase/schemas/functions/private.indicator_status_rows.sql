-- private.indicator_status_rows, as the migrations leave it: last restated in
-- 20260422000000_indicator_status_set_based.sql. To change it, write a new migration that restates it
-- and update this file to match; supabase/tests/schemas.test.ts checks they agree.

create or replace function private.indicator_status_rows(p_on date, p_ids uuid[])
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
