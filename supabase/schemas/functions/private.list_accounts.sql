-- private.list_accounts, as the migrations leave it: defined once, last in
-- 20260401000200_list_accounts_invoker.sql. To change it, write a new migration that restates it
-- and update this file to match; supabase/tests/schemas.test.ts checks they agree.

create or replace function private.list_accounts()
returns table (
  user_id uuid,
  email text,
  created_at timestamptz,
  last_sign_in_at timestamptz,
  person_id uuid,
  full_name text,
  roles public.app_role[]
)
language plpgsql
stable
security definer
set search_path = ''
as $$
#variable_conflict use_column
begin
  if not private.is_director() then
    raise exception 'Only directors and admins may list accounts' using errcode = '42501';
  end if;
  return query
    select u.id, u.email::text, u.created_at, u.last_sign_in_at, p.id, p.full_name,
      array(select r.role from public.user_roles r where r.user_id = u.id order by r.role)
    from auth.users u
    left join public.people p on p.user_id = u.id
    where u.deleted_at is null
    order by u.email;
end;
$$;

comment on function private.list_accounts() is
  'The definer half of public.list_accounts(): reads auth.users for directors and admins '
  '(42501 for everyone else). Not exposed by the API; only the public invoker calls it.';
