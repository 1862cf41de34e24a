-- import_portfolio(): the preview writes nothing; the import writes all rows or none, as the
-- signed-in user under row-level security; re-importing the same file changes nothing; nothing
-- is deleted; every change is in the audit trail.
create extension if not exists pgtap with schema extensions;

begin;
select plan(22);

-- The file: Kiertotalot (saved; its stage changes, one saved task moves, one is new) and a new
-- project of Luovat alat with one task.
create temporary table file (data jsonb) on commit drop;
grant select on file to authenticated;
insert into file values ($json${
  "projects": [
    {"row": 2, "slug": "kiertotalot", "name": "Kiertotalot", "growth_area": "rakentamisen KIERTOTALOUS",
     "stage": "completed", "starts_on": null, "ends_on": null, "summary": null},
    {"row": 5, "slug": "uusi-tuotu-hanke", "name": "Uusi tuotu hanke", "growth_area": "Luovat alat",
     "stage": "planning", "starts_on": "2026-01-01", "ends_on": "2027-12-31", "summary": "Tuotu."}
  ],
  "tasks": [
    {"row": 2, "project_slug": "kiertotalot", "title": "Pilottikohteen valinta", "due_on": "2027-01-15", "state": null},
    {"row": 3, "project_slug": "kiertotalot", "title": "Väliraportti ohjausryhmälle", "due_on": "2027-03-31", "state": "not_started"},
    {"row": 4, "project_slug": "kiertotalot", "title": "Uusi tehtävä", "due_on": "2027-06-30", "state": "done"},
    {"row": 5, "project_slug": "uusi-tuotu-hanke", "title": "Aloitus", "due_on": null, "state": null}
  ]
}$json$);

-- The director.
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';

select is(
  (select public.import_portfolio('10000000-0000-4000-8000-000000000001', data) - 'projects' - 'tasks' from file),
  '{"created": 3, "updated": 2, "unchanged": 1, "errors": []}'::jsonb,
  'the preview counts what would be created, updated and left unchanged'
);
select is(
  (select public.import_portfolio('10000000-0000-4000-8000-000000000001', data) -> 'tasks' from file),
  '[{"row": 2, "action": "update"}, {"row": 3, "action": "unchanged"},
    {"row": 4, "action": "create"}, {"row": 5, "action": "create"}]'::jsonb,
  'the preview says per task row what will happen'
);
select is(
  (select public.import_portfolio('10000000-0000-4000-8000-000000000001', data) -> 'projects' from file),
  '[{"row": 2, "slug": "kiertotalot", "action": "update"},
    {"row": 5, "slug": "uusi-tuotu-hanke", "action": "create"}]'::jsonb,
  'and per project row (a growth area matches by name, whatever its case)'
);
select ok(
  not exists (select 1 from public.projects where slug = 'uusi-tuotu-hanke')
    and (select stage from public.projects where slug = 'kiertotalot') = 'implementation',
  'the preview wrote nothing'
);

select is(
  (select public.import_portfolio('10000000-0000-4000-8000-000000000001', data, false)
     - 'projects' - 'tasks' from file),
  '{"created": 3, "updated": 2, "unchanged": 1, "errors": []}'::jsonb,
  'the import answers what it did'
);
select results_eq(
  $$ select name, stage::text, published, growth_area_id from public.projects where slug = 'uusi-tuotu-hanke' $$,
  $$ values ('Uusi tuotu hanke', 'planning', false, '20000000-0000-4000-8000-000000000002'::uuid) $$,
  'a new project is created as a draft in its growth area'
);
select is(
  (select stage::text from public.projects where slug = 'kiertotalot'),
  'completed',
  'a saved project gets the file''s values'
);
select is(
  (select summary from public.projects where slug = 'kiertotalot'),
  'Kiertotalot-hankkeessa edistetään rakennusosien uudelleenkäyttöä purku- ja korjauskohteissa.',
  'an empty cell keeps what is saved'
);
select results_eq(
  $$ select due_on, state::text from public.tasks where id = '40000000-0000-4000-8000-000000000104' $$,
  $$ values ('2027-01-15'::date, 'not_started') $$,
  'a saved task matched by its title gets the new deadline and keeps its state'
);
select ok(
  (select state = 'done' and completed_on is not null from public.tasks
    where title = 'Uusi tehtävä' and project_id = '30000000-0000-4000-8000-000000000001'),
  'a new task marked done gets a completion date'
);
select is(
  (select count(*)::integer from public.tasks where project_id = '30000000-0000-4000-8000-000000000001'),
  6,
  'nothing is deleted: Kiertotalot has its five tasks and the new one'
);
select is(
  (select count(*)::integer from public.audit_log
    where actor_id = 'a0000000-0000-4000-8000-000000000002' and occurred_at = now()),
  5,
  'every change is in the audit trail, by the director'
);

select is(
  (select public.import_portfolio('10000000-0000-4000-8000-000000000001', data, false)
     - 'projects' - 'tasks' from file),
  '{"created": 0, "updated": 0, "unchanged": 6, "errors": []}'::jsonb,
  're-importing the same file changes nothing'
);
select is(
  (select count(*)::integer from public.audit_log
    where actor_id = 'a0000000-0000-4000-8000-000000000002' and occurred_at = now()),
  5,
  'and writes nothing to the audit trail'
);

-- Problems the database sees are answered per row, and refuse the import.
select is(
  public.import_portfolio('10000000-0000-4000-8000-000000000001', $json${
    "projects": [
      {"row": 2, "slug": "uudenmaan-kiertotalouslaakso-esiselvityshanke", "name": "X"},
      {"row": 3, "slug": "uusi-b", "growth_area": "Ei tällaista"},
      {"row": 4, "slug": "kiertotalot"}, {"row": 5, "slug": "kiertotalot"}
    ],
    "tasks": [{"row": 6, "project_slug": "puuttuu", "title": "T"}]
  }$json$) -> 'errors',
  '[{"row": 2, "column": "slug", "code": "other_programme"},
    {"row": 3, "column": "growth_area", "code": "unknown_growth_area"},
    {"row": 3, "column": "name", "code": "required"},
    {"row": 4, "column": "slug", "code": "duplicate"},
    {"row": 5, "column": "slug", "code": "duplicate"},
    {"row": 6, "column": "slug", "code": "unknown_project"}]'::jsonb,
  'a slug of another programme, an unknown growth area, a new project without a name, a repeated slug and a task of no project of the file are problems'
);
select throws_ok(
  $$ select public.import_portfolio('10000000-0000-4000-8000-000000000001',
       '{"projects": [{"row": 3, "slug": "uusi-b"}], "tasks": []}', false) $$,
  '22023', 'The file has problems; preview it to see them',
  'a file with problems is not imported'
);
select throws_ok(
  $$ select public.import_portfolio('10000000-0000-4000-8000-000000000001', '{"tasks": []}') $$,
  '22023', null, 'a body without projects is refused'
);

-- lead@ leads Kiertotalot but not Arabian kiertotaloushubi (lead2@'s): the whole file is refused.
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000003", "role": "authenticated"}';
select throws_ok(
  $$ select public.import_portfolio('10000000-0000-4000-8000-000000000001', '{
       "projects": [{"row": 2, "slug": "kiertotalot", "stage": "planning"},
                    {"row": 3, "slug": "arabian-kiertotaloushubi", "stage": "implementation"}],
       "tasks": []}', false) $$,
  '42501', null,
  'a lead cannot import into a project they do not lead'
);
select is(
  (select stage::text from public.projects where slug = 'kiertotalot'),
  'completed',
  'and the row they could change was not written either: all or nothing'
);
select throws_ok(
  $$ select public.import_portfolio('10000000-0000-4000-8000-000000000001', '{
       "projects": [{"row": 2, "slug": "leadin-oma", "name": "Leadin oma"}], "tasks": []}', false) $$,
  '42501', null,
  'a lead cannot create projects by importing'
);

-- viewer@ reads everything and writes nothing.
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000004", "role": "authenticated"}';
select throws_ok(
  $$ select public.import_portfolio('10000000-0000-4000-8000-000000000001', '{
       "projects": [{"row": 2, "slug": "kiertotalot", "stage": "planning"}], "tasks": []}', false) $$,
  '42501', null,
  'a viewer cannot import'
);

set local role anon;
set local request.jwt.claims to '{"role": "anon"}';
select throws_ok(
  $$ select public.import_portfolio('10000000-0000-4000-8000-000000000001', '{"projects": []}') $$,
  '42501', null, 'anonymous visitors cannot call it'
);

select * from finish();
rollback;
