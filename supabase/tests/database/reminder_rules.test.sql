-- The reminder rules (private.due_notifications), travelling in time: each rule at its
-- boundaries (day 0, 1, 7, 37 …, deadlines on a weekend and at a month end, Helsinki midnight),
-- who hears what, and that recording twice says nothing twice.
create extension if not exists pgtap with schema extensions;

begin;
select plan(44);
set local timezone = 'UTC';

-- P: published, led by lead2@ (a…05); T1 is assigned to Ronny Rantamäki, who has an account
-- (lead@, a…03), due Sunday 31.5.2026 (a month end). Q: a draft, led by lead2@; T2 has no
-- assignee and is due Saturday 28.2.2026 (a month end).
insert into public.projects (id, programme_id, growth_area_id, slug, name, stage, published, created_at, updated_at) values
  ('30000000-0000-4000-8000-0000000000e1', '10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000005',
   'muistutus-p', 'Muistutushanke P', 'implementation', true, '2026-01-01 10:00+02', '2026-05-01 10:00+03'),
  ('30000000-0000-4000-8000-0000000000e2', '10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000005',
   'muistutus-q', 'Muistutushanke Q', 'planning', false, '2026-01-01 10:00+02', '2026-05-01 10:00+03');
insert into public.project_members (project_id, user_id, role) values
  ('30000000-0000-4000-8000-0000000000e1', 'a0000000-0000-4000-8000-000000000005', 'lead'),
  ('30000000-0000-4000-8000-0000000000e2', 'a0000000-0000-4000-8000-000000000005', 'lead');
insert into public.tasks (id, project_id, title, due_on, assignee_person_id, is_milestone, state, completed_on, created_at, updated_at) values
  ('40000000-0000-4000-8000-0000000000e1', '30000000-0000-4000-8000-0000000000e1', 'Kevään raportti', '2026-05-31',
   '50000000-0000-4000-8000-000000000004', false, 'not_started', null, '2026-04-01 10:00+03', '2026-04-01 10:00+03'),
  ('40000000-0000-4000-8000-0000000000e2', '30000000-0000-4000-8000-0000000000e2', 'Helmikuun selvitys', '2026-02-28',
   null, false, 'not_started', null, '2026-01-10 10:00+02', '2026-01-10 10:00+02'),
  ('40000000-0000-4000-8000-0000000000e3', '30000000-0000-4000-8000-0000000000e1', 'Valmis jo', '2026-05-31',
   '50000000-0000-4000-8000-000000000004', false, 'done', '2026-04-02', '2026-04-02 10:00+03', '2026-04-02 10:00+03');

-- What a rule says about one subject at a moment: "recipient-suffix occurrence", sorted.
create function pg_temp.said(p_at text, p_rule text, p_subject text) returns text language sql as $$
  select string_agg(right(d.recipient_id::text, 2) || ' ' || d.occurrence, ', ' order by d.recipient_id, d.occurrence)
  from private.due_notifications(p_at::timestamptz) d
  where d.rule = p_rule and d.subject_id = p_subject::uuid
$$;

-- task due soon (T1, Sunday 31.5.) ----------------------------------------------------------------
select is(pg_temp.said('2026-04-30 09:00+03', 'task_due_soon', '40000000-0000-4000-8000-0000000000e1'), null, '31 days before: nothing');
select is(pg_temp.said('2026-05-01 09:00+03', 'task_due_soon', '40000000-0000-4000-8000-0000000000e1'), '03 2026-05-31/30', '30 days before: the 30-day reminder, to the assignee''s account');
select is(pg_temp.said('2026-05-23 09:00+03', 'task_due_soon', '40000000-0000-4000-8000-0000000000e1'), '03 2026-05-31/30', '8 days before: still the 30-day occurrence (nothing new)');
select is(pg_temp.said('2026-05-24 09:00+03', 'task_due_soon', '40000000-0000-4000-8000-0000000000e1'), '03 2026-05-31/7', '7 days before: the 7-day reminder');
select is(pg_temp.said('2026-05-30 09:00+03', 'task_due_soon', '40000000-0000-4000-8000-0000000000e1'), '03 2026-05-31/1', 'a Sunday deadline: the 1-day reminder comes on Saturday');
select is(pg_temp.said('2026-05-31 09:00+03', 'task_due_soon', '40000000-0000-4000-8000-0000000000e1'), '03 2026-05-31/1', 'day 0 (the deadline itself): still the 1-day occurrence');
select is(pg_temp.said('2026-05-31 23:59+03', 'task_late', '40000000-0000-4000-8000-0000000000e1'), null, 'day 0: not late, up to Helsinki midnight');
select is(pg_temp.said('2026-05-31 21:00+00', 'task_late', '40000000-0000-4000-8000-0000000000e1'), '03 2026-05-31/1', 'day 1 begins at midnight in Helsinki (21:00 UTC in summer)');
select is(pg_temp.said('2026-05-31 21:00+00', 'task_due_soon', '40000000-0000-4000-8000-0000000000e1'), null, 'a late task is no longer "due soon"');
select is(pg_temp.said('2026-06-06 09:00+03', 'task_late', '40000000-0000-4000-8000-0000000000e1'), '03 2026-05-31/1', 'day 6: still the day-1 occurrence');
select is(pg_temp.said('2026-06-07 09:00+03', 'task_late', '40000000-0000-4000-8000-0000000000e1'), '03 2026-05-31/7', 'day 7: the second late reminder');
select is(pg_temp.said('2026-07-06 09:00+03', 'task_late', '40000000-0000-4000-8000-0000000000e1'), '03 2026-05-31/7', 'day 36: nothing new');
select is(pg_temp.said('2026-07-07 09:00+03', 'task_late', '40000000-0000-4000-8000-0000000000e1'), '03 2026-05-31/37', 'day 37: the monthly repeat begins');
select is(pg_temp.said('2026-08-06 09:00+03', 'task_late', '40000000-0000-4000-8000-0000000000e1'), '03 2026-05-31/67', 'day 67: and every 30 days after');
select is(pg_temp.said('2026-06-07 09:00+03', 'task_late', '40000000-0000-4000-8000-0000000000e3'), null, 'a done task is never reminded of');

-- task late without an account (T2, Saturday 28.2., a draft project) ---------------------------------
select is(pg_temp.said('2026-02-28 09:00+02', 'task_late', '40000000-0000-4000-8000-0000000000e2'), null, 'a Saturday month-end deadline: not late on the day');
select is(pg_temp.said('2026-03-01 09:00+02', 'task_late', '40000000-0000-4000-8000-0000000000e2'), '05 2026-02-28/1', 'day 1 (1.3.): to the project''s lead, as the task has no assignee with an account');
select is(pg_temp.said('2026-02-27 09:00+02', 'task_due_soon', '40000000-0000-4000-8000-0000000000e2'), '05 2026-02-28/1', 'drafts are reminded too, the day before');

-- the settings are per programme ----------------------------------------------------------------------
update public.reminder_settings set due_soon_days = '{14,3}', late_first_days = 2, late_second_days = 10, late_repeat_days = 20
where programme_id = '10000000-0000-4000-8000-000000000001';
select is(pg_temp.said('2026-05-17 09:00+03', 'task_due_soon', '40000000-0000-4000-8000-0000000000e1'), '03 2026-05-31/14', 'programme setting: a 14-day reminder');
select is(pg_temp.said('2026-06-01 09:00+03', 'task_late', '40000000-0000-4000-8000-0000000000e1'), null, 'programme setting: not on day 1 when the first step is day 2');
select is(pg_temp.said('2026-06-20 09:00+03', 'task_late', '40000000-0000-4000-8000-0000000000e1'), '03 2026-05-31/10', 'programme setting: day 20 is still step 10 (next: 30)');
update public.reminder_settings set due_soon_days = default, late_first_days = default, late_second_days = default, late_repeat_days = default
where programme_id = '10000000-0000-4000-8000-000000000001';
select results_eq(
  $$ select due_soon_days, late_first_days, late_second_days, late_repeat_days, not_updated_days, not_updated_repeat_days, status_update_cadence
     from public.reminder_settings where programme_id = '10000000-0000-4000-8000-000000000003' $$,
  $$ values ('{30,7,1}'::integer[], 1, 7, 30, 30, 30, 'monthly') $$,
  'every programme has the defaults: 30/7/1, day 1, day 7, every 30; not updated 30 + 30; monthly updates');

-- project not updated (last activity 1.5.2026) ----------------------------------------------------------
select is(pg_temp.said('2026-05-30 09:00+03', 'project_not_updated', '30000000-0000-4000-8000-0000000000e1'), null, '29 days: nothing');
select is(pg_temp.said('2026-05-31 09:00+03', 'project_not_updated', '30000000-0000-4000-8000-0000000000e1'), '05 2026-05-01/30', '30 days: the leads are reminded');
select is(pg_temp.said('2026-06-29 09:00+03', 'project_not_updated', '30000000-0000-4000-8000-0000000000e1'), '05 2026-05-01/30', '59 days: nothing new');
select is(pg_temp.said('2026-06-30 09:00+03', 'project_not_updated', '30000000-0000-4000-8000-0000000000e1'), '05 2026-05-01/60', '60 days: again');

-- status update due (monthly; created 1.1.2026, an update on 15.4.) ------------------------------------
select is(pg_temp.said('2026-01-31 09:00+02', 'status_update_due', '30000000-0000-4000-8000-0000000000e1'), null, 'a new project: no update due within its first month');
select is(pg_temp.said('2026-02-01 09:00+02', 'status_update_due', '30000000-0000-4000-8000-0000000000e1'), '05 2026-01-01/1', 'a month after creation without an update: due');
insert into public.status_updates (project_id, happened, next_steps, created_at)
values ('30000000-0000-4000-8000-0000000000e1', 'Kevään työpajat pidetty', 'Raportti', '2026-04-15 12:00+03');
select is(pg_temp.said('2026-05-14 09:00+03', 'status_update_due', '30000000-0000-4000-8000-0000000000e1'), null, 'less than a month since the last update: nothing');
select is(pg_temp.said('2026-05-15 09:00+03', 'status_update_due', '30000000-0000-4000-8000-0000000000e1'), '05 2026-04-15/1', 'a month after the last update: due');
select is(pg_temp.said('2026-06-15 09:00+03', 'status_update_due', '30000000-0000-4000-8000-0000000000e1'), '05 2026-04-15/2', 'and again a month later');

-- director's digest: became late, stale ----------------------------------------------------------------
select is(pg_temp.said('2026-06-01 09:00+03', 'portfolio_late', '30000000-0000-4000-8000-0000000000e1'), '02 late:2026-06-01', 'P became late on 1.6. (T1 overdue): to the director');
select is(pg_temp.said('2026-06-16 09:00+03', 'portfolio_late', '30000000-0000-4000-8000-0000000000e1'), null, 'fifteen days on it is no longer news');
select is(pg_temp.said('2026-10-27 09:00+03', 'portfolio_stale', '30000000-0000-4000-8000-0000000000e1'), null, '179 days without an update: not stale yet');
select is(pg_temp.said('2026-10-28 09:00+03', 'portfolio_stale', '30000000-0000-4000-8000-0000000000e1'), '02 since:2026-05-01', '180 days: stale, in the director''s digest');

-- idempotence --------------------------------------------------------------------------------------------
select cmp_ok(public.record_notifications('2026-06-07 09:00+03'), '>', 0, 'recording what is due adds notifications');
select is(public.record_notifications('2026-06-07 09:00+03'), 0, 'recording again at the same moment adds nothing');
select is(
  (select count(*)::integer from private.due_notifications('2026-06-08 09:00+03') d
   where not exists (select 1 from public.notifications n where n.recipient_id = d.recipient_id and n.rule = d.rule
                     and n.subject_id = d.subject_id and n.occurrence = d.occurrence)
     and d.subject_id in ('40000000-0000-4000-8000-0000000000e1', '30000000-0000-4000-8000-0000000000e1')),
  0, 'the next day brings nothing new about P or T1');
select results_eq(
  $$ select rule, occurrence from public.notifications where task_id = '40000000-0000-4000-8000-0000000000e1' order by rule $$,
  $$ values ('task_late', '2026-05-31/7') $$,
  'T1: one notification, the day-7 one');

-- followed changes ----------------------------------------------------------------------------------------
-- staff@ (a…06) follows P and the growth area; lead2@ (a…05) follows P; the director follows the area.
insert into public.follows (user_id, project_id, created_at) values
  ('a0000000-0000-4000-8000-000000000006', '30000000-0000-4000-8000-0000000000e1', '2026-05-01 00:00+03'),
  ('a0000000-0000-4000-8000-000000000005', '30000000-0000-4000-8000-0000000000e1', '2026-05-01 00:00+03');
insert into public.follows (user_id, growth_area_id, created_at) values
  ('a0000000-0000-4000-8000-000000000006', '20000000-0000-4000-8000-000000000005', '2026-05-01 00:00+03'),
  ('a0000000-0000-4000-8000-000000000002', '20000000-0000-4000-8000-000000000005', '2026-05-01 00:00+03');
select is(pg_temp.said('2026-06-01 09:00+03', 'followed_became_late', '30000000-0000-4000-8000-0000000000e1'),
  '02 late:2026-06-01, 05 late:2026-06-01, 06 late:2026-06-01', 'P became late: its followers and the area''s hear it, once each');

-- lead2@ moves both projects to the next stage on 10.6.
update public.projects set stage = 'completed' where id in ('30000000-0000-4000-8000-0000000000e1', '30000000-0000-4000-8000-0000000000e2');
update public.audit_log set occurred_at = '2026-06-10 12:00+03', actor_id = 'a0000000-0000-4000-8000-000000000005'
where table_name = 'projects' and row_id in ('30000000-0000-4000-8000-0000000000e1', '30000000-0000-4000-8000-0000000000e2')
  and operation = 'UPDATE';
select matches(pg_temp.said('2026-06-10 13:00+03', 'followed_stage_changed', '30000000-0000-4000-8000-0000000000e1'),
  '^02 audit:\d+, 06 audit:\d+$', 'a stage change of P: the followers hear it, except the lead who made it');
select is(pg_temp.said('2026-06-10 13:00+03', 'followed_stage_changed', '30000000-0000-4000-8000-0000000000e2'),
  (select '02 audit:' || max(id) from public.audit_log where row_id = '30000000-0000-4000-8000-0000000000e2' and operation = 'UPDATE'),
  'the draft Q: only the director, not staff@ who follows the area but cannot read the draft');
select is(pg_temp.said('2026-06-10 11:00+03', 'followed_stage_changed', '30000000-0000-4000-8000-0000000000e1'), null, 'before the change: nothing');
select is(pg_temp.said('2026-06-10 13:00+03', 'task_late', '40000000-0000-4000-8000-0000000000e1'), null, 'a completed project''s tasks are no longer reminded of');

select * from finish();
rollback;
