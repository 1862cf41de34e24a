-- Exports in the reader's language (#14): the dashboard views carry the Swedish and English
-- names, and a Swedish or English mail's items carry the translated project name and task title.
create extension if not exists pgtap with schema extensions;

begin;
select plan(7);
set local timezone = 'UTC';

select has_column('public', 'dashboard_deadlines', 'project_name_sv', 'dashboard_deadlines has the Swedish project name');
select has_column('public', 'dashboard_deadlines', 'title_en', '… and the English task title');
select has_column('public', 'funding_awaiting_decision', 'note_sv', 'funding_awaiting_decision has the Swedish note');
select has_column('public', 'status_update_due', 'project_name_en', 'status_update_due has the English project name');

-- A mail is queued straight into the outbox, as queue_mail does: items name their project and task.
insert into public.mail_outbox (recipient_id, to_address, locale, template, payload, dedupe_key)
values
  (null, 'sv@example.test', 'sv', 'digest', jsonb_build_object('items', jsonb_build_array(
     jsonb_build_object('rule', 'task_late', 'kind', 'reminders',
       'project_id', '30000000-0000-4000-8000-000000000004', 'task_id', '40000000-0000-4000-8000-000000000401',
       'payload', jsonb_build_object('project_slug', 'x', 'project_name', 'Uudenmaan kiertotalouslaakso', 'task_title', 'T')),
     jsonb_build_object('rule', 'nudge', 'kind', 'reminders', 'project_id', null, 'task_id', null,
       'payload', jsonb_build_object('project_name', 'Ei käännetty'))
   )), 'test:sv'),
  (null, 'fi@example.test', 'fi', 'digest', jsonb_build_object('items', jsonb_build_array(
     jsonb_build_object('rule', 'task_late', 'kind', 'reminders',
       'project_id', '30000000-0000-4000-8000-000000000004', 'task_id', '40000000-0000-4000-8000-000000000401',
       'payload', jsonb_build_object('project_name', 'Uudenmaan kiertotalouslaakso'))
   )), 'test:fi');

select is(
  (select payload -> 'items' -> 0 -> 'payload' ->> 'project_name_sv' from public.mail_outbox where dedupe_key = 'test:sv'),
  'Nylands cirkulärekonomidal – förstudieprojekt',
  'a Swedish mail''s item carries the Swedish project name');
select is(
  (select payload -> 'items' -> 0 -> 'payload' ->> 'task_title_sv' from public.mail_outbox where dedupe_key = 'test:sv'),
  'Fortsättningsprojektet All plast cirkulerar genomförs',
  '… and the Swedish task title; an item without a project is left as it was');
select is(
  (select payload -> 'items' -> 0 -> 'payload' from public.mail_outbox where dedupe_key = 'test:fi'),
  '{"project_name": "Uudenmaan kiertotalouslaakso"}'::jsonb,
  'a Finnish mail is left as queued');

select * from finish();
rollback;
