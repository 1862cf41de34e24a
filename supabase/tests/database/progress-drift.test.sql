-- Progress (milestones count double, cancelled tasks are left out, a manual value needs a note,
-- growth areas average their projects) and deadline drift from the audit trail at its edges: no
-- moves, only early moves, moves of cancelled tasks, moves older than 12 months.
create extension if not exists pgtap with schema extensions;

begin;
select plan(37);
set local salkku.today = '2026-11-22';

insert into public.growth_areas (id, programme_id, slug, name) values
  ('f0000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', 'testialue', 'Testialue');
insert into public.projects (id, programme_id, growth_area_id, slug, name, ends_on, published) values
  ('f1000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000001', 'testi-1', 'Testi 1', '2027-06-30', true),
  ('f1000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000001', 'testi-2', 'Testi 2', '2027-12-31', false),
  ('f1000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000001', 'testi-3', 'Testi 3', null, false);
insert into public.tasks (id, project_id, title, due_on, state, completed_on, is_milestone) values
  ('f2000000-0000-4000-8000-000000000001', 'f1000000-0000-4000-8000-000000000001', 't1', '2026-03-31', 'done', '2026-03-30', true),
  ('f2000000-0000-4000-8000-000000000002', 'f1000000-0000-4000-8000-000000000001', 't2', '2026-06-30', 'done', '2026-06-30', false),
  ('f2000000-0000-4000-8000-000000000003', 'f1000000-0000-4000-8000-000000000001', 't3', '2027-03-31', 'not_started', null, false),
  ('f2000000-0000-4000-8000-000000000004', 'f1000000-0000-4000-8000-000000000001', 't4', '2027-12-31', 'cancelled', null, true),
  ('f2000000-0000-4000-8000-000000000005', 'f1000000-0000-4000-8000-000000000001', 't5', '2027-06-30', 'in_progress', null, true),
  ('f2000000-0000-4000-8000-000000000011', 'f1000000-0000-4000-8000-000000000002', 'u1', '2026-12-31', 'not_started', null, false),
  ('f2000000-0000-4000-8000-000000000012', 'f1000000-0000-4000-8000-000000000002', 'u2', '2026-06-30', 'done', '2026-06-30', false);

-- progress ---------------------------------------------------------------------------------------
select is((select computed_progress from public.project_progress where id = 'f1000000-0000-4000-8000-000000000001'), 50.0,
  'done milestone (2) + done task (1) of 6 weights, the cancelled milestone left out: 50 %');
select is((select counted_task_count from public.project_progress where id = 'f1000000-0000-4000-8000-000000000001'), 4,
  'four non-cancelled tasks count');
select is((select progress from public.project_progress where id = 'f1000000-0000-4000-8000-000000000001'), 50.0,
  'without a manual value, progress is the computed one');
update public.tasks set state = 'cancelled' where id = 'f2000000-0000-4000-8000-000000000003';
select is((select computed_progress from public.project_progress where id = 'f1000000-0000-4000-8000-000000000001'), 60.0,
  'cancelling an open task raises the share done (3 of 5)');
update public.tasks set state = 'not_started' where id = 'f2000000-0000-4000-8000-000000000003';
select is((select progress from public.project_progress where id = 'f1000000-0000-4000-8000-000000000003'), null,
  'a project without tasks has no progress');

select throws_ok($$ update public.projects set progress_manual = 80 where id = 'f1000000-0000-4000-8000-000000000002' $$,
  '23514', null, 'a manual progress without a note is refused');
select throws_ok($$ update public.projects set progress_manual = 80, progress_note = '  ' where id = 'f1000000-0000-4000-8000-000000000002' $$,
  '23514', null, 'a blank note is no note');
select throws_ok($$ update public.projects set progress_manual = 101, progress_note = 'Yli' where id = 'f1000000-0000-4000-8000-000000000002' $$,
  '23514', null, 'manual progress stays within 0–100');
select lives_ok($$ update public.projects set progress_manual = 80, progress_note = 'Tehtävät eivät kerro kaikkea' where id = 'f1000000-0000-4000-8000-000000000002' $$,
  'a manual progress with its note is accepted');
select results_eq($$ select progress, progress_is_manual, computed_progress, progress_note from public.project_progress where id = 'f1000000-0000-4000-8000-000000000002' $$,
  $$ values (80::numeric, true, 50.0, 'Tehtävät eivät kerro kaikkea') $$, 'the manual value wins; the computed one is still there');
select results_eq($$ select project_count, projects_with_progress, progress from public.growth_area_progress where id = 'f0000000-0000-4000-8000-000000000001' $$,
  $$ values (3, 2, 65.0) $$, 'the growth area''s progress is the mean of its projects that have one');

-- drift: no moves ----------------------------------------------------------------------------------
select results_eq($$ select moves, total_days_moved, median_days_moved, shift_days, forecast_end_on, drift_basis ->> 'kind' from public.project_progress where id = 'f1000000-0000-4000-8000-000000000001' $$,
  $$ values (0, 0, null::numeric, 0, '2027-06-30'::date, 'no_moves') $$, 'no moves: the forecast is the last open deadline');
select is((select drift_basis ->> 'kind' from public.project_progress where id = 'f1000000-0000-4000-8000-000000000003'), 'no_open_tasks',
  'no open tasks: nothing to forecast');
select is((select forecast_end_on from public.project_progress where id = 'f1000000-0000-4000-8000-000000000003'), null,
  'no open tasks: no forecast date');

-- the moves, as the audit trail records them
insert into public.audit_log (occurred_at, table_name, operation, row_id, project_id, old_data, new_data, changed_columns)
select m.at::timestamptz, 'tasks', 'UPDATE', m.task::uuid, m.project::uuid,
  jsonb_build_object('due_on', m.old_due), jsonb_build_object('due_on', m.new_due), '{due_on}'
from (values
  -- project 1: three later moves (+30, +40, +50) of open tasks
  ('2026-02-01 10:00+02', 'f2000000-0000-4000-8000-000000000003', 'f1000000-0000-4000-8000-000000000001', '2026-12-31', '2027-01-30'),
  ('2026-05-01 10:00+03', 'f2000000-0000-4000-8000-000000000005', 'f1000000-0000-4000-8000-000000000001', '2027-05-21', '2027-06-30'),
  ('2026-08-01 10:00+03', 'f2000000-0000-4000-8000-000000000003', 'f1000000-0000-4000-8000-000000000001', '2027-01-30', '2027-03-21'),
  -- project 1: a cancelled task's move (+365) and a move 13 months ago (+200): neither counts
  ('2026-09-01 10:00+03', 'f2000000-0000-4000-8000-000000000004', 'f1000000-0000-4000-8000-000000000001', '2026-12-31', '2027-12-31'),
  ('2025-10-21 10:00+03', 'f2000000-0000-4000-8000-000000000005', 'f1000000-0000-4000-8000-000000000001', '2026-11-12', '2027-05-31'),
  -- project 1: a deadline set for the first time is not a move
  ('2026-03-01 10:00+02', 'f2000000-0000-4000-8000-000000000002', 'f1000000-0000-4000-8000-000000000001', null, '2026-06-30'),
  -- project 2: only early moves (−10, −20)
  ('2026-03-01 10:00+02', 'f2000000-0000-4000-8000-000000000011', 'f1000000-0000-4000-8000-000000000002', '2027-01-10', '2026-12-31'),
  ('2026-04-01 10:00+03', 'f2000000-0000-4000-8000-000000000012', 'f1000000-0000-4000-8000-000000000002', '2026-07-20', '2026-06-30')
) as m (at, task, project, old_due, new_due);

-- drift: later moves ---------------------------------------------------------------------------------
select results_eq($$ select moves, later_moves, earlier_moves, total_days_moved, median_days_moved from public.project_progress where id = 'f1000000-0000-4000-8000-000000000001' $$,
  $$ values (3, 3, 0, 120, 40::numeric) $$, 'three moves in 12 months, 120 days in all, 40 on median (cancelled and old moves left out)');
select is((select shift_days from public.project_progress where id = 'f1000000-0000-4000-8000-000000000001'), 30,
  'shift = 40 days × 3 moves / 4 tasks with a deadline = 30 days');
select is((select forecast_end_on from public.project_progress where id = 'f1000000-0000-4000-8000-000000000001'), '2027-07-30'::date,
  'the last open task (30.6.2027) is forecast to end 30 days later');
select is((select days_after_planned_end from public.project_progress where id = 'f1000000-0000-4000-8000-000000000001'), 30,
  '30 days after the planned end');
select is((select drift_basis ->> 'kind' from public.project_progress where id = 'f1000000-0000-4000-8000-000000000001'), 'drift',
  'kind drift');
select ok((select drift_basis ?& array['kind', 'moves', 'later_moves', 'earlier_moves', 'total_days_moved', 'median_days_moved',
    'tasks', 'shift_days', 'last_due_on', 'forecast_end_on', 'planned_end_on', 'days_after_planned_end', 'since']
  from public.project_progress where id = 'f1000000-0000-4000-8000-000000000001'), 'the basis carries every key the UI words');
select is((select drift_basis ->> 'since' from public.project_progress where id = 'f1000000-0000-4000-8000-000000000001'), '2025-11-22',
  'the window is the 12 months up to today');

-- drift: only early moves -------------------------------------------------------------------------------
select results_eq($$ select moves, later_moves, earlier_moves, total_days_moved, median_days_moved from public.project_progress where id = 'f1000000-0000-4000-8000-000000000002' $$,
  $$ values (2, 0, 2, -30, -15::numeric) $$, 'only early moves: counted, signed negative');
select results_eq($$ select shift_days, forecast_end_on, drift_basis ->> 'kind' from public.project_progress where id = 'f1000000-0000-4000-8000-000000000002' $$,
  $$ values (0, '2026-12-31'::date, 'no_delay') $$, 'early moves do not forecast an early finish');

-- moves of cancelled tasks ------------------------------------------------------------------------------
update public.tasks set state = 'cancelled' where id = 'f2000000-0000-4000-8000-000000000005';
select is((select moves from public.project_progress where id = 'f1000000-0000-4000-8000-000000000001'), 2,
  'cancelling a task drops its moves from the drift');
select is((select last_open_due_on from public.project_progress where id = 'f1000000-0000-4000-8000-000000000001'), '2027-03-31'::date,
  'and from the open deadlines');
update public.tasks set state = 'in_progress' where id = 'f2000000-0000-4000-8000-000000000005';

-- the window moves with today ---------------------------------------------------------------------------------
set local salkku.today = '2027-05-15';
select is((select moves from public.project_progress where id = 'f1000000-0000-4000-8000-000000000001'), 1,
  'on 15.5.2027 only the move of 1.8.2026 is within the 12 months');
set local salkku.today = '2026-11-22';

-- growth area -----------------------------------------------------------------------------------------------
select results_eq($$ select moves, later_moves, earlier_moves, total_days_moved, median_days_moved from public.growth_area_progress where id = 'f0000000-0000-4000-8000-000000000001' $$,
  $$ values (5, 3, 2, 90, 30::numeric) $$, 'the growth area counts all its projects'' moves; median of +30 +40 +50 −10 −20 is 30');
select results_eq($$ select forecast_end_on, planned_end_on, drift_basis ->> 'kind' from public.growth_area_progress where id = 'f0000000-0000-4000-8000-000000000001' $$,
  $$ values ('2027-07-30'::date, '2027-12-31'::date, 'drift') $$, 'its forecast end is its projects'' latest, against their latest planned end');
select is((select moves from public.growth_area_progress where id = '20000000-0000-4000-8000-000000000005'), 0,
  'a growth area without moves has none');

-- who sees it ----------------------------------------------------------------------------------------------------
set local role anon;
set local request.jwt.claims to '{"role": "anon"}';
select is((select moves from public.project_progress where id = 'f1000000-0000-4000-8000-000000000001'), 3,
  'anon sees the drift of a published project, though not the audit trail');
select throws_ok($$ select 1 from public.audit_log $$, '42501', null, 'anon still reads nothing of the audit trail');
select is_empty($$ select 1 from public.project_progress where id = 'f1000000-0000-4000-8000-000000000002' $$,
  'anon sees nothing of a draft project');
select is((select moves from public.growth_area_progress where id = 'f0000000-0000-4000-8000-000000000001'), 3,
  'anon''s growth area drift counts only the moves of projects anon can read');
select is_empty($$ select 1 from private.deadline_moves('2020-01-01', '2030-01-01') where project_id = 'f1000000-0000-4000-8000-000000000002' $$,
  'the helper hands out no moves of projects the caller cannot read');
reset role;

set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000003", "role": "authenticated"}';
select lives_ok($$ update public.projects set progress_manual = 40, progress_note = 'Pilotti viivästyi' where id = '30000000-0000-4000-8000-000000000001' $$,
  'a lead sets their project''s manual progress');
select is((select progress from public.project_progress where id = '30000000-0000-4000-8000-000000000001'), 40::numeric,
  'and it shows');
with x as (update public.projects set progress_manual = 10, progress_note = 'Kaapattu' where id = '30000000-0000-4000-8000-000000000003' returning 1)
select is(count(*)::integer, 0, 'a lead cannot set another project''s progress') from x;
reset role;

select * from finish();
rollback;
