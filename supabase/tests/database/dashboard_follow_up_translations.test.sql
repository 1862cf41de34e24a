-- The dashboard's funding list names a follow-up in Finnish, Swedish and English (#14 §1;
-- migration 20260428000200_funding_follow_up_translations): funding_awaiting_decision and both
-- summaries carry follow_up_name_sv/_en (NULL = not translated), from the follow-up's own name or,
-- where it has none, from its project's; the public summary only where the public reads the name.
create extension if not exists pgtap with schema extensions;

begin;
select plan(6);

-- The Circular Valley pre-study (…004, published): funding for a follow-up with a Swedish name
-- only, and for one that is a draft project of its own (…006, unpublished) translated into both.
update public.project_follow_ups set name_sv = 'Allt plast cirkulerar', name_en = null
  where id = '80000000-0000-4000-8000-000000000002';
update public.projects set name_sv = 'Utkast (sv)', name_en = 'Draft (en)'
  where id = '30000000-0000-4000-8000-000000000006';
insert into public.project_follow_ups (id, project_id, follow_up_project_id, name) values
  ('80000000-0000-4000-8000-0000000000e9', '30000000-0000-4000-8000-000000000004', '30000000-0000-4000-8000-000000000006', null);
insert into public.project_funding (id, project_id, follow_up_id, instrument, state, applied_on) values
  ('70000000-0000-4000-8000-0000000000e1', '30000000-0000-4000-8000-000000000004', '80000000-0000-4000-8000-000000000002', 'Jatko sv', 'applied', '2026-06-01'),
  ('70000000-0000-4000-8000-0000000000e2', '30000000-0000-4000-8000-000000000004', '80000000-0000-4000-8000-0000000000e9', 'Jatko luonnos', 'applied', '2026-06-02');

select has_column('public', 'funding_awaiting_decision', 'follow_up_name_sv', 'the view has the Swedish follow-up name');
select has_column('public', 'funding_awaiting_decision', 'follow_up_name_en', 'and the English one');

set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
select results_eq(
  $$ select follow_up_name, follow_up_name_sv, follow_up_name_en from public.funding_awaiting_decision
     where id in ('70000000-0000-4000-8000-0000000000e1', '70000000-0000-4000-8000-0000000000e2') order by id $$,
  $$ values ('Kaikki muovi kiertää', 'Allt plast cirkulerar', null::text),
            ((select name from public.projects where id = '30000000-0000-4000-8000-000000000006'), 'Utkast (sv)', 'Draft (en)') $$,
  'the view: the follow-up''s own translations, or its project''s where it has no name'
);
select results_eq(
  $$ select x ->> 'follow_up_name_sv', x ->> 'follow_up_name_en'
     from jsonb_array_elements(public.dashboard_summary(p_list_limit => 1000) -> 'funding') x
     where x ->> 'id' in ('70000000-0000-4000-8000-0000000000e1', '70000000-0000-4000-8000-0000000000e2')
     order by x ->> 'id' $$,
  $$ values ('Allt plast cirkulerar', null::text), ('Utkast (sv)', 'Draft (en)') $$,
  'the director''s summary lists them with the translations'
);

set local role anon;
set local request.jwt.claims to '{"role": "anon"}';
select results_eq(
  $$ select x ->> 'follow_up_name', x ->> 'follow_up_name_sv', x ->> 'follow_up_name_en'
     from jsonb_array_elements(public.dashboard_summary(p_list_limit => 1000) -> 'funding') x
     where x ->> 'id' = '70000000-0000-4000-8000-0000000000e1' $$,
  $$ values ('Kaikki muovi kiertää', 'Allt plast cirkulerar', null::text) $$,
  'the public summary: a public follow-up''s translations'
);
select results_eq(
  $$ select x ->> 'follow_up_name', x ->> 'follow_up_name_sv', x ->> 'follow_up_name_en'
     from jsonb_array_elements(public.dashboard_summary(p_list_limit => 1000) -> 'funding') x
     where x ->> 'id' = '70000000-0000-4000-8000-0000000000e2' $$,
  $$ values (null::text, null::text, null::text) $$,
  'but nothing of a draft follow-up project''s names, in any language'
);

select * from finish();
rollback;
