-- Project lead (lead@salkku.test, lead of Kiertotalot and Rakentamisen kiertotalouden
-- kokeiluympäristöt; project A): edits their own projects' content and their tasks and
-- contacts; cannot touch project B (Arabian kiertotaloushubi, led by lead2@), cannot delete or
-- publish projects, and cannot grant anything — to anyone, themselves included.
create extension if not exists pgtap with schema extensions;

begin;
select plan(77);
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000003", "role": "authenticated"}';

-- select --------------------------------------------------------------------------------------
select is((select count(*)::integer from (select 1 from public.projects) q), 12, 'lead reads the published projects (theirs included)');
select is_empty($$ select 1 from public.projects where id = '30000000-0000-4000-8000-000000000006' $$, 'lead does not read a draft of someone else''s');
select is((select count(*)::integer from (select 1 from public.projects where id in ('30000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000003')) q), 3, 'lead reads their own projects and project B');
select is((select count(*)::integer from (select 1 from public.tasks) q), 36, 'lead reads tasks of readable projects');
select is((select count(*)::integer from (select 1 from public.project_contacts) q), 14, 'lead reads contacts of readable projects');
select is((select count(*)::integer from (select 1 from public.programmes) q), 3, 'lead reads programmes');
select is((select count(*)::integer from (select 1 from public.growth_areas) q), 5, 'lead reads growth areas');
select is((select count(*)::integer from (select 1 from public.growth_area_people) q), 1, 'lead reads growth area staff');
select is((select count(*)::integer from (select 1 from public.organisations) q), 6, 'lead reads organisations');
select is((select count(*)::integer from (select 1 from public.project_partners) q), 8, 'lead reads partners');
select is((select count(*)::integer from (select 1 from public.project_follow_ups) q), 3, 'lead reads follow-ups');
select is((select count(*)::integer from (select 1 from public.project_funding) q), 6, 'lead reads funding');
select is((select count(*)::integer from (select email from public.people where email is not null) q), 12, 'lead reads people with e-mail');
select results_eq($$ select project_id, role::text from public.project_members order by project_id $$, $$ values ('30000000-0000-4000-8000-000000000001'::uuid, 'lead'), ('30000000-0000-4000-8000-000000000002'::uuid, 'lead') $$, 'lead reads exactly their own two memberships');
select is_empty($$ select 1 from public.user_roles $$, 'lead has and reads no organisation-wide role');
select is_empty($$ select 1 from public.audit_log $$, 'lead reads nothing from the audit trail');

-- insert --------------------------------------------------------------------------------------
select lives_ok($$ insert into public.tasks (id, project_id, title, due_on) values ('40000000-0000-4000-8000-000000000190', '30000000-0000-4000-8000-000000000001', 'Uusi tehtävä', '2027-01-31') $$, 'lead adds a task to project A');
select throws_ok($$ insert into public.tasks (project_id, title) values ('30000000-0000-4000-8000-000000000003', 'Uusi tehtävä') $$, '42501', null, 'lead cannot add a task to project B');
select lives_ok($$ insert into public.project_contacts (project_id, person_id, role) values ('30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000012', 'Asiantuntija') $$, 'lead adds a contact to project A');
select throws_ok($$ insert into public.project_contacts (project_id, person_id) values ('30000000-0000-4000-8000-000000000003', '50000000-0000-4000-8000-000000000012') $$, '42501', null, 'lead cannot add a contact to project B');
select lives_ok($$ insert into public.people (full_name, title, organisation) values ('Uusi Yhteyshenkilö', 'Asiantuntija', 'Yritys Oy') $$, 'lead adds a new contact person (without an account)');
select throws_ok($$ insert into public.people (full_name, user_id) values ('Minä', 'a0000000-0000-4000-8000-000000000006') $$, '42501', null, 'lead cannot link a person to a sign-in account');
select throws_ok($$ insert into public.programmes (slug, name, starts_on, ends_on) values ('uusi-ohjelma', 'Uusi ohjelma', '2026-01-01', '2026-12-31') $$, '42501', null, 'lead cannot insert into programmes');
select throws_ok($$ insert into public.growth_areas (programme_id, slug, name) values ('10000000-0000-4000-8000-000000000001', 'uusi-alue', 'Uusi alue') $$, '42501', null, 'lead cannot insert into growth_areas');
select throws_ok($$ insert into public.growth_area_people (growth_area_id, person_id, role) values ('20000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000012', 'Asiantuntija') $$, '42501', null, 'lead cannot insert into growth_area_people');
select throws_ok($$ insert into public.organisations (name) values ('Uusi Oy') $$, '42501', null, 'lead cannot insert into organisations');
select throws_ok($$ insert into public.projects (programme_id, growth_area_id, slug, name) values ('10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000003', 'uusi-hanke', 'Uusi hanke') $$, '42501', null, 'lead cannot insert into projects');
select throws_ok($$ insert into public.project_partners (project_id, organisation_id) values ('30000000-0000-4000-8000-000000000001', '60000000-0000-4000-8000-000000000005') $$, '42501', null, 'lead cannot insert into project_partners');
select throws_ok($$ insert into public.project_follow_ups (project_id, name) values ('30000000-0000-4000-8000-000000000001', 'Jatkohakemus') $$, '42501', null, 'lead cannot insert into project_follow_ups');
select throws_ok($$ insert into public.project_funding (project_id, instrument) values ('30000000-0000-4000-8000-000000000001', 'EAKR') $$, '42501', null, 'lead cannot insert into project_funding');
select throws_ok($$ insert into public.user_roles (user_id, role) values ('a0000000-0000-4000-8000-000000000003', 'director') $$, '42501', null, 'lead cannot grant themselves a role');
select throws_ok($$ insert into public.project_members (project_id, user_id, role) values ('30000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000003', 'lead') $$, '42501', null, 'lead cannot make themselves a member of project B');
select throws_ok($$ insert into public.project_members (project_id, user_id, role) values ('30000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000006', 'editor') $$, '42501', null, 'lead cannot add members to their own project');

-- update --------------------------------------------------------------------------------------
with x as (update public.projects set summary = 'Uusi kuvaus', stage = 'implementation', schedule_status = 'late', schedule_note = 'Purkukohde viivästyi', starts_on = '2025-01-01', ends_on = '2029-06-30' where id = '30000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 1, 'lead edits project A''s summary, stage, schedule status and time span') from x;
select throws_ok($$ update public.projects set published = false where id = '30000000-0000-4000-8000-000000000001' $$, '42501', null, 'lead cannot unpublish project A');
select throws_ok($$ update public.projects set growth_area_id = '20000000-0000-4000-8000-000000000001' where id = '30000000-0000-4000-8000-000000000001' $$, '42501', null, 'lead cannot move project A to another growth area');
with x as (update public.projects set summary = 'Kaapattu' where id = '30000000-0000-4000-8000-000000000003' returning 1)
select is(count(*)::integer, 0, 'lead updates no row of project B') from x;
with x as (update public.projects set summary = 'Kaapattu' where id = '30000000-0000-4000-8000-000000000006' returning 1)
select is(count(*)::integer, 0, 'lead updates no row of a draft they cannot see') from x;
with x as (update public.tasks set state = 'done', completed_on = '2026-11-22' where id = '40000000-0000-4000-8000-000000000104' returning 1)
select is(count(*)::integer, 1, 'lead marks a task of project A done') from x;
with x as (update public.tasks set title = 'Kaapattu' where id = '40000000-0000-4000-8000-000000000302' returning 1)
select is(count(*)::integer, 0, 'lead updates no task of project B') from x;
select throws_ok($$ update public.tasks set project_id = '30000000-0000-4000-8000-000000000003' where id = '40000000-0000-4000-8000-000000000105' $$, '42501', null, 'lead cannot move a task into project B');
with x as (update public.tasks set project_id = '30000000-0000-4000-8000-000000000002' where id = '40000000-0000-4000-8000-000000000105' returning 1)
select is(count(*)::integer, 1, 'lead may move a task between their own projects') from x;
with x as (update public.project_contacts set role = 'Kasvualueen projektijohtaja' where project_id = '30000000-0000-4000-8000-000000000001' and person_id = '50000000-0000-4000-8000-000000000002' returning 1)
select is(count(*)::integer, 1, 'lead edits a contact of project A') from x;
with x as (update public.project_contacts set role = 'Kaapattu' where project_id = '30000000-0000-4000-8000-000000000003' returning 1)
select is(count(*)::integer, 0, 'lead updates no contact of project B') from x;
with x as (update public.programmes set description = 'Muutettu' where id = '10000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 0, 'lead updates no row of programmes') from x;
with x as (update public.growth_areas set description = 'Muutettu' where id = '20000000-0000-4000-8000-000000000005' returning 1)
select is(count(*)::integer, 0, 'lead updates no row of growth_areas') from x;
with x as (update public.growth_area_people set role = 'Muutettu' where growth_area_id = '20000000-0000-4000-8000-000000000003' and person_id = '50000000-0000-4000-8000-000000000003' returning 1)
select is(count(*)::integer, 0, 'lead updates no row of growth_area_people') from x;
with x as (update public.organisations set short_name = 'Muut' where id = '60000000-0000-4000-8000-000000000006' returning 1)
select is(count(*)::integer, 0, 'lead updates no row of organisations') from x;
with x as (update public.people set title = 'Muutettu' where id = '50000000-0000-4000-8000-000000000012' returning 1)
select is(count(*)::integer, 0, 'lead updates no row of people') from x;
with x as (update public.project_partners set role = 'Muutettu' where project_id = '30000000-0000-4000-8000-000000000004' and organisation_id = '60000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 0, 'lead updates no row of project_partners') from x;
with x as (update public.project_follow_ups set note = 'Muutettu' where id = '80000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 0, 'lead updates no row of project_follow_ups') from x;
with x as (update public.project_funding set note = 'Muutettu' where id = '70000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 0, 'lead updates no row of project_funding') from x;
with x as (update public.user_roles set role = 'director' where user_id = 'a0000000-0000-4000-8000-000000000004' returning 1)
select is(count(*)::integer, 0, 'lead updates no row of user_roles') from x;
with x as (update public.project_members set role = 'editor' where project_id = '30000000-0000-4000-8000-000000000001' and user_id = 'a0000000-0000-4000-8000-000000000003' returning 1)
select is(count(*)::integer, 0, 'lead updates no row of project_members') from x;
with x as (update public.people set user_id = 'a0000000-0000-4000-8000-000000000003' where id = '50000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 0, 'lead cannot link themselves to another person') from x;

-- delete --------------------------------------------------------------------------------------
with x as (delete from public.tasks where id = '40000000-0000-4000-8000-000000000190' returning 1)
select is(count(*)::integer, 1, 'lead deletes a task of project A') from x;
with x as (delete from public.tasks where id = '40000000-0000-4000-8000-000000000303' returning 1)
select is(count(*)::integer, 0, 'lead deletes no task of project B') from x;
with x as (delete from public.project_contacts where project_id = '30000000-0000-4000-8000-000000000001' and person_id = '50000000-0000-4000-8000-000000000012' returning 1)
select is(count(*)::integer, 1, 'lead removes a contact from project A') from x;
with x as (delete from public.project_contacts where project_id = '30000000-0000-4000-8000-000000000003' returning 1)
select is(count(*)::integer, 0, 'lead removes no contact of project B') from x;
with x as (delete from public.projects where id = '30000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 0, 'lead cannot delete project A') from x;
with x as (delete from public.projects where id = '30000000-0000-4000-8000-000000000003' returning 1)
select is(count(*)::integer, 0, 'lead cannot delete project B') from x;
with x as (delete from public.programmes where id = '10000000-0000-4000-8000-000000000003' returning 1)
select is(count(*)::integer, 0, 'lead deletes no row of programmes') from x;
with x as (delete from public.growth_areas returning 1)
select is(count(*)::integer, 0, 'lead deletes no row of growth_areas') from x;
with x as (delete from public.growth_area_people returning 1)
select is(count(*)::integer, 0, 'lead deletes no row of growth_area_people') from x;
with x as (delete from public.organisations returning 1)
select is(count(*)::integer, 0, 'lead deletes no row of organisations') from x;
with x as (delete from public.people returning 1)
select is(count(*)::integer, 0, 'lead deletes no row of people') from x;
with x as (delete from public.project_partners returning 1)
select is(count(*)::integer, 0, 'lead deletes no row of project_partners') from x;
with x as (delete from public.project_follow_ups returning 1)
select is(count(*)::integer, 0, 'lead deletes no row of project_follow_ups') from x;
with x as (delete from public.project_funding returning 1)
select is(count(*)::integer, 0, 'lead deletes no row of project_funding') from x;
with x as (delete from public.user_roles returning 1)
select is(count(*)::integer, 0, 'lead deletes no row of user_roles') from x;
with x as (delete from public.project_members returning 1)
select is(count(*)::integer, 0, 'lead deletes no row of project_members') from x;

-- re-read as the owner ------------------------------------------------------------------------
reset role;
select is((select summary from public.projects where id = '30000000-0000-4000-8000-000000000003'), 'Arabianrantaan kehitetään rakentamisen kiertotalouden hubia yrityksille, oppilaitoksille ja asukkaille.', 'project B is unchanged');
select is((select title from public.tasks where id = '40000000-0000-4000-8000-000000000302'), 'Hubin tilaselvitys', 'project B''s task is unchanged');
select is((select project_id from public.tasks where id = '40000000-0000-4000-8000-000000000105'), '30000000-0000-4000-8000-000000000002'::uuid, 'the moved task is in the lead''s other project, not in B');
select is((select count(*)::integer from public.project_members), 3, 'memberships are unchanged');
select is((select count(*)::integer from public.user_roles), 3, 'roles are unchanged');
select is((select array_agg(distinct table_name::text order by table_name::text) from public.audit_log where occurred_at = now()), array['people', 'project_contacts', 'projects', 'tasks'], 'the lead changed only people, contacts, their projects and tasks');

select * from finish();
rollback;
