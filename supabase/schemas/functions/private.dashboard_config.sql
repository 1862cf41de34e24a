-- private.dashboard_config, as the migrations leave it: defined once, last in
-- 20260201000000_schedule_status.sql. To change it, write a new migration that restates it
-- and update this file to match; supabase/tests/schemas.test.ts checks they agree.

create or replace function private.dashboard_config()
returns table (
  today date,
  fresh_max_days integer,
  aging_max_days integer,
  stale_after_days integer,
  upcoming_days integer
)
language sql
stable
security definer
set search_path = ''
as $$
  select private.today(), s.fresh_max_days, s.aging_max_days, s.stale_after_days, s.upcoming_days
  from (select 1) one
  left join private.dashboard_settings s on s.singleton
$$;

comment on function private.dashboard_config() is
  'Today (private.today()) and the dashboard thresholds as one row; thresholds are NULL if the '
  'settings row is missing, and then freshness is unknown rather than guessed.';
