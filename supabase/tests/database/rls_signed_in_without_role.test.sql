-- A signed-in user with no role and no project (staff@salkku.test): reads what anonymous
-- visitors read, plus e-mail addresses; writes nothing. Claims in the JWT's user_metadata or
-- app_metadata grant nothing — roles come only from user_roles and project_members.
create extension if not exists pgtap with schema extensions;

begin;
select plan(72);
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000006", "role": "authenticated"}';

-- select --------------------------------------------------------------------------------------
select is((select count(*)::integer from (select 1 from public.programmes) q), 3, 'staff reads the programmes');
select is((select count(*)::integer from (select 1 from public.growth_areas) q), 5, 'staff reads the growth areas');
select is((select count(*)::integer from (select 1 from public.growth_area_people) q), 1, 'staff reads growth area staff');
select is((select count(*)::integer from (select 1 from public.projects) q), 12, 'staff reads the published projects only');
select is_empty($$ select 1 from public.projects where id = '30000000-0000-4000-8000-000000000006' $$, 'staff does not read the draft Hyvinvointidatan yhteiskehittämö');
select is((select count(*)::integer from (select 1 from public.tasks) q), 36, 'staff reads the tasks of the projects they can read');
select is((select count(*)::integer from (select 1 from public.project_contacts) q), 14, 'staff reads the contacts of the projects they can read');
select is((select count(*)::integer from (select 1 from public.organisations) q), 6, 'staff reads organisations');
select is((select count(*)::integer from (select 1 from public.project_partners) q), 8, 'staff reads partners');
select is((select count(*)::integer from (select 1 from public.project_follow_ups) q), 3, 'staff reads follow-ups');
select is((select count(*)::integer from (select 1 from public.project_funding) q), 6, 'staff reads funding');
select is((select count(*)::integer from (select 1 from public.project_overview) q), 12, 'staff reads the overview of the projects they can read');
select is((select count(*)::integer from (select email from public.people where email is not null) q), 12, 'staff reads people with their e-mail');
select is((select count(*)::integer from (select 1 from public.user_roles) q), 0, 'staff reads only their own roles');
select is_empty($$ select 1 from public.project_members $$, 'staff reads no memberships (has none)');
select is_empty($$ select 1 from public.audit_log $$, 'staff reads nothing from the audit trail');

-- insert: every table refuses (new row violates row-level security) ---------------------------
select throws_ok($$ insert into public.programmes (slug, name, starts_on, ends_on) values ('uusi-ohjelma', 'Uusi ohjelma', '2026-01-01', '2026-12-31') $$, '42501', null, 'staff cannot insert into programmes');
select throws_ok($$ insert into public.growth_areas (programme_id, slug, name) values ('10000000-0000-4000-8000-000000000001', 'uusi-alue', 'Uusi alue') $$, '42501', null, 'staff cannot insert into growth_areas');
select throws_ok($$ insert into public.growth_area_people (growth_area_id, person_id, role) values ('20000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000012', 'Asiantuntija') $$, '42501', null, 'staff cannot insert into growth_area_people');
select throws_ok($$ insert into public.organisations (name) values ('Uusi Oy') $$, '42501', null, 'staff cannot insert into organisations');
select throws_ok($$ insert into public.projects (programme_id, growth_area_id, slug, name) values ('10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000003', 'uusi-hanke', 'Uusi hanke') $$, '42501', null, 'staff cannot insert into projects');
select throws_ok($$ insert into public.tasks (project_id, title, due_on) values ('30000000-0000-4000-8000-000000000001', 'Uusi tehtävä', '2027-01-31') $$, '42501', null, 'staff cannot insert into tasks');
select throws_ok($$ insert into public.project_contacts (project_id, person_id) values ('30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000012') $$, '42501', null, 'staff cannot insert into project_contacts');
select throws_ok($$ insert into public.project_partners (project_id, organisation_id) values ('30000000-0000-4000-8000-000000000001', '60000000-0000-4000-8000-000000000005') $$, '42501', null, 'staff cannot insert into project_partners');
select throws_ok($$ insert into public.project_follow_ups (project_id, name) values ('30000000-0000-4000-8000-000000000001', 'Jatkohakemus') $$, '42501', null, 'staff cannot insert into project_follow_ups');
select throws_ok($$ insert into public.project_funding (project_id, instrument) values ('30000000-0000-4000-8000-000000000001', 'EAKR') $$, '42501', null, 'staff cannot insert into project_funding');
select throws_ok($$ insert into public.people (full_name) values ('Uusi Henkilö') $$, '42501', null, 'staff cannot insert into people');
select throws_ok($$ insert into public.user_roles (user_id, role) values ('a0000000-0000-4000-8000-000000000006', 'admin') $$, '42501', null, 'staff cannot insert into user_roles (cannot raise their own privileges)');
select throws_ok($$ insert into public.project_members (project_id, user_id, role) values ('30000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000006', 'lead') $$, '42501', null, 'staff cannot insert into project_members (cannot raise their own privileges)');
select throws_ok($$ insert into public.audit_log (table_name, operation) values ('tasks', 'INSERT') $$, '42501', null, 'staff cannot write the audit trail');

-- update: every table matches zero rows -------------------------------------------------------
with x as (update public.programmes set description = 'Muutettu' where id = '10000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 0, 'staff updates no row of programmes') from x;
with x as (update public.growth_areas set description = 'Muutettu' where id = '20000000-0000-4000-8000-000000000005' returning 1)
select is(count(*)::integer, 0, 'staff updates no row of growth_areas') from x;
with x as (update public.growth_area_people set role = 'Muutettu' where growth_area_id = '20000000-0000-4000-8000-000000000003' and person_id = '50000000-0000-4000-8000-000000000003' returning 1)
select is(count(*)::integer, 0, 'staff updates no row of growth_area_people') from x;
with x as (update public.organisations set short_name = 'Muut' where id = '60000000-0000-4000-8000-000000000006' returning 1)
select is(count(*)::integer, 0, 'staff updates no row of organisations') from x;
with x as (update public.people set title = 'Muutettu' where id = '50000000-0000-4000-8000-000000000012' returning 1)
select is(count(*)::integer, 0, 'staff updates no row of people') from x;
with x as (update public.projects set summary = 'Muutettu' where id = '30000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 0, 'staff updates no row of projects') from x;
with x as (update public.tasks set details = 'Muutettu' where id = '40000000-0000-4000-8000-000000000104' returning 1)
select is(count(*)::integer, 0, 'staff updates no row of tasks') from x;
with x as (update public.project_contacts set role = 'Muutettu' where project_id = '30000000-0000-4000-8000-000000000001' and person_id = '50000000-0000-4000-8000-000000000004' returning 1)
select is(count(*)::integer, 0, 'staff updates no row of project_contacts') from x;
with x as (update public.project_partners set role = 'Muutettu' where project_id = '30000000-0000-4000-8000-000000000004' and organisation_id = '60000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 0, 'staff updates no row of project_partners') from x;
with x as (update public.project_follow_ups set note = 'Muutettu' where id = '80000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 0, 'staff updates no row of project_follow_ups') from x;
with x as (update public.project_funding set note = 'Muutettu' where id = '70000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 0, 'staff updates no row of project_funding') from x;
with x as (update public.user_roles set role = 'director' where user_id = 'a0000000-0000-4000-8000-000000000004' returning 1)
select is(count(*)::integer, 0, 'staff updates no row of user_roles') from x;
with x as (update public.project_members set role = 'editor' where project_id = '30000000-0000-4000-8000-000000000001' and user_id = 'a0000000-0000-4000-8000-000000000003' returning 1)
select is(count(*)::integer, 0, 'staff updates no row of project_members') from x;

-- delete: every table matches zero rows -------------------------------------------------------
with x as (delete from public.programmes where id = '10000000-0000-4000-8000-000000000003' returning 1)
select is(count(*)::integer, 0, 'staff deletes no row of programmes') from x;
with x as (delete from public.growth_areas where id = '20000000-0000-4000-8000-000000000005' returning 1)
select is(count(*)::integer, 0, 'staff deletes no row of growth_areas') from x;
with x as (delete from public.growth_area_people returning 1)
select is(count(*)::integer, 0, 'staff deletes no row of growth_area_people') from x;
with x as (delete from public.organisations returning 1)
select is(count(*)::integer, 0, 'staff deletes no row of organisations') from x;
with x as (delete from public.people returning 1)
select is(count(*)::integer, 0, 'staff deletes no row of people') from x;
with x as (delete from public.projects where id = '30000000-0000-4000-8000-000000000014' returning 1)
select is(count(*)::integer, 0, 'staff deletes no row of projects') from x;
with x as (delete from public.tasks returning 1)
select is(count(*)::integer, 0, 'staff deletes no row of tasks') from x;
with x as (delete from public.project_contacts returning 1)
select is(count(*)::integer, 0, 'staff deletes no row of project_contacts') from x;
with x as (delete from public.project_partners returning 1)
select is(count(*)::integer, 0, 'staff deletes no row of project_partners') from x;
with x as (delete from public.project_follow_ups returning 1)
select is(count(*)::integer, 0, 'staff deletes no row of project_follow_ups') from x;
with x as (delete from public.project_funding returning 1)
select is(count(*)::integer, 0, 'staff deletes no row of project_funding') from x;
with x as (delete from public.user_roles returning 1)
select is(count(*)::integer, 0, 'staff deletes no row of user_roles') from x;
with x as (delete from public.project_members returning 1)
select is(count(*)::integer, 0, 'staff deletes no row of project_members') from x;

-- notifications, follows, status updates, nudges, mail (20260402…) ---------------------------------
select is_empty($$ select 1 from public.notifications where recipient_id <> 'a0000000-0000-4000-8000-000000000006' $$, 'staff reads no one else''s notifications');
select is_empty($$ select 1 from public.mail_outbox $$, 'staff reads nothing from the outbox');
select is_empty($$ select 1 from public.nudges $$, 'staff reads no nudges');
select is((select count(*)::integer from public.reminder_settings), 3, 'staff reads the reminder settings of the programmes they can read');
with x as (update public.reminder_settings set not_updated_days = 1 returning 1)
select is(count(*)::integer, 0, 'staff cannot change the reminder settings') from x;
select throws_ok($$ insert into public.status_updates (project_id, happened) values ('30000000-0000-4000-8000-000000000001', 'x') $$, '42501', null, 'staff cannot write a status update on someone else''s project');
select throws_ok($$ select public.nudge_project('30000000-0000-4000-8000-000000000001') $$, '42501', null, 'staff cannot nudge');
select is_empty($$ select 1 from public.project_reminder_log('30000000-0000-4000-8000-000000000001') $$, 'staff does not read the reminder log');
select throws_ok($$ select public.record_notifications(now()) $$, '42501', null, 'staff cannot run the rules');
select throws_ok($$ select * from public.claim_mail(now()) $$, '42501', null, 'staff cannot claim mail');

-- re-read as the owner: nothing changed -------------------------------------------------------
reset role;
select is((select count(*)::integer from public.audit_log where occurred_at = now()), 0, 'no change by staff reached any table');
select is((select summary from public.projects where id = '30000000-0000-4000-8000-000000000001'), 'Kiertotalot-hankkeessa edistetään rakennusosien uudelleenkäyttöä purku- ja korjauskohteissa.', 'Kiertotalot is unchanged');
select is((select count(*)::integer from public.user_roles), 3, 'roles are unchanged');

-- Forged claims in the token change nothing --------------------------------------------------
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000006", "role": "authenticated", "user_metadata": {"role": "admin"}, "app_metadata": {"role": "director", "roles": ["admin"]}}';
select is_empty($$ select 1 from public.projects where id = '30000000-0000-4000-8000-000000000006' $$, 'role claims in user_metadata/app_metadata do not reveal drafts');
select throws_ok($$ insert into public.user_roles (user_id, role) values ('a0000000-0000-4000-8000-000000000006', 'admin') $$, '42501', null, 'role claims in the token do not let anyone grant themselves a role');
with x as (update public.projects set summary = 'Muutettu' where id = '30000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 0, 'role claims in the token do not let anyone edit a project') from x;

select * from finish();
rollback;
