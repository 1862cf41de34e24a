-- Who may read and change what in notifications, follows, preferences, status updates and
-- nudges: only the recipient reads a notification; a user follows only what they can read;
-- preferences are one's own; one-click unsubscribe needs a valid signature.
create extension if not exists pgtap with schema extensions;

begin;
select plan(41);
set local timezone = 'UTC';

-- A draft (Q) and a published project (P), both led by lead2@ (a…05).
insert into public.projects (id, programme_id, growth_area_id, slug, name, stage, published) values
  ('30000000-0000-4000-8000-0000000000e1', '10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000005', 'ilmoitus-p', 'Ilmoitushanke P', 'implementation', true),
  ('30000000-0000-4000-8000-0000000000e2', '10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000005', 'ilmoitus-q', 'Ilmoitushanke Q', 'planning', false);
insert into public.project_members (project_id, user_id, role) values
  ('30000000-0000-4000-8000-0000000000e1', 'a0000000-0000-4000-8000-000000000005', 'lead'),
  ('30000000-0000-4000-8000-0000000000e2', 'a0000000-0000-4000-8000-000000000005', 'lead');
insert into public.notifications (id, recipient_id, rule, subject_id, occurrence, project_id, payload) values
  ('90000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000003', 'project_not_updated', '30000000-0000-4000-8000-0000000000e1', 'x/30', '30000000-0000-4000-8000-0000000000e1', '{}'),
  ('90000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000003', 'status_update_due', '30000000-0000-4000-8000-0000000000e1', 'x/1', '30000000-0000-4000-8000-0000000000e1', '{}'),
  ('90000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000005', 'project_not_updated', '30000000-0000-4000-8000-0000000000e2', 'x/30', '30000000-0000-4000-8000-0000000000e2', '{}');

select throws_ok(
  $$ insert into public.notifications (recipient_id, rule, subject_id, occurrence) values ('a0000000-0000-4000-8000-000000000003', 'project_not_updated', '30000000-0000-4000-8000-0000000000e1', 'x/30') $$,
  '23505', null, 'the same recipient, rule, subject and occurrence cannot be said twice');

-- notifications ----------------------------------------------------------------------------------------
set local role anon;
select throws_ok($$ select 1 from public.notifications $$, '42501', null, 'anonymous visitors cannot read notifications at all');
select throws_ok($$ select public.unread_notification_count() $$, '42501', null, 'nor count them');

set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000003", "role": "authenticated"}';
select results_eq($$ select id from public.notifications order by id $$,
  $$ values ('90000000-0000-4000-8000-000000000001'::uuid), ('90000000-0000-4000-8000-000000000002'::uuid) $$,
  'lead@ reads exactly their own two notifications');
select is(public.unread_notification_count(), 2, 'the bell says 2');
select is(public.mark_notifications_read(array['90000000-0000-4000-8000-000000000001'::uuid, '90000000-0000-4000-8000-000000000003'::uuid]), 1,
  'marking read: only one''s own notification changes');
select is(public.unread_notification_count(), 1, 'the bell says 1');
select is(public.mark_notifications_read(), 1, 'mark all read');
select is(public.unread_notification_count(), 0, 'the bell says 0');
select throws_ok($$ update public.notifications set rule = 'nudge' where id = '90000000-0000-4000-8000-000000000001' $$, '42501', null, 'only read_at may be changed');
select throws_ok($$ insert into public.notifications (recipient_id, rule, subject_id, occurrence) values ('a0000000-0000-4000-8000-000000000003', 'nudge', gen_random_uuid(), 'x') $$, '42501', null, 'nobody writes notifications through the API');
select throws_ok($$ delete from public.notifications $$, '42501', null, 'nor deletes them');

set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
select is_empty($$ select 1 from public.notifications where recipient_id <> 'a0000000-0000-4000-8000-000000000002' $$, 'not even a director reads others'' notifications');
with x as (update public.notifications set read_at = null where id = '90000000-0000-4000-8000-000000000003' returning 1)
select is(count(*)::integer, 0, 'a director cannot mark someone else''s notification') from x;
select cmp_ok((select count(*)::integer from public.project_reminder_log('30000000-0000-4000-8000-0000000000e1')), '=', 2, 'a director reads the project''s reminder log');

set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000005", "role": "authenticated"}';
select is_empty($$ select 1 from public.project_reminder_log('30000000-0000-4000-8000-0000000000e1') $$, 'a lead does not read the reminder log');
select throws_ok($$ select public.record_notifications(now()) $$, '42501', null, 'signed-in users cannot run the rules');
select throws_ok($$ select * from private.due_notifications(now()) $$, '42501', null, 'nor read what is due for everyone');

-- follows ------------------------------------------------------------------------------------------------
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000006", "role": "authenticated"}';
select lives_ok($$ insert into public.follows (project_id) values ('30000000-0000-4000-8000-0000000000e1') $$, 'staff@ follows a published project');
select lives_ok($$ insert into public.follows (growth_area_id) values ('20000000-0000-4000-8000-000000000005') $$, 'and a growth area of a published programme');
select throws_ok($$ insert into public.follows (project_id) values ('30000000-0000-4000-8000-0000000000e2') $$, '42501', null, 'but not a draft they cannot see');
select throws_ok($$ insert into public.follows (user_id, project_id) values ('a0000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-0000000000e1') $$, '42501', null, 'nor on someone else''s behalf');
select throws_ok($$ insert into public.follows (project_id) values ('30000000-0000-4000-8000-0000000000e1') $$, '23505', null, 'following twice is refused');
select results_eq($$ select project_name, growth_area_id from public.my_follows order by project_name nulls last $$,
  $$ values ('Ilmoitushanke P'::text, null::uuid), (null, '20000000-0000-4000-8000-000000000005') $$, 'my follows, with names');
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000005", "role": "authenticated"}';
select lives_ok($$ insert into public.follows (project_id) values ('30000000-0000-4000-8000-0000000000e2') $$, 'the lead follows their own draft');
select is_empty($$ select 1 from public.follows where user_id <> 'a0000000-0000-4000-8000-000000000005' $$, 'nobody sees who else follows what');
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000006", "role": "authenticated"}';
with x as (delete from public.follows where project_id = '30000000-0000-4000-8000-0000000000e1' returning 1)
select is(count(*)::integer, 1, 'staff@ unfollows') from x;

-- preferences and unsubscribe -----------------------------------------------------------------------------
select lives_ok($$ insert into public.notification_preferences (digest_cadence, email_locale, email_follows) values ('weekly', 'sv', true) $$, 'one''s own preferences');
select throws_ok($$ insert into public.notification_preferences (user_id) values ('a0000000-0000-4000-8000-000000000003') $$, '42501', null, 'not someone else''s');
select throws_ok($$ update public.notification_preferences set digest_cadence = 'hourly' $$, '23514', null, 'cadence is immediately, daily, weekly or never');

reset role;
create temporary table token on commit drop as
  select private.unsubscribe_token('a0000000-0000-4000-8000-000000000006', 'follows') as t;
grant select on token to anon;
set local role anon;
select is(public.unsubscribe((select t from token)), array['follows'], 'one click, no sign-in: the signed link switches follow mails off');
select throws_ok($$ select public.unsubscribe(replace((select t from token), 'follows', 'reminders')) $$, '22023', null, 'a link whose kind was changed is refused');
select throws_ok($$ select public.unsubscribe('a0000000-0000-4000-8000-000000000003.follows.00') $$, '22023', null, 'a forged signature is refused');
reset role;
select results_eq($$ select email_follows, email_reminders, digest_cadence, email_locale from public.notification_preferences where user_id = 'a0000000-0000-4000-8000-000000000006' $$,
  $$ values (false, true, 'weekly'::text, 'sv'::text) $$, 'follows off, the rest unchanged');

-- status updates ----------------------------------------------------------------------------------------------
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000005", "role": "authenticated"}';
select lives_ok($$ insert into public.status_updates (project_id, happened, risks, proposed_schedule_status) values
  ('30000000-0000-4000-8000-0000000000e1', 'Työpajat pidetty', 'Rahoitus auki', 'late'),
  ('30000000-0000-4000-8000-0000000000e2', 'Luonnos', null, null) $$, 'the lead writes status updates on their projects');
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000003", "role": "authenticated"}';
select throws_ok($$ insert into public.status_updates (project_id, happened) values ('30000000-0000-4000-8000-0000000000e1', 'Kaapattu') $$, '42501', null, 'someone else''s lead cannot');
set local role anon;
select results_eq($$ select happened from public.status_updates where project_id::text like '%0000e_' $$, $$ values ('Työpajat pidetty'::text) $$,
  'the public reads the update of the published project, not the draft''s');

-- nudges ------------------------------------------------------------------------------------------------------
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000003", "role": "authenticated"}';
select throws_ok($$ select public.nudge_project('30000000-0000-4000-8000-0000000000e1', 'Hei') $$, '42501', null, 'only directors nudge');
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
select lives_ok($$ select public.nudge_project('30000000-0000-4000-8000-0000000000e1', 'Päivitätkö sivun?') $$, 'a director nudges P''s leads');
select throws_ok($$ select public.nudge_project('30000000-0000-4000-8000-0000000000e1', 'Uudestaan') $$, 'PT429', null, 'twice within an hour is refused (429)');
reset role;
select results_eq($$ select recipient_id, payload ->> 'message' from public.notifications where rule = 'nudge' $$,
  $$ values ('a0000000-0000-4000-8000-000000000005'::uuid, 'Päivitätkö sivun?'::text) $$, 'the lead got the nudge with its message, once');

select * from finish();
rollback;
