-- Constraints of the notification tables (migrations 20260402000000–0200): every check,
-- unique, primary-key and foreign-key constraint has a case that breaks it, expecting its
-- SQLSTATE and its name; the last assertion proves none was left out. The same method as
-- constraints.test.sql, which leaves these tables to this file.
create extension if not exists pgtap with schema extensions;

begin;
select plan(51);

create temporary table violated (constraint_name text);
create function pg_temp.violates(stmt text, want_state text, want_constraint text, description text)
returns text
language plpgsql
as $$
declare
  got_state text;
  got_constraint text;
begin
  begin
    execute stmt;
  exception when others then
    get stacked diagnostics got_state = returned_sqlstate, got_constraint = constraint_name;
    insert into violated values (got_constraint);
    return ok(got_state = want_state and got_constraint = want_constraint, description)
      || case when got_state = want_state and got_constraint = want_constraint then ''
              else e'\n' || diag(format('caught %s on %s, wanted %s on %s', got_state, got_constraint, want_state, want_constraint)) end;
  end;
  return ok(false, description) || e'\n' || diag('no error was raised');
end;
$$;

insert into public.follows (id, user_id, project_id) values ('91000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000001');
insert into public.follows (id, user_id, growth_area_id) values ('91000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000003', '20000000-0000-4000-8000-000000000001');
insert into public.mail_outbox (id, to_address, template, dedupe_key) values ('92000000-0000-4000-8000-000000000001', 'a@b.example', 'digest', 'k1');
insert into public.notification_preferences (user_id) values ('a0000000-0000-4000-8000-000000000003');
insert into public.notifications (id, recipient_id, rule, subject_id, occurrence) values ('93000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000003', 'nudge', '30000000-0000-4000-8000-000000000001', 'x');
insert into public.nudges (id, project_id, message) values ('94000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000001', 'Hei');
insert into public.status_updates (id, project_id, happened) values ('95000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000001', 'Tehty');

-- reminder_settings
select pg_temp.violates($$ update public.reminder_settings set due_soon_days = '{}' $$, '23514', 'reminder_settings_due_soon_days', 'reminder_settings: at least one due-soon day');
select pg_temp.violates($$ update public.reminder_settings set due_soon_days = '{30,0}' $$, '23514', 'reminder_settings_due_soon_days', 'reminder_settings: due-soon days are positive');
select pg_temp.violates($$ update public.reminder_settings set late_first_days = 0 $$, '23514', 'reminder_settings_late_first', 'reminder_settings: the first late reminder is on day 1 or later');
select pg_temp.violates($$ update public.reminder_settings set late_second_days = 1 $$, '23514', 'reminder_settings_late_ordered', 'reminder_settings: the second late reminder comes after the first');
select pg_temp.violates($$ update public.reminder_settings set late_repeat_days = 0 $$, '23514', 'reminder_settings_late_repeat', 'reminder_settings: the repeat is at least a day');
select pg_temp.violates($$ update public.reminder_settings set not_updated_days = 0 $$, '23514', 'reminder_settings_not_updated', 'reminder_settings: not updated after at least a day');
select pg_temp.violates($$ update public.reminder_settings set not_updated_repeat_days = 400 $$, '23514', 'reminder_settings_not_updated_repeat', 'reminder_settings: not-updated repeat within a year');
select pg_temp.violates($$ update public.reminder_settings set status_update_cadence = 'daily' $$, '23514', 'reminder_settings_status_update_cadence', 'reminder_settings: cadence weekly, monthly or quarterly');
select pg_temp.violates($$ insert into public.reminder_settings (programme_id) values ('10000000-0000-4000-8000-000000000001') $$, '23505', 'reminder_settings_pkey', 'reminder_settings: one row per programme');
select pg_temp.violates($$ insert into public.reminder_settings (programme_id) values ('00000000-0000-4000-8000-00000000dead') $$, '23503', 'reminder_settings_programme_id_fkey', 'reminder_settings: of an existing programme');

-- follows
select pg_temp.violates($$ insert into public.follows (user_id) values ('a0000000-0000-4000-8000-000000000003') $$, '23514', 'follows_one_subject', 'follows: a project or a growth area');
select pg_temp.violates($$ insert into public.follows (user_id, project_id, growth_area_id) values ('a0000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001') $$, '23514', 'follows_one_subject', 'follows: not both');
select pg_temp.violates($$ insert into public.follows (id, user_id, project_id) values ('91000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000002') $$, '23505', 'follows_pkey', 'follows: id is unique');
select pg_temp.violates($$ insert into public.follows (user_id, project_id) values ('a0000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000001') $$, '23505', 'follows_user_project_key', 'follows: a project once per user');
select pg_temp.violates($$ insert into public.follows (user_id, growth_area_id) values ('a0000000-0000-4000-8000-000000000003', '20000000-0000-4000-8000-000000000001') $$, '23505', 'follows_user_growth_area_key', 'follows: a growth area once per user');
select pg_temp.violates($$ insert into public.follows (user_id, project_id) values ('00000000-0000-4000-8000-00000000dead', '30000000-0000-4000-8000-000000000001') $$, '23503', 'follows_user_id_fkey', 'follows: by an existing account');
select pg_temp.violates($$ insert into public.follows (user_id, project_id) values ('a0000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-00000000dead') $$, '23503', 'follows_project_id_fkey', 'follows: an existing project');
select pg_temp.violates($$ insert into public.follows (user_id, growth_area_id) values ('a0000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-00000000dead') $$, '23503', 'follows_growth_area_id_fkey', 'follows: an existing growth area');

-- notifications
select pg_temp.violates($$ insert into public.notifications (recipient_id, rule, subject_id, occurrence) values ('a0000000-0000-4000-8000-000000000003', 'gossip', '30000000-0000-4000-8000-000000000001', 'x') $$, '23514', 'notifications_rule', 'notifications: a known rule');
select pg_temp.violates($$ insert into public.notifications (recipient_id, rule, subject_id, occurrence) values ('a0000000-0000-4000-8000-000000000003', 'nudge', '30000000-0000-4000-8000-000000000001', repeat('x', 201)) $$, '23514', 'notifications_occurrence_length', 'notifications: occurrence at most 200 characters');
select pg_temp.violates($$ insert into public.notifications (recipient_id, rule, subject_id, occurrence, mail_state) values ('a0000000-0000-4000-8000-000000000003', 'nudge', '30000000-0000-4000-8000-000000000001', 'y', 'lost') $$, '23514', 'notifications_mail_state', 'notifications: mail state pending, queued or skipped');
select pg_temp.violates($$ insert into public.notifications (recipient_id, rule, subject_id, occurrence) values ('a0000000-0000-4000-8000-000000000003', 'nudge', '30000000-0000-4000-8000-000000000001', 'x') $$, '23505', 'notifications_once_key', 'notifications: nothing is said twice');
select pg_temp.violates($$ insert into public.notifications (id, recipient_id, rule, subject_id, occurrence) values ('93000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000003', 'nudge', '30000000-0000-4000-8000-000000000001', 'z') $$, '23505', 'notifications_pkey', 'notifications: id is unique');
select pg_temp.violates($$ insert into public.notifications (recipient_id, rule, subject_id, occurrence) values ('00000000-0000-4000-8000-00000000dead', 'nudge', '30000000-0000-4000-8000-000000000001', 'x') $$, '23503', 'notifications_recipient_id_fkey', 'notifications: to an existing account');
select pg_temp.violates($$ insert into public.notifications (recipient_id, rule, subject_id, occurrence, project_id) values ('a0000000-0000-4000-8000-000000000003', 'nudge', '30000000-0000-4000-8000-000000000001', 'p', '00000000-0000-4000-8000-00000000dead') $$, '23503', 'notifications_project_id_fkey', 'notifications: about an existing project');
select pg_temp.violates($$ insert into public.notifications (recipient_id, rule, subject_id, occurrence, task_id) values ('a0000000-0000-4000-8000-000000000003', 'nudge', '30000000-0000-4000-8000-000000000001', 't', '00000000-0000-4000-8000-00000000dead') $$, '23503', 'notifications_task_id_fkey', 'notifications: about an existing task');
select pg_temp.violates($$ insert into public.notifications (recipient_id, rule, subject_id, occurrence, mail_id) values ('a0000000-0000-4000-8000-000000000003', 'nudge', '30000000-0000-4000-8000-000000000001', 'm', '00000000-0000-4000-8000-00000000dead') $$, '23503', 'notifications_mail_id_fkey', 'notifications: carried by an existing mail');

-- notification_preferences
select pg_temp.violates($$ update public.notification_preferences set digest_cadence = 'hourly' $$, '23514', 'notification_preferences_digest_cadence', 'preferences: immediately, daily, weekly or never');
select pg_temp.violates($$ update public.notification_preferences set email_locale = 'de' $$, '23514', 'notification_preferences_email_locale', 'preferences: e-mail in fi, sv or en');
select pg_temp.violates($$ insert into public.notification_preferences (user_id) values ('a0000000-0000-4000-8000-000000000003') $$, '23505', 'notification_preferences_pkey', 'preferences: one row per account');
select pg_temp.violates($$ insert into public.notification_preferences (user_id) values ('00000000-0000-4000-8000-00000000dead') $$, '23503', 'notification_preferences_user_id_fkey', 'preferences: of an existing account');

-- status_updates
select pg_temp.violates($$ insert into public.status_updates (project_id, happened) values ('30000000-0000-4000-8000-000000000001', '  ') $$, '23514', 'status_updates_happened_length', 'status updates: say what happened');
select pg_temp.violates($$ insert into public.status_updates (project_id, happened, next_steps) values ('30000000-0000-4000-8000-000000000001', 'x', repeat('x', 4001)) $$, '23514', 'status_updates_next_steps_length', 'status updates: next steps at most 4000 characters');
select pg_temp.violates($$ insert into public.status_updates (project_id, happened, risks) values ('30000000-0000-4000-8000-000000000001', 'x', repeat('x', 4001)) $$, '23514', 'status_updates_risks_length', 'status updates: risks at most 4000 characters');
select pg_temp.violates($$ insert into public.status_updates (id, project_id, happened) values ('95000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000001', 'x') $$, '23505', 'status_updates_pkey', 'status updates: id is unique');
select pg_temp.violates($$ insert into public.status_updates (project_id, happened) values ('00000000-0000-4000-8000-00000000dead', 'x') $$, '23503', 'status_updates_project_id_fkey', 'status updates: of an existing project');
select pg_temp.violates($$ insert into public.status_updates (project_id, happened, author_id) values ('30000000-0000-4000-8000-000000000001', 'x', '00000000-0000-4000-8000-00000000dead') $$, '23503', 'status_updates_author_id_fkey', 'status updates: by an existing account');

-- nudges
select pg_temp.violates($$ insert into public.nudges (project_id, message, created_at) values ('30000000-0000-4000-8000-000000000001', repeat('x', 1001), now() + interval '2 hours') $$, '23514', 'nudges_message_length', 'nudges: message at most 1000 characters');
select pg_temp.violates($$ insert into public.nudges (id, project_id, created_at) values ('94000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000001', now() + interval '2 hours') $$, '23505', 'nudges_pkey', 'nudges: id is unique');
select pg_temp.violates($$ insert into public.nudges (project_id) values ('00000000-0000-4000-8000-00000000dead') $$, '23503', 'nudges_project_id_fkey', 'nudges: of an existing project');
select pg_temp.violates($$ insert into public.nudges (project_id, sender_id, created_at) values ('30000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-00000000dead', now() + interval '2 hours') $$, '23503', 'nudges_sender_id_fkey', 'nudges: by an existing account');

-- mail_outbox
select pg_temp.violates($$ insert into public.mail_outbox (to_address, template, dedupe_key) values ('nobody', 'digest', 'k2') $$, '23514', 'mail_outbox_to_address', 'outbox: an e-mail address');
select pg_temp.violates($$ insert into public.mail_outbox (to_address, template, dedupe_key, locale) values ('a@b.example', 'digest', 'k2', 'de') $$, '23514', 'mail_outbox_locale', 'outbox: fi, sv or en');
select pg_temp.violates($$ insert into public.mail_outbox (to_address, template, dedupe_key) values ('a@b.example', 'spam', 'k2') $$, '23514', 'mail_outbox_template', 'outbox: a known template');
select pg_temp.violates($$ insert into public.mail_outbox (to_address, template, dedupe_key, max_attempts) values ('a@b.example', 'digest', 'k2', 0) $$, '23514', 'mail_outbox_max_attempts', 'outbox: at least one attempt');
select pg_temp.violates($$ insert into public.mail_outbox (to_address, template, dedupe_key, smtp_response) values ('a@b.example', 'digest', 'k2', repeat('x', 2001)) $$, '23514', 'mail_outbox_smtp_response_length', 'outbox: SMTP answer at most 2000 characters');
select pg_temp.violates($$ insert into public.mail_outbox (to_address, template, dedupe_key, last_error) values ('a@b.example', 'digest', 'k2', repeat('x', 2001)) $$, '23514', 'mail_outbox_last_error_length', 'outbox: error at most 2000 characters');
select pg_temp.violates($$ insert into public.mail_outbox (to_address, template, dedupe_key) values ('a@b.example', 'digest', 'k1') $$, '23505', 'mail_outbox_dedupe_key_key', 'outbox: each mail is queued once');
select pg_temp.violates($$ insert into public.mail_outbox (id, to_address, template, dedupe_key) values ('92000000-0000-4000-8000-000000000001', 'a@b.example', 'digest', 'k3') $$, '23505', 'mail_outbox_pkey', 'outbox: id is unique');
select pg_temp.violates($$ insert into public.mail_outbox (recipient_id, to_address, template, dedupe_key) values ('00000000-0000-4000-8000-00000000dead', 'a@b.example', 'digest', 'k4') $$, '23503', 'mail_outbox_recipient_id_fkey', 'outbox: to an existing account');

select is(
  (select array_agg(k.conname::text order by k.conname)
   from pg_constraint k
   where k.conrelid in ('public.reminder_settings'::regclass, 'public.follows'::regclass, 'public.notifications'::regclass,
                        'public.notification_preferences'::regclass, 'public.status_updates'::regclass,
                        'public.nudges'::regclass, 'public.mail_outbox'::regclass)
     and k.contype in ('c', 'u', 'f', 'p')
     and k.conname not in (select constraint_name from violated where constraint_name is not null)),
  null,
  'every constraint of the notification tables has a violating case'
);

select * from finish();
rollback;
