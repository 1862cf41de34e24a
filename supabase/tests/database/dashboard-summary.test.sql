-- The dashboard's three views: project_overview (figures per stage, schedule state, growth
-- area, lead; stale; ending this year), dashboard_deadlines (overdue tasks oldest first and
-- upcoming ones within upcoming_days) and funding_awaiting_decision. Row-level security decides
-- what they count: the public sees published projects only. Dates frozen at 22.11.2026.
create extension if not exists pgtap with schema extensions;

begin;
select plan(38);

set local salkku.today = '2026-11-22';

set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';

-- Overdue tasks, oldest first, with project, lead and days late ------------------------------
select results_eq(
  $$ select project_slug, title, lead_name, days_late from public.dashboard_deadlines
     where is_overdue order by due_on, title $$,
  $$ values ('terveysteknologian-testiymparisto', 'Pilottien toteutus sairaalaympäristössä', 'Sanna Korhonen', 175),
            ('terveysteknologian-testiymparisto', 'Loppuraportti', 'Sanna Korhonen', 145),
            ('elinvoimaohjelman-seurantamalli', 'Kasvualueiden tilannekatsaus', 'Tuomas Virtanen', 22),
            ('kiertotalot', 'Pilottikohteen valinta', 'Ronny Rantamäki', 12) $$,
  'the director sees the four overdue tasks, oldest first, with project, lead and days late'
);
select results_eq(
  $$ select project_slug, title, due_on, days_late from public.dashboard_deadlines
     where not is_overdue order by due_on $$,
  $$ values ('meriklusterin-tiekartta', 'Tiekarttaluonnos kommenteille', '2026-11-30'::date, -8),
            ('luovien-alojen-kasvupolku', 'Toinen sparrauskierros', '2026-12-11'::date, -19),
            ('meriklusterin-tiekartta', 'Tiekartan julkistus', '2026-12-15'::date, -23),
            ('kiertotalot', 'Rakennusosien uudelleenkäytön kriteerit', '2026-12-18'::date, -26) $$,
  'and the four deadlines of the next 30 days'
);
select is_empty(
  $$ select 1 from public.dashboard_deadlines where project_slug = 'uudenmaan-kiertotalouslaakso-esiselvityshanke' $$,
  'leftover open tasks of a completed project are not listed'
);

-- dashboard_summary(): all of it in one call ------------------------------------------------
select is(
  public.dashboard_summary() -> 'headline',
  '{"projects": 14, "stages": {"not_started": 2, "planning": 5, "implementation": 5, "completed": 2},
    "states": {"on_schedule": 7, "late": 4, "not_pursued": 1, "not_started": 2},
    "overdue_tasks": 4, "upcoming_tasks": 4, "stale_projects": 1, "ending_this_year": 4, "funding_awaiting": 4}'::jsonb,
  'the summary''s headline figures for the director'
);
select is(
  (select jsonb_agg(jsonb_build_array(a ->> 'name', a -> 'total', a -> 'states' -> 'late'))
   from jsonb_array_elements(public.dashboard_summary() -> 'areas') a),
  '[["Terveys & hyvinvointi", 2, 1], ["Luovat alat", 2, 0], ["Rakentamisen kiertotalous", 3, 1],
    ["Meriklusteri", 2, 1], ["Ruoka", 2, 0], [null, 3, 1]]'::jsonb,
  'per growth area in their order, other projects last, with stage and status figures'
);
select is(
  (select jsonb_agg(jsonb_build_array(d ->> 'title', d -> 'days_late', d ->> 'lead_name', d ->> 'project_slug'))
   from jsonb_array_elements(public.dashboard_summary() -> 'overdue') d),
  '[["Pilottien toteutus sairaalaympäristössä", 175, "Sanna Korhonen", "terveysteknologian-testiymparisto"],
    ["Loppuraportti", 145, "Sanna Korhonen", "terveysteknologian-testiymparisto"],
    ["Kasvualueiden tilannekatsaus", 22, "Tuomas Virtanen", "elinvoimaohjelman-seurantamalli"],
    ["Pilottikohteen valinta", 12, "Ronny Rantamäki", "kiertotalot"]]'::jsonb,
  'overdue tasks oldest first with project, lead and days late'
);
select results_eq(
  $$ select jsonb_array_length(s -> 'overdue'), (s -> 'headline' ->> 'overdue_tasks')::integer,
            jsonb_array_length(s -> 'upcoming'), jsonb_array_length(s -> 'stale'),
            jsonb_array_length(s -> 'ending_this_year'), jsonb_array_length(s -> 'funding')
     from public.dashboard_summary(p_list_limit => 1) s $$,
  $$ values (1, 4, 1, 1, 1, 1) $$,
  'lists are cut at p_list_limit; the counts are not'
);
select is(
  (select jsonb_agg(x ->> 'slug') from jsonb_array_elements(public.dashboard_summary() -> 'stale') x),
  '["terveysteknologian-testiymparisto"]'::jsonb,
  'stale projects carry their slug for the link'
);
select results_eq(
  $$ select (s -> 'headline' ->> 'projects')::integer, (s -> 'headline' ->> 'overdue_tasks')::integer,
            jsonb_array_length(s -> 'areas')
     from public.dashboard_summary(p_growth_area_id => '20000000-0000-4000-8000-000000000003') s $$,
  $$ values (3, 1, 1) $$,
  'filtered by growth area'
);
select results_eq(
  $$ select (s -> 'headline' ->> 'projects')::integer, s -> 'areas' -> 0 -> 'id'
     from public.dashboard_summary(p_other_projects => true) s $$,
  $$ values (3, 'null'::jsonb) $$,
  'filtered to the other projects (no growth area)'
);
select results_eq(
  $$ select (s -> 'headline' ->> 'projects')::integer, (s -> 'headline' ->> 'upcoming_tasks')::integer,
            (s -> 'headline' ->> 'funding_awaiting')::integer
     from public.dashboard_summary(p_lead_person_id => '50000000-0000-4000-8000-000000000010') s $$,
  $$ values (2, 2, 1) $$,
  'filtered by lead: Pekka Nieminen''s two projects, two deadlines, one application'
);
select results_eq(
  $$ select jsonb_array_length(s -> 'filter_options' -> 'areas'), s -> 'filter_options' -> 'has_other',
            s -> 'filter_options' -> 'leads' -> 0
     from public.dashboard_summary(p_lead_person_id => '50000000-0000-4000-8000-000000000010') s $$,
  $$ values (5, 'true'::jsonb, '{"id": "50000000-0000-4000-8000-000000000011", "name": "Aino Laine"}'::jsonb) $$,
  'filter options list every growth area and lead the caller can see, whatever the filter'
);
select is(
  public.dashboard_summary() -> 'settings',
  '{"fresh_max_days": 30, "aging_max_days": 90, "stale_after_days": 180, "upcoming_days": 30}'::jsonb,
  'the summary says which bands it used'
);

reset role;
insert into public.tasks (project_id, title, due_on, state, completed_on) values
  ('30000000-0000-4000-8000-000000000007', 'Tänään', '2026-11-22', 'not_started', null),
  ('30000000-0000-4000-8000-000000000007', 'Kolmenkymmenen päivän päästä', '2026-12-22', 'in_progress', null),
  ('30000000-0000-4000-8000-000000000007', 'Kolmenkymmenenyhden päivän päästä', '2026-12-23', 'not_started', null),
  ('30000000-0000-4000-8000-000000000007', 'Tehty', '2026-11-01', 'done', '2026-11-02'),
  ('30000000-0000-4000-8000-000000000007', 'Peruttu', '2026-11-01', 'cancelled', null),
  ('30000000-0000-4000-8000-000000000007', 'Ei määräaikaa', null, 'not_started', null),
  ('30000000-0000-4000-8000-000000000006', 'Luonnoksen myöhästynyt tehtävä', '2026-11-15', 'not_started', null);
set local role authenticated;

select results_eq(
  $$ select title, is_overdue, days_late from public.dashboard_deadlines
     where project_slug = 'luovien-alojen-kasvupolku' order by due_on $$,
  $$ values ('Tänään', false, 0),
            ('Toinen sparrauskierros', false, -19),
            ('Kolmenkymmenen päivän päästä', false, -30) $$,
  'due today counts as upcoming; day 30 is in, day 31 out; done, cancelled and undated tasks never'
);
select ok(
  (select is_overdue from public.dashboard_deadlines where title = 'Luonnoksen myöhästynyt tehtävä'),
  'the director sees an overdue task of a draft project'
);

-- Filters: growth area and lead ------------------------------------------------------------
select results_eq(
  $$ select title from public.dashboard_deadlines
     where growth_area_id = '20000000-0000-4000-8000-000000000003' order by due_on $$,
  $$ values ('Pilottikohteen valinta'), ('Rakennusosien uudelleenkäytön kriteerit') $$,
  'filtered by growth area (Rakentamisen kiertotalous)'
);
select results_eq(
  $$ select title from public.dashboard_deadlines
     where lead_person_id = '50000000-0000-4000-8000-000000000010' order by due_on $$,
  $$ values ('Tiekarttaluonnos kommenteille'), ('Tiekartan julkistus') $$,
  'filtered by lead (Pekka Nieminen)'
);

-- The window is a setting ------------------------------------------------------------------
reset role;
update private.dashboard_settings set upcoming_days = 40;
set local role authenticated;
select results_eq(
  $$ select title from public.dashboard_deadlines where due_on > '2026-12-22' order by due_on, title $$,
  $$ values ('Kolmenkymmenenyhden päivän päästä'), ('Kokeiluympäristöjen tarvekartoitus'), ('Salkku-työkalun käyttöönotto') $$,
  'with upcoming_days = 40 the list reaches to 1.1.2027'
);
reset role;
update private.dashboard_settings set upcoming_days = 30;
set local role authenticated;

-- Funding awaiting decision ----------------------------------------------------------------
select results_eq(
  $$ select project_slug, instrument, follow_up_name, days_waiting from public.funding_awaiting_decision
     order by project_slug, instrument $$,
  $$ values ('arabian-kiertotaloushubi', 'EAKR', null, 23),
            ('uudenmaan-kiertotalouslaakso-esiselvityshanke', 'Central Baltic', 'Circular Valley', null),
            ('uudenmaan-kiertotalouslaakso-esiselvityshanke', 'EAKR', 'Kaikki muovi kiertää', null),
            ('vahahiilinen-satamalogistiikka', 'CEF Transport', null, 280) $$,
  'four applications await a decision; granted and rejected ones are not listed'
);
select results_eq(
  $$ select lead_name from public.funding_awaiting_decision where project_slug = 'vahahiilinen-satamalogistiikka' $$,
  $$ values ('Pekka Nieminen') $$,
  'each with its project''s lead'
);

-- The project figures the dashboard counts ----------------------------------------------------
select results_eq(
  $$ select stage::text, count(*)::integer from public.project_overview group by 1 order by 1 $$,
  $$ values ('completed', 2), ('implementation', 5), ('not_started', 2), ('planning', 5) $$,
  'projects by stage (director: all 14)'
);
select results_eq(
  $$ select stage::text, schedule_state, count(*)::integer from public.project_overview
     where growth_area_id = '20000000-0000-4000-8000-000000000003' group by 1, 2 order by 1, 2 $$,
  $$ values ('implementation', 'late', 1), ('planning', 'on_schedule', 2) $$,
  'stage × schedule status of one growth area (Rakentamisen kiertotalous)'
);
select results_eq(
  $$ select growth_area_name, growth_area_color, lead_person_id, lead_name from public.project_overview where slug = 'kiertotalot' $$,
  $$ values ('Rakentamisen kiertotalous', '#008741', '50000000-0000-4000-8000-000000000004'::uuid, 'Ronny Rantamäki') $$,
  'a project row carries its growth area and lead (the main contact)'
);
select results_eq(
  $$ select growth_area_name, lead_name from public.project_overview where slug = 'kansainvalisten-osaajien-palvelupolku' $$,
  $$ values (null::text, null::text) $$,
  'an "other project" without a main contact has neither'
);
select results_eq(
  $$ select slug from public.project_overview where ends_this_year order by slug $$,
  $$ values ('havikkiruoan-kiertoalusta'), ('meriklusterin-tiekartta'), ('pelialan-kansainvalistyminen'), ('terveysteknologian-testiymparisto') $$,
  'four projects end in 2026'
);
select results_eq(
  $$ select count(*)::integer from public.project_overview where lead_person_id = '50000000-0000-4000-8000-000000000012' $$,
  $$ values (2) $$,
  'filtered by lead: Tuomas Virtanen is the main contact of two projects'
);

-- The public variant -----------------------------------------------------------------------
reset role;
set local role anon;
set local request.jwt.claims to '{"role": "anon"}';
select results_eq(
  $$ select count(*)::integer, count(*) filter (where is_overdue)::integer from public.dashboard_deadlines $$,
  $$ values (10, 4) $$,
  'the public sees the deadlines of published projects only (the draft''s overdue task is not there)'
);
select results_eq(
  $$ select stage::text, count(*)::integer from public.project_overview group by 1 order by 1 $$,
  $$ values ('completed', 2), ('implementation', 5), ('not_started', 1), ('planning', 4) $$,
  'and counts the 12 published projects'
);
select results_eq(
  $$ select (s -> 'headline' ->> 'projects')::integer, (s -> 'headline' ->> 'overdue_tasks')::integer,
            s ->> 'today'
     from public.dashboard_summary() s $$,
  $$ values (12, 4, '2026-11-22') $$,
  'the public summary counts published projects only'
);
select is((select count(*)::integer from public.funding_awaiting_decision), 4, 'the public sees funding applications of published projects');
reset role;
insert into public.project_funding (project_id, instrument, state) values ('30000000-0000-4000-8000-000000000006', 'Horisontti Eurooppa', 'applied');
set local role anon;
select is((select count(*)::integer from public.funding_awaiting_decision), 4, 'but not those of drafts');
reset role;

-- A lead sees public data plus their own projects --------------------------------------------
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000003", "role": "authenticated"}';
select is_empty(
  $$ select 1 from public.dashboard_deadlines where project_slug = 'hyvinvointidatan-yhteiskehittamo' $$,
  'a lead does not see another team''s draft'
);
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000004", "role": "authenticated"}';
select isnt_empty(
  $$ select 1 from public.dashboard_deadlines where project_slug = 'hyvinvointidatan-yhteiskehittamo' $$,
  'a viewer does'
);
reset role;

-- Read-only, for everyone ---------------------------------------------------------------------
select ok(
  has_table_privilege('anon', 'public.dashboard_deadlines', 'select')
  and has_table_privilege('anon', 'public.funding_awaiting_decision', 'select')
  and has_table_privilege('anon', 'public.project_overview', 'select'),
  'the dashboard views are readable by the public'
);
select ok(
  not has_table_privilege('authenticated', 'public.dashboard_deadlines', 'insert')
  and not has_table_privilege('authenticated', 'public.dashboard_deadlines', 'update')
  and not has_table_privilege('authenticated', 'public.funding_awaiting_decision', 'update')
  and not has_table_privilege('anon', 'public.project_overview', 'update'),
  'and writable by nobody'
);
select ok(
  has_function_privilege('anon', 'public.dashboard_summary(uuid, uuid, boolean, integer)', 'execute')
  and has_function_privilege('authenticated', 'public.dashboard_summary(uuid, uuid, boolean, integer)', 'execute')
  and not has_function_privilege('public', 'public.dashboard_summary(uuid, uuid, boolean, integer)', 'execute')
  and not (select prosecdef from pg_proc where oid = 'public.dashboard_summary(uuid, uuid, boolean, integer)'::regprocedure),
  'dashboard_summary is granted to anon and authenticated by name and runs as its caller'
);
select is(
  (select array_agg(c.relname::text order by c.relname)
   from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'public' and c.relname in ('dashboard_deadlines', 'funding_awaiting_decision', 'dashboard_settings', 'review_changes')
     and coalesce(c.reloptions @> array['security_invoker=true'], false)),
  array['dashboard_deadlines', 'dashboard_settings', 'funding_awaiting_decision', 'review_changes'],
  'every dashboard view runs as its caller (security_invoker)'
);
select is(
  (select array_agg(c.relname::text order by c.relname)
   from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'private' and c.relkind = 'r' and not c.relrowsecurity),
  null,
  'the settings table has row-level security like every other'
);

select * from finish();
rollback;
