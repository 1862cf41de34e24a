-- private.account_names, as the migrations leave it: defined once, last in
-- 20260302000000_dashboard_perf.sql. To change it, write a new migration that restates it
-- and update this file to match; supabase/tests/schemas.test.ts checks they agree.

create or replace function private.account_names()
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
