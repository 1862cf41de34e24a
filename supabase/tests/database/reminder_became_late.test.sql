-- "Became late" (followed_became_late, portfolio_late) is said once per spell of lateness,
-- travelling in time: completing the oldest of two overdue tasks does not make the project
-- "become late" again; a project that was on schedule for a whole day in between does; a manual
-- "late" counts from the day it was set, not from the project's last edit.
create extension if not exists pgtap with schema extensions;

begin;
select plan(9);
set local timezone = 'UTC';

-- R: published, followed by staff@ (a…06) since 1.5.2026; tasks A due Monday 1.6. and B due
-- Wednesday 3.6., both open. The director (a…02) hears of it in the digest.
insert into public.projects (id, programme_id, growth_area_id, slug, name, stage, published, created_at, updated_at) values
  ('30000000-0000-4000-8000-0000000000f1', '10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000005',
   'myohassa-r', 'Myöhässä R', 'implementation', true, '2026-01-01 10:00+02', '2026-05-01 10:00+03');
insert into public.tasks (id, project_id, title, due_on, state, created_at, updated_at) values
  ('40000000-0000-4000-8000-0000000000f1', '30000000-0000-4000-8000-0000000000f1', 'Tehtävä A', '2026-06-01',
   'not_started', '2026-04-01 10:00+03', '2026-04-01 10:00+03'),
  ('40000000-0000-4000-8000-0000000000f2', '30000000-0000-4000-8000-0000000000f1', 'Tehtävä B', '2026-06-03',
   'not_started', '2026-04-01 10:00+03', '2026-04-01 10:00+03');
insert into public.follows (user_id, project_id, created_at) values
  ('a0000000-0000-4000-8000-000000000006', '30000000-0000-4000-8000-0000000000f1', '2026-05-01 00:00+03');

create function pg_temp.said(p_at text, p_rule text, p_subject text) returns text language sql as $$
  select string_agg(right(d.recipient_id::text, 2) || ' ' || d.occurrence, ', ' order by d.recipient_id, d.occurrence)
  from private.due_notifications(p_at::timestamptz) d
  where d.rule = p_rule and d.subject_id = p_subject::uuid
$$;
create function pg_temp.recorded(p_subject text) returns text language sql as $$
  select string_agg(n.rule || ' ' || right(n.recipient_id::text, 2) || ' ' || n.occurrence, ', '
    order by n.rule, n.recipient_id, n.occurrence)
  from public.notifications n
  where n.subject_id = p_subject::uuid and n.rule in ('followed_became_late', 'portfolio_late')
$$;

select is(pg_temp.said('2026-06-05 09:00+03', 'followed_became_late', '30000000-0000-4000-8000-0000000000f1'),
  '06 late:2026-06-02', 'R became late on 2.6., the day after A''s deadline: the follower hears it');
select cmp_ok(public.record_notifications('2026-06-05 09:00+03'), '>', 0, 'recorded on 5.6.');

-- A is completed on 6.6.; B (due 3.6.) is still overdue, so R has been late all along.
update public.tasks set state = 'done', completed_on = '2026-06-06', updated_at = '2026-06-06 12:00+03'
where id = '40000000-0000-4000-8000-0000000000f1';
select is(pg_temp.said('2026-06-07 09:00+03', 'followed_became_late', '30000000-0000-4000-8000-0000000000f1'),
  '06 late:2026-06-02', 'A done while B is overdue: still the spell that began on 2.6.');
select is(pg_temp.said('2026-06-07 09:00+03', 'portfolio_late', '30000000-0000-4000-8000-0000000000f1'),
  '02 late:2026-06-02', 'and the same for the director''s digest');
select lives_ok($$ select public.record_notifications('2026-06-07 09:00+03') $$, 'recording on 7.6.');
select is(pg_temp.recorded('30000000-0000-4000-8000-0000000000f1'),
  'followed_became_late 06 late:2026-06-02, portfolio_late 02 late:2026-06-02',
  'R became late once: one notification each, however often the rules run');

-- B is completed on 8.6.: R is on schedule on 9.6.; C, due 9.6., makes it late again on 10.6.
update public.tasks set state = 'done', completed_on = '2026-06-08', updated_at = '2026-06-08 12:00+03'
where id = '40000000-0000-4000-8000-0000000000f2';
insert into public.tasks (id, project_id, title, due_on, state, created_at, updated_at) values
  ('40000000-0000-4000-8000-0000000000f3', '30000000-0000-4000-8000-0000000000f1', 'Tehtävä C', '2026-06-09',
   'not_started', '2026-06-08 12:00+03', '2026-06-08 12:00+03');
select is(pg_temp.said('2026-06-11 09:00+03', 'followed_became_late', '30000000-0000-4000-8000-0000000000f1'),
  '06 late:2026-06-10', 'on schedule for a whole day (9.6.), then late again: that is news');

-- S: created as manually "late" on 1.6. (no later change of its status); a task added on 3.6.
insert into public.projects (id, programme_id, growth_area_id, slug, name, stage, published, schedule_status, schedule_note, created_at, updated_at) values
  ('30000000-0000-4000-8000-0000000000f2', '10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000005',
   'myohassa-s', 'Myöhässä S', 'implementation', true, 'late', 'Rahoitus viivästyi', '2026-06-01 10:00+03', '2026-06-01 10:00+03');
update public.audit_log set occurred_at = '2026-06-01 10:00+03'
where table_name = 'projects' and row_id = '30000000-0000-4000-8000-0000000000f2';
select is(pg_temp.said('2026-06-02 09:00+03', 'portfolio_late', '30000000-0000-4000-8000-0000000000f2'),
  '02 late:2026-06-01', 'a project created as "late" is late from its creation');
insert into public.tasks (project_id, title, state, created_at, updated_at) values
  ('30000000-0000-4000-8000-0000000000f2', 'Uusi tehtävä', 'not_started', '2026-06-03 10:00+03', '2026-06-03 10:00+03');
select is(pg_temp.said('2026-06-04 09:00+03', 'portfolio_late', '30000000-0000-4000-8000-0000000000f2'),
  '02 late:2026-06-01', 'an edit does not move the day it became late');

select * from finish();
rollback;
