-- my_access(): what the signed-in user may do, in one request — their organisation-wide roles,
-- the projects they lead or edit, and the person linked to their account. The app reads it
-- before every page, so three separate reads (user_roles, project_members, people) cost two
-- extra round trips on every full page load. security invoker: row-level security lets a user
-- read exactly their own rows of user_roles and project_members; nothing else is revealed.
-- Anonymous callers get empty roles and memberships and no person.

create function public.my_access()
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'roles', coalesce(
      (select jsonb_agg(r.role order by r.role)
       from public.user_roles r where r.user_id = (select auth.uid())),
      '[]'::jsonb),
    'memberships', coalesce(
      (select jsonb_agg(jsonb_build_object('project_id', m.project_id, 'role', m.role)
                        order by m.project_id)
       from public.project_members m where m.user_id = (select auth.uid())),
      '[]'::jsonb),
    'person_id', (select p.id from public.people p where p.user_id = (select auth.uid()))
  );
$$;
comment on function public.my_access() is
  'The caller''s roles, project memberships and linked person as one JSON object, read under '
  'the caller''s row-level security: {"roles": [...], "memberships": [{"project_id", "role"}], '
  '"person_id"}.';

revoke all on function public.my_access() from public, anon, authenticated;
grant execute on function public.my_access() to authenticated, service_role;
