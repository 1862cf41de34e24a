-- import_portfolio_upload(): a big file sent in parts (each under the API's 1 MB body limit) is
-- joined in order and imported as one import_portfolio call: same answer, all rows or none; the
-- parts are each director's own, bounded, and go with the call.
create extension if not exists pgtap with schema extensions;

begin;
select plan(12);

set local role authenticated;
-- lead of Kiertotalot
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000003", "role": "authenticated"}';
select throws_ok(
  $$ insert into public.import_uploads (upload_id, part, data) values ('50000000-0000-4000-8000-000000000001', 0, '{}') $$,
  '42501', null, 'a project lead cannot send import parts'
);

-- The director sends a file in two parts: projects in the first, tasks split over both.
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
insert into public.import_uploads (upload_id, part, data) values
  ('50000000-0000-4000-8000-000000000001', 1, $json${"projects": [], "tasks": [
    {"row": 4, "project_slug": "osina-tuotu", "title": "Toinen", "due_on": "2027-02-01"}]}$json$),
  ('50000000-0000-4000-8000-000000000001', 0, $json${"projects": [
    {"row": 2, "slug": "osina-tuotu", "name": "Osina tuotu", "stage": "planning"}], "tasks": [
    {"row": 3, "project_slug": "osina-tuotu", "title": "Ensimmäinen", "due_on": "2027-01-01"}]}$json$);

select is(
  public.import_portfolio_upload('10000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000001'),
  public.import_portfolio('10000000-0000-4000-8000-000000000001', $json${"projects": [
    {"row": 2, "slug": "osina-tuotu", "name": "Osina tuotu", "stage": "planning"}], "tasks": [
    {"row": 3, "project_slug": "osina-tuotu", "title": "Ensimmäinen", "due_on": "2027-01-01"},
    {"row": 4, "project_slug": "osina-tuotu", "title": "Toinen", "due_on": "2027-02-01"}]}$json$),
  'the parts joined in order preview exactly as the whole file'
);
select is_empty($$ select 1 from public.import_uploads $$, 'the preview removed its parts');
select ok(not exists (select 1 from public.projects where slug = 'osina-tuotu'), 'and wrote nothing');

insert into public.import_uploads (upload_id, part, data) values
  ('50000000-0000-4000-8000-000000000002', 0, $json${"projects": [
    {"row": 2, "slug": "osina-tuotu", "name": "Osina tuotu", "stage": "planning"}], "tasks": [
    {"row": 3, "project_slug": "osina-tuotu", "title": "Ensimmäinen", "due_on": "2027-01-01"}]}$json$),
  ('50000000-0000-4000-8000-000000000002', 1, $json${"tasks": [
    {"row": 4, "project_slug": "osina-tuotu", "title": "Toinen", "due_on": "2027-02-01"}]}$json$);
select is(
  public.import_portfolio_upload('10000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000002', false)
    - 'projects' - 'tasks',
  '{"created": 3, "updated": 0, "unchanged": 0, "errors": []}'::jsonb,
  'the import writes the project and both tasks'
);
select is(
  (select count(*)::integer from public.tasks t join public.projects p on p.id = t.project_id where p.slug = 'osina-tuotu'),
  2, 'both parts'' tasks are saved'
);

-- All or none: a part with a problem aborts the whole import.
insert into public.import_uploads (upload_id, part, data) values
  ('50000000-0000-4000-8000-000000000003', 0, $json${"projects": [
    {"row": 2, "slug": "toinen-osina", "name": "Toinen osina", "stage": "planning"}]}$json$),
  ('50000000-0000-4000-8000-000000000003', 1, $json${"projects": [
    {"row": 9, "slug": "toinen-osina", "name": "Kaksoiskappale"}]}$json$);
select throws_ok(
  $$ select public.import_portfolio_upload('10000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000003', false) $$,
  '22023', null, 'a duplicate slug in the second part aborts the import'
);
select ok(not exists (select 1 from public.projects where slug = 'toinen-osina'), 'and nothing of the first part was written');

select throws_ok(
  $$ select public.import_portfolio_upload('10000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-0000000000ff') $$,
  '22023', 'No such upload', 'an unknown upload is refused'
);
select throws_ok(
  $$ insert into public.import_uploads (upload_id, part, data) values ('50000000-0000-4000-8000-000000000004', 64, '{}') $$,
  '23514', null, 'at most 64 parts'
);

-- Another director's parts are not mine.
insert into public.import_uploads (upload_id, part, data)
values ('50000000-0000-4000-8000-000000000005', 0, '{"projects": []}');
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000001", "role": "authenticated"}';
select is_empty($$ select 1 from public.import_uploads where upload_id = '50000000-0000-4000-8000-000000000005' $$,
  'another user does not see a director''s parts');
select throws_ok(
  $$ select public.import_portfolio_upload('10000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000005') $$,
  '22023', 'No such upload', 'nor import them'
);

select * from finish();
rollback;
