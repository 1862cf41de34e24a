-- Revoked accounts: once an account is banned (auth.users.banned_until in the future) or
-- soft-deleted (deleted_at set), its roles and project memberships stop counting at once, even
-- though its last access token stays valid until it expires. When a ban runs out, they count
-- again.
create extension if not exists pgtap with schema extensions;

begin;
select plan(19);

-- The director (a…02) and a lead (a…03, lead of project 3…01) as the API would run them.
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
select ok((select private.is_director()), 'an active director is a director');
with x as (update public.programmes set description = 'Ennen' where id = '10000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 1, 'an active director updates a programme') from x;

-- Banned: roles stop counting at once.
reset role;
update auth.users set banned_until = now() + interval '1 day'
where id = 'a0000000-0000-4000-8000-000000000002';
set local role authenticated;
select ok(not (select private.is_director()), 'a banned director is no longer a director');
select ok(not (select private.can_read_drafts()), 'a banned director no longer reads drafts');
with x as (update public.programmes set description = 'Kielletty' where id = '10000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 0, 'a banned director updates no programme') from x;
select throws_ok(
  $$ insert into public.programmes (slug, name, starts_on, ends_on) values ('kielletty', 'Kielletty', '2026-01-01', '2026-12-31') $$,
  '42501', null, 'a banned director inserts no programme'
);
select is(
  (select count(*)::integer from public.projects where not published),
  0,
  'a banned director reads no drafts'
);
select is(public.my_access() -> 'roles', '[]'::jsonb, 'my_access() shows a banned director no role');

-- The ban has run out: the roles count again.
reset role;
update auth.users set banned_until = now() - interval '1 minute'
where id = 'a0000000-0000-4000-8000-000000000002';
set local role authenticated;
select ok((select private.is_director()), 'after the ban, the director is a director again');

-- Soft-deleted: roles stop counting.
reset role;
update auth.users set banned_until = null, deleted_at = now()
where id = 'a0000000-0000-4000-8000-000000000002';
set local role authenticated;
select ok(not (select private.is_director()), 'a soft-deleted director is no longer a director');
with x as (update public.programmes set description = 'Poistettu' where id = '10000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 0, 'a soft-deleted director updates no programme') from x;
select is(public.my_access() -> 'roles', '[]'::jsonb, 'my_access() shows a soft-deleted director no role');

-- A lead: memberships stop counting too.
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000003", "role": "authenticated"}';
select ok(
  '30000000-0000-4000-8000-000000000001'::uuid in (select private.member_project_ids()),
  'an active lead is a member of their project'
);
with x as (update public.tasks set details = 'Ennen' where id = '40000000-0000-4000-8000-000000000101' returning 1)
select is(count(*)::integer, 1, 'an active lead updates their project''s task') from x;
reset role;
update auth.users set banned_until = 'infinity' where id = 'a0000000-0000-4000-8000-000000000003';
set local role authenticated;
select is((select count(*)::integer from private.member_project_ids()), 0, 'a banned lead is a member of nothing');
with x as (update public.tasks set details = 'Kielletty' where id = '40000000-0000-4000-8000-000000000101' returning 1)
select is(count(*)::integer, 0, 'a banned lead updates no task of their project') from x;
select is(public.my_access() -> 'memberships', '[]'::jsonb, 'my_access() shows a banned lead no membership');
reset role;
update auth.users set banned_until = null, deleted_at = now() where id = 'a0000000-0000-4000-8000-000000000003';
set local role authenticated;
with x as (update public.tasks set details = 'Poistettu' where id = '40000000-0000-4000-8000-000000000101' returning 1)
select is(count(*)::integer, 0, 'a soft-deleted lead updates no task of their project') from x;

-- Others are untouched.
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000005", "role": "authenticated"}';
select ok(
  '30000000-0000-4000-8000-000000000003'::uuid in (select private.member_project_ids()),
  'another lead keeps their membership'
);

select * from finish();
rollback;
