-- The dashboard_perf migration: project_overview aggregates the tasks once per query (GROUP BY)
-- and dashboard_summary counts overdue and upcoming tasks from it instead of listing them all;
-- both must give what dashboard_deadlines gives, for every role, filtered or not. And the new
-- column project_overview.updated_by_name: the display name of whoever last edited the project,
-- for everyone who can read the project (anonymous visitors too), never e-mail.
-- Dates frozen at 22.11.2026.
create extension if not exists pgtap with schema extensions;

begin;
select plan(26);

set local salkku.today = '2026-11-22';

-- Fixtures, as the owner ------------------------------------------------------------------------
-- The viewer account gets a person who appears on no public page (so people's RLS hides them
-- from anonymous visitors), and edits the published Kiertotalot. The lead edits the draft
-- Hyvinvointidatan yhteiskehittämö. touch_row sets updated_by from the JWT's sub.
insert into public.people (id, full_name, email, user_id) values
  ('50000000-0000-4000-8000-0000000000bb', 'Veera Katselija', 'veera.katselija@hel.example',
   'a0000000-0000-4000-8000-000000000004');
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000004", "role": "authenticated"}';
update public.projects set summary = summary where slug = 'kiertotalot';
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000003", "role": "authenticated"}';
update public.projects set summary = summary where slug = 'hyvinvointidatan-yhteiskehittamo';
-- The director's account has no person: the name is unknown.
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
update public.projects set summary = summary where slug = 'meriklusterin-tiekartta';
reset request.jwt.claims;

-- The definition ------------------------------------------------------------------------------
select is(
  (select reloptions from pg_class where oid = 'public.project_overview'::regclass),
  array['security_invoker=true'],
  'project_overview stays a security_invoker view'
);
select ok(
  (select prosecdef and proconfig = array['search_path=""'] from pg_proc
    where oid = 'private.account_names()'::regprocedure),
  'private.account_names() is security definer with an empty search_path'
);
select is(
  pg_get_function_result('private.account_names()'::regprocedure),
  'TABLE(user_id uuid, full_name text)',
  'and returns account and name only, never e-mail'
);
select ok(
  not has_function_privilege('public', 'private.account_names()', 'execute')
  and has_function_privilege('anon', 'private.account_names()', 'execute'),
  'it is granted to the API roles by name, not to public'
);
select is(
  (select data_type from information_schema.columns
    where table_schema = 'public' and table_name = 'project_overview' and column_name = 'updated_by_name'),
  'text',
  'project_overview has updated_by_name'
);

-- Anonymous reads of people: the per-row check gives the same people as the set it replaces,
-- including after a draft gets an assignee and a published project a new contact.
insert into public.tasks (project_id, title, assignee_person_id) values
  ('30000000-0000-4000-8000-000000000006', 'Luonnoksen tehtävä', '50000000-0000-4000-8000-0000000000bb');
select is(
  (select count(*)::integer from public.people
    where private.is_public_person(id) is distinct from (id in (select private.public_person_ids()))),
  0,
  'private.is_public_person(id) agrees with private.public_person_ids() for every person'
);
select is(
  (select pg_get_expr(polqual, polrelid) from pg_policy
    where polrelid = 'public.people'::regclass and polname = 'Anyone can read people shown on public pages'),
  'private.is_public_person(id)',
  'the anonymous people policy asks per person'
);
insert into public.project_contacts (project_id, person_id) values
  ('30000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-0000000000bb');
select is(
  (select count(*)::integer from public.people
    where private.is_public_person(id) is distinct from (id in (select private.public_person_ids()))),
  0,
  'and still agrees once that person is a contact of a published project'
);
delete from public.project_contacts
  where project_id = '30000000-0000-4000-8000-000000000002' and person_id = '50000000-0000-4000-8000-0000000000bb';

-- The director --------------------------------------------------------------------------------
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';

select results_eq(
  $$ select slug, updated_by_name from public.project_overview
     where slug in ('kiertotalot', 'hyvinvointidatan-yhteiskehittamo', 'meriklusterin-tiekartta')
     order by slug $$,
  $$ values ('hyvinvointidatan-yhteiskehittamo', 'Ronny Rantamäki'),
            ('kiertotalot', 'Veera Katselija'),
            ('meriklusterin-tiekartta', null::text) $$,
  'the director sees who last edited each project; null when the account has no person'
);
select is(
  (select updated_by_name from public.project_overview where slug = 'arabian-kiertotaloushubi'),
  'Mikko Lehtinen',
  'a seeded edit by lead2 carries the lead''s name'
);
select results_eq(
  $$ select sum(overdue_task_count)::integer, sum(upcoming_task_count)::integer
     from public.project_overview where stage <> 'completed' $$,
  $$ select (count(*) filter (where is_overdue))::integer, (count(*) filter (where not is_overdue))::integer
     from public.dashboard_deadlines $$,
  'per-project overdue and upcoming counts add up to dashboard_deadlines'
);
select results_eq(
  $$ select (s -> 'headline' ->> 'overdue_tasks')::integer, (s -> 'headline' ->> 'upcoming_tasks')::integer
     from public.dashboard_summary() s $$,
  $$ values (4, 4) $$,
  'the summary''s task counts are unchanged for the director'
);
select results_eq(
  $$ select (s -> 'headline' ->> 'overdue_tasks')::integer, (s -> 'headline' ->> 'upcoming_tasks')::integer,
            jsonb_array_length(s -> 'overdue'), jsonb_array_length(s -> 'upcoming')
     from public.dashboard_summary('20000000-0000-4000-8000-000000000003') s $$,
  $$ select (count(*) filter (where is_overdue))::integer, (count(*) filter (where not is_overdue))::integer,
            (count(*) filter (where is_overdue))::integer, (count(*) filter (where not is_overdue))::integer
     from public.dashboard_deadlines where growth_area_id = '20000000-0000-4000-8000-000000000003' $$,
  'filtered by growth area, counts and lists agree with dashboard_deadlines'
);
select results_eq(
  $$ select (s -> 'headline' ->> 'overdue_tasks')::integer, jsonb_array_length(s -> 'overdue')
     from public.dashboard_summary(p_lead_person_id => '50000000-0000-4000-8000-000000000009') s $$,
  $$ select (count(*) filter (where is_overdue))::integer, (count(*) filter (where is_overdue))::integer
     from public.dashboard_deadlines where lead_person_id = '50000000-0000-4000-8000-000000000009' $$,
  'filtered by lead, too'
);
select results_eq(
  $$ select jsonb_array_length(s -> 'overdue'), jsonb_array_length(s -> 'upcoming'), (s -> 'headline' ->> 'overdue_tasks')::integer
     from public.dashboard_summary(p_list_limit => 1) s $$,
  $$ values (1, 1, 4) $$,
  'the lists stop at p_list_limit; the counts do not'
);
select results_eq(
  $$ select d ->> 'title' from jsonb_array_elements(public.dashboard_summary(p_list_limit => 2) -> 'upcoming') d $$,
  $$ values ('Tiekarttaluonnos kommenteille'), ('Toinen sparrauskierros') $$,
  'and keep the earliest deadlines first'
);
select is(
  (select jsonb_object_keys_agg from (
     select jsonb_agg(k order by k) as jsonb_object_keys_agg
     from jsonb_object_keys(public.dashboard_summary() -> 'ending_this_year' -> 0) k) x),
  '["days_since_update", "ends_on", "ends_this_year", "freshness", "growth_area_color", "growth_area_id",
    "growth_area_name", "growth_area_sort_order", "id", "is_stale", "last_activity_at", "lead_name",
    "lead_person_id", "name", "name_en", "name_sv", "published", "schedule_reasons", "schedule_state", "schedule_status_is_manual",
    "slug", "stage", "starts_on"]'::jsonb,
  'project list rows keep their shape (no task counts added; the names in sv/en since #14)'
);

-- Anonymous visitors --------------------------------------------------------------------------
reset role;
set local role anon;
set local request.jwt.claims to '{"role": "anon"}';

select is(
  (select updated_by_name from public.project_overview where slug = 'kiertotalot'),
  'Veera Katselija',
  'anon sees who last edited a published project'
);
select is_empty(
  $$ select 1 from public.people where id = '50000000-0000-4000-8000-0000000000bb' $$,
  'although people''s RLS hides that person from anon'
);
select throws_ok(
  $$ select email from public.people $$,
  '42501', null,
  'and e-mail stays out of reach'
);
select is_empty(
  $$ select updated_by_name from public.project_overview where slug = 'hyvinvointidatan-yhteiskehittamo' $$,
  'anon sees no updated_by_name of a draft (the draft is not there at all)'
);
select results_eq(
  $$ select sum(overdue_task_count)::integer, sum(upcoming_task_count)::integer
     from public.project_overview where stage <> 'completed' $$,
  $$ select (count(*) filter (where is_overdue))::integer, (count(*) filter (where not is_overdue))::integer
     from public.dashboard_deadlines $$,
  'anon: per-project counts add up to dashboard_deadlines'
);
select results_eq(
  $$ select (s -> 'headline' ->> 'overdue_tasks')::integer, (s -> 'headline' ->> 'upcoming_tasks')::integer,
            jsonb_array_length(s -> 'overdue') + jsonb_array_length(s -> 'upcoming')
     from public.dashboard_summary() s $$,
  $$ select (count(*) filter (where is_overdue))::integer, (count(*) filter (where not is_overdue))::integer,
            count(*)::integer
     from public.dashboard_deadlines $$,
  'the public summary counts and lists what dashboard_deadlines shows the public'
);
reset role;

-- A lead: public data plus their own draft ------------------------------------------------------
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000005", "role": "authenticated"}';
select results_eq(
  $$ select sum(overdue_task_count)::integer, sum(upcoming_task_count)::integer
     from public.project_overview where stage <> 'completed' $$,
  $$ select (count(*) filter (where is_overdue))::integer, (count(*) filter (where not is_overdue))::integer
     from public.dashboard_deadlines $$,
  'lead2: per-project counts add up to dashboard_deadlines'
);
select results_eq(
  $$ select (s -> 'headline' ->> 'overdue_tasks')::integer + (s -> 'headline' ->> 'upcoming_tasks')::integer
     from public.dashboard_summary() s $$,
  $$ select count(*)::integer from public.dashboard_deadlines $$,
  'and so does the summary'
);
select is_empty(
  $$ select 1 from public.project_overview where slug = 'hyvinvointidatan-yhteiskehittamo' $$,
  'lead2 does not see another team''s draft, nor who edited it'
);
reset role;

select * from finish();
rollback;
