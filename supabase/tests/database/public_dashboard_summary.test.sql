-- The public dashboard (20260420000000_dashboard_headline_first): anonymous callers of
-- dashboard_summary() get private.public_dashboard_summary(), computed as its owner over the
-- published projects of published programmes instead of under row-level security. It must show
-- exactly what row-level security shows: the same as a signed-in user without a role or a
-- project (staff@salkku.test), who reads the published content through the policies, and
-- figures counted over the published projects only. Edge cases the public must not see are added
-- first: a published project in an unpublished programme, a public project filed under a growth
-- area of an unpublished programme, and follow-ups a funding row names but the public cannot
-- read. Dates frozen at 22.11.2026.
create extension if not exists pgtap with schema extensions;

begin;
select plan(19);

set local salkku.today = '2026-11-22';

-- Hidden things, as the owner ---------------------------------------------------------------------
insert into public.programmes (id, slug, name, starts_on, ends_on, published) values
  ('10000000-0000-4000-8000-0000000000f1', 'piilo-ohjelma', 'Piilo-ohjelma', '2026-01-01', '2027-12-31', false);
insert into public.growth_areas (id, programme_id, slug, name, color, sort_order) values
  ('20000000-0000-4000-8000-0000000000f1', '10000000-0000-4000-8000-0000000000f1', 'piiloalue', 'Piiloalue', '#123456', 9);
-- Published itself, but its programme is not: the public never sees it.
insert into public.projects (id, programme_id, growth_area_id, slug, name, stage, starts_on, ends_on, published) values
  ('30000000-0000-4000-8000-0000000000f1', '10000000-0000-4000-8000-0000000000f1', '20000000-0000-4000-8000-0000000000f1',
   'piilohanke', 'Piilohanke', 'implementation', '2026-01-01', '2026-12-31', true);
insert into public.tasks (project_id, title, due_on, state) values
  ('30000000-0000-4000-8000-0000000000f1', 'Piilotehtävä', '2026-10-01', 'not_started');
insert into public.project_funding (project_id, instrument, state, applied_on) values
  ('30000000-0000-4000-8000-0000000000f1', 'Piilorahoitus', 'applied', '2026-05-01');
-- A public project (Kiertotalot, no growth area) filed under the hidden programme's growth area.
update public.projects set growth_area_id = '20000000-0000-4000-8000-0000000000f1'
  where id = '30000000-0000-4000-8000-000000000004';
-- Funding of that public project naming a follow-up of the draft (the public cannot read the
-- follow-up), and a follow-up of the public project whose follow-up project is the draft.
insert into public.project_follow_ups (id, project_id, follow_up_project_id, name) values
  ('80000000-0000-4000-8000-0000000000f1', '30000000-0000-4000-8000-000000000006', null, 'Luonnoksen jatko'),
  ('80000000-0000-4000-8000-0000000000f2', '30000000-0000-4000-8000-000000000004', '30000000-0000-4000-8000-000000000006', null);
insert into public.project_funding (project_id, follow_up_id, instrument, state, applied_on) values
  ('30000000-0000-4000-8000-000000000004', '80000000-0000-4000-8000-0000000000f1', 'Jatko A', 'applied', '2026-06-01'),
  ('30000000-0000-4000-8000-000000000004', '80000000-0000-4000-8000-0000000000f2', 'Jatko B', 'applied', '2026-06-02');

-- The figures over published projects of published programmes, counted from the tables --------
select set_config('test.public_projects', (
  select count(*)::text from public.projects p join public.programmes g on g.id = p.programme_id
  where p.published and g.published), true);
select set_config('test.public_overdue', (
  select count(*)::text from public.tasks t
  join public.projects p on p.id = t.project_id join public.programmes g on g.id = p.programme_id
  where p.published and g.published and p.stage <> 'completed'
    and t.state in ('not_started', 'in_progress') and t.due_on < date '2026-11-22'), true);
select set_config('test.public_funding', (
  select count(*)::text from public.project_funding f
  join public.projects p on p.id = f.project_id join public.programmes g on g.id = p.programme_id
  where p.published and g.published and f.state = 'applied'), true);

-- What the public gets --------------------------------------------------------------------------
set local role anon;
set local request.jwt.claims to '{"role": "anon"}';
select set_config('test.anon_all', public.dashboard_summary(p_list_limit => 1000)::text, true);
select set_config('test.anon_area', public.dashboard_summary(
  p_growth_area_id => '20000000-0000-4000-8000-000000000003', p_list_limit => 1000)::text, true);
select set_config('test.anon_hidden_area', public.dashboard_summary(
  p_growth_area_id => '20000000-0000-4000-8000-0000000000f1', p_list_limit => 1000)::text, true);
select set_config('test.anon_other', public.dashboard_summary(p_other_projects => true, p_list_limit => 1000)::text, true);
select set_config('test.anon_lead', public.dashboard_summary(
  p_lead_person_id => '50000000-0000-4000-8000-000000000012', p_list_limit => 1000)::text, true);
select set_config('test.anon_figures', public.dashboard_summary(p_list_limit => 0)::text, true);
select set_config('test.anon_cut', public.dashboard_summary(p_list_limit => 2)::text, true);
reset role;

select is(
  (current_setting('test.anon_all')::jsonb -> 'headline' ->> 'projects'),
  current_setting('test.public_projects'),
  'the public counts the published projects of published programmes only (not the hidden programme''s)'
);
select is(
  (current_setting('test.anon_all')::jsonb -> 'headline' ->> 'overdue_tasks'),
  current_setting('test.public_overdue'),
  'and their overdue tasks only'
);
select is(
  (current_setting('test.anon_all')::jsonb -> 'headline' ->> 'funding_awaiting'),
  current_setting('test.public_funding'),
  'and their applications awaiting a decision only'
);
select is_empty(
  $$ select 1 from jsonb_each(current_setting('test.anon_all')::jsonb) e, jsonb_array_elements(
       case when jsonb_typeof(e.value) = 'array' then e.value else '[]'::jsonb end) x
     where x::text ~ 'piilohanke|Piilo|Luonnoksen jatko|Hyvinvointidatan' $$,
  'no list names the hidden programme''s project, a draft or a follow-up the public cannot read'
);

-- The same through row-level security: a signed-in user without a role or a project ----------
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000006", "role": "authenticated"}';
select is(
  current_setting('test.anon_all')::jsonb,
  public.dashboard_summary(p_list_limit => 1000),
  'the public summary equals what row-level security shows a signed-in user without a role'
);
select is(
  current_setting('test.anon_area')::jsonb,
  public.dashboard_summary(p_growth_area_id => '20000000-0000-4000-8000-000000000003', p_list_limit => 1000),
  'filtered to a growth area'
);
select is(
  current_setting('test.anon_hidden_area')::jsonb,
  public.dashboard_summary(p_growth_area_id => '20000000-0000-4000-8000-0000000000f1', p_list_limit => 1000),
  'filtered to the growth area of the unpublished programme'
);
select is(
  current_setting('test.anon_other')::jsonb,
  public.dashboard_summary(p_other_projects => true, p_list_limit => 1000),
  'filtered to the other projects'
);
select is(
  current_setting('test.anon_lead')::jsonb,
  public.dashboard_summary(p_lead_person_id => '50000000-0000-4000-8000-000000000012', p_list_limit => 1000),
  'filtered to a lead'
);
select is(
  current_setting('test.anon_cut')::jsonb,
  public.dashboard_summary(p_list_limit => 2),
  'with the lists cut'
);
reset role;

-- The edge cases, one by one ---------------------------------------------------------------------
select is(
  (select jsonb_agg(jsonb_build_array(a -> 'name', a -> 'color', a -> 'total'))
   from jsonb_array_elements(current_setting('test.anon_all')::jsonb -> 'areas') a
   where a ->> 'id' = '20000000-0000-4000-8000-0000000000f1'),
  '[[null, null, 1]]'::jsonb,
  'a public project in a hidden growth area is counted, the area''s name and colour are not shown'
);
select is(
  (select jsonb_agg(jsonb_build_array(f ->> 'instrument', f -> 'follow_up_name') order by f ->> 'instrument')
   from jsonb_array_elements(current_setting('test.anon_all')::jsonb -> 'funding') f
   where f ->> 'instrument' like 'Jatko %'),
  '[["Jatko A", null], ["Jatko B", null]]'::jsonb,
  'a follow-up of a draft, or one leading to a draft, is not named to the public'
);
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
select is(
  (select jsonb_agg(jsonb_build_array(f ->> 'instrument', f -> 'follow_up_name') order by f ->> 'instrument')
   from jsonb_array_elements(public.dashboard_summary() -> 'funding') f
   where f ->> 'instrument' like 'Jatko %'),
  '[["Jatko A", "Luonnoksen jatko"], ["Jatko B", "Hyvinvointidatan yhteiskehittämö"]]'::jsonb,
  'the director reads both names'
);
select cmp_ok(
  (public.dashboard_summary() -> 'headline' ->> 'projects')::integer,
  '>',
  (current_setting('test.anon_all')::jsonb -> 'headline' ->> 'projects')::integer,
  'and counts more projects than the public'
);

-- The late projects, and the figures without lists ------------------------------------------------
select is(
  (select jsonb_agg(x ->> 'slug') from jsonb_array_elements(public.dashboard_summary() -> 'late') x),
  (select jsonb_agg(slug order by oldest_overdue_on nulls last, name, id)
   from public.project_overview where schedule_state = 'late'),
  'late: project_overview''s late projects, oldest overdue task first, then by name'
);
reset role;
select is(
  (select jsonb_agg(x ->> 'slug') from jsonb_array_elements(current_setting('test.anon_all')::jsonb -> 'late') x),
  (select jsonb_agg(o.slug order by o.oldest_overdue_on nulls last, o.name, o.id)
   from public.project_overview o
   join public.programmes g on g.id = o.programme_id
   where o.schedule_state = 'late' and o.published and g.published),
  'and the public''s are those of published projects'
);
select results_eq(
  $$ select s -> 'headline', s -> 'areas', s -> 'filter_options',
            jsonb_array_length(s -> 'late') + jsonb_array_length(s -> 'overdue')
              + jsonb_array_length(s -> 'upcoming') + jsonb_array_length(s -> 'stale')
              + jsonb_array_length(s -> 'ending_this_year') + jsonb_array_length(s -> 'funding')
     from (select current_setting('test.anon_figures')::jsonb as s) q $$,
  $$ select s -> 'headline', s -> 'areas', s -> 'filter_options', 0
     from (select current_setting('test.anon_all')::jsonb as s) q $$,
  'p_list_limit => 0: the same figures, no lists'
);

-- Who may call what ---------------------------------------------------------------------------------
select ok(
  (select prosecdef from pg_proc where oid = 'private.public_dashboard_summary(uuid, uuid, boolean, integer)'::regprocedure)
  and has_function_privilege('anon', 'private.public_dashboard_summary(uuid, uuid, boolean, integer)', 'execute')
  and not has_function_privilege('authenticated', 'private.public_dashboard_summary(uuid, uuid, boolean, integer)', 'execute')
  and not has_function_privilege('public', 'private.public_dashboard_summary(uuid, uuid, boolean, integer)', 'execute'),
  'the public summary runs as its owner and only anonymous callers may run it'
);
select ok(
  not (select prosecdef from pg_proc where oid = 'public.dashboard_summary(uuid, uuid, boolean, integer)'::regprocedure),
  'dashboard_summary itself still runs as its caller'
);

select * from finish();
rollback;
