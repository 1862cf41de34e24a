-- public.list_accounts, as the migrations leave it: defined 2 times, last in
-- 20260401000200_list_accounts_invoker.sql. To change it, write a new migration that restates it
-- and update this file to match; supabase/tests/schemas.test.ts checks they agree.

create or replace function public.list_accounts()
returns table (
  user_id uuid,
  email text,
  created_at timestamptz,
  last_sign_in_at timestamptz,
  person_id uuid,
  full_name text,
  roles public.app_role[]
)
language sql
stable
security invoker
set search_path = ''
as $$
  select * from private.list_accounts();
$$;

comment on function public.list_accounts() is
  'Sign-in accounts (id, e-mail, created, last sign-in) with their linked person and roles. '
  'Directors and admins only; everyone else gets SQLSTATE 42501. Security invoker: the '
  'definer part is private.list_accounts().';
