-- Review mode: review_changes reads the audit trail as "what changed since …" — stage and
-- schedule status changes, tasks completed, added, started and rescheduled (old → new
-- deadline), projects created and published — with who, when, the project and its growth
-- area. Only directors and admins see it; the previous review date is each user's own.
create extension if not exists pgtap with schema extensions;

begin;
select plan(22);

-- The seeded history -----------------------------------------------------------------------
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
select results_eq(
  $$ select kind, project_slug, actor_name, task_title, old_value, new_value from public.review_changes
     where occurred_at >= '2026-11-15' order by occurred_at, kind $$,
  $$ values
    ('task_rescheduled', 'kiertotalot', 'Ronny Rantamäki', 'Rakennusosien uudelleenkäytön kriteerit', '2026-11-30', '2026-12-18'),
    ('task_started', 'kiertotalot', 'Ronny Rantamäki', 'Rakennusosien uudelleenkäytön kriteerit', 'not_started', 'in_progress'),
    ('task_started', 'meriklusterin-tiekartta', 'Demo Ohjelmajohtaja', 'Tiekarttaluonnos kommenteille', 'not_started', 'in_progress'),
    ('task_started', 'elinvoimaohjelman-seurantamalli', 'Demo Ohjelmajohtaja', 'Kasvualueiden tilannekatsaus', 'not_started', 'in_progress') $$,
  'since 15.11.2026 the director sees four changes; one audit row can be two changes (rescheduled and started)'
);
select results_eq(
  $$ select kind, project_slug, growth_area_name from public.review_changes
     where occurred_at >= '2026-11-01' and occurred_at < '2026-11-15' $$,
  $$ values ('project_created', 'kansainvalisten-osaajien-palvelupolku', null::text) $$,
  'a project created on 10.11.2026, in the "other projects" portfolio'
);

-- A lead works on their projects ----------------------------------------------------------
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000003", "role": "authenticated"}';
update public.tasks set state = 'done', completed_on = '2026-11-22' where id = '40000000-0000-4000-8000-000000000104';
update public.tasks set due_on = '2027-04-30' where id = '40000000-0000-4000-8000-000000000105';
insert into public.tasks (id, project_id, title, due_on)
values ('40000000-0000-4000-8000-0000000001aa', '30000000-0000-4000-8000-000000000001', 'Purkukohteiden valinta', '2027-02-15');
update public.projects set stage = 'implementation', schedule_status = 'late', schedule_note = 'Yritysten haastattelut venyvät'
where id = '30000000-0000-4000-8000-000000000002';
update public.tasks set title = 'Yhteistyösopimukset rakennusliikkeiden kanssa (luonnos)' where id = '40000000-0000-4000-8000-000000000203';

select is_empty($$ select 1 from public.review_changes $$, 'the lead reads nothing from review mode');
select is(private.actor_name('a0000000-0000-4000-8000-000000000002'), null, 'nor can a lead look up who an account is');

-- The director reviews ---------------------------------------------------------------------
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
select results_eq(
  $$ select kind, project_slug, growth_area_name, actor_name, task_title, old_value, new_value, note
     from public.review_changes where occurred_at >= now() order by audit_id, kind $$,
  $$ values
    ('task_completed', 'kiertotalot', 'Rakentamisen kiertotalous', 'Ronny Rantamäki', 'Pilottikohteen valinta', 'not_started', '2026-11-22', null::text),
    ('task_rescheduled', 'kiertotalot', 'Rakentamisen kiertotalous', 'Ronny Rantamäki', 'Väliraportti ohjausryhmälle', '2027-03-31', '2027-04-30', null),
    ('task_added', 'kiertotalot', 'Rakentamisen kiertotalous', 'Ronny Rantamäki', 'Purkukohteiden valinta', null, '2027-02-15', null),
    ('schedule_status_changed', 'rakentamisen-kiertotalouden-kokeiluymparistot', 'Rakentamisen kiertotalous', 'Ronny Rantamäki', null, null, 'late', 'Yritysten haastattelut venyvät'),
    ('stage_changed', 'rakentamisen-kiertotalouden-kokeiluymparistot', 'Rakentamisen kiertotalous', 'Ronny Rantamäki', null, 'planning', 'implementation', null) $$,
  'the director sees what the lead did, with who, the project and its growth area; a retitled task is not a review item'
);
select results_eq(
  $$ select distinct occurred_at, actor_id from public.review_changes where occurred_at >= now() $$,
  $$ values (now(), 'a0000000-0000-4000-8000-000000000003'::uuid) $$,
  'each change says when and which account'
);

-- The director creates and publishes a project ----------------------------------------------
insert into public.projects (id, programme_id, growth_area_id, slug, name, starts_on, ends_on)
values ('30000000-0000-4000-8000-0000000000c1', '10000000-0000-4000-8000-000000000001',
        '20000000-0000-4000-8000-000000000004', 'satamien-datatalous', 'Satamien datatalous', '2027-01-01', '2028-12-31');
update public.projects set published = true where id = '30000000-0000-4000-8000-0000000000c1';
select results_eq(
  $$ select kind, project_slug, growth_area_name, actor_name from public.review_changes
     where project_id = '30000000-0000-4000-8000-0000000000c1' order by audit_id $$,
  $$ values ('project_created', 'satamien-datatalous', 'Meriklusteri', 'Demo Ohjelmajohtaja'),
            ('project_published', 'satamien-datatalous', 'Meriklusteri', 'Demo Ohjelmajohtaja') $$,
  'project created and published, by the director (named from the account, who is not in the people directory)'
);
update public.projects set published = false where id = '30000000-0000-4000-8000-0000000000c1';
select is(
  (select count(*)::integer from public.review_changes where project_id = '30000000-0000-4000-8000-0000000000c1'),
  2,
  'unpublishing is not a "published" change'
);
delete from public.projects where id = '30000000-0000-4000-8000-0000000000c1';
select results_eq(
  $$ select project_slug, project_name from public.review_changes
     where project_id = '30000000-0000-4000-8000-0000000000c1' and kind = 'project_created' $$,
  $$ values ('satamien-datatalous', 'Satamien datatalous') $$,
  'a deleted project''s history keeps its name'
);

-- Per growth area and project ------------------------------------------------------------
select results_eq(
  $$ select project_slug, count(*)::integer from public.review_changes
     where occurred_at >= now() and growth_area_id = '20000000-0000-4000-8000-000000000003'
     group by 1 order by 1 $$,
  $$ values ('kiertotalot', 3), ('rakentamisen-kiertotalouden-kokeiluymparistot', 2) $$,
  'grouped per growth area and project'
);
select results_eq(
  $$ select kind from public.review_changes where project_id = '30000000-0000-4000-8000-000000000001'
     order by occurred_at desc, audit_id desc, kind limit 4 $$,
  $$ values ('task_added'), ('task_rescheduled'), ('task_completed'), ('task_rescheduled') $$,
  'a project''s history, newest first'
);

-- Who may read review mode ------------------------------------------------------------------
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000001", "role": "authenticated"}';
select is((select count(*)::integer from public.review_changes where occurred_at >= now()), 7, 'an admin sees the same seven changes');
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000004", "role": "authenticated"}';
select is_empty($$ select 1 from public.review_changes $$, 'a viewer sees nothing');
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000006", "role": "authenticated"}';
select is_empty($$ select 1 from public.review_changes $$, 'a signed-in user without a role sees nothing');
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000005", "role": "authenticated"}';
select is_empty($$ select 1 from public.review_changes $$, 'another lead sees nothing');
reset role;
set local role anon;
set local request.jwt.claims to '{"role": "anon"}';
select throws_ok($$ select 1 from public.review_changes $$, '42501', null, 'anonymous visitors are refused outright');
reset role;
select ok(
  not has_table_privilege('anon', 'public.review_changes', 'select')
  and not has_table_privilege('authenticated', 'public.review_changes', 'insert')
  and not has_table_privilege('authenticated', 'public.review_changes', 'update')
  and not has_table_privilege('authenticated', 'public.review_changes', 'delete'),
  'review mode is read-only and closed to anon'
);
select ok(
  not has_function_privilege('anon', 'private.actor_name(uuid)', 'execute')
  and not has_function_privilege('public', 'private.actor_name(uuid)', 'execute'),
  'anon cannot call the name lookup'
);

-- The previous review date ---------------------------------------------------------------
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
insert into public.user_settings (user_id, last_reviewed_at)
values ('a0000000-0000-4000-8000-000000000002', '2026-11-15 09:00+02')
on conflict (user_id) do update set last_reviewed_at = excluded.last_reviewed_at;
select results_eq(
  $$ select count(*)::integer from public.review_changes
     where occurred_at >= (select last_reviewed_at from public.user_settings where user_id = 'a0000000-0000-4000-8000-000000000002')
       and occurred_at < now() $$,
  $$ values (4) $$,
  'the director''s previous review (15.11.2026) is the default "since": four changes from the seed'
);
update public.user_settings set last_reviewed_at = now() where user_id = 'a0000000-0000-4000-8000-000000000002';
select is(
  (select last_reviewed_at from public.user_settings where user_id = 'a0000000-0000-4000-8000-000000000002'),
  now(),
  'marking the review done remembers it'
);
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000001", "role": "authenticated"}';
select is_empty($$ select 1 from public.user_settings where user_id = 'a0000000-0000-4000-8000-000000000002' $$,
  'nobody else sees another''s review date, not even an admin');
update public.user_settings set last_reviewed_at = null where user_id = 'a0000000-0000-4000-8000-000000000002';
reset role;
select isnt(
  (select last_reviewed_at from public.user_settings where user_id = 'a0000000-0000-4000-8000-000000000002'),
  null,
  'nor changes it'
);

select * from finish();
rollback;
