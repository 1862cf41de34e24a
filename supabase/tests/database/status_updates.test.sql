-- Status updates: the cadence rule at month ends, the dashboard's list of projects whose
-- update is due (status_update_due), and status updates in review mode.
create extension if not exists pgtap with schema extensions;

begin;
select plan(12);
set local timezone = 'Europe/Helsinki';
set local salkku.today = '2026-06-15';

select is(private.status_update_periods('2026-01-31', '2026-02-27', 'monthly'), 0, 'monthly from 31.1.: not due on 27.2.');
select is(private.status_update_periods('2026-01-31', '2026-02-28', 'monthly'), 1, 'monthly from 31.1.: due on 28.2. (the month''s last day)');
select is(private.status_update_periods('2026-01-31', '2026-03-30', 'monthly'), 1, 'still one period on 30.3.');
select is(private.status_update_periods('2026-01-31', '2026-03-31', 'monthly'), 2, 'two on 31.3.');
select is(private.status_update_periods('2026-06-01', '2026-06-07', 'weekly'), 0, 'weekly: not after 6 days');
select is(private.status_update_periods('2026-06-01', '2026-06-08', 'weekly'), 1, 'weekly: due after 7 days');
select is(private.status_update_periods('2026-01-15', '2026-04-14', 'quarterly'), 0, 'quarterly: not a day early');
select is(private.status_update_periods('2026-01-15', '2026-04-15', 'quarterly'), 1, 'quarterly: due after three months');

insert into public.projects (id, programme_id, slug, name, stage, published, created_at, updated_at) values
  ('30000000-0000-4000-8000-0000000000d1', '10000000-0000-4000-8000-000000000001', 'katsaus-a', 'Katsaus A', 'implementation', true, '2026-01-01 10:00', '2026-06-01 10:00'),
  ('30000000-0000-4000-8000-0000000000d2', '10000000-0000-4000-8000-000000000001', 'katsaus-b', 'Katsaus B', 'implementation', true, '2026-01-01 10:00', '2026-06-01 10:00');
insert into public.status_updates (project_id, happened, proposed_schedule_status, created_at, updated_at) values
  ('30000000-0000-4000-8000-0000000000d1', 'Pilotti käynnistyi', 'on_schedule', '2026-06-01 10:00', '2026-06-01 10:00'),
  ('30000000-0000-4000-8000-0000000000d2', 'Hankinta viivästyi', 'late', '2026-05-10 10:00', '2026-05-10 10:00');

set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
select results_eq(
  $$ select project_slug, last_update_at::date, next_due_on, is_due from public.status_update_due
     where project_slug like 'katsaus-%' order by project_slug $$,
  $$ values ('katsaus-a'::text, '2026-06-01'::date, '2026-07-01'::date, false), ('katsaus-b', '2026-05-10', '2026-06-10', true) $$,
  'the dashboard sees B''s monthly update overdue since 10.6., A''s due on 1.7.');
select ok(
  (select bool_and(not is_due or next_due_on <= '2026-06-15') from public.status_update_due),
  'is_due agrees with next_due_on for every project');
select results_eq(
  $$ select new_value, note from public.review_changes where kind = 'status_update_posted' and project_slug = 'katsaus-b' $$,
  $$ values ('late'::text, 'Hankinta viivästyi'::text) $$,
  'review mode shows the status update with its proposed status');

set local role anon;
select throws_ok($$ select 1 from public.status_update_due $$, '42501', null, 'anonymous visitors do not read the due list');

select * from finish();
rollback;
