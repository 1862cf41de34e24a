-- private.today, as the migrations leave it: defined once, last in
-- 20260201000000_schedule_status.sql. To change it, write a new migration that restates it
-- and update this file to match; supabase/tests/schemas.test.ts checks they agree.

create or replace function private.today()
returns date
language sql
stable
set search_path = ''
as $$
  select coalesce(nullif(current_setting('salkku.today', true), '')::date, current_date)
$$;

comment on function private.today() is
  'The date the schedule and freshness rules count from: the session setting salkku.today if set '
  '(tests freeze dates with it), else current_date.';
