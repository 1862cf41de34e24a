-- public_feed: the Atom feeds' entries. Anyone may read them, and they carry only published
-- content: a draft's changes never appear, nor who made a change; the audit trail itself stays
-- closed to anonymous callers.
create extension if not exists pgtap with schema extensions;

begin;
select plan(11);

-- Changes made by the maintenance role (as the seed is): a published project moves stage and
-- is marked late, one of its milestones is done; a draft moves stage too.
update public.projects set stage = 'completed', schedule_status = 'late', schedule_note = 'Viivästyy'
  where slug = 'kiertotalot';
update public.tasks set is_milestone = true, state = 'done', completed_on = '2026-12-01'
  where id = (select id from public.tasks
              where project_id = '30000000-0000-4000-8000-000000000001' and state <> 'done'
              order by id limit 1);
update public.projects set stage = 'planning' where slug = 'hyvinvointidatan-yhteiskehittamo';
-- After it was done, the milestone is renamed and translated into Swedish (not English): the
-- feed names it as it is now, in every language the task has (#14 §1).
update public.tasks set title = 'Välitavoite nyt', title_sv = 'Delmålet nu', title_en = null
  where project_id = '30000000-0000-4000-8000-000000000001' and is_milestone and state = 'done'
    and completed_on = '2026-12-01';

set local role anon;
set local request.jwt.claims to '{"role": "anon"}';

select throws_ok(
  $$ select * from public.audit_log $$,
  '42501', null,
  'anonymous callers still cannot read the audit trail'
);
select results_eq(
  $$ select kind, old_value, new_value from public.public_feed('elinvoimaohjelma-2025-2029')
     where project_slug = 'kiertotalot' and kind = 'stage_changed' $$,
  $$ values ('stage_changed', 'implementation', 'completed') $$,
  'anon sees a published project''s stage change'
);
select ok(
  exists (select 1 from public.public_feed('elinvoimaohjelma-2025-2029')
          where project_slug = 'kiertotalot' and kind = 'became_late'),
  'and that it became late'
);
select ok(
  exists (select 1 from public.public_feed('elinvoimaohjelma-2025-2029')
          where project_slug = 'kiertotalot' and kind = 'milestone_done' and task_title is not null),
  'and the milestone done, with its title'
);
select results_eq(
  $$ select task_title, task_title_sv, task_title_en from public.public_feed('elinvoimaohjelma-2025-2029')
     where project_slug = 'kiertotalot' and kind = 'milestone_done' and new_value = '2026-12-01' $$,
  $$ values ('Välitavoite nyt', 'Delmålet nu', null::text) $$,
  'the milestone''s title is the task''s current one, with its translations (NULL: not translated)'
);
select ok(
  (select bool_and(task_title_sv is null and task_title_en is null)
   from public.public_feed('elinvoimaohjelma-2025-2029') where kind <> 'milestone_done'),
  'entries other than milestones carry no task title translations'
);
select is_empty(
  $$ select * from public.public_feed('elinvoimaohjelma-2025-2029')
     where project_slug = 'hyvinvointidatan-yhteiskehittamo' $$,
  'a draft''s changes never appear'
);
select is(
  (select count(*)::int from public.public_feed('elinvoimaohjelma-2025-2029', 'ei-tallaista-aluetta')),
  0,
  'an unknown growth area has no entries'
);
select ok(
  (select bool_and(growth_area_slug = 'rakentamisen-kiertotalous')
   from public.public_feed('elinvoimaohjelma-2025-2029', 'rakentamisen-kiertotalous')),
  'a growth area''s feed holds only its projects'
);
select is_empty(
  $$ select * from public.public_feed('ei-tallaista-ohjelmaa') $$,
  'an unknown programme has no entries'
);
select ok(
  (select count(*) <= 3 from public.public_feed('elinvoimaohjelma-2025-2029', null, 3)),
  'the limit caps the entries'
);

select * from finish();
rollback;
