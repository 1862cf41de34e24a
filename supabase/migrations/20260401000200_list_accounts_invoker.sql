-- list_accounts() without a security definer function in the API's schema (Supabase's database
-- advisor, lint 0029: a SECURITY DEFINER function in public that `authenticated` can execute
-- through /rest/v1/rpc). Reading auth.users still needs the definer's rights, so that part
-- moves to private, which the API does not expose, the way the other helpers live there;
-- public.list_accounts() stays the one RPC, with the same signature and answers, and runs with
-- the caller's rights. Both refuse (42501) everyone but directors and admins.

create function private.list_accounts()
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

-- The invoker below runs as the caller, so the caller needs execute here; anon never does.
revoke all on function private.list_accounts() from public, anon, authenticated;
grant execute on function private.list_accounts() to authenticated, service_role;

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

revoke all on function public.list_accounts() from public, anon, authenticated;
grant execute on function public.list_accounts() to authenticated, service_role;
