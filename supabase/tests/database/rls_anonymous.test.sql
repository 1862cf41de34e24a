-- Anonymous visitors: read published programmes, growth areas and projects with their tasks,
-- contacts, partners, funding and follow-ups; people only as name, title and organisation.
-- Never drafts, e-mail, roles, memberships or the audit trail; never write anything.
create extension if not exists pgtap with schema extensions;

begin;
select plan(76);

-- A person nobody links to, and a task on a draft, to prove they stay hidden.
insert into public.people (id, full_name, email) values
  ('50000000-0000-4000-8000-0000000000aa', 'Piilossa Oleva', 'piilo@hel.example');

set local role anon;
set local request.jwt.claims to '{"role": "anon"}';

-- select ----------------------------------------------------------------------------------------
select is((select count(*)::integer from public.programmes), 3, 'anon reads the three published programmes');
select is((select count(*)::integer from public.growth_areas), 5, 'anon reads the five growth areas of the published programme');
select is((select count(*)::integer from public.growth_area_people), 1, 'anon reads growth area staff');
select is((select count(*)::integer from public.projects), 12, 'anon reads the 12 published projects');
select is_empty($$ select 1 from public.projects where not published $$, 'anon reads no draft project');
select is_empty($$ select 1 from public.projects where id = '30000000-0000-4000-8000-000000000006' $$, 'the draft Hyvinvointidatan yhteiskehittämö is hidden');
select is((select count(*)::integer from public.tasks), 36, 'anon reads the tasks of published projects');
select is_empty($$ select 1 from public.tasks where project_id = '30000000-0000-4000-8000-000000000006' $$, 'anon reads no task of a draft');
select is((select count(*)::integer from public.project_contacts), 14, 'anon reads the contacts of published projects');
select is_empty($$ select 1 from public.project_contacts where project_id = '30000000-0000-4000-8000-000000000006' $$, 'anon reads no contact of a draft');
select is((select count(*)::integer from public.organisations), 6, 'anon reads partner organisations');
select is((select count(*)::integer from public.project_partners), 8, 'anon reads project partners');
select is((select count(*)::integer from public.project_follow_ups), 3, 'anon reads follow-ups');
select is((select count(*)::integer from public.project_funding), 6, 'anon reads funding of published projects');
select is((select count(*)::integer from public.project_overview), 12, 'anon reads the overview of published projects only');
select results_eq(
  $$ select full_name, title, organisation from public.people where id = '50000000-0000-4000-8000-000000000007' $$,
  $$ values ('Nea Metsänranta', 'Projektipäällikkö', 'HSY Helsingin seudun ympäristöpalvelut -kuntayhtymä') $$,
  'anon reads a contact''s name, title and organisation'
);
select is((select count(*)::integer from public.people), 12, 'anon reads the people shown on public pages');
select is_empty($$ select 1 from public.people where id = '50000000-0000-4000-8000-0000000000aa' $$, 'anon does not read people who appear nowhere public');
select throws_ok($$ select email from public.people $$, '42501', null, 'anon cannot read e-mail addresses');
select throws_ok($$ select * from public.people $$, '42501', null, 'anon cannot select * from people (e-mail and account are not granted)');
select throws_ok($$ select user_id from public.people $$, '42501', null, 'anon cannot read which account a person has');
select throws_ok($$ select 1 from public.user_roles $$, '42501', null, 'anon cannot read roles');
select throws_ok($$ select 1 from public.project_members $$, '42501', null, 'anon cannot read memberships');
select throws_ok($$ select 1 from public.audit_log $$, '42501', null, 'anon cannot read the audit trail');

-- insert ----------------------------------------------------------------------------------------
select throws_ok($$ insert into public.programmes (slug, name, starts_on, ends_on) values ('x', 'X', '2025-01-01', '2025-12-31') $$, '42501', null, 'anon cannot insert programmes');
select throws_ok($$ insert into public.growth_areas (programme_id, slug, name) values ('10000000-0000-4000-8000-000000000001', 'x', 'X') $$, '42501', null, 'anon cannot insert growth areas');
select throws_ok($$ insert into public.growth_area_people (growth_area_id, person_id, role) values ('20000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000001', 'X') $$, '42501', null, 'anon cannot insert growth area staff');
select throws_ok($$ insert into public.people (full_name) values ('X') $$, '42501', null, 'anon cannot insert people');
select throws_ok($$ insert into public.projects (programme_id, slug, name) values ('10000000-0000-4000-8000-000000000001', 'x', 'X') $$, '42501', null, 'anon cannot insert projects');
select throws_ok($$ insert into public.tasks (project_id, title) values ('30000000-0000-4000-8000-000000000001', 'X') $$, '42501', null, 'anon cannot insert tasks');
select throws_ok($$ insert into public.project_contacts (project_id, person_id) values ('30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000001') $$, '42501', null, 'anon cannot insert contacts');
select throws_ok($$ insert into public.organisations (name) values ('X') $$, '42501', null, 'anon cannot insert organisations');
select throws_ok($$ insert into public.project_partners (project_id, organisation_id) values ('30000000-0000-4000-8000-000000000001', '60000000-0000-4000-8000-000000000001') $$, '42501', null, 'anon cannot insert partners');
select throws_ok($$ insert into public.project_follow_ups (project_id, name) values ('30000000-0000-4000-8000-000000000001', 'X') $$, '42501', null, 'anon cannot insert follow-ups');
select throws_ok($$ insert into public.project_funding (project_id, instrument) values ('30000000-0000-4000-8000-000000000001', 'X') $$, '42501', null, 'anon cannot insert funding');
select throws_ok($$ insert into public.user_roles (user_id, role) values ('a0000000-0000-4000-8000-000000000006', 'admin') $$, '42501', null, 'anon cannot grant roles');
select throws_ok($$ insert into public.project_members (project_id, user_id) values ('30000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000006') $$, '42501', null, 'anon cannot add project members');

-- update ----------------------------------------------------------------------------------------
select throws_ok($$ update public.programmes set name = 'X' $$, '42501', null, 'anon cannot update programmes');
select throws_ok($$ update public.growth_areas set name = 'X' $$, '42501', null, 'anon cannot update growth areas');
select throws_ok($$ update public.growth_area_people set role = 'X' $$, '42501', null, 'anon cannot update growth area staff');
select throws_ok($$ update public.people set full_name = 'X' $$, '42501', null, 'anon cannot update people');
select throws_ok($$ update public.projects set name = 'X' $$, '42501', null, 'anon cannot update projects');
select throws_ok($$ update public.tasks set title = 'X' $$, '42501', null, 'anon cannot update tasks');
select throws_ok($$ update public.project_contacts set role = 'X' $$, '42501', null, 'anon cannot update contacts');
select throws_ok($$ update public.organisations set name = 'X' $$, '42501', null, 'anon cannot update organisations');
select throws_ok($$ update public.project_partners set role = 'X' $$, '42501', null, 'anon cannot update partners');
select throws_ok($$ update public.project_follow_ups set note = 'X' $$, '42501', null, 'anon cannot update follow-ups');
select throws_ok($$ update public.project_funding set note = 'X' $$, '42501', null, 'anon cannot update funding');
select throws_ok($$ update public.user_roles set role = 'admin' $$, '42501', null, 'anon cannot update roles');
select throws_ok($$ update public.project_members set role = 'lead' $$, '42501', null, 'anon cannot update memberships');

-- delete ----------------------------------------------------------------------------------------
select throws_ok($$ delete from public.programmes $$, '42501', null, 'anon cannot delete programmes');
select throws_ok($$ delete from public.growth_areas $$, '42501', null, 'anon cannot delete growth areas');
select throws_ok($$ delete from public.growth_area_people $$, '42501', null, 'anon cannot delete growth area staff');
select throws_ok($$ delete from public.people $$, '42501', null, 'anon cannot delete people');
select throws_ok($$ delete from public.projects $$, '42501', null, 'anon cannot delete projects');
select throws_ok($$ delete from public.tasks $$, '42501', null, 'anon cannot delete tasks');
select throws_ok($$ delete from public.project_contacts $$, '42501', null, 'anon cannot delete contacts');
select throws_ok($$ delete from public.organisations $$, '42501', null, 'anon cannot delete organisations');
select throws_ok($$ delete from public.project_partners $$, '42501', null, 'anon cannot delete partners');
select throws_ok($$ delete from public.project_follow_ups $$, '42501', null, 'anon cannot delete follow-ups');
select throws_ok($$ delete from public.project_funding $$, '42501', null, 'anon cannot delete funding');
select throws_ok($$ delete from public.user_roles $$, '42501', null, 'anon cannot delete roles');
select throws_ok($$ delete from public.project_members $$, '42501', null, 'anon cannot delete memberships');

-- Notifications, follows, preferences, status updates, nudges, mail (20260402…) ------------------
select throws_ok($$ select 1 from public.notifications $$, '42501', null, 'anon cannot read notifications');
select throws_ok($$ select 1 from public.follows $$, '42501', null, 'anon cannot read follows');
select throws_ok($$ insert into public.follows (project_id) values ('30000000-0000-4000-8000-000000000001') $$, '42501', null, 'anon cannot follow');
select throws_ok($$ select 1 from public.notification_preferences $$, '42501', null, 'anon cannot read preferences');
select throws_ok($$ select 1 from public.mail_outbox $$, '42501', null, 'anon cannot read the outbox');
select throws_ok($$ select 1 from public.nudges $$, '42501', null, 'anon cannot read the nudge log');
select throws_ok($$ select 1 from public.reminder_settings $$, '42501', null, 'anon cannot read the reminder settings');
select lives_ok($$ select 1 from public.status_updates $$, 'anon reads status updates (of published projects)');
select throws_ok($$ insert into public.status_updates (project_id, happened) values ('30000000-0000-4000-8000-000000000001', 'x') $$, '42501', null, 'anon cannot write status updates');
select throws_ok($$ select public.nudge_project('30000000-0000-4000-8000-000000000001') $$, '42501', null, 'anon cannot nudge');

-- Nothing changed ---------------------------------------------------------------------------------
reset role;
select is(
  (select count(*)::integer from public.audit_log where occurred_at = now()),
  1,
  'the only change in this transaction is the hidden person inserted by the test itself'
);
select is((select count(*)::integer from public.projects), 14, 'all 14 projects are still there');
select is((select count(*)::integer from public.tasks), 37, 'all 37 tasks are still there');

select * from finish();
rollback;
