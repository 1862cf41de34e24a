-- Mail: digests at 09:00 Helsinki, at most one reminder mail per 5 days unless "immediately",
-- nudges at once, preferences respected; the outbox's claim / lease / sent / backoff cycle;
-- only admins read the outbox.
create extension if not exists pgtap with schema extensions;

begin;
select plan(28);
set local timezone = 'UTC';

-- Start from an empty slate: the demo portfolio's own reminders are not what is tested here.
delete from public.notifications;
-- lead@ (a…03): defaults (daily, fi). lead2@ (a…05): immediately, in Swedish. staff@ (a…06): never.
insert into public.notification_preferences (user_id, digest_cadence, email_locale) values
  ('a0000000-0000-4000-8000-000000000005', 'immediately', 'sv'),
  ('a0000000-0000-4000-8000-000000000006', 'never', null);

create function pg_temp.notify(p_user text, p_rule text, p_occ text, p_at text) returns void language sql as $$
  insert into public.notifications (recipient_id, rule, subject_id, occurrence, project_id, payload, created_at)
  values (p_user::uuid, p_rule, '30000000-0000-4000-8000-000000000001', p_occ, '30000000-0000-4000-8000-000000000001',
          '{"project_name": "Kiertotalot", "project_slug": "kiertotalot"}', p_at::timestamptz)
$$;
create function pg_temp.mails(p_user text) returns integer language sql as $$
  select count(*)::integer from public.mail_outbox where recipient_id = p_user::uuid
$$;

select pg_temp.notify('a0000000-0000-4000-8000-000000000003', 'project_not_updated', 'a/30', '2026-06-01 06:00+03');
select pg_temp.notify('a0000000-0000-4000-8000-000000000005', 'project_not_updated', 'a/30', '2026-06-01 06:00+03');
select pg_temp.notify('a0000000-0000-4000-8000-000000000006', 'followed_published', 'audit:1', '2026-06-01 06:00+03');

-- The digest ---------------------------------------------------------------------------------------------
select is(public.queue_mail('2026-06-01 08:59+03'), 1, 'at 08:59 Helsinki only the "immediately" reader gets mail');
select is(pg_temp.mails('a0000000-0000-4000-8000-000000000005'), 1, '… lead2@');
select results_eq($$ select locale, template, kinds from public.mail_outbox where recipient_id = 'a0000000-0000-4000-8000-000000000005' $$,
  $$ values ('sv'::text, 'digest'::text, '{reminders}'::text[]) $$, 'in Swedish, as chosen');
select is((select mail_state from public.notifications where recipient_id = 'a0000000-0000-4000-8000-000000000006'), 'skipped', 'cadence never: not mailed, ever');
select is(public.queue_mail('2026-06-01 06:00+00'), 1, 'at 09:00 Helsinki (06:00 UTC in summer) the daily digest goes');
select is(public.queue_mail('2026-06-01 06:00+00'), 0, 'running the queue again queues nothing');
select pg_temp.notify('a0000000-0000-4000-8000-000000000003', 'followed_published', 'audit:2', '2026-06-01 12:00+03');
select is(public.queue_mail('2026-06-01 12:00+03'), 0, 'one digest a day: a change at noon waits for tomorrow');
select is(public.queue_mail('2026-06-02 09:00+03'), 1, 'next morning it goes');
select pg_temp.notify('a0000000-0000-4000-8000-000000000003', 'task_late', 'b/1', '2026-06-03 06:00+03');
select is(public.queue_mail('2026-06-03 09:00+03'), 0, 'a reminder two days after the last reminder mail waits (5-day rule)');
select is(public.queue_mail('2026-06-05 09:00+03'), 0, 'four days after: still waits');
select is(public.queue_mail('2026-06-06 09:00+03'), 1, 'five days after the last reminder mail: sent');
select pg_temp.notify('a0000000-0000-4000-8000-000000000005', 'task_late', 'b/1', '2026-06-02 06:00+03');
select is(public.queue_mail('2026-06-02 06:00+03'), 1, '"immediately": no 5-day rule');
select results_eq($$ select count(*)::integer from public.notifications where mail_state = 'pending' $$, $$ values (0) $$, 'everything is queued or skipped');
select is((select count(distinct mail_id)::integer from public.notifications where mail_id is not null),
  (select count(*)::integer from public.mail_outbox), 'every mail carries notifications, each notification one mail');
select matches((select payload ->> 'unsubscribe_all' from public.mail_outbox where recipient_id = 'a0000000-0000-4000-8000-000000000005' limit 1),
  '^a0000000-0000-4000-8000-000000000005\.reminders\.[0-9a-f]{64}$', 'each mail carries a signed unsubscribe token');

-- Nudges go at once, whatever the cadence.
insert into public.nudges (project_id, sender_id, message, created_at)
values ('30000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002', 'Hei!', '2026-06-03 07:00+03');
select is(public.queue_mail('2026-06-03 07:01+03'), 1, 'a nudge is mailed at once, even to a daily reader before 09:00');

-- The worker's cycle -------------------------------------------------------------------------------------
delete from public.mail_outbox where id not in (select id from public.mail_outbox order by created_at limit 2);
create temporary table c1 on commit drop as select * from public.claim_mail('2026-06-10 10:00+00', 10, 60);
select is((select count(*)::integer from c1), 2, 'a worker claims both due mails');
select is((select count(*)::integer from public.claim_mail('2026-06-10 10:00:30+00', 10, 60)), 0, 'within the lease nobody else claims them');
select ok(not public.mark_mail_sent((select id from c1 order by id limit 1), gen_random_uuid(), '2026-06-10 10:00:01+00', '250 OK'), 'marking needs the claim''s token');
select ok(public.mark_mail_sent((select id from c1 order by id limit 1), (select claim_token from c1 order by id limit 1), '2026-06-10 10:00:01+00', '250 OK'), 'the first is sent');
-- The worker dies holding the second; after the lease it is claimed again, with a new token.
create temporary table c2 on commit drop as select * from public.claim_mail('2026-06-10 10:01:01+00', 10, 60);
select results_eq($$ select id, attempts from c2 $$, $$ select id, 2 from c1 order by id offset 1 $$, 'after the lease expires the unsent mail (only) is claimed again');
select ok(not public.mark_mail_sent((select id from c1 order by id offset 1), (select claim_token from c1 order by id offset 1), '2026-06-10 10:01:02+00'), 'the dead worker''s token no longer counts');
select ok(public.mark_mail_failed((select id from c2), (select claim_token from c2), '2026-06-10 10:01:02+00', '421 try later'), 'a failure is recorded');
select results_eq($$ select last_error, send_after, failed_at from public.mail_outbox where id = (select id from c2) $$,
  $$ values ('421 try later'::text, '2026-06-10 10:05:02+00'::timestamptz, null::timestamptz) $$, 'and backs off: the second attempt''s retry waits 4 minutes');
create temporary table c3 on commit drop as select * from public.claim_mail('2026-06-10 10:05:02+00', 10, 60);
select ok(public.mark_mail_failed((select id from c3), (select claim_token from c3), '2026-06-10 10:05:03+00', '550 no such user', true), 'a permanent failure');
select is((select failed_at from public.mail_outbox where id = (select id from c3)), '2026-06-10 10:05:03+00'::timestamptz, 'is failed for good, and kept');

-- Who reads the outbox --------------------------------------------------------------------------------------
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
select is_empty($$ select 1 from public.mail_outbox $$, 'a director does not read the outbox');
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000001", "role": "authenticated"}';
select is((select count(*)::integer from public.mail_outbox where failed_at is not null), 1, 'an admin sees the failed mail');

select * from finish();
rollback;
