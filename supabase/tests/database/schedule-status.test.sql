-- The schedule status with its reasons (project_overview.schedule_state / schedule_reasons):
-- late when an open task is past its deadline or the end date has passed before completion;
-- not_started before any work; on_schedule otherwise; a completed project is on schedule; a
-- manual status with its note wins. Dates are frozen with the salkku.today setting.
create extension if not exists pgtap with schema extensions;

begin;
select plan(35);

set local salkku.today = '2026-11-22';

-- Today --------------------------------------------------------------------------------------
select is(private.today(), '2026-11-22'::date, 'private.today() follows the salkku.today setting');
set local salkku.today = '';
select is(private.today(), current_date, 'without the setting, today is current_date');
set local salkku.today = '2026-11-22';

-- A running project ----------------------------------------------------------------------------
insert into public.projects (id, programme_id, growth_area_id, slug, name, stage, starts_on, ends_on, published)
values ('30000000-0000-4000-8000-0000000000a1', '10000000-0000-4000-8000-000000000001',
        '20000000-0000-4000-8000-000000000005', 'tila-testi', 'Tilatesti', 'planning',
        '2026-01-01', '2027-12-31', true);

create function pg_temp.state(p_id uuid) returns text language sql as
  $$ select schedule_state from public.project_overview where id = p_id $$;
create function pg_temp.reasons(p_id uuid) returns jsonb language sql as
  $$ select schedule_reasons from public.project_overview where id = p_id $$;

select results_eq(
  $$ select schedule_state, schedule_reasons, computed_schedule_status::text, schedule_status_is_manual
     from public.project_overview where id = '30000000-0000-4000-8000-0000000000a1' $$,
  $$ values ('on_schedule', '[{"code": "on_track", "next_due_on": null}]'::jsonb, 'on_schedule', false) $$,
  'a running project without tasks is on schedule, and says so as data'
);

insert into public.tasks (project_id, title, due_on, state, completed_on) values
  ('30000000-0000-4000-8000-0000000000a1', 'Tänään', '2026-11-22', 'not_started', null),
  ('30000000-0000-4000-8000-0000000000a1', 'Tehty myöhässä', '2026-10-01', 'done', '2026-11-20'),
  ('30000000-0000-4000-8000-0000000000a1', 'Peruttu', '2026-10-01', 'cancelled', null);
select is(
  pg_temp.reasons('30000000-0000-4000-8000-0000000000a1'),
  '[{"code": "on_track", "next_due_on": "2026-11-22"}]'::jsonb,
  'a task due today is not late yet; done and cancelled tasks past their deadline never are'
);

insert into public.tasks (project_id, title, due_on, state) values
  ('30000000-0000-4000-8000-0000000000a1', 'Eilen', '2026-11-21', 'in_progress');
select is(pg_temp.state('30000000-0000-4000-8000-0000000000a1'), 'late', 'an open task one day past its deadline makes the project late');
select is(
  pg_temp.reasons('30000000-0000-4000-8000-0000000000a1'),
  '[{"code": "overdue_tasks", "count": 1, "oldest_due_on": "2026-11-21"}]'::jsonb,
  'the reason names the overdue task count and the oldest deadline'
);

insert into public.tasks (project_id, title, due_on, state) values
  ('30000000-0000-4000-8000-0000000000a1', 'Kesällä', '2026-06-15', 'not_started'),
  ('30000000-0000-4000-8000-0000000000a1', 'Syksyllä', '2026-09-30', 'in_progress');
select is(
  pg_temp.reasons('30000000-0000-4000-8000-0000000000a1'),
  '[{"code": "overdue_tasks", "count": 3, "oldest_due_on": "2026-06-15"}]'::jsonb,
  '"3 tehtävää myöhässä": three overdue tasks, the oldest from June'
);
select results_eq(
  $$ select overdue_task_count, oldest_overdue_on, computed_schedule_status::text, effective_schedule_status::text
     from public.project_overview where id = '30000000-0000-4000-8000-0000000000a1' $$,
  $$ values (3, '2026-06-15'::date, 'late', 'late') $$,
  'the older columns agree with the reasons'
);

set local salkku.today = '2026-06-15';
select is(pg_temp.state('30000000-0000-4000-8000-0000000000a1'), 'on_schedule', 'frozen on an earlier day, the same tasks are not late yet');
set local salkku.today = '2026-11-22';

update public.tasks set state = 'done', completed_on = '2026-11-22'
where project_id = '30000000-0000-4000-8000-0000000000a1' and state in ('not_started', 'in_progress') and due_on < '2026-11-22';
select is(pg_temp.state('30000000-0000-4000-8000-0000000000a1'), 'on_schedule', 'completing the overdue tasks puts the project back on schedule');

-- End date -------------------------------------------------------------------------------------
update public.projects set ends_on = '2026-11-21' where id = '30000000-0000-4000-8000-0000000000a1';
select is(
  pg_temp.reasons('30000000-0000-4000-8000-0000000000a1'),
  '[{"code": "end_date_passed", "ends_on": "2026-11-21"}]'::jsonb,
  'an unfinished project whose end date has passed is late, with the end date as the reason'
);
select is(pg_temp.state('30000000-0000-4000-8000-0000000000a1'), 'late', 'end date passed = late');
update public.projects set ends_on = '2026-11-22' where id = '30000000-0000-4000-8000-0000000000a1';
select is(pg_temp.state('30000000-0000-4000-8000-0000000000a1'), 'on_schedule', 'a project ending today is not late yet');

update public.projects set ends_on = '2026-05-31' where id = '30000000-0000-4000-8000-0000000000a1';
insert into public.tasks (project_id, title, due_on) values ('30000000-0000-4000-8000-0000000000a1', 'Unohtunut', '2026-04-30');
select is(
  pg_temp.reasons('30000000-0000-4000-8000-0000000000a1'),
  '[{"code": "overdue_tasks", "count": 1, "oldest_due_on": "2026-04-30"}, {"code": "end_date_passed", "ends_on": "2026-05-31"}]'::jsonb,
  'both reasons, overdue tasks first'
);

-- Completed --------------------------------------------------------------------------------------
update public.projects set stage = 'completed' where id = '30000000-0000-4000-8000-0000000000a1';
select results_eq(
  $$ select schedule_state, schedule_reasons, computed_schedule_status::text
     from public.project_overview where id = '30000000-0000-4000-8000-0000000000a1' $$,
  $$ values ('on_schedule', '[{"code": "completed"}]'::jsonb, 'on_schedule') $$,
  'a completed project is on schedule whatever its leftover tasks and end date'
);

-- Not started --------------------------------------------------------------------------------
insert into public.projects (id, programme_id, growth_area_id, slug, name, stage, starts_on, ends_on, published)
values ('30000000-0000-4000-8000-0000000000a2', '10000000-0000-4000-8000-000000000001',
        '20000000-0000-4000-8000-000000000005', 'alkamaton', 'Alkamaton', 'not_started',
        '2027-02-01', '2028-12-31', true);
select results_eq(
  $$ select schedule_state, schedule_reasons, computed_schedule_status::text, effective_schedule_status::text
     from public.project_overview where id = '30000000-0000-4000-8000-0000000000a2' $$,
  $$ values ('not_started', '[{"code": "not_started", "starts_on": "2027-02-01"}]'::jsonb, 'on_schedule', 'on_schedule') $$,
  'stage not started, nothing started, start date ahead: not started (the enum columns say on_schedule)'
);
update public.projects set starts_on = null where id = '30000000-0000-4000-8000-0000000000a2';
select is(pg_temp.state('30000000-0000-4000-8000-0000000000a2'), 'not_started', 'an unknown start date also counts as not started');
update public.projects set starts_on = '2026-11-22' where id = '30000000-0000-4000-8000-0000000000a2';
select is(pg_temp.state('30000000-0000-4000-8000-0000000000a2'), 'on_schedule', 'once the start date arrives the project is on schedule, even if nothing has started');
update public.projects set starts_on = '2027-02-01' where id = '30000000-0000-4000-8000-0000000000a2';

insert into public.tasks (id, project_id, title, due_on, state)
values ('40000000-0000-4000-8000-0000000a2001', '30000000-0000-4000-8000-0000000000a2', 'Valmistelu', '2027-01-15', 'not_started');
select is(pg_temp.state('30000000-0000-4000-8000-0000000000a2'), 'not_started', 'a planned task that has not started keeps it not started');
update public.tasks set state = 'in_progress' where id = '40000000-0000-4000-8000-0000000a2001';
select is(pg_temp.state('30000000-0000-4000-8000-0000000000a2'), 'on_schedule', 'a task in progress is work: no longer not started');
update public.tasks set state = 'done', completed_on = '2026-11-20' where id = '40000000-0000-4000-8000-0000000a2001';
select is(pg_temp.state('30000000-0000-4000-8000-0000000000a2'), 'on_schedule', 'a done task is work too');
delete from public.tasks where id = '40000000-0000-4000-8000-0000000a2001';
update public.projects set stage = 'planning' where id = '30000000-0000-4000-8000-0000000000a2';
select is(pg_temp.state('30000000-0000-4000-8000-0000000000a2'), 'on_schedule', 'moving the stage to planning is work as well');
update public.projects set stage = 'not_started' where id = '30000000-0000-4000-8000-0000000000a2';
insert into public.tasks (project_id, title, due_on) values ('30000000-0000-4000-8000-0000000000a2', 'Myöhässä jo', '2026-11-01');
select is(pg_temp.state('30000000-0000-4000-8000-0000000000a2'), 'late', 'late wins over not started: a missed deadline is a missed deadline');

-- Manual status ------------------------------------------------------------------------------
update public.projects set schedule_status = 'on_schedule', schedule_note = 'Siirretty ohjausryhmän päätöksellä'
where id = '30000000-0000-4000-8000-0000000000a2';
select results_eq(
  $$ select schedule_state, schedule_reasons, schedule_status_is_manual, computed_schedule_state, computed_schedule_reasons
     from public.project_overview where id = '30000000-0000-4000-8000-0000000000a2' $$,
  $$ values ('on_schedule',
             '[{"code": "manual", "status": "on_schedule", "note": "Siirretty ohjausryhmän päätöksellä"}]'::jsonb,
             true, 'late', '[{"code": "overdue_tasks", "count": 1, "oldest_due_on": "2026-11-01"}]'::jsonb) $$,
  'a manual on-schedule wins over a computed late, is marked manual, and the computed reasons stay visible'
);
update public.projects set schedule_status = 'late', schedule_note = 'Rahoituspäätös viivästyy'
where id = '30000000-0000-4000-8000-0000000000a1';
select results_eq(
  $$ select schedule_state, schedule_reasons, effective_schedule_status::text, computed_schedule_state
     from public.project_overview where id = '30000000-0000-4000-8000-0000000000a1' $$,
  $$ values ('late', '[{"code": "manual", "status": "late", "note": "Rahoituspäätös viivästyy"}]'::jsonb, 'late', 'on_schedule') $$,
  'a manual late wins over a computed on schedule'
);
update public.projects set schedule_status = 'not_pursued', schedule_note = 'Ei rahoitusta'
where id = '30000000-0000-4000-8000-0000000000a1';
select is(pg_temp.state('30000000-0000-4000-8000-0000000000a1'), 'not_pursued', 'not pursued exists only as a manual status');
select throws_ok(
  $$ update public.projects set schedule_status = 'late', schedule_note = null where id = '30000000-0000-4000-8000-0000000000a1' $$,
  '23514', null, 'a manual status without a note is refused'
);
update public.projects set schedule_status = null, schedule_note = null where id = '30000000-0000-4000-8000-0000000000a2';
select is(pg_temp.state('30000000-0000-4000-8000-0000000000a2'), 'late', 'clearing the manual status returns to the computed one');

-- The seeded portfolio on 22.11.2026 -----------------------------------------------------------
select is(
  (select schedule_reasons from public.project_overview where slug = 'terveysteknologian-testiymparisto'),
  '[{"code": "overdue_tasks", "count": 2, "oldest_due_on": "2026-05-31"}, {"code": "end_date_passed", "ends_on": "2026-06-30"}]'::jsonb,
  'Terveysteknologian testiympäristö: 2 tehtävää myöhässä, päättymispäivä ohitettu 30.6.2026'
);
select is(
  (select schedule_reasons from public.project_overview where slug = 'vahahiilinen-satamalogistiikka'),
  '[{"code": "manual", "status": "late", "note": "EU-rahoituspäätös viivästyi; pilotin aloitus siirtyy kevääseen 2027."}]'::jsonb,
  'Vähähiilinen satamalogistiikka is manually late with the lead''s note'
);
select is(
  (select schedule_reasons from public.project_overview where slug = 'ruokahubi-teurastamo'),
  '[{"code": "not_started", "starts_on": "2027-01-01"}]'::jsonb,
  'Ruokahubin kehittäminen Teurastamolla has not started'
);

delete from public.tasks where project_id in ('30000000-0000-4000-8000-0000000000a1', '30000000-0000-4000-8000-0000000000a2');
delete from public.projects where id in ('30000000-0000-4000-8000-0000000000a1', '30000000-0000-4000-8000-0000000000a2');

-- Who sees what: the view runs as the caller ----------------------------------------------------
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
select results_eq(
  $$ select schedule_state, count(*)::integer from public.project_overview group by 1 order by 1 $$,
  $$ values ('late', 4), ('not_pursued', 1), ('not_started', 2), ('on_schedule', 7) $$,
  'the director sees all 14 projects: 4 late, 1 not pursued, 2 not started, 7 on schedule'
);
reset role;
set local role anon;
set local request.jwt.claims to '{"role": "anon"}';
select results_eq(
  $$ select schedule_state, count(*)::integer from public.project_overview group by 1 order by 1 $$,
  $$ values ('late', 4), ('not_pursued', 1), ('not_started', 1), ('on_schedule', 6) $$,
  'the public sees the 12 published projects with the same rules'
);
select is(
  (select schedule_reasons from public.project_overview where slug = 'kiertotalot'),
  '[{"code": "overdue_tasks", "count": 1, "oldest_due_on": "2026-11-10"}]'::jsonb,
  'the public sees the reason too: Kiertotalot, 1 tehtävä myöhässä'
);
select is(
  (select count(*)::integer from public.project_overview where slug = 'hyvinvointidatan-yhteiskehittamo'),
  0,
  'a draft and its status stay hidden from the public'
);
reset role;

select * from finish();
rollback;
