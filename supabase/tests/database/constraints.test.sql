-- Constraints make bad data impossible, whoever sends it. Every check, unique, primary-key and
-- foreign-key constraint in public has a case that breaks it, expecting both its SQLSTATE and
-- its name; the last assertion proves that no constraint was left without a case. Runs as the
-- table owner, so row-level security plays no part here.
create extension if not exists pgtap with schema extensions;

begin;
select plan(187);

create temporary table violated (constraint_name text);

-- Runs stmt, expects it to fail with want_state on want_constraint, and records which
-- constraint fired so the final assertion can check coverage.
create function pg_temp.violates(stmt text, want_state text, want_constraint text, description text)
returns text
language plpgsql
as $$
declare
  got_state text;
  got_constraint text;
begin
  begin
    execute stmt;
  exception when others then
    get stacked diagnostics got_state = returned_sqlstate, got_constraint = constraint_name;
    insert into violated values (got_constraint);
    return ok(got_state = want_state and got_constraint = want_constraint, description)
      || case when got_state = want_state and got_constraint = want_constraint then ''
              else e'\n' || diag(format('caught %s on %s, wanted %s on %s', got_state, got_constraint, want_state, want_constraint)) end;
  end;
  return ok(false, description) || e'\n' || diag('no error was raised');
end;
$$;

-- programmes ---------------------------------------------------------------------------------
select pg_temp.violates($$ insert into public.programmes (slug, name, starts_on, ends_on) values ('Bad Slug', 'X', '2025-01-01', '2025-12-31') $$,
  '23514', 'programmes_slug_format', 'programmes: slug must be lowercase words joined by hyphens');
select pg_temp.violates($$ insert into public.programmes (slug, name, starts_on, ends_on) values ('-x-', 'X', '2025-01-01', '2025-12-31') $$,
  '23514', 'programmes_slug_format', 'programmes: slug may not start or end with a hyphen');
select pg_temp.violates($$ insert into public.programmes (slug, name, starts_on, ends_on) values (repeat('a', 101), 'X', '2025-01-01', '2025-12-31') $$,
  '23514', 'programmes_slug_format', 'programmes: slug is at most 100 characters');
select pg_temp.violates($$ insert into public.programmes (slug, name, starts_on, ends_on) values ('elinvoimaohjelma-2025-2029', 'X', '2025-01-01', '2025-12-31') $$,
  '23505', 'programmes_slug_key', 'programmes: slug is unique');
select pg_temp.violates($$ insert into public.programmes (id, slug, name, starts_on, ends_on) values ('10000000-0000-4000-8000-000000000001', 'x', 'X', '2025-01-01', '2025-12-31') $$,
  '23505', 'programmes_pkey', 'programmes: id is unique');
select pg_temp.violates($$ insert into public.programmes (slug, name, starts_on, ends_on) values ('x', '   ', '2025-01-01', '2025-12-31') $$,
  '23514', 'programmes_name_length', 'programmes: name may not be blank');
select pg_temp.violates($$ insert into public.programmes (slug, name, starts_on, ends_on) values ('x', repeat('a', 201), '2025-01-01', '2025-12-31') $$,
  '23514', 'programmes_name_length', 'programmes: name is at most 200 characters');
select pg_temp.violates($$ insert into public.programmes (slug, name, description, starts_on, ends_on) values ('x', 'X', repeat('a', 4001), '2025-01-01', '2025-12-31') $$,
  '23514', 'programmes_description_length', 'programmes: description is at most 4000 characters');
select pg_temp.violates($$ insert into public.programmes (slug, name, starts_on, ends_on) values ('x', 'X', '2025-01-01', '2024-12-31') $$,
  '23514', 'programmes_dates_ordered', 'programmes: ends_on may not precede starts_on');
select throws_ok($$ insert into public.programmes (slug, name, ends_on) values ('x', 'X', '2025-12-31') $$,
  '23502', null, 'programmes: starts_on is required');

-- people --------------------------------------------------------------------------------------
select pg_temp.violates($$ insert into public.people (full_name) values ('') $$,
  '23514', 'people_full_name_length', 'people: full_name may not be empty');
select pg_temp.violates($$ insert into public.people (full_name) values (repeat('a', 201)) $$,
  '23514', 'people_full_name_length', 'people: full_name is at most 200 characters');
select pg_temp.violates($$ insert into public.people (full_name, title) values ('X', repeat('a', 201)) $$,
  '23514', 'people_title_length', 'people: title is at most 200 characters');
select pg_temp.violates($$ insert into public.people (full_name, organisation) values ('X', repeat('a', 201)) $$,
  '23514', 'people_organisation_length', 'people: organisation is at most 200 characters');
select pg_temp.violates($$ insert into public.people (full_name, email) values ('X', 'not an e-mail') $$,
  '23514', 'people_email_format', 'people: email must look like an address');
select pg_temp.violates($$ insert into public.people (full_name, email) values ('X', repeat('a', 320) || '@hel.example') $$,
  '23514', 'people_email_format', 'people: email is at most 320 characters');
select pg_temp.violates($$ insert into public.people (full_name, user_id) values ('X', 'a0000000-0000-4000-8000-000000000003') $$,
  '23505', 'people_user_id_key', 'people: one person per sign-in account');
select pg_temp.violates($$ insert into public.people (full_name, user_id) values ('X', 'a0000000-0000-4000-8000-0000000000ff') $$,
  '23503', 'people_user_id_fkey', 'people: user_id must be an existing account');
select pg_temp.violates($$ insert into public.people (id, full_name) values ('50000000-0000-4000-8000-000000000001', 'X') $$,
  '23505', 'people_pkey', 'people: id is unique');
select throws_ok($$ insert into public.people (title) values ('X') $$,
  '23502', null, 'people: full_name is required');

-- growth_areas ---------------------------------------------------------------------------------
select pg_temp.violates($$ insert into public.growth_areas (programme_id, slug, name) values ('10000000-0000-4000-8000-0000000000ff', 'x', 'X') $$,
  '23503', 'growth_areas_programme_id_fkey', 'growth_areas: programme must exist');
select throws_ok($$ insert into public.growth_areas (slug, name) values ('x', 'X') $$,
  '23502', null, 'growth_areas: programme is required');
select pg_temp.violates($$ insert into public.growth_areas (programme_id, slug, name) values ('10000000-0000-4000-8000-000000000001', 'ruoka', 'X') $$,
  '23505', 'growth_areas_programme_slug_key', 'growth_areas: slug is unique within a programme');
select lives_ok($$ insert into public.growth_areas (programme_id, slug, name) values ('10000000-0000-4000-8000-000000000002', 'ruoka', 'Ruoka') $$,
  'growth_areas: the same slug may be used in another programme');
select pg_temp.violates($$ insert into public.growth_areas (id, programme_id, slug, name) values ('20000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', 'x', 'X') $$,
  '23505', 'growth_areas_pkey', 'growth_areas: id is unique');
select pg_temp.violates($$ insert into public.growth_areas (programme_id, slug, name) values ('10000000-0000-4000-8000-000000000001', 'x_y', 'X') $$,
  '23514', 'growth_areas_slug_format', 'growth_areas: slug format');
select pg_temp.violates($$ insert into public.growth_areas (programme_id, slug, name) values ('10000000-0000-4000-8000-000000000001', 'x', '') $$,
  '23514', 'growth_areas_name_length', 'growth_areas: name may not be empty');
select pg_temp.violates($$ insert into public.growth_areas (programme_id, slug, name, color) values ('10000000-0000-4000-8000-000000000001', 'x', 'X', 'red') $$,
  '23514', 'growth_areas_color_format', 'growth_areas: color is a #rrggbb hex colour');
select pg_temp.violates($$ insert into public.growth_areas (programme_id, slug, name, lead_person_id) values ('10000000-0000-4000-8000-000000000001', 'x', 'X', '50000000-0000-4000-8000-0000000000ff') $$,
  '23503', 'growth_areas_lead_person_id_fkey', 'growth_areas: lead must be an existing person');
select pg_temp.violates($$ insert into public.growth_areas (programme_id, slug, name, description) values ('10000000-0000-4000-8000-000000000001', 'x', 'X', repeat('a', 4001)) $$,
  '23514', 'growth_areas_description_length', 'growth_areas: description is at most 4000 characters');

-- growth_area_people ------------------------------------------------------------------------------
select pg_temp.violates($$ insert into public.growth_area_people (growth_area_id, person_id, role) values ('20000000-0000-4000-8000-000000000003', '50000000-0000-4000-8000-000000000003', 'X') $$,
  '23505', 'growth_area_people_pkey', 'growth_area_people: a person is listed once per growth area');
select pg_temp.violates($$ insert into public.growth_area_people (growth_area_id, person_id, role) values ('20000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000003', ' ') $$,
  '23514', 'growth_area_people_role_length', 'growth_area_people: role may not be blank');
select pg_temp.violates($$ insert into public.growth_area_people (growth_area_id, person_id, role) values ('20000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-0000000000ff', 'X') $$,
  '23503', 'growth_area_people_person_id_fkey', 'growth_area_people: person must exist');
select pg_temp.violates($$ insert into public.growth_area_people (growth_area_id, person_id, role) values ('20000000-0000-4000-8000-0000000000ff', '50000000-0000-4000-8000-000000000001', 'X') $$,
  '23503', 'growth_area_people_growth_area_id_fkey', 'growth_area_people: growth area must exist');

-- projects ----------------------------------------------------------------------------------------
select pg_temp.violates($$ insert into public.projects (programme_id, slug, name) values ('10000000-0000-4000-8000-000000000001', 'kiertotalot', 'X') $$,
  '23505', 'projects_slug_key', 'projects: slug is unique');
select pg_temp.violates($$ insert into public.projects (id, programme_id, slug, name) values ('30000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', 'x', 'X') $$,
  '23505', 'projects_pkey', 'projects: id is unique');
select pg_temp.violates($$ insert into public.projects (programme_id, slug, name) values ('10000000-0000-4000-8000-000000000001', 'Ääkköset', 'X') $$,
  '23514', 'projects_slug_format', 'projects: slug format');
select pg_temp.violates($$ insert into public.projects (programme_id, slug, name) values ('10000000-0000-4000-8000-000000000001', 'x', '') $$,
  '23514', 'projects_name_length', 'projects: name may not be empty');
select throws_ok($$ insert into public.projects (programme_id, slug) values ('10000000-0000-4000-8000-000000000001', 'x') $$,
  '23502', null, 'projects: name is required');
select pg_temp.violates($$ insert into public.projects (programme_id, slug, name, summary) values ('10000000-0000-4000-8000-000000000001', 'x', 'X', repeat('a', 4001)) $$,
  '23514', 'projects_summary_length', 'projects: summary is at most 4000 characters');
select pg_temp.violates($$ insert into public.projects (programme_id, slug, name, official_description) values ('10000000-0000-4000-8000-000000000001', 'x', 'X', repeat('a', 10001)) $$,
  '23514', 'projects_official_description_length', 'projects: official description is at most 10000 characters');
select pg_temp.violates($$ insert into public.projects (programme_id, slug, name, starts_on, ends_on) values ('10000000-0000-4000-8000-000000000001', 'x', 'X', '2026-01-01', '2025-12-31') $$,
  '23514', 'projects_dates_ordered', 'projects: ends_on may not precede starts_on');
select pg_temp.violates($$ update public.projects set ends_on = '2020-01-01' where id = '30000000-0000-4000-8000-000000000001' $$,
  '23514', 'projects_dates_ordered', 'projects: an update cannot end a project before it starts');
select pg_temp.violates($$ insert into public.projects (programme_id, slug, name, schedule_status) values ('10000000-0000-4000-8000-000000000001', 'x', 'X', 'late') $$,
  '23514', 'projects_manual_status_needs_note', 'projects: a manual schedule status needs a note');
select pg_temp.violates($$ insert into public.projects (programme_id, slug, name, schedule_status, schedule_note) values ('10000000-0000-4000-8000-000000000001', 'x', 'X', 'late', '  ') $$,
  '23514', 'projects_manual_status_needs_note', 'projects: a blank note does not explain a manual status');
select pg_temp.violates($$ update public.projects set schedule_note = null where id = '30000000-0000-4000-8000-000000000009' $$,
  '23514', 'projects_manual_status_needs_note', 'projects: the note of a manual status cannot be removed while the status stays');
select pg_temp.violates($$ insert into public.projects (programme_id, slug, name, schedule_status, schedule_note) values ('10000000-0000-4000-8000-000000000001', 'x', 'X', 'late', repeat('a', 1001)) $$,
  '23514', 'projects_schedule_note_length', 'projects: schedule note is at most 1000 characters');
select throws_ok($$ insert into public.projects (programme_id, slug, name, stage) values ('10000000-0000-4000-8000-000000000001', 'x', 'X', 'cancelled') $$,
  '22P02', null, 'projects: stage is one of the four stages');
select pg_temp.violates($$ insert into public.projects (programme_id, growth_area_id, slug, name) values ('10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-0000000000ff', 'x', 'X') $$,
  '23503', 'projects_growth_area_id_fkey', 'projects: growth area must exist');
select pg_temp.violates($$ insert into public.projects (programme_id, slug, name) values ('10000000-0000-4000-8000-0000000000ff', 'x', 'X') $$,
  '23503', 'projects_programme_id_fkey', 'projects: programme must exist');

-- tasks -------------------------------------------------------------------------------------------
select pg_temp.violates($$ insert into public.tasks (project_id, title, state) values ('30000000-0000-4000-8000-000000000001', 'X', 'done') $$,
  '23514', 'tasks_done_iff_completed', 'tasks: a done task needs a completion date');
select pg_temp.violates($$ insert into public.tasks (project_id, title, completed_on) values ('30000000-0000-4000-8000-000000000001', 'X', '2026-01-01') $$,
  '23514', 'tasks_done_iff_completed', 'tasks: only a done task has a completion date');
select pg_temp.violates($$ update public.tasks set state = 'in_progress' where id = '40000000-0000-4000-8000-000000000101' $$,
  '23514', 'tasks_done_iff_completed', 'tasks: reopening a task must clear its completion date');
select pg_temp.violates($$ update public.tasks set state = 'cancelled' where id = '40000000-0000-4000-8000-000000000101' $$,
  '23514', 'tasks_done_iff_completed', 'tasks: a cancelled task has no completion date');
select pg_temp.violates($$ insert into public.tasks (project_id, title) values ('30000000-0000-4000-8000-000000000001', repeat('a', 301)) $$,
  '23514', 'tasks_title_length', 'tasks: title is at most 300 characters');
select pg_temp.violates($$ insert into public.tasks (project_id, title) values ('30000000-0000-4000-8000-000000000001', '') $$,
  '23514', 'tasks_title_length', 'tasks: title may not be empty');
select pg_temp.violates($$ insert into public.tasks (project_id, title, details) values ('30000000-0000-4000-8000-000000000001', 'X', repeat('a', 4001)) $$,
  '23514', 'tasks_details_length', 'tasks: details are at most 4000 characters');
select throws_ok($$ insert into public.tasks (title) values ('X') $$,
  '23502', null, 'tasks: project is required');
select pg_temp.violates($$ insert into public.tasks (project_id, title) values ('30000000-0000-4000-8000-0000000000ff', 'X') $$,
  '23503', 'tasks_project_id_fkey', 'tasks: project must exist');
select pg_temp.violates($$ insert into public.tasks (project_id, title, assignee_person_id) values ('30000000-0000-4000-8000-000000000001', 'X', '50000000-0000-4000-8000-0000000000ff') $$,
  '23503', 'tasks_assignee_person_id_fkey', 'tasks: assignee must be an existing person');
select pg_temp.violates($$ insert into public.tasks (id, project_id, title) values ('40000000-0000-4000-8000-000000000101', '30000000-0000-4000-8000-000000000001', 'X') $$,
  '23505', 'tasks_pkey', 'tasks: id is unique');

-- project_contacts ------------------------------------------------------------------------------
select pg_temp.violates($$ insert into public.project_contacts (project_id, person_id, is_primary) values ('30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000005', true) $$,
  '23505', 'project_contacts_one_primary_idx', 'project_contacts: at most one main contact per project');
select pg_temp.violates($$ update public.project_contacts set is_primary = true where project_id = '30000000-0000-4000-8000-000000000001' $$,
  '23505', 'project_contacts_one_primary_idx', 'project_contacts: making a second contact primary is refused');
select pg_temp.violates($$ insert into public.project_contacts (project_id, person_id) values ('30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000004') $$,
  '23505', 'project_contacts_pkey', 'project_contacts: a person is a contact of a project once');
select pg_temp.violates($$ insert into public.project_contacts (project_id, person_id, role) values ('30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000005', repeat('a', 201)) $$,
  '23514', 'project_contacts_role_length', 'project_contacts: role is at most 200 characters');
select pg_temp.violates($$ insert into public.project_contacts (project_id, person_id) values ('30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-0000000000ff') $$,
  '23503', 'project_contacts_person_id_fkey', 'project_contacts: person must exist');
select pg_temp.violates($$ insert into public.project_contacts (project_id, person_id) values ('30000000-0000-4000-8000-0000000000ff', '50000000-0000-4000-8000-000000000001') $$,
  '23503', 'project_contacts_project_id_fkey', 'project_contacts: project must exist');

-- organisations and partners ---------------------------------------------------------------------
select pg_temp.violates($$ insert into public.organisations (name) values ('Clic Innovation') $$,
  '23505', 'organisations_name_key', 'organisations: name is unique');
select pg_temp.violates($$ insert into public.organisations (id, name) values ('60000000-0000-4000-8000-000000000001', 'X') $$,
  '23505', 'organisations_pkey', 'organisations: id is unique');
select pg_temp.violates($$ insert into public.organisations (name) values (' ') $$,
  '23514', 'organisations_name_length', 'organisations: name may not be blank');
select pg_temp.violates($$ insert into public.organisations (name, website) values ('X', 'javascript:alert(1)') $$,
  '23514', 'organisations_website_format', 'organisations: website is an http(s) address');
select pg_temp.violates($$ insert into public.organisations (name, short_name) values ('X', repeat('a', 51)) $$,
  '23514', 'organisations_short_name_length', 'organisations: short name is at most 50 characters');
select pg_temp.violates($$ insert into public.project_partners (project_id, organisation_id) values ('30000000-0000-4000-8000-000000000004', '60000000-0000-4000-8000-000000000001') $$,
  '23505', 'project_partners_pkey', 'project_partners: an organisation is a partner of a project once');
select pg_temp.violates($$ insert into public.project_partners (project_id, organisation_id) values ('30000000-0000-4000-8000-000000000004', '60000000-0000-4000-8000-0000000000ff') $$,
  '23503', 'project_partners_organisation_id_fkey', 'project_partners: organisation must exist');
select pg_temp.violates($$ insert into public.project_partners (project_id, organisation_id) values ('30000000-0000-4000-8000-0000000000ff', '60000000-0000-4000-8000-000000000001') $$,
  '23503', 'project_partners_project_id_fkey', 'project_partners: project must exist');
select pg_temp.violates($$ insert into public.project_partners (project_id, organisation_id, role) values ('30000000-0000-4000-8000-000000000001', '60000000-0000-4000-8000-000000000001', repeat('a', 201)) $$,
  '23514', 'project_partners_role_length', 'project_partners: role is at most 200 characters');

-- follow-ups and funding -------------------------------------------------------------------------
select pg_temp.violates($$ insert into public.project_follow_ups (project_id) values ('30000000-0000-4000-8000-000000000004') $$,
  '23514', 'project_follow_ups_target', 'project_follow_ups: names an application or points to a project');
select pg_temp.violates($$ insert into public.project_follow_ups (project_id, follow_up_project_id) values ('30000000-0000-4000-8000-000000000004', '30000000-0000-4000-8000-000000000004') $$,
  '23514', 'project_follow_ups_not_self', 'project_follow_ups: a project is not its own follow-up');
select pg_temp.violates($$ insert into public.project_follow_ups (project_id, name) values ('30000000-0000-4000-8000-000000000004', '') $$,
  '23514', 'project_follow_ups_name_length', 'project_follow_ups: name may not be empty');
select pg_temp.violates($$ insert into public.project_follow_ups (project_id, name, note) values ('30000000-0000-4000-8000-000000000004', 'X', repeat('a', 2001)) $$,
  '23514', 'project_follow_ups_note_length', 'project_follow_ups: note is at most 2000 characters');
select pg_temp.violates($$ insert into public.project_follow_ups (project_id, follow_up_project_id) values ('30000000-0000-4000-8000-000000000004', '30000000-0000-4000-8000-0000000000ff') $$,
  '23503', 'project_follow_ups_follow_up_project_id_fkey', 'project_follow_ups: follow-up project must exist');
select pg_temp.violates($$ insert into public.project_follow_ups (project_id, name) values ('30000000-0000-4000-8000-0000000000ff', 'X') $$,
  '23503', 'project_follow_ups_project_id_fkey', 'project_follow_ups: project must exist');
select pg_temp.violates($$ insert into public.project_follow_ups (id, project_id, name) values ('80000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000004', 'X') $$,
  '23505', 'project_follow_ups_pkey', 'project_follow_ups: id is unique');
select pg_temp.violates($$ insert into public.project_funding (project_id, instrument, amount) values ('30000000-0000-4000-8000-000000000004', 'EAKR', -1) $$,
  '23514', 'project_funding_amount_positive', 'project_funding: amount is not negative');
select pg_temp.violates($$ insert into public.project_funding (project_id, instrument, state, decided_on) values ('30000000-0000-4000-8000-000000000004', 'EAKR', 'applied', '2026-01-01') $$,
  '23514', 'project_funding_undecided_has_no_date', 'project_funding: an undecided application has no decision date');
select pg_temp.violates($$ insert into public.project_funding (project_id, instrument, state, applied_on, decided_on) values ('30000000-0000-4000-8000-000000000004', 'EAKR', 'granted', '2026-01-01', '2025-01-01') $$,
  '23514', 'project_funding_dates_ordered', 'project_funding: decision does not precede application');
select pg_temp.violates($$ insert into public.project_funding (project_id, instrument) values ('30000000-0000-4000-8000-000000000004', '') $$,
  '23514', 'project_funding_instrument_length', 'project_funding: instrument may not be empty');
select pg_temp.violates($$ insert into public.project_funding (project_id, instrument, note) values ('30000000-0000-4000-8000-000000000004', 'EAKR', repeat('a', 2001)) $$,
  '23514', 'project_funding_note_length', 'project_funding: note is at most 2000 characters');
select pg_temp.violates($$ insert into public.project_funding (project_id, instrument) values ('30000000-0000-4000-8000-0000000000ff', 'EAKR') $$,
  '23503', 'project_funding_project_id_fkey', 'project_funding: project must exist');
select pg_temp.violates($$ insert into public.project_funding (project_id, follow_up_id, instrument) values ('30000000-0000-4000-8000-000000000004', '80000000-0000-4000-8000-0000000000ff', 'EAKR') $$,
  '23503', 'project_funding_follow_up_id_fkey', 'project_funding: follow-up must exist');
select pg_temp.violates($$ insert into public.project_funding (id, project_id, instrument) values ('70000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000004', 'EAKR') $$,
  '23505', 'project_funding_pkey', 'project_funding: id is unique');

-- roles, memberships, settings, audit ------------------------------------------------------------
select pg_temp.violates($$ insert into public.user_roles (user_id, role) values ('a0000000-0000-4000-8000-000000000001', 'admin') $$,
  '23505', 'user_roles_pkey', 'user_roles: a role is held once');
select throws_ok($$ insert into public.user_roles (user_id, role) values ('a0000000-0000-4000-8000-000000000001', 'superuser') $$,
  '22P02', null, 'user_roles: role is admin, director or viewer');
select pg_temp.violates($$ insert into public.user_roles (user_id, role) values ('a0000000-0000-4000-8000-0000000000ff', 'viewer') $$,
  '23503', 'user_roles_user_id_fkey', 'user_roles: user must exist');
select pg_temp.violates($$ insert into public.project_members (project_id, user_id) values ('30000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000003') $$,
  '23505', 'project_members_pkey', 'project_members: one membership per user and project');
select pg_temp.violates($$ insert into public.project_members (project_id, user_id) values ('30000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-0000000000ff') $$,
  '23503', 'project_members_user_id_fkey', 'project_members: user must exist');
select pg_temp.violates($$ insert into public.project_members (project_id, user_id) values ('30000000-0000-4000-8000-0000000000ff', 'a0000000-0000-4000-8000-000000000003') $$,
  '23503', 'project_members_project_id_fkey', 'project_members: project must exist');
select pg_temp.violates($$ insert into public.user_settings (user_id, locale) values ('a0000000-0000-4000-8000-000000000001', 'de') $$,
  '23514', 'user_settings_locale', 'user_settings: locale is fi, sv or en');
select pg_temp.violates($$ insert into public.user_settings (user_id) values ('a0000000-0000-4000-8000-0000000000ff') $$,
  '23503', 'user_settings_user_id_fkey', 'user_settings: user must exist');
select pg_temp.violates($$ insert into public.user_settings (user_id) values ('a0000000-0000-4000-8000-000000000001'), ('a0000000-0000-4000-8000-000000000001') $$,
  '23505', 'user_settings_pkey', 'user_settings: one row per user');
select pg_temp.violates($$ insert into public.audit_log (table_name, operation) values ('tasks', 'TRUNCATE') $$,
  '23514', 'audit_log_operation', 'audit_log: operation is INSERT, UPDATE or DELETE');
select pg_temp.violates($$ insert into public.audit_log (id, table_name, operation) overriding system value values ((select min(id) from public.audit_log), 'tasks', 'INSERT') $$,
  '23505', 'audit_log_pkey', 'audit_log: id is unique');

-- indicators, goals, values; projects' manual progress -----------------------------------------
select pg_temp.violates($$ insert into public.indicators (id, programme_id, name) values ('b1000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', 'X') $$,
  '23505', 'indicators_pkey', 'indicators: id is unique');
select pg_temp.violates($$ insert into public.indicators (programme_id, name) values ('10000000-0000-4000-8000-0000000000ff', 'X') $$,
  '23503', 'indicators_programme_id_fkey', 'indicators: programme must exist');
select pg_temp.violates($$ insert into public.indicators (growth_area_id, name) values ('20000000-0000-4000-8000-0000000000ff', 'X') $$,
  '23503', 'indicators_growth_area_id_fkey', 'indicators: growth area must exist');
select pg_temp.violates($$ insert into public.indicators (project_id, name) values ('30000000-0000-4000-8000-0000000000ff', 'X') $$,
  '23503', 'indicators_project_id_fkey', 'indicators: project must exist');
select pg_temp.violates($$ insert into public.indicators (programme_id, name) values ('10000000-0000-4000-8000-000000000001', ' ') $$,
  '23514', 'indicators_name_length', 'indicators: name is not blank');
select pg_temp.violates($$ insert into public.indicators (programme_id, name, description) values ('10000000-0000-4000-8000-000000000001', 'X', repeat('x', 4001)) $$,
  '23514', 'indicators_description_length', 'indicators: description is at most 4000 characters');
select pg_temp.violates($$ insert into public.indicators (programme_id, name, unit) values ('10000000-0000-4000-8000-000000000001', 'X', repeat('x', 41)) $$,
  '23514', 'indicators_unit_length', 'indicators: unit is at most 40 characters');
select pg_temp.violates($$ insert into public.indicators (programme_id, name, decimals) values ('10000000-0000-4000-8000-000000000001', 'X', 7) $$,
  '23514', 'indicators_decimals_range', 'indicators: 0–6 decimals');
select pg_temp.violates($$ insert into public.indicators (programme_id, name, source) values ('10000000-0000-4000-8000-000000000001', 'X', repeat('x', 1001)) $$,
  '23514', 'indicators_source_length', 'indicators: source is at most 1000 characters');
select pg_temp.violates($$ insert into public.indicators (programme_id, name, tolerance_percent) values ('10000000-0000-4000-8000-000000000001', 'X', -1) $$,
  '23514', 'indicators_tolerance_range', 'indicators: tolerance is 0–100 %');
select pg_temp.violates($$ insert into public.indicators (programme_id, growth_area_id, name) values ('10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001', 'X') $$,
  '23514', 'indicators_one_scope', 'indicators: exactly one scope (not two)');
select pg_temp.violates($$ insert into public.indicators (programme_id, name, baseline_value) values ('10000000-0000-4000-8000-000000000001', 'X', 5) $$,
  '23514', 'indicators_baseline_complete', 'indicators: a baseline value needs its date');
select pg_temp.violates($$ insert into public.indicator_projects (indicator_id, project_id) values ('b1000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000002') $$,
  '23505', 'indicator_projects_pkey', 'indicator_projects: a project feeds an indicator once');
select pg_temp.violates($$ insert into public.indicator_projects (indicator_id, project_id) values ('b1000000-0000-4000-8000-0000000000ff', '30000000-0000-4000-8000-000000000002') $$,
  '23503', 'indicator_projects_indicator_id_fkey', 'indicator_projects: indicator must exist');
select pg_temp.violates($$ insert into public.indicator_projects (indicator_id, project_id) values ('b1000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-0000000000ff') $$,
  '23503', 'indicator_projects_project_id_fkey', 'indicator_projects: project must exist');
select pg_temp.violates($$ insert into public.indicator_goals (id, indicator_id, year, value) select id, indicator_id, 2040, 1 from public.indicator_goals limit 1 $$,
  '23505', 'indicator_goals_pkey', 'indicator_goals: id is unique');
select pg_temp.violates($$ insert into public.indicator_goals (indicator_id, year, value) values ('b1000000-0000-4000-8000-0000000000ff', 2027, 1) $$,
  '23503', 'indicator_goals_indicator_id_fkey', 'indicator_goals: indicator must exist');
select pg_temp.violates($$ insert into public.indicator_goals (indicator_id, year, value) values ('b1000000-0000-4000-8000-000000000001', 1999, 1) $$,
  '23514', 'indicator_goals_year_range', 'indicator_goals: a plausible year');
select pg_temp.violates($$ insert into public.indicator_goals (indicator_id, year, value) values ('b1000000-0000-4000-8000-000000000001', 2027, 1) $$,
  '23505', 'indicator_goals_indicator_year_key', 'indicator_goals: one goal per year');
select pg_temp.violates($$ insert into public.indicator_values (id, indicator_id, measured_on, value) select id, indicator_id, '2040-01-01', 1 from public.indicator_values limit 1 $$,
  '23505', 'indicator_values_pkey', 'indicator_values: id is unique');
select pg_temp.violates($$ insert into public.indicator_values (indicator_id, measured_on, value) values ('b1000000-0000-4000-8000-0000000000ff', '2026-01-01', 1) $$,
  '23503', 'indicator_values_indicator_id_fkey', 'indicator_values: indicator must exist');
select pg_temp.violates($$ insert into public.indicator_values (indicator_id, measured_on, value, note) values ('b1000000-0000-4000-8000-000000000001', '2026-11-01', 1, repeat('x', 1001)) $$,
  '23514', 'indicator_values_note_length', 'indicator_values: note is at most 1000 characters');
select pg_temp.violates($$ insert into public.indicator_values (indicator_id, measured_on, value) values ('b1000000-0000-4000-8000-000000000001', '2026-09-30', 1) $$,
  '23505', 'indicator_values_indicator_date_key', 'indicator_values: one value per indicator and date');
select pg_temp.violates($$ update public.projects set progress_manual = 101, progress_note = 'x' where id = '30000000-0000-4000-8000-000000000001' $$,
  '23514', 'projects_progress_manual_range', 'projects: manual progress is 0–100');
select pg_temp.violates($$ update public.projects set progress_note = repeat('x', 1001) where id = '30000000-0000-4000-8000-000000000001' $$,
  '23514', 'projects_progress_note_length', 'projects: progress note is at most 1000 characters');
select pg_temp.violates($$ update public.projects set progress_manual = 50 where id = '30000000-0000-4000-8000-000000000001' $$,
  '23514', 'projects_manual_progress_needs_note', 'projects: a manual progress needs a note');

-- deliberate ON DELETE behaviour -----------------------------------------------------------------
select pg_temp.violates($$ delete from public.programmes where id = '10000000-0000-4000-8000-000000000001' $$,
  '23503', 'growth_areas_programme_id_fkey', 'deleting a programme with growth areas is refused');
select pg_temp.violates($$ delete from public.growth_areas where id = '20000000-0000-4000-8000-000000000003' $$,
  '23503', 'projects_growth_area_id_fkey', 'deleting a growth area with projects is refused');
select pg_temp.violates($$ delete from public.projects where id = '30000000-0000-4000-8000-000000000001' $$,
  '23503', 'tasks_project_id_fkey', 'deleting a project with tasks is refused');
select pg_temp.violates($$ delete from public.people where id = '50000000-0000-4000-8000-000000000007' $$,
  '23503', 'project_contacts_person_id_fkey', 'deleting a person who is a contact is refused');
select pg_temp.violates($$ delete from public.organisations where id = '60000000-0000-4000-8000-000000000001' $$,
  '23503', 'project_partners_organisation_id_fkey', 'deleting a partner organisation is refused');

select lives_ok($$ delete from public.project_contacts where person_id = '50000000-0000-4000-8000-000000000001';
                  delete from public.people where id = '50000000-0000-4000-8000-000000000001' $$,
  'deleting a growth area''s lead (once no longer a contact) is allowed …');
select is((select lead_person_id from public.growth_areas where id = '20000000-0000-4000-8000-000000000002'), null,
  '… and leaves the post vacant (NN)');

-- Baselines (20260416000000_baselines): the name, the snapshot rows' links and states --------
insert into public.baselines (id, programme_id, name)
values ('bb000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', 'Q1');
insert into public.baseline_projects (baseline_id, project_id, slug, name, stage, schedule_state, published)
values ('bb000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000001', 'kiertotalot', 'Kiertotalot', 'planning', 'late', true);
insert into public.baseline_tasks (baseline_id, task_id, project_id, title, state, is_milestone)
values ('bb000000-0000-4000-8000-000000000001', '40000000-0000-4000-8000-000000000104', '30000000-0000-4000-8000-000000000001', 'T', 'not_started', false);
select pg_temp.violates($$ insert into public.baselines (programme_id, name) values ('10000000-0000-4000-8000-000000000001', '  ') $$,
  '23514', 'baselines_name_length', 'baselines: a name may not be blank');
select pg_temp.violates($$ insert into public.baselines (programme_id, name) values ('10000000-0000-4000-8000-000000000001', 'Q1') $$,
  '23505', 'baselines_programme_name_key', 'baselines: one name once per programme');
select pg_temp.violates($$ insert into public.baselines (id, programme_id, name) values ('bb000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', 'Q2') $$,
  '23505', 'baselines_pkey', 'baselines: ids are unique');
select pg_temp.violates($$ insert into public.baselines (programme_id, name) values ('10000000-0000-4000-8000-0000000000ff', 'Q2') $$,
  '23503', 'baselines_programme_id_fkey', 'baselines: the programme must exist');
select pg_temp.violates($$ insert into public.baselines (programme_id, name, taken_by) values ('10000000-0000-4000-8000-000000000001', 'Q2', 'a0000000-0000-4000-8000-0000000000ff') $$,
  '23503', 'baselines_taken_by_fkey', 'baselines: the taker is an account');
select pg_temp.violates($$ insert into public.baseline_projects (baseline_id, project_id, slug, name, stage, schedule_state, published) values ('bb000000-0000-4000-8000-0000000000ff', '30000000-0000-4000-8000-000000000001', 's', 'n', 'planning', 'late', true) $$,
  '23503', 'baseline_projects_baseline_id_fkey', 'baseline projects belong to a baseline');
select pg_temp.violates($$ insert into public.baseline_projects (baseline_id, project_id, slug, name, stage, schedule_state, published) values ('bb000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000001', 's', 'n', 'planning', 'late', true) $$,
  '23505', 'baseline_projects_pkey', 'a baseline records a project once');
select pg_temp.violates($$ insert into public.baseline_projects (baseline_id, project_id, slug, name, stage, schedule_state, published) values ('bb000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000002', 's', 'n', 'planning', 'slow', true) $$,
  '23514', 'baseline_projects_schedule_state', 'baseline projects: a known schedule state');
select pg_temp.violates($$ insert into public.baseline_tasks (baseline_id, task_id, project_id, title, state, is_milestone) values ('bb000000-0000-4000-8000-0000000000ff', '40000000-0000-4000-8000-000000000104', '30000000-0000-4000-8000-000000000001', 'T', 'done', false) $$,
  '23503', 'baseline_tasks_baseline_id_fkey', 'baseline tasks belong to a baseline');
select pg_temp.violates($$ insert into public.baseline_tasks (baseline_id, task_id, project_id, title, state, is_milestone) values ('bb000000-0000-4000-8000-000000000001', '40000000-0000-4000-8000-000000000104', '30000000-0000-4000-8000-000000000001', 'T', 'done', false) $$,
  '23505', 'baseline_tasks_pkey', 'a baseline records a task once');
-- translations (Swedish and English columns, 20260414000000_translated_content) -----------------
select pg_temp.violates($$ update public.programmes set name_sv = '   ' where id = '10000000-0000-4000-8000-000000000001' $$,
  '23514', 'programmes_name_sv_length', 'programmes: name_sv may not be blank (NULL = not translated)');
select pg_temp.violates($$ update public.programmes set name_en = repeat('a', 201) where id = '10000000-0000-4000-8000-000000000001' $$,
  '23514', 'programmes_name_en_length', 'programmes: name_en is at most 200 characters');
select pg_temp.violates($$ update public.programmes set description_sv = repeat('a', 4001) where id = '10000000-0000-4000-8000-000000000001' $$,
  '23514', 'programmes_description_sv_length', 'programmes: description_sv is at most 4000 characters');
select pg_temp.violates($$ update public.programmes set description_en = repeat('a', 4001) where id = '10000000-0000-4000-8000-000000000001' $$,
  '23514', 'programmes_description_en_length', 'programmes: description_en is at most 4000 characters');
select pg_temp.violates($$ update public.growth_areas set name_sv = '   ' where id = '20000000-0000-4000-8000-000000000001' $$,
  '23514', 'growth_areas_name_sv_length', 'growth_areas: name_sv may not be blank (NULL = not translated)');
select pg_temp.violates($$ update public.growth_areas set name_en = repeat('a', 201) where id = '20000000-0000-4000-8000-000000000001' $$,
  '23514', 'growth_areas_name_en_length', 'growth_areas: name_en is at most 200 characters');
select pg_temp.violates($$ update public.growth_areas set description_sv = repeat('a', 4001) where id = '20000000-0000-4000-8000-000000000001' $$,
  '23514', 'growth_areas_description_sv_length', 'growth_areas: description_sv is at most 4000 characters');
select pg_temp.violates($$ update public.growth_areas set description_en = repeat('a', 4001) where id = '20000000-0000-4000-8000-000000000001' $$,
  '23514', 'growth_areas_description_en_length', 'growth_areas: description_en is at most 4000 characters');
select pg_temp.violates($$ update public.growth_area_people set role_sv = '   ' where growth_area_id = '20000000-0000-4000-8000-000000000003' $$,
  '23514', 'growth_area_people_role_sv_length', 'growth_area_people: role_sv may not be blank (NULL = not translated)');
select pg_temp.violates($$ update public.growth_area_people set role_en = repeat('a', 201) where growth_area_id = '20000000-0000-4000-8000-000000000003' $$,
  '23514', 'growth_area_people_role_en_length', 'growth_area_people: role_en is at most 200 characters');
select pg_temp.violates($$ update public.projects set name_sv = '   ' where id = '30000000-0000-4000-8000-000000000001' $$,
  '23514', 'projects_name_sv_length', 'projects: name_sv may not be blank (NULL = not translated)');
select pg_temp.violates($$ update public.projects set name_en = repeat('a', 201) where id = '30000000-0000-4000-8000-000000000001' $$,
  '23514', 'projects_name_en_length', 'projects: name_en is at most 200 characters');
select pg_temp.violates($$ update public.projects set summary_sv = repeat('a', 4001) where id = '30000000-0000-4000-8000-000000000001' $$,
  '23514', 'projects_summary_sv_length', 'projects: summary_sv is at most 4000 characters');
select pg_temp.violates($$ update public.projects set summary_en = repeat('a', 4001) where id = '30000000-0000-4000-8000-000000000001' $$,
  '23514', 'projects_summary_en_length', 'projects: summary_en is at most 4000 characters');
select pg_temp.violates($$ update public.projects set official_description_sv = repeat('a', 10001) where id = '30000000-0000-4000-8000-000000000001' $$,
  '23514', 'projects_official_description_sv_length', 'projects: official_description_sv is at most 10000 characters');
select pg_temp.violates($$ update public.projects set official_description_en = repeat('a', 10001) where id = '30000000-0000-4000-8000-000000000001' $$,
  '23514', 'projects_official_description_en_length', 'projects: official_description_en is at most 10000 characters');
select pg_temp.violates($$ update public.tasks set title_sv = '   ' where id = '40000000-0000-4000-8000-000000000101' $$,
  '23514', 'tasks_title_sv_length', 'tasks: title_sv may not be blank (NULL = not translated)');
select pg_temp.violates($$ update public.tasks set title_en = repeat('a', 301) where id = '40000000-0000-4000-8000-000000000101' $$,
  '23514', 'tasks_title_en_length', 'tasks: title_en is at most 300 characters');
select pg_temp.violates($$ update public.tasks set details_sv = repeat('a', 4001) where id = '40000000-0000-4000-8000-000000000101' $$,
  '23514', 'tasks_details_sv_length', 'tasks: details_sv is at most 4000 characters');
select pg_temp.violates($$ update public.tasks set details_en = repeat('a', 4001) where id = '40000000-0000-4000-8000-000000000101' $$,
  '23514', 'tasks_details_en_length', 'tasks: details_en is at most 4000 characters');
select pg_temp.violates($$ update public.project_contacts set role_sv = repeat('a', 201) where project_id = '30000000-0000-4000-8000-000000000001' $$,
  '23514', 'project_contacts_role_sv_length', 'project_contacts: role_sv is at most 200 characters');
select pg_temp.violates($$ update public.project_contacts set role_en = repeat('a', 201) where project_id = '30000000-0000-4000-8000-000000000001' $$,
  '23514', 'project_contacts_role_en_length', 'project_contacts: role_en is at most 200 characters');
select pg_temp.violates($$ update public.project_funding set note_sv = repeat('a', 2001) where id = '70000000-0000-4000-8000-000000000001' $$,
  '23514', 'project_funding_note_sv_length', 'project_funding: note_sv is at most 2000 characters');
select pg_temp.violates($$ update public.project_funding set note_en = repeat('a', 2001) where id = '70000000-0000-4000-8000-000000000001' $$,
  '23514', 'project_funding_note_en_length', 'project_funding: note_en is at most 2000 characters');
select pg_temp.violates($$ update public.indicators set name_sv = '   ' where id = 'b1000000-0000-4000-8000-000000000001' $$,
  '23514', 'indicators_name_sv_length', 'indicators: name_sv may not be blank (NULL = not translated)');
select pg_temp.violates($$ update public.indicators set name_en = repeat('a', 201) where id = 'b1000000-0000-4000-8000-000000000001' $$,
  '23514', 'indicators_name_en_length', 'indicators: name_en is at most 200 characters');
select pg_temp.violates($$ update public.indicators set description_sv = repeat('a', 4001) where id = 'b1000000-0000-4000-8000-000000000001' $$,
  '23514', 'indicators_description_sv_length', 'indicators: description_sv is at most 4000 characters');
select pg_temp.violates($$ update public.indicators set description_en = repeat('a', 4001) where id = 'b1000000-0000-4000-8000-000000000001' $$,
  '23514', 'indicators_description_en_length', 'indicators: description_en is at most 4000 characters');

-- Import uploads (20260424000100_import_uploads): a part's number, its owner, its shape, once ------
insert into public.import_uploads (upload_id, part, owner_id, data)
  values ('c1000000-0000-4000-8000-000000000001', 0, (select id from auth.users order by email limit 1), '{}');
select pg_temp.violates($$ insert into public.import_uploads (upload_id, part, owner_id, data) values ('c1000000-0000-4000-8000-000000000001', 64, (select id from auth.users order by email limit 1), '{}') $$,
  '23514', 'import_uploads_part_range', 'import_uploads: at most 64 parts (0–63)');
select pg_temp.violates($$ insert into public.import_uploads (upload_id, part, owner_id, data) values ('c1000000-0000-4000-8000-000000000001', 1, (select id from auth.users order by email limit 1), '[]') $$,
  '23514', 'import_uploads_data_shape', 'import_uploads: a part is a JSON object');
select pg_temp.violates($$ insert into public.import_uploads (upload_id, part, owner_id, data) values ('c1000000-0000-4000-8000-000000000001', 1, 'c1000000-0000-4000-8000-0000000000ff', '{}') $$,
  '23503', 'import_uploads_owner_id_fkey', 'import_uploads: the owner is a user');
select pg_temp.violates($$ insert into public.import_uploads (upload_id, part, owner_id, data) values ('c1000000-0000-4000-8000-000000000001', 0, (select id from auth.users order by email limit 1), '{}') $$,
  '23505', 'import_uploads_pkey', 'import_uploads: each part of an upload once');

-- Role ids (20260426000000_role_versions) and the partner / follow-up translations
-- (20260426000200_partner_follow_up_translations) -------------------------------------------------
select pg_temp.violates($$ insert into public.growth_area_people (id, growth_area_id, person_id, role) values ((select id from public.growth_area_people limit 1), '20000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000001', 'X') $$,
  '23505', 'growth_area_people_id_key', 'growth_area_people: id is unique');
select pg_temp.violates($$ insert into public.project_contacts (id, project_id, person_id) values ((select id from public.project_contacts limit 1), '30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000005') $$,
  '23505', 'project_contacts_id_key', 'project_contacts: id is unique');
-- Partner ids (20260428000000_partner_versions)
select pg_temp.violates($$ insert into public.project_partners (id, project_id, organisation_id) values ((select id from public.project_partners limit 1), '30000000-0000-4000-8000-000000000001', '60000000-0000-4000-8000-000000000001') $$,
  '23505', 'project_partners_id_key', 'project_partners: id is unique');
select pg_temp.violates($$ update public.project_partners set role_sv = repeat('a', 201) $$,
  '23514', 'project_partners_role_sv_length', 'project_partners: role_sv is at most 200 characters');
select pg_temp.violates($$ update public.project_partners set role_en = repeat('a', 201) $$,
  '23514', 'project_partners_role_en_length', 'project_partners: role_en is at most 200 characters');
select pg_temp.violates($$ update public.project_follow_ups set name_sv = ' ' where name is not null $$,
  '23514', 'project_follow_ups_name_sv_length', 'project_follow_ups: name_sv may not be blank');
select pg_temp.violates($$ update public.project_follow_ups set name_en = repeat('a', 201) where name is not null $$,
  '23514', 'project_follow_ups_name_en_length', 'project_follow_ups: name_en is at most 200 characters');
select pg_temp.violates($$ update public.project_follow_ups set note_sv = repeat('a', 2001) $$,
  '23514', 'project_follow_ups_note_sv_length', 'project_follow_ups: note_sv is at most 2000 characters');
select pg_temp.violates($$ update public.project_follow_ups set note_en = repeat('a', 2001) $$,
  '23514', 'project_follow_ups_note_en_length', 'project_follow_ups: note_en is at most 2000 characters');

-- Coverage: every constraint in public was broken above --------------------------------------
select is(
  (select array_agg(k.conname::text order by k.conname)
   from pg_constraint k join pg_namespace n on n.oid = k.connamespace
   where n.nspname = 'public' and k.contype in ('c', 'u', 'f', 'p')
     -- the notification tables have their own file, notifications_constraints.test.sql
     and k.conrelid not in ('public.reminder_settings'::regclass, 'public.follows'::regclass,
       'public.notifications'::regclass, 'public.notification_preferences'::regclass,
       'public.status_updates'::regclass, 'public.nudges'::regclass, 'public.mail_outbox'::regclass)
     and k.conname not in (select constraint_name from violated where constraint_name is not null)),
  null,
  'every check, unique, primary-key and foreign-key constraint has a violating case'
);

select * from finish();
rollback;
