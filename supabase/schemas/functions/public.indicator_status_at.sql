-- public.indicator_status_at, as the migrations leave it: last restated in
-- 20260422000000_indicator_status_set_based.sql. To change it, write a new migration that restates it
-- and update this file to match; supabase/tests/schemas.test.ts checks they agree.

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
