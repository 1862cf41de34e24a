-- The board report as of a date: report_plan (today = project_overview; a past date = the plan as
-- the audit trail says it was then, directors only; a future date = the plan counted from then)
-- and report_changes (since an earlier date from the audit trail, or since a baseline).
create extension if not exists pgtap with schema extensions;

begin;
select plan(17);

-- The seed is older than its audit trail (a few demo rows): the reconstruction must not need it.

set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';

-- Today: the same plan, states and reasons as project_overview ------------------------------------
select set_eq(
  $$ select id, stage, schedule_state, schedule_reasons, starts_on, ends_on, overdue_task_count, task_count, published
     from public.report_plan('10000000-0000-4000-8000-000000000001', private.today()) $$,
  $$ select id, stage, schedule_state, schedule_reasons, starts_on, ends_on, overdue_task_count, task_count, published
     from public.project_overview where programme_id = '10000000-0000-4000-8000-000000000001' $$,
  'for today the report''s plan is project_overview, row for row (one definition of late)'
);

-- Who may ask for a past date ---------------------------------------------------------------------
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000004", "role": "authenticated"}';
select throws_ok(
  $$ select * from public.report_plan('10000000-0000-4000-8000-000000000001', private.today() - 1) $$,
  '42501', null, 'a viewer cannot read the plan of a past date (the audit trail is for directors)'
);
select throws_ok(
  $$ select * from public.report_changes('10000000-0000-4000-8000-000000000001', private.today(), private.today() - 30) $$,
  '42501', null, 'nor the changes since an earlier date'
);
select ok(
  (select count(*) > 0 from public.report_plan('10000000-0000-4000-8000-000000000001', private.today() + 90)),
  'a viewer reads today''s plan counted from a later date'
);
set local role anon;
select throws_ok(
  $$ select * from public.report_plan('10000000-0000-4000-8000-000000000001', private.today() - 1) $$,
  '42501', null, 'anonymous callers cannot read a past date'
);
select is(
  (select count(*)::integer from public.report_plan('10000000-0000-4000-8000-000000000001', private.today()) where not published),
  0, 'anonymous callers see only published projects'
);
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';

select set_config('test.yesterday', (private.today() - 1)::text, true);
select set_config('test.ends_on',
  (select ends_on::text from public.projects where id = '30000000-0000-4000-8000-000000000002'), true);

-- The plan moves on today -------------------------------------------------------------------------
update public.tasks set due_on = due_on + 14 where id = '40000000-0000-4000-8000-000000000104';
update public.projects set ends_on = ends_on - 31 where id = '30000000-0000-4000-8000-000000000002';
insert into public.projects (id, programme_id, slug, name)
values ('30000000-0000-4000-8000-0000000000aa', '10000000-0000-4000-8000-000000000001', 'uusi-hanke', 'Uusi hanke');
insert into public.tasks (id, project_id, title, due_on, state)
values ('40000000-0000-4000-8000-0000000001cc', '30000000-0000-4000-8000-0000000000aa', 'Pian', private.today() + 10, 'not_started');

select is(
  (select ends_on::text from public.report_plan('10000000-0000-4000-8000-000000000001', current_setting('test.yesterday')::date)
   where id = '30000000-0000-4000-8000-000000000002'),
  current_setting('test.ends_on'),
  'yesterday''s report shows the end date as it was yesterday'
);
select is(
  (select ends_on from public.report_plan('10000000-0000-4000-8000-000000000001', private.today())
   where id = '30000000-0000-4000-8000-000000000002'),
  current_setting('test.ends_on')::date - 31,
  'today''s report shows the moved end date'
);
select ok(
  not exists (select 1 from public.report_plan('10000000-0000-4000-8000-000000000001', current_setting('test.yesterday')::date)
              where id = '30000000-0000-4000-8000-0000000000aa'),
  'a project created today is not in yesterday''s report'
);
select is(
  (select row(schedule_state, overdue_task_count)::text
   from public.report_plan('10000000-0000-4000-8000-000000000001', private.today())
   where id = '30000000-0000-4000-8000-0000000000aa'),
  row('not_started', 0)::text,
  'today the new project has not started'
);
select is(
  (select row(schedule_state, overdue_task_count, schedule_reasons -> 0 ->> 'code')::text
   from public.report_plan('10000000-0000-4000-8000-000000000001', private.today() + 20)
   where id = '30000000-0000-4000-8000-0000000000aa'),
  row('late', 1, 'overdue_tasks')::text,
  'counted from a date 20 days on, its task due in 10 days is overdue and the project late'
);

-- Since the previous report, without a baseline ---------------------------------------------------
select results_eq(
  $$ select kind, project_id::text, task_id::text, slip_days
     from public.report_changes('10000000-0000-4000-8000-000000000001', private.today(), current_setting('test.yesterday')::date)
     where kind in ('deadline_moved', 'end_moved', 'project_added', 'task_added') order by kind, project_id $$,
  $$ values
    ('deadline_moved', '30000000-0000-4000-8000-000000000001', '40000000-0000-4000-8000-000000000104', 14),
    ('end_moved', '30000000-0000-4000-8000-000000000002', null, -31),
    ('project_added', '30000000-0000-4000-8000-0000000000aa', null, null::integer),
    ('task_added', '30000000-0000-4000-8000-0000000000aa', '40000000-0000-4000-8000-0000000001cc', null) $$,
  'since yesterday: the deadline slipped 14 days, the end came 31 days earlier, a project and its task were added'
);
select is_empty(
  $$ select * from public.report_changes('10000000-0000-4000-8000-000000000001', current_setting('test.yesterday')::date,
       current_setting('test.yesterday')::date - 5) where kind <> 'schedule_changed' $$,
  'between two days before today no date, stage or row changed (only states, as days passed)'
);

-- A deleted project is in the past and listed as removed --------------------------------------------
delete from public.tasks where project_id = '30000000-0000-4000-8000-0000000000aa';
delete from public.projects where id = '30000000-0000-4000-8000-0000000000aa';
select ok(
  (select count(*) = 0 from public.report_changes('10000000-0000-4000-8000-000000000001', private.today(), current_setting('test.yesterday')::date)
   where project_id = '30000000-0000-4000-8000-0000000000aa'),
  'a project created and deleted since the previous report is not a change'
);

-- Since a baseline: on today the same as baseline_changes ------------------------------------------
select set_config('test.baseline', public.take_baseline('10000000-0000-4000-8000-000000000001', 'Q4')::text, true);
update public.tasks set due_on = due_on + 7 where id = '40000000-0000-4000-8000-000000000104';
select set_eq(
  $$ select * from public.report_changes('10000000-0000-4000-8000-000000000001', private.today(), null,
       current_setting('test.baseline')::uuid) $$,
  $$ select * from public.baseline_changes(current_setting('test.baseline')::uuid) $$,
  'compared with a baseline on today, the changes are baseline_changes'''
);

select throws_ok(
  $$ select * from public.report_changes('10000000-0000-4000-8000-000000000001', private.today()) $$,
  '22023', null, 'something to compare with is needed'
);
select throws_ok(
  $$ select * from public.report_changes('10000000-0000-4000-8000-000000000001', private.today(), private.today()) $$,
  '22023', null, 'the earlier date must be earlier'
);

select * from finish();
rollback;
