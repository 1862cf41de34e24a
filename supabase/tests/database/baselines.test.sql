-- Baselines: who may take, read and delete them; a snapshot holds every project and task of its
-- programme as they were; nothing edits it afterwards; baseline_changes says what slipped.
create extension if not exists pgtap with schema extensions;

begin;
select plan(21);

-- Who may take one -------------------------------------------------------------------------------
set local role anon;
select throws_ok(
  $$ select public.take_baseline('10000000-0000-4000-8000-000000000001', 'Q1') $$,
  '42501', null, 'anonymous callers cannot take a baseline'
);
select throws_ok($$ select 1 from public.baselines $$, '42501', null, 'anonymous callers cannot read baselines');

set local role authenticated;
-- lead of Kiertotalot
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000003", "role": "authenticated"}';
select throws_ok(
  $$ select public.take_baseline('10000000-0000-4000-8000-000000000001', 'Q1') $$,
  '42501', 'Only directors take baselines', 'a project lead cannot take a baseline'
);
select throws_ok(
  $$ insert into public.baselines (programme_id, name) values ('10000000-0000-4000-8000-000000000001', 'Q1') $$,
  '42501', null, 'nor insert one directly (row-level security)'
);
-- viewer
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000004", "role": "authenticated"}';
select throws_ok(
  $$ select public.take_baseline('10000000-0000-4000-8000-000000000001', 'Q1') $$,
  '42501', null, 'a viewer cannot take a baseline'
);

-- A director takes one ----------------------------------------------------------------------------
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
select lives_ok(
  $$ select set_config('test.baseline', public.take_baseline('10000000-0000-4000-8000-000000000001', '  Kaupunginhallitus Q1/2026 ')::text, true) $$,
  'a director takes a baseline'
);
select is(
  (select row(name, taken_by, project_count, task_count)::text from public.baselines
   where id = current_setting('test.baseline')::uuid),
  row('Kaupunginhallitus Q1/2026', 'a0000000-0000-4000-8000-000000000002'::uuid,
      (select count(*) from public.projects where programme_id = '10000000-0000-4000-8000-000000000001')::integer,
      (select count(*) from public.tasks t join public.projects p on p.id = t.project_id
       where p.programme_id = '10000000-0000-4000-8000-000000000001')::integer)::text,
  'the name is trimmed, the taker recorded, and the counts are the programme''s projects and tasks'
);
select set_eq(
  $$ select project_id, starts_on, ends_on, stage, schedule_state, published from public.baseline_projects
     where baseline_id = current_setting('test.baseline')::uuid $$,
  $$ select id, starts_on, ends_on, stage, schedule_state, published from public.project_overview
     where programme_id = '10000000-0000-4000-8000-000000000001' $$,
  'every project of the programme, drafts too, with its dates, stage and schedule state'
);
select set_eq(
  $$ select task_id, project_id, due_on, state from public.baseline_tasks
     where baseline_id = current_setting('test.baseline')::uuid $$,
  $$ select t.id, t.project_id, t.due_on, t.state from public.tasks t join public.projects p on p.id = t.project_id
     where p.programme_id = '10000000-0000-4000-8000-000000000001' $$,
  'every task of the programme with its deadline and state'
);
select throws_ok(
  $$ select public.take_baseline('10000000-0000-4000-8000-000000000001', 'Kaupunginhallitus Q1/2026') $$,
  '23505', null, 'a second baseline of the same name is refused'
);
select throws_ok(
  $$ select public.take_baseline('10000000-0000-4000-8000-000000000001', '   ') $$,
  '23514', null, 'a blank name is refused'
);
select is_empty(
  $$ select baseline_changes.* from public.baseline_changes(current_setting('test.baseline')::uuid) $$,
  'right after the snapshot nothing has changed'
);

-- Never edited --------------------------------------------------------------------------------------
select throws_ok(
  $$ update public.baselines set name = 'muu' where id = current_setting('test.baseline')::uuid $$,
  '42501', null, 'a baseline cannot be renamed, even by a director'
);
select throws_ok(
  $$ update public.baseline_tasks set due_on = '2030-01-01' where baseline_id = current_setting('test.baseline')::uuid $$,
  '42501', null, 'nor its recorded dates changed'
);

-- The plan moves on --------------------------------------------------------------------------------
update public.tasks set due_on = due_on + 14 where id = '40000000-0000-4000-8000-000000000104';
update public.projects set ends_on = ends_on - 31, stage = 'implementation'
where id = '30000000-0000-4000-8000-000000000002';
insert into public.tasks (id, project_id, title, due_on)
values ('40000000-0000-4000-8000-0000000001bb', '30000000-0000-4000-8000-000000000001', 'Uusi tehtävä', '2027-03-01');

select results_eq(
  $$ select kind, project_id::text, task_id::text, slip_days from public.baseline_changes(current_setting('test.baseline')::uuid)
     where kind in ('deadline_moved', 'end_moved', 'task_added') order by kind $$,
  $$ values
    ('deadline_moved', '30000000-0000-4000-8000-000000000001', '40000000-0000-4000-8000-000000000104', 14),
    ('end_moved', '30000000-0000-4000-8000-000000000002', null, -31),
    ('task_added', '30000000-0000-4000-8000-000000000001', '40000000-0000-4000-8000-0000000001bb', null::integer) $$,
  'the moved deadline slips 14 days, the end came 31 days earlier, the new task is listed'
);
select ok(
  (select count(*) = 1 from public.baseline_changes(current_setting('test.baseline')::uuid)
   where kind = 'stage_changed' and project_id = '30000000-0000-4000-8000-000000000002' and new_value = 'implementation'),
  'the stage change is listed with its new stage'
);

-- Who reads it ---------------------------------------------------------------------------------------
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000004", "role": "authenticated"}';
select ok(
  (select count(*) = 1 from public.baselines) and (select count(*) > 0 from public.baseline_tasks),
  'a viewer reads the baseline and its rows'
);
select is(
  (select count(*)::integer from public.baseline_changes(current_setting('test.baseline')::uuid) where kind = 'deadline_moved'),
  1, 'and what slipped since'
);
with x as (delete from public.baselines returning 1)
select is(count(*), 0::bigint, 'a viewer cannot delete a baseline') from x;

set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000003", "role": "authenticated"}';
select ok(
  (select count(*) = 0 from public.baselines) and (select count(*) = 0 from public.baseline_changes(current_setting('test.baseline')::uuid)),
  'a project lead reads no baselines and no changes'
);

-- A director deletes it ------------------------------------------------------------------------------
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
delete from public.baselines where id = current_setting('test.baseline')::uuid;
select ok(
  (select count(*) = 0 from public.baseline_projects) and (select count(*) = 0 from public.baseline_tasks),
  'deleting a baseline deletes its snapshot rows'
);

select * from finish();
rollback;
