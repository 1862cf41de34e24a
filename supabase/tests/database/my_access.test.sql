-- my_access(): each user reads their own roles, memberships and person — and only theirs.
create extension if not exists pgtap with schema extensions;

begin;
select plan(5);

set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000003", "role": "authenticated"}';
select is(
  public.my_access() -> 'roles',
  '[]'::jsonb,
  'a project lead has no organisation-wide role'
);
select is(
  (select array_agg(m ->> 'project_id' order by m ->> 'project_id')
   from jsonb_array_elements(public.my_access() -> 'memberships') m),
  (select array_agg(project_id::text order by project_id::text) from public.project_members
   where user_id = 'a0000000-0000-4000-8000-000000000003'),
  'the lead gets exactly their own memberships'
);
select is(
  public.my_access() ->> 'person_id',
  (select id::text from public.people where user_id = 'a0000000-0000-4000-8000-000000000003'),
  'and the person linked to their account'
);

set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000001", "role": "authenticated"}';
select is(
  public.my_access() -> 'roles',
  (select jsonb_agg(role order by role) from public.user_roles
   where user_id = 'a0000000-0000-4000-8000-000000000001'),
  'the admin gets their own roles, not everyone''s (admins may read every user_roles row)'
);

set local role anon;
set local request.jwt.claims to '{"role": "anon"}';
select throws_ok(
  $$ select public.my_access() $$,
  '42501', null, 'anonymous visitors cannot call it'
);

select * from finish();
rollback;
