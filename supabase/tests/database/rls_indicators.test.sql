-- The role × table × operation matrix for indicators, their contributing projects, goals and
-- values. Fixtures (as the owner):
--   I1  published, of project A (Kiertotalot, lead@), fed by project B (lead2@)
--   I2  unpublished, of growth area 3, fed by project A
--   I3  published, of a draft project (hidden from the public)
--   I4  unpublished, of the programme, fed by nobody
-- Anonymous visitors and signed-in users without a role read I1 only; viewers, directors and
-- admins read all; leads read the public ones and those their projects feed. Leads enter values
-- for the indicators their projects own or feed and nothing else; only directors and admins
-- manage indicators, goals and links.
create extension if not exists pgtap with schema extensions;

begin;
select plan(79);

insert into public.indicators (id, programme_id, growth_area_id, project_id, name, published) values
  ('e0000000-0000-4000-8000-000000000001', null, null, '30000000-0000-4000-8000-000000000001', 'I1', true),
  ('e0000000-0000-4000-8000-000000000002', null, '20000000-0000-4000-8000-000000000003', null, 'I2', false),
  ('e0000000-0000-4000-8000-000000000003', null, null, '30000000-0000-4000-8000-000000000006', 'I3', true),
  ('e0000000-0000-4000-8000-000000000004', '10000000-0000-4000-8000-000000000001', null, null, 'I4', false);
insert into public.indicator_projects (indicator_id, project_id) values
  ('e0000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000003'),
  ('e0000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000001');
insert into public.indicator_goals (id, indicator_id, year, value) values
  ('e1000000-0000-4000-8000-000000000001', 'e0000000-0000-4000-8000-000000000001', 2026, 10),
  ('e1000000-0000-4000-8000-000000000002', 'e0000000-0000-4000-8000-000000000002', 2026, 10),
  ('e1000000-0000-4000-8000-000000000003', 'e0000000-0000-4000-8000-000000000003', 2026, 10),
  ('e1000000-0000-4000-8000-000000000004', 'e0000000-0000-4000-8000-000000000004', 2026, 10);
insert into public.indicator_values (id, indicator_id, measured_on, value) values
  ('e2000000-0000-4000-8000-000000000001', 'e0000000-0000-4000-8000-000000000001', '2026-06-30', 5),
  ('e2000000-0000-4000-8000-000000000002', 'e0000000-0000-4000-8000-000000000002', '2026-06-30', 5),
  ('e2000000-0000-4000-8000-000000000003', 'e0000000-0000-4000-8000-000000000003', '2026-06-30', 5),
  ('e2000000-0000-4000-8000-000000000004', 'e0000000-0000-4000-8000-000000000004', '2026-06-30', 5);

-- anonymous ------------------------------------------------------------------------------------
set local role anon;
set local request.jwt.claims to '{"role": "anon"}';
select results_eq($$ select name from public.indicators where id::text like 'e0%' order by name $$,
  $$ values ('I1') $$, 'anon reads only the published indicator of a public scope');
select results_eq($$ select project_id from public.indicator_projects where indicator_id::text like 'e0%' $$,
  $$ values ('30000000-0000-4000-8000-000000000003'::uuid) $$, 'anon reads the public project feeding it');
select results_eq($$ select indicator_id from public.indicator_goals where indicator_id::text like 'e0%' $$,
  $$ values ('e0000000-0000-4000-8000-000000000001'::uuid) $$, 'anon reads its goals only');
select results_eq($$ select indicator_id from public.indicator_values where indicator_id::text like 'e0%' $$,
  $$ values ('e0000000-0000-4000-8000-000000000001'::uuid) $$, 'anon reads its values only');
select results_eq($$ select name from public.indicator_status where id::text like 'e0%' $$,
  $$ values ('I1') $$, 'anon sees the status of the public indicator only');
select is(public.indicator_page('e0000000-0000-4000-8000-000000000004'), null, 'anon gets no page for an unpublished indicator');
select is(public.indicator_page('e0000000-0000-4000-8000-000000000001') -> 'can_enter_values', 'false'::jsonb, 'anon may not enter values');
select throws_ok($$ insert into public.indicators (programme_id, name) values ('10000000-0000-4000-8000-000000000001', 'X') $$, '42501', null, 'anon cannot insert indicators');
select throws_ok($$ insert into public.indicator_projects (indicator_id, project_id) values ('e0000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000001') $$, '42501', null, 'anon cannot link projects');
select throws_ok($$ insert into public.indicator_goals (indicator_id, year, value) values ('e0000000-0000-4000-8000-000000000001', 2027, 1) $$, '42501', null, 'anon cannot set goals');
select throws_ok($$ insert into public.indicator_values (indicator_id, measured_on, value) values ('e0000000-0000-4000-8000-000000000001', '2026-09-30', 1) $$, '42501', null, 'anon cannot enter values');
select throws_ok($$ update public.indicator_values set value = 1 $$, '42501', null, 'anon cannot update values');
select throws_ok($$ delete from public.indicator_values $$, '42501', null, 'anon cannot delete values');

-- signed in without a role ---------------------------------------------------------------------
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000006", "role": "authenticated"}';
select results_eq($$ select name from public.indicators where id::text like 'e0%' order by name $$,
  $$ values ('I1') $$, 'a user without a role reads what anon reads');
select is((select count(*)::integer from public.indicator_values where indicator_id::text like 'e0%'), 1, 'a user without a role reads I1''s values');
select throws_ok($$ insert into public.indicator_values (indicator_id, measured_on, value) values ('e0000000-0000-4000-8000-000000000001', '2026-09-30', 1) $$, '42501', null, 'a user without a role cannot enter values');
select throws_ok($$ insert into public.indicators (programme_id, name) values ('10000000-0000-4000-8000-000000000001', 'X') $$, '42501', null, 'a user without a role cannot create indicators');
with x as (update public.indicator_values set value = 1 where indicator_id::text like 'e0%' returning 1)
select is(count(*)::integer, 0, 'a user without a role updates no value') from x;
with x as (delete from public.indicator_goals where indicator_id::text like 'e0%' returning 1)
select is(count(*)::integer, 0, 'a user without a role deletes no goal') from x;

-- viewer -------------------------------------------------------------------------------------------
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000004", "role": "authenticated"}';
select results_eq($$ select name from public.indicators where id::text like 'e0%' order by name $$,
  $$ values ('I1'), ('I2'), ('I3'), ('I4') $$, 'viewer reads every indicator, drafts too');
select is((select count(*)::integer from public.indicator_goals where indicator_id::text like 'e0%'), 4, 'viewer reads every goal');
select is((select count(*)::integer from public.indicator_values where indicator_id::text like 'e0%'), 4, 'viewer reads every value');
select is((select count(*)::integer from public.indicator_projects where indicator_id::text like 'e0%'), 2, 'viewer reads every link');
select throws_ok($$ insert into public.indicator_values (indicator_id, measured_on, value) values ('e0000000-0000-4000-8000-000000000001', '2026-09-30', 1) $$, '42501', null, 'viewer cannot enter values');
select throws_ok($$ insert into public.indicator_goals (indicator_id, year, value) values ('e0000000-0000-4000-8000-000000000001', 2027, 1) $$, '42501', null, 'viewer cannot set goals');
select throws_ok($$ insert into public.indicator_projects (indicator_id, project_id) values ('e0000000-0000-4000-8000-000000000004', '30000000-0000-4000-8000-000000000001') $$, '42501', null, 'viewer cannot link projects');
with x as (update public.indicators set tolerance_percent = 50 where id::text like 'e0%' returning 1)
select is(count(*)::integer, 0, 'viewer updates no indicator') from x;
with x as (delete from public.indicator_values where indicator_id::text like 'e0%' returning 1)
select is(count(*)::integer, 0, 'viewer deletes no value') from x;

-- lead of project A ------------------------------------------------------------------------------
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000003", "role": "authenticated"}';
select results_eq($$ select name from public.indicators where id::text like 'e0%' order by name $$,
  $$ values ('I1'), ('I2') $$, 'lead reads the public indicator and the unpublished one their project feeds');
select is((select count(*)::integer from public.indicator_values where indicator_id::text like 'e0%'), 2, 'lead reads those values');
select is((select count(*)::integer from public.indicator_goals where indicator_id::text like 'e0%'), 2, 'lead reads those goals');
select is((select count(*)::integer from public.indicator_projects where indicator_id::text like 'e0%'), 2, 'lead reads those links');
select is(public.indicator_page('e0000000-0000-4000-8000-000000000002') -> 'can_enter_values', 'true'::jsonb, 'the page tells the lead they may enter values');
select is(public.indicator_page('e0000000-0000-4000-8000-000000000002') -> 'can_manage', 'false'::jsonb, 'the page tells the lead they may not edit goals');
select lives_ok($$ insert into public.indicator_values (id, indicator_id, measured_on, value, entered_by) values ('e2000000-0000-4000-8000-000000000011', 'e0000000-0000-4000-8000-000000000001', '2026-09-30', 6, 'a0000000-0000-4000-8000-000000000002') $$, 'lead enters a value for the indicator their project owns');
select lives_ok($$ insert into public.indicator_values (indicator_id, measured_on, value) values ('e0000000-0000-4000-8000-000000000002', '2026-09-30', 6) $$, 'lead enters a value for an indicator their project feeds');
select throws_ok($$ insert into public.indicator_values (indicator_id, measured_on, value) values ('e0000000-0000-4000-8000-000000000001', '2026-09-30', 7) $$, '23505', null, 'a second value for the same date is refused');
select throws_ok($$ insert into public.indicator_values (indicator_id, measured_on, value) values ('e0000000-0000-4000-8000-000000000004', '2026-09-30', 6) $$, '42501', null, 'lead cannot enter a value for an indicator their projects do not feed');
select throws_ok($$ insert into public.indicators (project_id, name) values ('30000000-0000-4000-8000-000000000001', 'Oma') $$, '42501', null, 'lead cannot create indicators, not even for their project');
select throws_ok($$ insert into public.indicator_goals (indicator_id, year, value) values ('e0000000-0000-4000-8000-000000000001', 2027, 1) $$, '42501', null, 'lead cannot set goals');
select throws_ok($$ insert into public.indicator_projects (indicator_id, project_id) values ('e0000000-0000-4000-8000-000000000004', '30000000-0000-4000-8000-000000000001') $$, '42501', null, 'lead cannot link their project to another indicator');
with x as (update public.indicator_values set value = 5.5, note = 'Korjattu' where id = 'e2000000-0000-4000-8000-000000000001' returning version)
select is((select version from x), 2, 'lead corrects a value of their indicator; the version grows');
with x as (update public.indicator_values set value = 1 where id = 'e2000000-0000-4000-8000-000000000004' returning 1)
select is(count(*)::integer, 0, 'lead updates no value of an indicator they do not feed') from x;
select throws_ok($$ update public.indicator_values set indicator_id = 'e0000000-0000-4000-8000-000000000004', measured_on = '2026-12-31' where id = 'e2000000-0000-4000-8000-000000000001' $$, '42501', null, 'lead cannot move a value to an indicator they do not feed');
with x as (update public.indicators set tolerance_percent = 50 where id::text like 'e0%' returning 1)
select is(count(*)::integer, 0, 'lead updates no indicator (not even the tolerance)') from x;
with x as (update public.indicator_goals set value = 1 where indicator_id::text like 'e0%' returning 1)
select is(count(*)::integer, 0, 'lead updates no goal') from x;
with x as (update public.indicator_projects set created_at = now() where indicator_id::text like 'e0%' returning 1)
select is(count(*)::integer, 0, 'lead updates no link') from x;
with x as (delete from public.indicator_values where id = 'e2000000-0000-4000-8000-000000000002' returning 1)
select is(count(*)::integer, 1, 'lead removes a value of an indicator their project feeds') from x;
with x as (delete from public.indicator_values where id = 'e2000000-0000-4000-8000-000000000004' returning 1)
select is(count(*)::integer, 0, 'lead removes no value of an indicator they do not feed') from x;
with x as (delete from public.indicator_goals where indicator_id::text like 'e0%' returning 1)
select is(count(*)::integer, 0, 'lead deletes no goal') from x;
with x as (delete from public.indicator_projects where indicator_id::text like 'e0%' returning 1)
select is(count(*)::integer, 0, 'lead deletes no link') from x;
with x as (delete from public.indicators where id::text like 'e0%' returning 1)
select is(count(*)::integer, 0, 'lead deletes no indicator') from x;

-- lead of project B ------------------------------------------------------------------------------
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000005", "role": "authenticated"}';
select results_eq($$ select name from public.indicators where id::text like 'e0%' order by name $$,
  $$ values ('I1') $$, 'lead of B reads the indicator B feeds, not A''s unpublished one');
select lives_ok($$ insert into public.indicator_values (indicator_id, measured_on, value) values ('e0000000-0000-4000-8000-000000000001', '2026-10-31', 6) $$, 'lead of B enters a value for the indicator B feeds');
select throws_ok($$ insert into public.indicator_values (indicator_id, measured_on, value) values ('e0000000-0000-4000-8000-000000000002', '2026-10-31', 6) $$, '42501', null, 'lead of B cannot enter a value for I2');

-- director -----------------------------------------------------------------------------------------
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
select results_eq($$ select name from public.indicators where id::text like 'e0%' order by name $$,
  $$ values ('I1'), ('I2'), ('I3'), ('I4') $$, 'director reads every indicator');
select is(public.indicator_page('e0000000-0000-4000-8000-000000000004') -> 'can_manage', 'true'::jsonb, 'the page tells the director they may edit goals');
select lives_ok($$ insert into public.indicators (id, growth_area_id, name, tolerance_percent) values ('e0000000-0000-4000-8000-000000000005', '20000000-0000-4000-8000-000000000001', 'I5', 10) $$, 'director creates an indicator');
select lives_ok($$ insert into public.indicator_goals (indicator_id, year, value) values ('e0000000-0000-4000-8000-000000000005', 2027, 1) $$, 'director sets a goal');
select lives_ok($$ insert into public.indicator_projects (indicator_id, project_id) values ('e0000000-0000-4000-8000-000000000005', '30000000-0000-4000-8000-000000000001') $$, 'director links a project');
select lives_ok($$ insert into public.indicator_values (indicator_id, measured_on, value) values ('e0000000-0000-4000-8000-000000000004', '2026-10-31', 6) $$, 'director enters a value for any indicator');
with x as (update public.indicators set tolerance_percent = 7.5 where id = 'e0000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 1, 'director sets the tolerance') from x;
with x as (update public.indicator_goals set value = 12 where id = 'e1000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 1, 'director changes a goal') from x;
with x as (update public.indicator_values set value = 4 where id = 'e2000000-0000-4000-8000-000000000003' returning 1)
select is(count(*)::integer, 1, 'director corrects a value') from x;
with x as (update public.indicator_projects set created_at = now() where indicator_id = 'e0000000-0000-4000-8000-000000000005' returning 1)
select is(count(*)::integer, 1, 'director updates a link') from x;
with x as (delete from public.indicator_projects where indicator_id = 'e0000000-0000-4000-8000-000000000005' returning 1)
select is(count(*)::integer, 1, 'director unlinks a project') from x;
select throws_ok($$ delete from public.indicators where id = 'e0000000-0000-4000-8000-000000000005' $$, '23503', null, 'an indicator with goals cannot be deleted');
with x as (delete from public.indicator_goals where indicator_id = 'e0000000-0000-4000-8000-000000000005' returning 1)
select is(count(*)::integer, 1, 'director deletes a goal') from x;
with x as (delete from public.indicator_values where id = 'e2000000-0000-4000-8000-000000000003' returning 1)
select is(count(*)::integer, 1, 'director deletes a value') from x;
with x as (delete from public.indicators where id = 'e0000000-0000-4000-8000-000000000005' returning 1)
select is(count(*)::integer, 1, 'director deletes an empty indicator') from x;

-- admin ----------------------------------------------------------------------------------------------
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000001", "role": "authenticated"}';
select is((select count(*)::integer from public.indicators where id::text like 'e0%'), 4, 'admin reads every indicator');
select lives_ok($$ insert into public.indicator_goals (indicator_id, year, value) values ('e0000000-0000-4000-8000-000000000004', 2027, 20) $$, 'admin sets a goal');
with x as (update public.indicators set published = true where id = 'e0000000-0000-4000-8000-000000000004' returning 1)
select is(count(*)::integer, 1, 'admin publishes an indicator') from x;
with x as (delete from public.indicator_goals where indicator_id = 'e0000000-0000-4000-8000-000000000004' and year = 2027 returning 1)
select is(count(*)::integer, 1, 'admin deletes a goal') from x;
with x as (delete from public.indicator_values where indicator_id = 'e0000000-0000-4000-8000-000000000004' and measured_on = '2026-10-31' returning 1)
select is(count(*)::integer, 1, 'admin deletes a value') from x;

-- re-read as the owner -------------------------------------------------------------------------------
reset role;
select is((select entered_by from public.indicator_values where id = 'e2000000-0000-4000-8000-000000000011'),
  'a0000000-0000-4000-8000-000000000003'::uuid, 'entered_by is the lead who entered the value, whatever the client sent');
select is((select tolerance_percent from public.indicators where id = 'e0000000-0000-4000-8000-000000000002'), 5.00,
  'nobody without the right changed I2''s tolerance');
select is((select value from public.indicator_values where id = 'e2000000-0000-4000-8000-000000000004'), 5::numeric,
  'the value of I4 is unchanged by the leads');
select ok((select count(*) > 0 from public.audit_log where table_name = 'indicator_values' and operation = 'UPDATE'
  and row_id = 'e2000000-0000-4000-8000-000000000001' and actor_id = 'a0000000-0000-4000-8000-000000000003'),
  'the lead''s correction is in the audit trail');

select * from finish();
rollback;
