-- The set-based indicator status (20260422000000) gives the same statuses and reasons as the
-- definition it replaced (20260403000100, restated below as public.zz_old_status_at, rolled back
-- with the test): on 60 generated indicators that cover both directions, every cadence, the
-- tolerance's range, no baseline, a baseline later than 1.1, missing goal years, no goals, no
-- values, values on the knots themselves and around the year boundary, at eight dates. Also: the
-- visible set is unchanged for anonymous visitors and every seeded user, the trend line
-- (recent_values) is the same, the page's status is the list's, readable_indicator_ids() answers
-- as its old union did, and lead_person_ids names the leads of the owning and feeding projects.
create extension if not exists pgtap with schema extensions;

begin;
select plan(27);

-- the old definition, verbatim but for its name
create function public.zz_old_status_at(p_on date)
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
grant execute on function public.zz_old_status_at(date) to anon, authenticated;

-- 60 indicators of the programme ------------------------------------------------------------------
insert into public.indicators
  (id, programme_id, name, unit, direction, decimals, cadence, tolerance_percent,
   baseline_value, baseline_on, published)
select ('f0000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid,
       '10000000-0000-4000-8000-000000000001', 'Generoitu ' || n, 'kpl',
       (case when n % 2 = 0 then 'more_is_better' else 'less_is_better' end)::public.indicator_direction,
       n % 3,
       (array['monthly', 'quarterly', 'yearly'])[1 + n % 3]::public.indicator_cadence,
       (n % 4) * 2.5,
       case when n % 5 <> 0 then 100 + n end,
       case when n % 5 = 0 then null when n % 7 = 0 then date '2025-03-01' else date '2024-12-31' end,
       n % 3 <> 0
  from generate_series(1, 60) n;
insert into public.indicator_goals (indicator_id, year, value)
select ('f0000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid, y,
       100 + n + (y - 2024) * (10 + n % 5) * (case when n % 2 = 0 then 1 else -1 end)
  from generate_series(1, 60) n, generate_series(2025, 2029) y
 where n % 11 <> 0 and (n + y) % 6 <> 0;
-- month ends 6/2024–11/2026 around the path (some exactly on a goal), a few gaps, and 1.1.2026
insert into public.indicator_values (indicator_id, measured_on, value)
select ('f0000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid,
       (date '2024-07-01' + make_interval(months => m))::date - 1,
       100 + n + (m - 6) * (case when n % 2 = 0 then 1 else -1 end) * (10 + n % 5) / 12.0
         + ((m * n) % 13 - 6) * (n % 4)
  from generate_series(1, 60) n, generate_series(0, 29) m
 where n % 13 <> 0 and (m + n) % 9 <> 0 and m < 30 - n % 17;
insert into public.indicator_values (indicator_id, measured_on, value)
select ('f0000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid, date '2026-01-01', 130 + n
  from generate_series(1, 60) n
 where n % 13 <> 0 and n % 4 = 1
on conflict do nothing;

create function pg_temp.claims(p_user text)
returns text language sql as $$ select format('{"sub": "%s", "role": "authenticated"}', p_user) $$;

create function pg_temp.rows_of(p_fn text, p_on date)
returns text language sql as $$
  select format(
    'select indicator_id, status, reason::text, latest_value, latest_on, expected_value, goal_value, goal_on '
    'from public.%s(%L::date) order by indicator_id', p_fn, p_on)
$$;

-- the same statuses and reasons, as the owner (every indicator) -----------------------------------
select results_eq(pg_temp.rows_of('indicator_status_at', d), pg_temp.rows_of('zz_old_status_at', d),
  format('same status and reason for every indicator on %s', d))
  from unnest(array['2024-12-31', '2025-01-01', '2025-06-15', '2025-12-31', '2026-01-01',
                    '2026-03-31', '2026-11-22', '2027-06-30']::date[]) d;

select ok((select count(distinct status) = 3 and count(*) filter (where status is null) > 0
           from public.indicator_status_at('2026-11-22') where indicator_id::text like 'f0%'),
  'the fixture reaches every status and the unjudged');
select ok((select count(distinct reason ->> 'kind') = 6 from public.indicator_status_at('2026-01-01')
           where indicator_id::text like 'f0%'),
  'the fixture reaches every reason kind');

-- the trend line and the page ---------------------------------------------------------------------
select results_eq(
  $$ select s.id, s.recent_values from public.indicator_status s order by s.id $$,
  $$ select i.id, coalesce((
       select jsonb_agg(jsonb_build_object('measured_on', r.measured_on, 'value', r.value) order by r.measured_on)
       from (select v.measured_on, v.value from public.indicator_values v
             where v.indicator_id = i.id and v.measured_on <= private.today()
             order by v.measured_on desc limit 12) r), '[]'::jsonb)
     from public.indicators i order by i.id $$,
  'recent_values: the last 12 values up to today, oldest first, as before');
select results_eq(
  $$ select i.id, public.indicator_page(i.id) -> 'reason', public.indicator_page(i.id) ->> 'status'
     from public.indicators i where i.id::text like 'f0%' order by i.id $$,
  $$ select s.indicator_id, s.reason, s.status::text from public.zz_old_status_at(private.today()) s
     where s.indicator_id::text like 'f0%' order by s.indicator_id $$,
  'the indicator page carries the same status and reason');

-- who sees what: unchanged --------------------------------------------------------------------------
create table public.zz_old_today as select * from public.zz_old_status_at(private.today());
grant select on public.zz_old_today to anon, authenticated;

set local role anon;
set local request.jwt.claims to '{"role": "anon"}';
select results_eq(pg_temp.rows_of('indicator_status_at', private.today()),
  pg_temp.rows_of('zz_old_status_at', private.today()), 'anon: the same statuses as before');
select results_eq(
  $$ select id, status, reason from public.indicator_status order by id $$,
  $$ select o.indicator_id, o.status, o.reason from public.zz_old_today o
     where o.indicator_id in (select id from public.indicators) order by o.indicator_id $$,
  'anon: the list shows the published indicators of public scopes, with their statuses');
reset role;

set local role authenticated;
-- each row sets its user's claims (the WHERE runs before the assertion of that row)
select results_eq(pg_temp.rows_of('indicator_status_at', private.today()),
         pg_temp.rows_of('zz_old_status_at', private.today()),
         format('user %s: the same statuses as before', u))
  from unnest(array['a0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000003',
                    'a0000000-0000-4000-8000-000000000005', 'a0000000-0000-4000-8000-000000000006']) u
  where set_config('request.jwt.claims', pg_temp.claims(u), true) is not null;
reset role;

-- readable_indicator_ids(): one scan for those who read everything, the old union for the rest ------
create function pg_temp.old_readable() returns setof uuid language sql stable as $$
  select i.id from public.indicators i where private.can_read_drafts()
  union
  select private.public_indicator_ids()
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
$$;
-- as the owner (no RLS on either side) with each user's claims
select set_eq('select private.readable_indicator_ids()', 'select pg_temp.old_readable()',
         format('readable_indicator_ids() for %s is the old union', u))
  from unnest(array['a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002',
                    'a0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000004',
                    'a0000000-0000-4000-8000-000000000005', 'a0000000-0000-4000-8000-000000000006']) u
  where set_config('request.jwt.claims', pg_temp.claims(u), true) is not null;
select set_eq('select private.readable_indicator_ids()', 'select pg_temp.old_readable()',
         'readable_indicator_ids() without a user is the old union')
  where set_config('request.jwt.claims', '{"role": "anon"}', true) is not null;

-- lead_person_ids: the primary contacts of the owning and feeding projects --------------------------
select set_config('request.jwt.claims', '{}', true);
insert into public.indicators (id, project_id, name, published) values
  ('f1000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000001', 'Hankkeen mittari', true);
insert into public.indicator_projects (indicator_id, project_id) values
  ('f1000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000003');
select is(
  (select lead_person_ids from public.indicator_status where id = 'f1000000-0000-4000-8000-000000000001'),
  (select array_agg(distinct c.person_id order by c.person_id) from public.project_contacts c
    where c.is_primary and c.project_id in ('30000000-0000-4000-8000-000000000001',
                                           '30000000-0000-4000-8000-000000000003')),
  'lead_person_ids: the leads of the owning and the contributing project');
select is(
  (select lead_person_ids from public.indicator_status where id = 'f0000000-0000-4000-8000-000000000001'),
  '{}'::uuid[], 'lead_person_ids: none for an indicator of the programme');

select * from finish();
rollback;
