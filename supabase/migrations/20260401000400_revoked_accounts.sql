-- Revoked accounts lose their rights at once.
--
-- Banning an account (auth.users.banned_until in the future) or soft-deleting it (deleted_at
-- set) stops new sign-ins, but an access token already issued stays valid until it expires
-- (an hour), and user_roles and project_members rows stay in place. So that a banned director
-- cannot go on editing for that hour, the helpers every policy asks — has_any_role (behind
-- is_admin, is_director, can_read_drafts) and member_project_ids — count roles and memberships
-- only while the caller's account is active, and my_access() reports none otherwise. When a
-- ban runs out, the rows count again; nothing is deleted.

create function private.caller_is_active()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from auth.users u
    where u.id = (select auth.uid())
      and u.deleted_at is null
      and (u.banned_until is null or u.banned_until <= now())
  )
$$;
comment on function private.caller_is_active() is
  'True when the current user''s account exists, is not soft-deleted and is not banned now.';

create or replace function private.has_any_role(roles public.app_role[])
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.user_roles r
    where r.user_id = (select auth.uid()) and r.role = any (roles)
  ) and (select private.caller_is_active())
$$;
comment on function private.has_any_role(public.app_role[]) is
  'True when the current user holds one of the given organisation-wide roles and their account '
  'is active (not banned, not soft-deleted).';

create or replace function private.member_project_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select m.project_id from public.project_members m
  where m.user_id = (select auth.uid()) and (select private.caller_is_active())
$$;
comment on function private.member_project_ids() is
  'Projects the current user leads or edits (project_members), while their account is active.';

create or replace function public.my_access()
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'roles', coalesce(
      (select jsonb_agg(r.role order by r.role)
       from public.user_roles r
       where r.user_id = (select auth.uid()) and (select private.caller_is_active())),
      '[]'::jsonb),
    'memberships', coalesce(
      (select jsonb_agg(jsonb_build_object('project_id', m.project_id, 'role', m.role)
                        order by m.project_id)
       from public.project_members m
       where m.user_id = (select auth.uid()) and (select private.caller_is_active())),
      '[]'::jsonb),
    'person_id', (select p.id from public.people p where p.user_id = (select auth.uid()))
  );
$$;
comment on function public.my_access() is
  'The caller''s roles, project memberships and linked person as one JSON object, read under '
  'the caller''s row-level security: {"roles": [...], "memberships": [{"project_id", "role"}], '
  '"person_id"}. A banned or soft-deleted account has no roles or memberships.';

revoke all on function private.caller_is_active() from public;
grant execute on function private.caller_is_active() to anon, authenticated, service_role;
