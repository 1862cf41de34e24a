-- set_primary_contact(): the main contact moves atomically, for the project's members and
-- directors only.
create extension if not exists pgtap with schema extensions;

begin;
select plan(6);

-- Project B gets a second contact, so there is a non-primary contact to promote there.
insert into public.project_contacts (project_id, person_id)
values ('30000000-0000-4000-8000-000000000003', '50000000-0000-4000-8000-000000000010');

set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000003", "role": "authenticated"}';
select is(
  public.set_primary_contact('30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000002'),
  2,
  'the lead makes Lari Sirén the main contact of Kiertotalot (one promoted, one demoted)'
);
select results_eq(
  $$ select person_id from public.project_contacts where project_id = '30000000-0000-4000-8000-000000000001' and is_primary $$,
  $$ values ('50000000-0000-4000-8000-000000000002'::uuid) $$,
  'there is exactly one main contact, the new one'
);
select is(
  public.set_primary_contact('30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000002'),
  0,
  'repeating it changes nothing'
);
select throws_ok(
  $$ select public.set_primary_contact('30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000007') $$,
  '22023', 'This person is not a contact of the project', 'only an existing contact can become the main contact'
);
select throws_ok(
  $$ select public.set_primary_contact('30000000-0000-4000-8000-000000000003', '50000000-0000-4000-8000-000000000010') $$,
  '42501', 'Not allowed to change this project''s contacts', 'the lead cannot change project B''s main contact'
);

set local role anon;
set local request.jwt.claims to '{"role": "anon"}';
select throws_ok(
  $$ select public.set_primary_contact('30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000004') $$,
  '42501', null, 'anonymous visitors cannot call it'
);

select * from finish();
rollback;
