-- Constraints make bad data impossible, whoever sends it: every check, unique, foreign key and
-- not-null rule has a case that breaks it and expects its SQLSTATE. Runs as the table owner,
-- so row-level security plays no part here.
create extension if not exists pgtap with schema extensions;

begin;
select plan(69);

-- programmes ---------------------------------------------------------------------------------
select throws_ok($$ insert into public.programmes (slug, name, starts_on, ends_on) values ('Bad Slug', 'X', '2025-01-01', '2025-12-31') $$,
  '23514', null, 'programmes: slug must be lowercase words joined by hyphens');
select throws_ok($$ insert into public.programmes (slug, name, starts_on, ends_on) values ('-x-', 'X', '2025-01-01', '2025-12-31') $$,
  '23514', null, 'programmes: slug may not start or end with a hyphen');
select throws_ok($$ insert into public.programmes (slug, name, starts_on, ends_on) values ('elinvoimaohjelma-2025-2029', 'X', '2025-01-01', '2025-12-31') $$,
  '23505', null, 'programmes: slug is unique');
select throws_ok($$ insert into public.programmes (slug, name, starts_on, ends_on) values ('x', '   ', '2025-01-01', '2025-12-31') $$,
  '23514', null, 'programmes: name may not be blank');
select throws_ok($$ insert into public.programmes (slug, name, starts_on, ends_on) values ('x', repeat('a', 201), '2025-01-01', '2025-12-31') $$,
  '23514', null, 'programmes: name is at most 200 characters');
select throws_ok($$ insert into public.programmes (slug, name, description, starts_on, ends_on) values ('x', 'X', repeat('a', 4001), '2025-01-01', '2025-12-31') $$,
  '23514', null, 'programmes: description is at most 4000 characters');
select throws_ok($$ insert into public.programmes (slug, name, starts_on, ends_on) values ('x', 'X', '2025-01-01', '2024-12-31') $$,
  '23514', null, 'programmes: ends_on may not precede starts_on');
select throws_ok($$ insert into public.programmes (slug, name, ends_on) values ('x', 'X', '2025-12-31') $$,
  '23502', null, 'programmes: starts_on is required');

-- people --------------------------------------------------------------------------------------
select throws_ok($$ insert into public.people (full_name) values ('') $$,
  '23514', null, 'people: full_name may not be empty');
select throws_ok($$ insert into public.people (full_name, title) values ('X', repeat('a', 201)) $$,
  '23514', null, 'people: title is at most 200 characters');
select throws_ok($$ insert into public.people (full_name, organisation) values ('X', repeat('a', 201)) $$,
  '23514', null, 'people: organisation is at most 200 characters');
select throws_ok($$ insert into public.people (full_name, email) values ('X', 'not an e-mail') $$,
  '23514', null, 'people: email must look like an address');
select throws_ok($$ insert into public.people (full_name, user_id) values ('X', 'a0000000-0000-4000-8000-000000000003') $$,
  '23505', null, 'people: one person per sign-in account');
select throws_ok($$ insert into public.people (full_name, user_id) values ('X', 'a0000000-0000-4000-8000-0000000000ff') $$,
  '23503', null, 'people: user_id must be an existing account');

-- growth_areas ---------------------------------------------------------------------------------
select throws_ok($$ insert into public.growth_areas (programme_id, slug, name) values ('10000000-0000-4000-8000-0000000000ff', 'x', 'X') $$,
  '23503', null, 'growth_areas: programme must exist');
select throws_ok($$ insert into public.growth_areas (slug, name) values ('x', 'X') $$,
  '23502', null, 'growth_areas: programme is required');
select throws_ok($$ insert into public.growth_areas (programme_id, slug, name) values ('10000000-0000-4000-8000-000000000001', 'ruoka', 'X') $$,
  '23505', null, 'growth_areas: slug is unique within a programme');
select lives_ok($$ insert into public.growth_areas (programme_id, slug, name) values ('10000000-0000-4000-8000-000000000002', 'ruoka', 'Ruoka') $$,
  'growth_areas: the same slug may be used in another programme');
select throws_ok($$ insert into public.growth_areas (programme_id, slug, name) values ('10000000-0000-4000-8000-000000000001', 'x_y', 'X') $$,
  '23514', null, 'growth_areas: slug format');
select throws_ok($$ insert into public.growth_areas (programme_id, slug, name, color) values ('10000000-0000-4000-8000-000000000001', 'x', 'X', 'red') $$,
  '23514', null, 'growth_areas: color is a #rrggbb hex colour');
select throws_ok($$ insert into public.growth_areas (programme_id, slug, name, lead_person_id) values ('10000000-0000-4000-8000-000000000001', 'x', 'X', '50000000-0000-4000-8000-0000000000ff') $$,
  '23503', null, 'growth_areas: lead must be an existing person');
select throws_ok($$ insert into public.growth_areas (programme_id, slug, name, description) values ('10000000-0000-4000-8000-000000000001', 'x', 'X', repeat('a', 4001)) $$,
  '23514', null, 'growth_areas: description is at most 4000 characters');

-- growth_area_people ------------------------------------------------------------------------------
select throws_ok($$ insert into public.growth_area_people (growth_area_id, person_id, role) values ('20000000-0000-4000-8000-000000000003', '50000000-0000-4000-8000-000000000003', 'X') $$,
  '23505', null, 'growth_area_people: a person is listed once per growth area');
select throws_ok($$ insert into public.growth_area_people (growth_area_id, person_id, role) values ('20000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000003', ' ') $$,
  '23514', null, 'growth_area_people: role may not be blank');
select throws_ok($$ insert into public.growth_area_people (growth_area_id, person_id, role) values ('20000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-0000000000ff', 'X') $$,
  '23503', null, 'growth_area_people: person must exist');

-- projects ----------------------------------------------------------------------------------------
select throws_ok($$ insert into public.projects (programme_id, slug, name) values ('10000000-0000-4000-8000-000000000001', 'kiertotalot', 'X') $$,
  '23505', null, 'projects: slug is unique');
select throws_ok($$ insert into public.projects (programme_id, slug, name) values ('10000000-0000-4000-8000-000000000001', 'Ääkköset', 'X') $$,
  '23514', null, 'projects: slug format');
select throws_ok($$ insert into public.projects (programme_id, slug, name) values ('10000000-0000-4000-8000-000000000001', 'x', '') $$,
  '23514', null, 'projects: name may not be empty');
select throws_ok($$ insert into public.projects (programme_id, slug) values ('10000000-0000-4000-8000-000000000001', 'x') $$,
  '23502', null, 'projects: name is required');
select throws_ok($$ insert into public.projects (programme_id, slug, name, summary) values ('10000000-0000-4000-8000-000000000001', 'x', 'X', repeat('a', 4001)) $$,
  '23514', null, 'projects: summary is at most 4000 characters');
select throws_ok($$ insert into public.projects (programme_id, slug, name, official_description) values ('10000000-0000-4000-8000-000000000001', 'x', 'X', repeat('a', 10001)) $$,
  '23514', null, 'projects: official description is at most 10000 characters');
select throws_ok($$ insert into public.projects (programme_id, slug, name, starts_on, ends_on) values ('10000000-0000-4000-8000-000000000001', 'x', 'X', '2026-01-01', '2025-12-31') $$,
  '23514', null, 'projects: ends_on may not precede starts_on');
select throws_ok($$ insert into public.projects (programme_id, slug, name, schedule_status) values ('10000000-0000-4000-8000-000000000001', 'x', 'X', 'late') $$,
  '23514', null, 'projects: a manual schedule status needs a note');
select throws_ok($$ insert into public.projects (programme_id, slug, name, schedule_status, schedule_note) values ('10000000-0000-4000-8000-000000000001', 'x', 'X', 'late', '  ') $$,
  '23514', null, 'projects: a blank note does not explain a manual status');
select throws_ok($$ insert into public.projects (programme_id, slug, name, schedule_status, schedule_note) values ('10000000-0000-4000-8000-000000000001', 'x', 'X', 'late', repeat('a', 1001)) $$,
  '23514', null, 'projects: schedule note is at most 1000 characters');
select throws_ok($$ insert into public.projects (programme_id, slug, name, stage) values ('10000000-0000-4000-8000-000000000001', 'x', 'X', 'cancelled') $$,
  '22P02', null, 'projects: stage is one of the four stages');
select throws_ok($$ insert into public.projects (programme_id, growth_area_id, slug, name) values ('10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-0000000000ff', 'x', 'X') $$,
  '23503', null, 'projects: growth area must exist');
select throws_ok($$ insert into public.projects (programme_id, slug, name) values ('10000000-0000-4000-8000-0000000000ff', 'x', 'X') $$,
  '23503', null, 'projects: programme must exist');

-- tasks -------------------------------------------------------------------------------------------
select throws_ok($$ insert into public.tasks (project_id, title, state) values ('30000000-0000-4000-8000-000000000001', 'X', 'done') $$,
  '23514', null, 'tasks: a done task needs a completion date');
select throws_ok($$ insert into public.tasks (project_id, title, completed_on) values ('30000000-0000-4000-8000-000000000001', 'X', '2026-01-01') $$,
  '23514', null, 'tasks: only a done task has a completion date');
select throws_ok($$ update public.tasks set state = 'in_progress' where id = '40000000-0000-4000-8000-000000000101' $$,
  '23514', null, 'tasks: reopening a task must clear its completion date');
select throws_ok($$ insert into public.tasks (project_id, title) values ('30000000-0000-4000-8000-000000000001', repeat('a', 301)) $$,
  '23514', null, 'tasks: title is at most 300 characters');
select throws_ok($$ insert into public.tasks (project_id, title, details) values ('30000000-0000-4000-8000-000000000001', 'X', repeat('a', 4001)) $$,
  '23514', null, 'tasks: details are at most 4000 characters');
select throws_ok($$ insert into public.tasks (title) values ('X') $$,
  '23502', null, 'tasks: project is required');
select throws_ok($$ insert into public.tasks (project_id, title) values ('30000000-0000-4000-8000-0000000000ff', 'X') $$,
  '23503', null, 'tasks: project must exist');
select throws_ok($$ insert into public.tasks (project_id, title, assignee_person_id) values ('30000000-0000-4000-8000-000000000001', 'X', '50000000-0000-4000-8000-0000000000ff') $$,
  '23503', null, 'tasks: assignee must be an existing person');

-- project_contacts ------------------------------------------------------------------------------
select throws_ok($$ insert into public.project_contacts (project_id, person_id, is_primary) values ('30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000005', true) $$,
  '23505', null, 'project_contacts: at most one main contact per project');
select throws_ok($$ insert into public.project_contacts (project_id, person_id) values ('30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000004') $$,
  '23505', null, 'project_contacts: a person is a contact of a project once');
select throws_ok($$ insert into public.project_contacts (project_id, person_id, role) values ('30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000005', repeat('a', 201)) $$,
  '23514', null, 'project_contacts: role is at most 200 characters');
select throws_ok($$ insert into public.project_contacts (project_id, person_id) values ('30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-0000000000ff') $$,
  '23503', null, 'project_contacts: person must exist');

-- organisations and partners ---------------------------------------------------------------------
select throws_ok($$ insert into public.organisations (name) values ('Clic Innovation') $$,
  '23505', null, 'organisations: name is unique');
select throws_ok($$ insert into public.organisations (name, website) values ('X', 'javascript:alert(1)') $$,
  '23514', null, 'organisations: website is an http(s) address');
select throws_ok($$ insert into public.organisations (name, short_name) values ('X', repeat('a', 51)) $$,
  '23514', null, 'organisations: short name is at most 50 characters');
select throws_ok($$ insert into public.project_partners (project_id, organisation_id) values ('30000000-0000-4000-8000-000000000004', '60000000-0000-4000-8000-000000000001') $$,
  '23505', null, 'project_partners: an organisation is a partner of a project once');
select throws_ok($$ insert into public.project_partners (project_id, organisation_id) values ('30000000-0000-4000-8000-000000000004', '60000000-0000-4000-8000-0000000000ff') $$,
  '23503', null, 'project_partners: organisation must exist');

-- follow-ups and funding -------------------------------------------------------------------------
select throws_ok($$ insert into public.project_follow_ups (project_id) values ('30000000-0000-4000-8000-000000000004') $$,
  '23514', null, 'project_follow_ups: names an application or points to a project');
select throws_ok($$ insert into public.project_follow_ups (project_id, follow_up_project_id) values ('30000000-0000-4000-8000-000000000004', '30000000-0000-4000-8000-000000000004') $$,
  '23514', null, 'project_follow_ups: a project is not its own follow-up');
select throws_ok($$ insert into public.project_funding (project_id, instrument, amount) values ('30000000-0000-4000-8000-000000000004', 'EAKR', -1) $$,
  '23514', null, 'project_funding: amount is not negative');
select throws_ok($$ insert into public.project_funding (project_id, instrument, state, decided_on) values ('30000000-0000-4000-8000-000000000004', 'EAKR', 'applied', '2026-01-01') $$,
  '23514', null, 'project_funding: an undecided application has no decision date');
select throws_ok($$ insert into public.project_funding (project_id, instrument, state, applied_on, decided_on) values ('30000000-0000-4000-8000-000000000004', 'EAKR', 'granted', '2026-01-01', '2025-01-01') $$,
  '23514', null, 'project_funding: decision does not precede application');
select throws_ok($$ insert into public.project_funding (project_id, instrument) values ('30000000-0000-4000-8000-000000000004', '') $$,
  '23514', null, 'project_funding: instrument may not be empty');

-- roles and memberships --------------------------------------------------------------------------
select throws_ok($$ insert into public.user_roles (user_id, role) values ('a0000000-0000-4000-8000-000000000001', 'admin') $$,
  '23505', null, 'user_roles: a role is held once');
select throws_ok($$ insert into public.user_roles (user_id, role) values ('a0000000-0000-4000-8000-000000000001', 'superuser') $$,
  '22P02', null, 'user_roles: role is admin, director or viewer');
select throws_ok($$ insert into public.user_roles (user_id, role) values ('a0000000-0000-4000-8000-0000000000ff', 'viewer') $$,
  '23503', null, 'user_roles: user must exist');
select throws_ok($$ insert into public.project_members (project_id, user_id) values ('30000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000003') $$,
  '23505', null, 'project_members: one membership per user and project');

-- deliberate ON DELETE behaviour -----------------------------------------------------------------
select throws_ok($$ delete from public.programmes where id = '10000000-0000-4000-8000-000000000001' $$,
  '23503', null, 'deleting a programme with growth areas and projects is refused');
select throws_ok($$ delete from public.growth_areas where id = '20000000-0000-4000-8000-000000000003' $$,
  '23503', null, 'deleting a growth area with projects is refused');
select throws_ok($$ delete from public.projects where id = '30000000-0000-4000-8000-000000000001' $$,
  '23503', null, 'deleting a project with tasks is refused');
select throws_ok($$ delete from public.people where id = '50000000-0000-4000-8000-000000000007' $$,
  '23503', null, 'deleting a person who is a contact is refused');

select * from finish();
rollback;
