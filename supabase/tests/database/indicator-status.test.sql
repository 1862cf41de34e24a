-- Indicator status at its boundaries: exactly on the path, the tolerance's edges both ways, a
-- decreasing indicator, the year boundary, no baseline, no goal, no value, and no recent value
-- per cadence. The path runs from the baseline (or the previous year's goal on 1.1) to this
-- year's goal on 31.12; 2025-07-02 is day 182 of 364, exactly half way.
create extension if not exists pgtap with schema extensions;

begin;
select plan(41);

insert into public.indicators
  (id, programme_id, name, unit, direction, cadence, tolerance_percent, baseline_value, baseline_on, published)
values
  ('d0000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', 'Kasvava', 't',
   'more_is_better', 'quarterly', 5, 100, '2025-01-01', true),
  ('d0000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000001', 'Laskeva', 't CO2',
   'less_is_better', 'yearly', 5, 1000, '2025-01-01', true),
  ('d0000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000001', 'Ilman lähtötasoa', null,
   'more_is_better', 'yearly', 5, null, null, true),
  ('d0000000-0000-4000-8000-000000000004', '10000000-0000-4000-8000-000000000001', 'Kuukausittain', 'kpl',
   'more_is_better', 'monthly', 10, 0, '2025-01-01', true),
  ('d0000000-0000-4000-8000-000000000005', '10000000-0000-4000-8000-000000000001', 'Ilman tavoitetta', 'kpl',
   'more_is_better', 'yearly', 5, 3, '2025-01-01', true);
insert into public.indicator_goals (indicator_id, year, value) values
  ('d0000000-0000-4000-8000-000000000001', 2025, 200),
  ('d0000000-0000-4000-8000-000000000001', 2026, 300),
  ('d0000000-0000-4000-8000-000000000002', 2025, 800),
  ('d0000000-0000-4000-8000-000000000003', 2025, 10),
  ('d0000000-0000-4000-8000-000000000003', 2026, 20),
  ('d0000000-0000-4000-8000-000000000004', 2025, 120);

create function pg_temp.st(p_id text, p_on date)
returns jsonb language sql as $$
  select jsonb_build_object('status', s.status) || s.reason
  from public.indicator_status_at(p_on) s where s.indicator_id = p_id::uuid
$$;

-- more is better ---------------------------------------------------------------------------------
select is(pg_temp.st('d0000000-0000-4000-8000-000000000001', '2025-07-02') ->> 'kind', 'no_value',
  'no value at all: kind no_value');
select is(pg_temp.st('d0000000-0000-4000-8000-000000000001', '2025-07-02') ->> 'status', 'no_recent_value',
  'no value at all counts as no recent value');

insert into public.indicator_values (id, indicator_id, measured_on, value) values
  ('d1000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000001', '2025-07-02', 150);
select is(pg_temp.st('d0000000-0000-4000-8000-000000000001', '2025-07-02') ->> 'status', 'on_track',
  'exactly on the path: on track');
select is((pg_temp.st('d0000000-0000-4000-8000-000000000001', '2025-07-02') ->> 'expected_value')::numeric, 150.00,
  'half way from the baseline 100 to the goal 200: expected 150');
select is(pg_temp.st('d0000000-0000-4000-8000-000000000001', '2025-07-02') ->> 'side', 'on', 'side: on the path');
select is((pg_temp.st('d0000000-0000-4000-8000-000000000001', '2025-07-02') ->> 'percent_off')::numeric, 0.0, 'percent off: 0');
select is(pg_temp.st('d0000000-0000-4000-8000-000000000001', '2025-07-02') ->> 'goal_on', '2025-12-31',
  'on the way to the goal of 31.12.2025');
select is((pg_temp.st('d0000000-0000-4000-8000-000000000001', '2025-07-02') ->> 'goal_value')::numeric, 200::numeric,
  'goal value 200');
select ok(pg_temp.st('d0000000-0000-4000-8000-000000000001', '2025-07-02') ?& array[
    'kind', 'latest_value', 'latest_on', 'expected_value', 'goal_value', 'goal_on', 'percent_off', 'side',
    'tolerance_percent', 'unit', 'decimals', 'direction', 'cadence', 'due_on'],
  'the reason carries every key the UI words');

update public.indicator_values set value = 142.5 where id = 'd1000000-0000-4000-8000-000000000001';
select is(pg_temp.st('d0000000-0000-4000-8000-000000000001', '2025-07-02') ->> 'status', 'on_track',
  'exactly 5 % below the path (the tolerance): still on track');
update public.indicator_values set value = 142.49 where id = 'd1000000-0000-4000-8000-000000000001';
select is(pg_temp.st('d0000000-0000-4000-8000-000000000001', '2025-07-02') ->> 'status', 'behind',
  'just over 5 % below: behind');
select is(pg_temp.st('d0000000-0000-4000-8000-000000000001', '2025-07-02') ->> 'side', 'below', 'behind: below the path');
select is((pg_temp.st('d0000000-0000-4000-8000-000000000001', '2025-07-02') ->> 'percent_off')::numeric, 5.0,
  'percent off rounded to one decimal');
update public.indicator_values set value = 1000 where id = 'd1000000-0000-4000-8000-000000000001';
select is(pg_temp.st('d0000000-0000-4000-8000-000000000001', '2025-07-02') ->> 'status', 'on_track',
  'far above the path is on track for a growing indicator');

-- the year boundary: the 2025 goal on 31.12 and on 1.1, then half way to the 2026 goal
insert into public.indicator_values (indicator_id, measured_on, value) values
  ('d0000000-0000-4000-8000-000000000001', '2025-12-31', 190);
select is((pg_temp.st('d0000000-0000-4000-8000-000000000001', '2025-12-31') ->> 'expected_value')::numeric, 200::numeric,
  'on 31.12 the expected value is the year''s goal');
select is(pg_temp.st('d0000000-0000-4000-8000-000000000001', '2025-12-31') ->> 'status', 'on_track',
  '190 against 200 is within 5 %');
insert into public.indicator_values (indicator_id, measured_on, value) values
  ('d0000000-0000-4000-8000-000000000001', '2026-01-01', 190);
select is((pg_temp.st('d0000000-0000-4000-8000-000000000001', '2026-01-01') ->> 'expected_value')::numeric, 200::numeric,
  'on 1.1 the path starts from the previous year''s goal');
select is(pg_temp.st('d0000000-0000-4000-8000-000000000001', '2026-01-01') ->> 'goal_on', '2026-12-31',
  'from 1.1 on, the goal is the new year''s');
insert into public.indicator_values (indicator_id, measured_on, value) values
  ('d0000000-0000-4000-8000-000000000001', '2026-07-02', 237);
select is((pg_temp.st('d0000000-0000-4000-8000-000000000001', '2026-07-02') ->> 'expected_value')::numeric, 250::numeric,
  'half way through 2026: half way from 200 to 300');
select is(pg_temp.st('d0000000-0000-4000-8000-000000000001', '2026-07-02') ->> 'status', 'behind',
  '237 against 250 (5.2 % below) is behind');
select is((pg_temp.st('d0000000-0000-4000-8000-000000000001', '2028-07-02') ->> 'latest_on'), '2026-07-02',
  'the latest value on or before the date is the one judged');
select is(pg_temp.st('d0000000-0000-4000-8000-000000000001', '2026-06-30') ->> 'latest_on', '2026-01-01',
  'values after the date are ignored');

-- less is better ---------------------------------------------------------------------------------
insert into public.indicator_values (id, indicator_id, measured_on, value) values
  ('d1000000-0000-4000-8000-000000000002', 'd0000000-0000-4000-8000-000000000002', '2025-07-02', 945);
select is((pg_temp.st('d0000000-0000-4000-8000-000000000002', '2025-07-02') ->> 'expected_value')::numeric, 900::numeric,
  'decreasing: half way from 1000 to 800 is 900');
select is(pg_temp.st('d0000000-0000-4000-8000-000000000002', '2025-07-02') ->> 'status', 'on_track',
  'decreasing: exactly 5 % above the path is on track');
update public.indicator_values set value = 945.01 where id = 'd1000000-0000-4000-8000-000000000002';
select is(pg_temp.st('d0000000-0000-4000-8000-000000000002', '2025-07-02') ->> 'status', 'behind',
  'decreasing: just over 5 % above is behind');
select is(pg_temp.st('d0000000-0000-4000-8000-000000000002', '2025-07-02') ->> 'side', 'above', 'decreasing and behind: above');
update public.indicator_values set value = 700 where id = 'd1000000-0000-4000-8000-000000000002';
select is(pg_temp.st('d0000000-0000-4000-8000-000000000002', '2025-07-02') ->> 'status', 'on_track',
  'decreasing: far below the path is on track');
select is((pg_temp.st('d0000000-0000-4000-8000-000000000002', '2026-06-30') ->> 'expected_value')::numeric, 900::numeric,
  'a value is judged at its own date, not at the date asked about');

-- no baseline --------------------------------------------------------------------------------------
insert into public.indicator_values (indicator_id, measured_on, value) values
  ('d0000000-0000-4000-8000-000000000003', '2025-06-30', 4);
select is(pg_temp.st('d0000000-0000-4000-8000-000000000003', '2025-07-02') ->> 'kind', 'no_baseline',
  'no baseline and no earlier goal: kind no_baseline');
select is(pg_temp.st('d0000000-0000-4000-8000-000000000003', '2025-07-02') ->> 'status', null,
  'no baseline: not judged (NULL) rather than guessed');
insert into public.indicator_values (indicator_id, measured_on, value) values
  ('d0000000-0000-4000-8000-000000000003', '2026-07-02', 15);
select is((pg_temp.st('d0000000-0000-4000-8000-000000000003', '2026-07-02') ->> 'expected_value')::numeric, 15::numeric,
  'no baseline, but from 2026 on the path starts at the 2025 goal');
select is(pg_temp.st('d0000000-0000-4000-8000-000000000003', '2026-07-02') ->> 'status', 'on_track',
  'and the value is judged against it');

-- no goal -----------------------------------------------------------------------------------------
insert into public.indicator_values (indicator_id, measured_on, value) values
  ('d0000000-0000-4000-8000-000000000005', '2025-06-30', 4);
select is(pg_temp.st('d0000000-0000-4000-8000-000000000005', '2025-07-02') ->> 'kind', 'no_goal',
  'a baseline but no goal: kind no_goal, not judged');

-- no recent value per cadence -------------------------------------------------------------------------
insert into public.indicator_values (indicator_id, measured_on, value) values
  ('d0000000-0000-4000-8000-000000000004', '2025-01-31', 10);
select is(pg_temp.st('d0000000-0000-4000-8000-000000000004', '2025-02-28') ->> 'status', 'on_track',
  'monthly: a value of 31.1. is still recent on 28.2. (due that day)');
select is(pg_temp.st('d0000000-0000-4000-8000-000000000004', '2025-03-01') ->> 'status', 'no_recent_value',
  'monthly: on 1.3. the month has passed without a value');
select is(pg_temp.st('d0000000-0000-4000-8000-000000000004', '2025-03-01') ->> 'due_on', '2025-02-28',
  'the reason says when the value was due');
select is(pg_temp.st('d0000000-0000-4000-8000-000000000001', '2026-10-02') ->> 'status', 'behind',
  'quarterly: a value of 2.7. is recent until 2.10.');
select is(pg_temp.st('d0000000-0000-4000-8000-000000000001', '2026-10-03') ->> 'status', 'no_recent_value',
  'quarterly: on 3.10. the quarter has passed');
select is(pg_temp.st('d0000000-0000-4000-8000-000000000002', '2026-07-02') ->> 'status', 'on_track',
  'yearly: a value of 2.7.2025 is recent until 2.7.2026');
select is(pg_temp.st('d0000000-0000-4000-8000-000000000002', '2026-07-03') ->> 'status', 'no_recent_value',
  'yearly: a day later the year has passed');

-- the view counts from private.today() ----------------------------------------------------------
set local salkku.today = '2025-07-02';
select is((select status::text from public.indicator_status where id = 'd0000000-0000-4000-8000-000000000002'),
  'on_track', 'indicator_status is indicator_status_at(private.today())');

select * from finish();
rollback;
