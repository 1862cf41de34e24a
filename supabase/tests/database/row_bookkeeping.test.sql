-- Triggers keep updated_at, updated_by and version honest: clients cannot forge them, every
-- update bumps version by one, and a version-checked update (PATCH …&version=eq.N) matches
-- zero rows once someone else has saved. Also: only directors change a project's growth
-- area, programme, slug or publication (SQLSTATE 42501 with a clear message).
create extension if not exists pgtap with schema extensions;

begin;
select plan(22);

-- The lead of Kiertotalot edits their project ------------------------------------------------
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000003", "role": "authenticated"}';

with x as (
  update public.projects
  set name = 'Kiertotalot 2', version = 42, updated_by = 'a0000000-0000-4000-8000-000000000002',
      updated_at = '2000-01-01', created_at = '2000-01-01'
  where id = '30000000-0000-4000-8000-000000000001' and version = 1
  returning version, updated_by, updated_at, created_at
)
select is(
  (select row(version, updated_by, updated_at = now(), created_at)::text from x),
  row(2, 'a0000000-0000-4000-8000-000000000003'::uuid, true, '2025-01-02 09:00+02'::timestamptz)::text,
  'an update sets version to old + 1, updated_by to the caller and updated_at to now, ignoring what the client sent'
);

with x as (
  update public.projects set name = 'Kiertotalot 3'
  where id = '30000000-0000-4000-8000-000000000001' and version = 1
  returning 1
)
select is(count(*), 0::bigint, 'a stale version-checked update matches zero rows (conflict)') from x;

with x as (
  update public.projects set name = 'Kiertotalot 3'
  where id = '30000000-0000-4000-8000-000000000001' and version = 2
  returning version
)
select is(array_agg(version), array[3], 'the current version matches and bumps to 3') from x;

with x as (
  update public.tasks set state = 'done', completed_on = '2026-11-22', version = 1
  where id = '40000000-0000-4000-8000-000000000104' and version = 1
  returning version, updated_by
)
select is(
  (select row(version, updated_by)::text from x),
  row(2, 'a0000000-0000-4000-8000-000000000003'::uuid)::text,
  'tasks: marking done bumps version and records who'
);

with x as (
  insert into public.tasks (project_id, title, version, updated_by, created_at, updated_at)
  values ('30000000-0000-4000-8000-000000000001', 'Uusi tehtävä', 99, 'a0000000-0000-4000-8000-000000000002', '2000-01-01', '2000-01-01')
  returning version, updated_by, created_at = now() and updated_at = now() as fresh
)
select is(
  (select row(version, updated_by, fresh)::text from x),
  row(1, 'a0000000-0000-4000-8000-000000000003'::uuid, true)::text,
  'an insert through the API starts at version 1 with the caller as updated_by and now() as timestamps'
);

-- Protected project columns ---------------------------------------------------------------------
select throws_ok(
  $$ update public.projects set growth_area_id = '20000000-0000-4000-8000-000000000001' where id = '30000000-0000-4000-8000-000000000001' $$,
  '42501', 'Only directors may change a project''s growth area, programme, slug or publication',
  'a lead cannot move their project to another growth area'
);
select throws_ok(
  $$ update public.projects set growth_area_id = null where id = '30000000-0000-4000-8000-000000000001' $$,
  '42501', null, 'a lead cannot move their project to "other projects"'
);
select throws_ok(
  $$ update public.projects set published = false where id = '30000000-0000-4000-8000-000000000001' $$,
  '42501', null, 'a lead cannot unpublish their project'
);
select throws_ok(
  $$ update public.projects set slug = 'uusi-nimi' where id = '30000000-0000-4000-8000-000000000001' $$,
  '42501', null, 'a lead cannot change their project''s slug'
);
select throws_ok(
  $$ update public.projects set programme_id = '10000000-0000-4000-8000-000000000002' where id = '30000000-0000-4000-8000-000000000001' $$,
  '42501', null, 'a lead cannot move their project to another programme'
);
select lives_ok(
  $$ update public.projects set stage = 'completed', schedule_status = 'late', schedule_note = 'Syy', starts_on = '2025-02-01', ends_on = '2029-06-30', summary = 'S', official_description = 'O', published = true, slug = 'kiertotalot' where id = '30000000-0000-4000-8000-000000000001' $$,
  'a lead may change content, stage, schedule status and time span (unchanged protected values pass)'
);

-- A director may change the protected columns ---------------------------------------------------
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
with x as (
  update public.projects
  set growth_area_id = '20000000-0000-4000-8000-000000000001', published = false, slug = 'kiertotalot-uusi'
  where id = '30000000-0000-4000-8000-000000000001'
  returning growth_area_id, published, slug, updated_by
)
select is(
  (select row(growth_area_id, published, slug, updated_by)::text from x),
  row('20000000-0000-4000-8000-000000000001'::uuid, false, 'kiertotalot-uusi', 'a0000000-0000-4000-8000-000000000002'::uuid)::text,
  'a director moves, renames and unpublishes a project'
);

-- The admin may too (admin ⊇ director) ----------------------------------------------------------
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000001", "role": "authenticated"}';
with x as (
  update public.projects set published = true where id = '30000000-0000-4000-8000-000000000006' returning published
)
select is(array_agg(published), array[true], 'an admin publishes a draft') from x;

-- Bookkeeping on the other edited tables -----------------------------------------------------------
reset role;
select is(
  (select count(*)::integer
   from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'public' and t.tgname = 'touch_row'),
  16,
  'touch_row runs on the sixteen tables that carry updated_at, updated_by and version (reminder_settings, status_updates, the indicator tables, growth_area_people, project_contacts and project_partners included)'
);
select is(
  (select array_agg(c.relname::text order by c.relname)
   from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'public' and c.relkind = 'r' and a.attname = 'version'
     and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'touch_row')),
  null,
  'every table with a version column has the touch_row trigger'
);

set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
with x as (update public.programmes set name = 'Elinvoimaohjelma' where id = '10000000-0000-4000-8000-000000000001' returning version, updated_by)
select is((select row(version, updated_by)::text from x), row(2, 'a0000000-0000-4000-8000-000000000002'::uuid)::text, 'programmes: version and updated_by') ;
with x as (update public.growth_areas set name = 'Ruoka ja juoma' where id = '20000000-0000-4000-8000-000000000005' returning version)
select is(array_agg(version), array[2], 'growth_areas: version bumps') from x;
with x as (update public.organisations set short_name = 'CLIC' where id = '60000000-0000-4000-8000-000000000004' returning version)
select is(array_agg(version), array[2], 'organisations: version bumps') from x;
with x as (update public.project_funding set state = 'granted', decided_on = '2026-11-20' where id = '70000000-0000-4000-8000-000000000001' returning version)
select is(array_agg(version), array[2], 'project_funding: version bumps') from x;
with x as (update public.project_follow_ups set note = 'Päivitetty' where id = '80000000-0000-4000-8000-000000000001' returning version)
select is(array_agg(version), array[2], 'project_follow_ups: version bumps') from x;

set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000001", "role": "authenticated"}';
with x as (update public.people set title = 'Johtava asiantuntija' where id = '50000000-0000-4000-8000-000000000003' returning version, updated_by)
select is((select row(version, updated_by)::text from x), row(2, 'a0000000-0000-4000-8000-000000000001'::uuid)::text, 'people: version and updated_by');

-- The seed ran without a JWT and kept its historical timestamps ----------------------------------
reset role;
select is(
  (select row(updated_at::date, version, updated_by)::text from public.projects where id = '30000000-0000-4000-8000-000000000004'),
  row('2022-08-11'::date, 1, null::uuid)::text,
  'seeded rows keep their given updated_at, start at version 1, and have no updated_by without a JWT'
);

select * from finish();
rollback;
