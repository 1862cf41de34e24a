-- director: reads everything including drafts, roles, memberships and the audit trail; edits,
-- publishes and deletes across the portfolio; manages project memberships. Cannot grant
-- organisation-wide roles or maintain people (admins do).
create extension if not exists pgtap with schema extensions;

begin;
select plan(60);
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';

-- select: everything, drafts, roles, memberships and the audit trail --------------------------
select is((select count(*)::integer from (select 1 from public.programmes) q), 3, 'director reads every programme');
select is((select count(*)::integer from (select 1 from public.growth_areas) q), 5, 'director reads every growth area');
select is((select count(*)::integer from (select 1 from public.growth_area_people) q), 1, 'director reads growth area staff');
select is((select count(*)::integer from (select 1 from public.projects) q), 14, 'director reads every project, drafts included');
select is((select count(*)::integer from (select 1 from public.tasks) q), 37, 'director reads every task');
select is((select count(*)::integer from (select 1 from public.project_contacts) q), 15, 'director reads every contact');
select is((select count(*)::integer from (select 1 from public.organisations) q), 6, 'director reads organisations');
select is((select count(*)::integer from (select 1 from public.project_partners) q), 8, 'director reads partners');
select is((select count(*)::integer from (select 1 from public.project_follow_ups) q), 3, 'director reads follow-ups');
select is((select count(*)::integer from (select 1 from public.project_funding) q), 6, 'director reads funding');
select is((select count(*)::integer from (select email from public.people where email is not null) q), 12, 'director reads people with e-mail');
select is((select count(*)::integer from (select 1 from public.user_roles) q), 3, 'director reads everyone''s roles');
select is((select count(*)::integer from (select 1 from public.project_members) q), 3, 'director reads every membership');
select is((select count(*)::integer from (select 1 from public.audit_log) q), 4, 'director reads the audit trail');
select is((select count(*)::integer from (select 1 from public.project_overview) q), 14, 'director reads the overview of every project');

-- insert --------------------------------------------------------------------------------------
select lives_ok($$ insert into public.programmes (slug, name, starts_on, ends_on) values ('uusi-ohjelma', 'Uusi ohjelma', '2026-01-01', '2026-12-31') $$, 'director inserts into programmes');
select lives_ok($$ insert into public.growth_areas (programme_id, slug, name) values ('10000000-0000-4000-8000-000000000001', 'uusi-alue', 'Uusi alue') $$, 'director inserts into growth_areas');
select lives_ok($$ insert into public.growth_area_people (growth_area_id, person_id, role) values ('20000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000012', 'Asiantuntija') $$, 'director inserts into growth_area_people');
select lives_ok($$ insert into public.organisations (name) values ('Uusi Oy') $$, 'director inserts into organisations');
select lives_ok($$ insert into public.projects (programme_id, growth_area_id, slug, name) values ('10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000003', 'uusi-hanke', 'Uusi hanke') $$, 'director inserts into projects');
select lives_ok($$ insert into public.tasks (project_id, title, due_on) values ('30000000-0000-4000-8000-000000000006', 'Uusi tehtävä', '2027-01-31') $$, 'director inserts into tasks');
select lives_ok($$ insert into public.project_contacts (project_id, person_id) values ('30000000-0000-4000-8000-000000000006', '50000000-0000-4000-8000-000000000012') $$, 'director inserts into project_contacts');
select lives_ok($$ insert into public.project_partners (project_id, organisation_id) values ('30000000-0000-4000-8000-000000000006', '60000000-0000-4000-8000-000000000005') $$, 'director inserts into project_partners');
select lives_ok($$ insert into public.project_follow_ups (project_id, name) values ('30000000-0000-4000-8000-000000000006', 'Jatkohakemus') $$, 'director inserts into project_follow_ups');
select lives_ok($$ insert into public.project_funding (project_id, instrument) values ('30000000-0000-4000-8000-000000000006', 'EAKR') $$, 'director inserts into project_funding');
select lives_ok($$ insert into public.people (id, full_name) values ('50000000-0000-4000-8000-0000000000bb', 'Uusi Henkilö') $$, 'director adds a person without an account');
select lives_ok($$ insert into public.project_members (project_id, user_id, role) values ('30000000-0000-4000-8000-000000000006', 'a0000000-0000-4000-8000-000000000005', 'editor') $$, 'director makes lead B an editor of a draft');

-- update --------------------------------------------------------------------------------------
with x as (update public.programmes set description = 'Muutettu' where id = '10000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 1, 'director updates programmes') from x;
with x as (update public.growth_areas set description = 'Muutettu' where id = '20000000-0000-4000-8000-000000000005' returning 1)
select is(count(*)::integer, 1, 'director updates growth_areas') from x;
with x as (update public.growth_area_people set role = 'Muutettu' where growth_area_id = '20000000-0000-4000-8000-000000000003' and person_id = '50000000-0000-4000-8000-000000000003' returning 1)
select is(count(*)::integer, 1, 'director updates growth_area_people') from x;
with x as (update public.organisations set short_name = 'Muut' where id = '60000000-0000-4000-8000-000000000006' returning 1)
select is(count(*)::integer, 1, 'director updates organisations') from x;
with x as (update public.projects set summary = 'Muutettu' where id = '30000000-0000-4000-8000-000000000006' returning 1)
select is(count(*)::integer, 1, 'director updates projects') from x;
with x as (update public.tasks set details = 'Muutettu' where id = '40000000-0000-4000-8000-000000000601' returning 1)
select is(count(*)::integer, 1, 'director updates tasks') from x;
with x as (update public.project_contacts set role = 'Muutettu' where project_id = '30000000-0000-4000-8000-000000000006' and person_id = '50000000-0000-4000-8000-000000000009' returning 1)
select is(count(*)::integer, 1, 'director updates project_contacts') from x;
with x as (update public.project_partners set role = 'Muutettu' where project_id = '30000000-0000-4000-8000-000000000004' and organisation_id = '60000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 1, 'director updates project_partners') from x;
with x as (update public.project_follow_ups set note = 'Muutettu' where id = '80000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 1, 'director updates project_follow_ups') from x;
with x as (update public.project_funding set note = 'Muutettu' where id = '70000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 1, 'director updates project_funding') from x;
with x as (update public.project_members set role = 'editor' where project_id = '30000000-0000-4000-8000-000000000001' and user_id = 'a0000000-0000-4000-8000-000000000003' returning 1)
select is(count(*)::integer, 1, 'director updates project_members') from x;
with x as (update public.projects set published = true, growth_area_id = '20000000-0000-4000-8000-000000000002', slug = 'hyvinvointidata' where id = '30000000-0000-4000-8000-000000000006' returning 1)
select is(count(*)::integer, 1, 'director publishes, moves and renames a project') from x;

-- delete --------------------------------------------------------------------------------------
with x as (delete from public.tasks where id = '40000000-0000-4000-8000-000000000601' returning 1)
select is(count(*)::integer, 1, 'director deletes a task') from x;
with x as (delete from public.project_contacts where project_id = '30000000-0000-4000-8000-000000000006' and person_id = '50000000-0000-4000-8000-000000000012' returning 1)
select is(count(*)::integer, 1, 'director removes a contact') from x;
with x as (delete from public.project_partners where project_id = '30000000-0000-4000-8000-000000000006' returning 1)
select is(count(*)::integer, 1, 'director removes a partner') from x;
with x as (delete from public.project_follow_ups where project_id = '30000000-0000-4000-8000-000000000006' returning 1)
select is(count(*)::integer, 1, 'director deletes a follow-up') from x;
with x as (delete from public.project_funding where project_id = '30000000-0000-4000-8000-000000000006' returning 1)
select is(count(*)::integer, 1, 'director deletes a funding row') from x;
with x as (delete from public.project_members where project_id = '30000000-0000-4000-8000-000000000006' returning 1)
select is(count(*)::integer, 1, 'director removes a project member') from x;
with x as (delete from public.growth_area_people where growth_area_id = '20000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 1, 'director removes growth area staff') from x;
with x as (delete from public.projects where slug = 'uusi-hanke' returning 1)
select is(count(*)::integer, 1, 'director deletes a project without tasks') from x;
select throws_ok($$ delete from public.projects where id = '30000000-0000-4000-8000-000000000001' $$, '23503', null, 'director cannot delete a project that still has tasks (foreign key)');
with x as (delete from public.growth_areas where slug = 'uusi-alue' returning 1)
select is(count(*)::integer, 1, 'director deletes an empty growth area') from x;
with x as (delete from public.organisations where name = 'Uusi Oy' returning 1)
select is(count(*)::integer, 1, 'director deletes an organisation nobody partners with') from x;
with x as (delete from public.programmes where slug = 'uusi-ohjelma' returning 1)
select is(count(*)::integer, 1, 'director deletes an empty programme') from x;

-- roles and people are for admins -------------------------------------------------------------
select throws_ok($$ insert into public.user_roles (user_id, role) values ('a0000000-0000-4000-8000-000000000002', 'admin') $$, '42501', null, 'director cannot make themselves admin');
select throws_ok($$ insert into public.user_roles (user_id, role) values ('a0000000-0000-4000-8000-000000000006', 'viewer') $$, '42501', null, 'director cannot grant roles to others');
with x as (update public.user_roles set role = 'director' where user_id = 'a0000000-0000-4000-8000-000000000004' returning 1)
select is(count(*)::integer, 0, 'director changes no role') from x;
with x as (delete from public.user_roles returning 1)
select is(count(*)::integer, 0, 'director revokes no role') from x;
select throws_ok($$ insert into public.people (full_name, user_id) values ('X', 'a0000000-0000-4000-8000-000000000006') $$, '42501', null, 'director cannot link a person to an account');
with x as (update public.people set email = 'x@hel.example' where id = '50000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 0, 'director updates no person') from x;
with x as (delete from public.people where id = '50000000-0000-4000-8000-0000000000bb' returning 1)
select is(count(*)::integer, 0, 'director deletes no person') from x;
reset role;
select is((select count(*)::integer from public.user_roles), 3, 'roles are unchanged');
select is((select email from public.people where id = '50000000-0000-4000-8000-000000000001'), 'jani.jalonen@hel.example', 'people are unchanged');

select * from finish();
rollback;
