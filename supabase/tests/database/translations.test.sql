-- Translated content (#14 §1): Swedish and English columns beside the Finnish ones. Finnish stays
-- required, translations are optional and never blank, bounded like their Finnish column; they
-- live in their row, so anonymous readers see them exactly where they see the row, a member's
-- edit of a translation is one versioned update, and the audit trail names the column.
create extension if not exists pgtap with schema extensions;

begin;
select plan(25);

-- Constraints ---------------------------------------------------------------------------------
select col_is_null('public', 'projects', 'name_sv', 'projects.name_sv is optional');
select col_not_null('public', 'projects', 'name', 'projects.name (Finnish) stays required');
select throws_ok(
  $$ update public.projects set name_sv = '   ' where slug = 'kiertotalot' $$,
  '23514', null, 'a blank Swedish name is refused (NULL means not translated)');
select throws_ok(
  $$ update public.projects set name_en = repeat('x', 201) where slug = 'kiertotalot' $$,
  '23514', null, 'an English name is bounded like the Finnish one (200)');
select throws_ok(
  $$ update public.tasks set title_sv = repeat('x', 301) where id = '40000000-0000-4000-8000-000000000101' $$,
  '23514', null, 'a Swedish task title is bounded like the Finnish one (300)');
select throws_ok(
  $$ update public.growth_areas set description_en = repeat('x', 4001) where slug = 'ruoka' $$,
  '23514', null, 'an English growth area description is bounded (4000)');
select lives_ok(
  $$ update public.project_funding set note_sv = 'Beslut väntas.' where id = '70000000-0000-4000-8000-000000000004' $$,
  'a Swedish funding note is accepted');

-- Seed ----------------------------------------------------------------------------------------
select is((select count(*)::integer from public.growth_areas where name_sv is not null and name_en is not null
  and programme_id = '10000000-0000-4000-8000-000000000001'), 5, 'the five growth areas have Swedish and English names');
select is((select name_sv from public.programmes where slug = 'elinvoimaohjelma-2025-2029'),
  'Livskraftsprogrammet 2025–2029', 'the programme has its Swedish name');
select isnt((select summary_en from public.projects where slug = 'uudenmaan-kiertotalouslaakso-esiselvityshanke'),
  null, 'the source page''s project has an English summary');
select is((select name_sv from public.projects where slug = 'kiertotalot'), null,
  'Kiertotalot stays Finnish only (the fallback example)');
select is((select version from public.projects where slug = 'uudenmaan-kiertotalouslaakso-esiselvityshanke'), 1,
  'seeding translations did not bump the version');

-- Anonymous readers: translations of published content only ------------------------------------
set local role anon;
set local request.jwt.claims to '{"role": "anon"}';
select is((select name_sv from public.projects where slug = 'uudenmaan-kiertotalouslaakso-esiselvityshanke'),
  'Nylands cirkulärekonomidal – förstudieprojekt', 'anon reads a published project''s Swedish name');
select is((select count(*)::integer from public.projects where name_sv is not null or name_en is not null or true), 12,
  'anon reads translations of the 12 published projects and no more');
select is((select name_sv from public.project_overview where slug = 'uudenmaan-kiertotalouslaakso-esiselvityshanke'),
  'Nylands cirkulärekonomidal – förstudieprojekt', 'project_overview carries the Swedish name');
select is((select growth_area_name_en from public.project_overview where slug = 'kiertotalot'),
  'Circular construction', 'project_overview carries the growth area''s English name');
select throws_ok($$ update public.projects set name_sv = 'X' where slug = 'kiertotalot' $$,
  '42501', null, 'anon cannot write a translation');
select throws_ok($$ select 1 from public.translation_coverage $$, '42501', null,
  'anon cannot read translation coverage (a dashboard figure for signed-in users)');
reset role;

-- A draft's translation stays hidden from anon
update public.projects set name_sv = 'Utkast' where slug = 'hyvinvointidatan-yhteiskehittamo';
set local role anon;
select is_empty($$ select 1 from public.projects where name_sv = 'Utkast' $$, 'anon never reads a draft''s translation');
reset role;

-- A project lead edits a translation: versioned and audited ----------------------------------
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000003", "role": "authenticated"}';
select results_eq(
  $$ update public.projects set name_sv = 'Cirkulära hus', summary_sv = 'Återbruk av byggdelar.'
     where slug = 'kiertotalot' and version = 1 returning version $$,
  $$ values (2) $$, 'a lead saves Swedish name and summary in one versioned update');
select is_empty(
  $$ update public.projects set name_en = 'Circular houses' where slug = 'kiertotalot' and version = 1 returning 1 $$,
  'a stale version saves nothing (conflict)');
select is_empty(
  $$ update public.projects set name_sv = 'X' where slug = 'arabian-kiertotaloushubi' returning 1 $$,
  'a lead cannot translate a project they do not lead (RLS: zero rows)');
reset role;
select is(
  (select changed_columns from public.audit_log where table_name = 'projects'
     and row_id = '30000000-0000-4000-8000-000000000001' order by id desc limit 1),
  array['name_sv', 'summary_sv'], 'the audit trail names the translated columns');

-- Coverage ------------------------------------------------------------------------------------
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
select results_eq(
  $$ select language, total, translated from public.translation_coverage
     where programme_id = '10000000-0000-4000-8000-000000000001' and kind = 'growth_area' order by language $$,
  $$ values ('en', 5, 5), ('sv', 5, 5) $$,
  'a director reads growth area coverage: all five in both languages');

-- The indicator page names its contributing projects with their translations (20260426000300).
select results_eq(
  $$ select p ->> 'name', p ->> 'name_sv', p ? 'name_en'
     from jsonb_array_elements(public.indicator_page('b1000000-0000-4000-8000-000000000001') -> 'projects') p $$,
  $$ values ('Rakentamisen kiertotalouden kokeiluympäristöt', 'Försöksmiljöer för cirkulärt byggande', true) $$,
  'indicator_page gives a contributing project''s Swedish and English names beside the Finnish');

select * from finish();
rollback;
