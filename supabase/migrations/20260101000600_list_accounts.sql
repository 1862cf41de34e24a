-- list_accounts(): the sign-in accounts with their person and roles, for the admin pages
-- (granting roles) and for directors choosing who leads a project. auth.users is never
-- exposed to the API, so this security definer function is the one window onto it, and it
-- refuses (42501) everyone but directors and admins. Call: supabase.rpc('list_accounts').

create function public.list_accounts()
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
comment on function public.list_accounts() is
  'Sign-in accounts (id, e-mail, created, last sign-in) with their linked person and roles. '
  'Directors and admins only; everyone else gets SQLSTATE 42501.';

revoke all on function public.list_accounts() from public, anon, authenticated;
grant execute on function public.list_accounts() to authenticated, service_role;
