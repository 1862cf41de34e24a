-- my_tasks: a signed-in user's tasks are those of the projects they lead or edit plus those
-- assigned to the person linked to their account; nobody else's, and never anonymously.
create extension if not exists pgtap with schema extensions;

begin;
select plan(10);

-- A director assigns a task of another project (Luovien alojen kasvupolku) to Ronny Rantamäki.
update public.tasks set assignee_person_id = '50000000-0000-4000-8000-000000000004'
where id = '40000000-0000-4000-8000-000000000704';

set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000003", "role": "authenticated"}';
select is((select count(*)::integer from public.my_tasks), 9,
  'the lead sees the 8 tasks of their two projects and the one assigned to them elsewhere');
select results_eq(
  $$ select assigned_to_me, in_my_project, project_slug from public.my_tasks where id = '40000000-0000-4000-8000-000000000704' $$,
  $$ values (true, false, 'luovien-alojen-kasvupolku') $$,
  'a task assigned to me in someone else''s project is labelled as such'
);
select results_eq(
  $$ select is_open, is_overdue from public.my_tasks where id = '40000000-0000-4000-8000-000000000104' $$,
  $$ values (true, true) $$,
  'Pilottikohteen valinta (due 10.11.2026, not started) is open and overdue'
);
select results_eq(
  $$ select is_open, is_overdue from public.my_tasks where id = '40000000-0000-4000-8000-000000000101' $$,
  $$ values (false, false) $$,
  'a done task is neither open nor overdue'
);
-- Overdue counts from private.today(), the date every schedule rule uses (frozen here).
set local salkku.today = '2026-11-10';
select results_eq(
  $$ select is_overdue from public.my_tasks where id = '40000000-0000-4000-8000-000000000104' $$,
  $$ values (false) $$,
  'a task due today (private.today() = 10.11.2026) is not overdue yet'
);
set local salkku.today = '2026-11-11';
select results_eq(
  $$ select is_overdue from public.my_tasks where id = '40000000-0000-4000-8000-000000000104' $$,
  $$ values (true) $$,
  'the day after its deadline (private.today() = 11.11.2026) it is overdue'
);
reset salkku.today;

set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000005", "role": "authenticated"}';
select results_eq(
  $$ select distinct project_slug from public.my_tasks $$,
  $$ values ('arabian-kiertotaloushubi') $$,
  'lead B sees only the tasks of Arabian kiertotaloushubi'
);

set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
select is_empty($$ select 1 from public.my_tasks $$, 'a director with no projects of their own has no tasks here');

set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000004", "role": "authenticated"}';
select is_empty($$ select 1 from public.my_tasks $$, 'a viewer has no tasks here');

set local role anon;
set local request.jwt.claims to '{"role": "anon"}';
select throws_ok($$ select 1 from public.my_tasks $$, '42501', null, 'anonymous visitors cannot query my_tasks');

select * from finish();
rollback;
