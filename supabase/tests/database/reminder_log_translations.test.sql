-- The directors' reminder log names a task by its current title with its Swedish and English
-- translations (migration 20260428000100_reminder_log_task_translations; NULL = not translated),
-- the title the notification recorded only when the task is gone; still directors only.
create extension if not exists pgtap with schema extensions;

begin;
select plan(4);

-- Kiertotalot (…001): a reminder about a task translated into Swedish only, and one about a
-- task that no longer exists.
update public.tasks set title_sv = 'Projektplan och styrgruppens start', title_en = null
  where id = '40000000-0000-4000-8000-000000000101';
insert into public.notifications (id, recipient_id, rule, subject_id, occurrence, project_id, task_id, payload, created_at) values
  ('90000000-0000-4000-8000-0000000000f1', 'a0000000-0000-4000-8000-000000000003', 'task_late',
   '40000000-0000-4000-8000-000000000101', 'x/1', '30000000-0000-4000-8000-000000000001',
   '40000000-0000-4000-8000-000000000101', '{"task_title": "Vanha otsikko"}', '2030-01-02'),
  ('90000000-0000-4000-8000-0000000000f2', 'a0000000-0000-4000-8000-000000000003', 'task_late',
   '40000000-0000-4000-8000-0000000000ff', 'x/1', '30000000-0000-4000-8000-000000000001',
   null, '{"task_title": "Poistettu tehtävä"}', '2030-01-01');

set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
select results_eq(
  $$ select task_title, task_title_sv, task_title_en from public.project_reminder_log('30000000-0000-4000-8000-000000000001')
     where notification_id = '90000000-0000-4000-8000-0000000000f1' $$,
  $$ values ('Hankesuunnitelma ja ohjausryhmän käynnistys', 'Projektplan och styrgruppens start', null::text) $$,
  'a task''s current title comes with its Swedish translation; English is NULL (not translated)'
);
select results_eq(
  $$ select task_title, task_title_sv, task_title_en from public.project_reminder_log('30000000-0000-4000-8000-000000000001')
     where notification_id = '90000000-0000-4000-8000-0000000000f2' $$,
  $$ values ('Poistettu tehtävä', null::text, null::text) $$,
  'a task that is gone keeps the title the notification recorded'
);

set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000003", "role": "authenticated"}';
select is_empty(
  $$ select 1 from public.project_reminder_log('30000000-0000-4000-8000-000000000001') $$,
  'a project lead still reads no reminder log'
);
set local role anon;
select throws_ok(
  $$ select 1 from public.project_reminder_log('30000000-0000-4000-8000-000000000001') $$,
  '42501', null, 'anonymous visitors may not call it'
);

select * from finish();
rollback;
