-- project_overview: task figures and the computed schedule status. Late when an open task is
-- past its deadline or the end date has passed before completion; a completed project is on
-- schedule; a manual status wins in effective_schedule_status. Dates relative to current_date
-- so the rules hold whatever day the tests run.
create extension if not exists pgtap with schema extensions;

begin;
select plan(15);

insert into public.projects (id, programme_id, slug, name, stage, starts_on, ends_on, published, updated_at)
values ('30000000-0000-4000-8000-0000000000f1', '10000000-0000-4000-8000-000000000001', 'testi', 'Testi',
        'implementation', current_date - 100, current_date + 100, true, now() - interval '60 days');

select results_eq(
  $$ select task_count, open_task_count, overdue_task_count, next_due_on, computed_schedule_status::text
     from public.project_overview where id = '30000000-0000-4000-8000-0000000000f1' $$,
  $$ values (0, 0, 0, null::date, 'on_schedule') $$,
  'a running project without tasks is on schedule'
);

insert into public.tasks (project_id, title, due_on, state, completed_on, updated_at) values
  ('30000000-0000-4000-8000-0000000000f1', 'Tänään', current_date, 'not_started', null, now() - interval '10 days'),
  ('30000000-0000-4000-8000-0000000000f1', 'Ensi viikolla', current_date + 7, 'in_progress', null, now() - interval '5 days'),
  ('30000000-0000-4000-8000-0000000000f1', 'Tehty myöhässä', current_date - 30, 'done', current_date - 2, now() - interval '2 days'),
  ('30000000-0000-4000-8000-0000000000f1', 'Peruttu', current_date - 30, 'cancelled', null, now() - interval '20 days');

select results_eq(
  $$ select task_count, open_task_count, in_progress_task_count, done_task_count, overdue_task_count,
            next_due_on, oldest_overdue_on, computed_schedule_status::text
     from public.project_overview where id = '30000000-0000-4000-8000-0000000000f1' $$,
  $$ values (4, 2, 1, 1, 0, current_date, null::date, 'on_schedule') $$,
  'a task due today is not overdue; done and cancelled tasks are never overdue'
);
select is(
  (select last_activity_at from public.project_overview where id = '30000000-0000-4000-8000-0000000000f1'),
  now() - interval '2 days',
  'last activity is the latest edit of the project or any of its tasks'
);

insert into public.tasks (project_id, title, due_on)
values ('30000000-0000-4000-8000-0000000000f1', 'Eilen', current_date - 1);
select results_eq(
  $$ select overdue_task_count, oldest_overdue_on, next_due_on, computed_schedule_status::text, effective_schedule_status::text, schedule_status_is_manual
     from public.project_overview where id = '30000000-0000-4000-8000-0000000000f1' $$,
  $$ values (1, current_date - 1, current_date, 'late', 'late', false) $$,
  'an open task past its deadline makes the project late'
);

update public.projects set schedule_status = 'on_schedule', schedule_note = 'Tehtävä siirtyy, sovittu ohjausryhmässä'
where id = '30000000-0000-4000-8000-0000000000f1';
select results_eq(
  $$ select computed_schedule_status::text, effective_schedule_status::text, schedule_status_is_manual, schedule_note
     from public.project_overview where id = '30000000-0000-4000-8000-0000000000f1' $$,
  $$ values ('late', 'on_schedule', true, 'Tehtävä siirtyy, sovittu ohjausryhmässä') $$,
  'a manual status wins, and the computed one is still shown next to it'
);

update public.projects set schedule_status = null, schedule_note = null where id = '30000000-0000-4000-8000-0000000000f1';
update public.tasks set state = 'done', completed_on = current_date
where project_id = '30000000-0000-4000-8000-0000000000f1' and title = 'Eilen';
select is(
  (select computed_schedule_status::text from public.project_overview where id = '30000000-0000-4000-8000-0000000000f1'),
  'on_schedule',
  'completing the overdue task puts the project back on schedule'
);

update public.projects set starts_on = current_date - 200, ends_on = current_date - 1 where id = '30000000-0000-4000-8000-0000000000f1';
select is(
  (select computed_schedule_status::text from public.project_overview where id = '30000000-0000-4000-8000-0000000000f1'),
  'late',
  'a project whose end date has passed before completion is late'
);

update public.projects set stage = 'completed' where id = '30000000-0000-4000-8000-0000000000f1';
select is(
  (select computed_schedule_status::text from public.project_overview where id = '30000000-0000-4000-8000-0000000000f1'),
  'on_schedule',
  'a completed project is not late'
);

-- The seeded portfolio ----------------------------------------------------------------------------
select results_eq(
  $$ select computed_schedule_status::text, effective_schedule_status::text, overdue_task_count >= 2
     from public.project_overview where slug = 'terveysteknologian-testiymparisto' $$,
  $$ values ('late', 'late', true) $$,
  'the seeded Terveysteknologian testiympäristö is clearly late'
);
select results_eq(
  $$ select effective_schedule_status::text, schedule_status_is_manual, schedule_note
     from public.project_overview where slug = 'vahahiilinen-satamalogistiikka' $$,
  $$ values ('late', true, 'EU-rahoituspäätös viivästyi; pilotin aloitus siirtyy kevääseen 2027.') $$,
  'the seeded Vähähiilinen satamalogistiikka is manually late with its reason'
);
select results_eq(
  $$ select stage::text, effective_schedule_status::text, starts_on, ends_on, updated_at::date
     from public.project_overview where slug = 'uudenmaan-kiertotalouslaakso-esiselvityshanke' $$,
  $$ values ('completed', 'on_schedule', '2021-04-01'::date, '2023-12-31'::date, '2022-08-11'::date) $$,
  'Uudenmaan kiertotalouslaakso shows as on its page: Valmis, Aikataulussa, 01.04.2021 → 31.12.2023, updated 11.08.2022'
);
select results_eq(
  $$ select title, due_on, state::text, completed_on from public.tasks
     where project_id = '30000000-0000-4000-8000-000000000004' order by sort_order $$,
  $$ values ('Kaikki muovi kiertää -jatkohankkeen toteutuminen', '2024-12-31'::date, 'not_started', null::date),
            ('Circular Valley -hankkeen toteutuminen', '2025-12-31'::date, 'not_started', null::date),
            ('Uudenmaan kiertotalouslaakso -esiselvityshanke', null::date, 'done', '2021-11-30'::date) $$,
  'its three tasks are as on the page'
);
select results_eq(
  $$ select o.short_name from public.project_partners pp join public.organisations o on o.id = pp.organisation_id
     where pp.project_id = '30000000-0000-4000-8000-000000000004' order by pp.sort_order $$,
  $$ values ('GNF'), ('HSY'), ('VTT'), ('Clic Innovation') $$,
  'its partners are GNF, HSY, VTT and Clic Innovation'
);
select results_eq(
  $$ select f.name, d.instrument, d.state::text from public.project_follow_ups f
     join public.project_funding d on d.follow_up_id = f.id
     where f.project_id = '30000000-0000-4000-8000-000000000004' order by f.sort_order $$,
  $$ values ('Circular Valley', 'Central Baltic', 'applied'), ('Kaikki muovi kiertää', 'EAKR', 'applied') $$,
  'its follow-up applications await funding decisions'
);
select results_eq(
  $$ select p.full_name, p.title, p.organisation, c.is_primary from public.project_contacts c
     join public.people p on p.id = c.person_id
     where c.project_id = '30000000-0000-4000-8000-000000000004' $$,
  $$ values ('Nea Metsänranta', 'Projektipäällikkö', 'HSY Helsingin seudun ympäristöpalvelut -kuntayhtymä', true) $$,
  'its main contact is Nea Metsänranta, Projektipäällikkö, HSY'
);

select * from finish();
rollback;
