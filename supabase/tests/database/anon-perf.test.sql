-- The anon_perf migration changes how two things are computed, never what they return:
--   1. anonymous policies on project content read private.public_project_ids() in FROM: the
--      rows anonymous visitors see are exactly those the earlier policy expression gave,
--      including a published project of an unpublished programme and a draft's rows;
--   2. project_overview groups the tasks by project and slug so that a filter on slug reaches
--      the task aggregate: the row a lookup by slug (or id) gives is the row of the whole list,
--      for anonymous visitors, a project lead and the director.
-- Dates frozen at 22.11.2026.
create extension if not exists pgtap with schema extensions;

begin;
select plan(13);

set local salkku.today = '2026-11-22';

-- Fixtures, as the owner: an unpublished programme holding a published project with content.
insert into public.programmes (id, slug, name, starts_on, ends_on, published) values
  ('10000000-0000-4000-8000-0000000000ee', 'piilo-ohjelma', 'Piilo-ohjelma', '2026-01-01', '2027-12-31', false);
insert into public.projects (id, programme_id, slug, name, published) values
  ('30000000-0000-4000-8000-0000000000ee', '10000000-0000-4000-8000-0000000000ee', 'piilo-hanke', 'Piilohanke', true);
insert into public.tasks (project_id, title, due_on) values
  ('30000000-0000-4000-8000-0000000000ee', 'Piilotehtävä', '2026-11-01'),
  ('30000000-0000-4000-8000-000000000006', 'Luonnoksen tehtävä', '2026-11-01');
insert into public.project_funding (project_id, instrument, state, applied_on) values
  ('30000000-0000-4000-8000-0000000000ee', 'EAKR', 'applied', '2026-10-01');
insert into public.project_contacts (project_id, person_id)
  select '30000000-0000-4000-8000-0000000000ee', id from public.people order by id limit 1;

-- 1. Anonymous policies: the same rows as the earlier expression --------------------------------
select is(
  (select pg_get_expr(polqual, polrelid) from pg_policy
    where polrelid = 'public.tasks'::regclass and polname = 'Anyone can read tasks of published projects'),
  '(project_id IN ( SELECT pp.id
   FROM private.public_project_ids() pp(id)))',
  'the anonymous tasks policy reads the published-project set in FROM'
);

-- What anonymous visitors see under the new policies …
create temporary table seen_now (tbl text, key text) on commit drop;
grant insert, select on seen_now to anon;
set local role anon;
set local request.jwt.claims to '{"role": "anon"}';
insert into seen_now
  select 'tasks', id::text from public.tasks
  union all select 'project_contacts', project_id || '/' || person_id from public.project_contacts
  union all select 'project_partners', project_id || '/' || organisation_id from public.project_partners
  union all select 'project_follow_ups', id::text from public.project_follow_ups
  union all select 'project_funding', id::text from public.project_funding;
reset role;

-- … and under the earlier expression (restored only inside this transaction).
alter policy "Anyone can read tasks of published projects" on public.tasks
  using (project_id in (select private.public_project_ids()));
alter policy "Anyone can read contacts of published projects" on public.project_contacts
  using (project_id in (select private.public_project_ids()));
alter policy "Anyone can read partners of published projects" on public.project_partners
  using (project_id in (select private.public_project_ids()));
alter policy "Anyone can read follow-ups of published projects" on public.project_follow_ups
  using (project_id in (select private.public_project_ids()));
alter policy "Anyone can read funding of published projects" on public.project_funding
  using (project_id in (select private.public_project_ids()));
create temporary table seen_before (tbl text, key text) on commit drop;
grant insert, select on seen_before to anon;
set local role anon;
insert into seen_before
  select 'tasks', id::text from public.tasks
  union all select 'project_contacts', project_id || '/' || person_id from public.project_contacts
  union all select 'project_partners', project_id || '/' || organisation_id from public.project_partners
  union all select 'project_follow_ups', id::text from public.project_follow_ups
  union all select 'project_funding', id::text from public.project_funding;
reset role;

select set_eq(
  $$ select tbl, key from seen_now where tbl = 'tasks' $$,
  $$ select tbl, key from seen_before where tbl = 'tasks' $$,
  'anon reads the same tasks as under the earlier policy'
);
select set_eq(
  $$ select tbl, key from seen_now where tbl = 'project_contacts' $$,
  $$ select tbl, key from seen_before where tbl = 'project_contacts' $$,
  'anon reads the same contacts as under the earlier policy'
);
select set_eq(
  $$ select tbl, key from seen_now where tbl = 'project_partners' $$,
  $$ select tbl, key from seen_before where tbl = 'project_partners' $$,
  'anon reads the same partners as under the earlier policy'
);
select set_eq(
  $$ select tbl, key from seen_now where tbl = 'project_follow_ups' $$,
  $$ select tbl, key from seen_before where tbl = 'project_follow_ups' $$,
  'anon reads the same follow-ups as under the earlier policy'
);
select set_eq(
  $$ select tbl, key from seen_now where tbl = 'project_funding' $$,
  $$ select tbl, key from seen_before where tbl = 'project_funding' $$,
  'anon reads the same funding rows as under the earlier policy'
);
select is(
  (select count(*)::integer from seen_now n
    join public.tasks t on t.id::text = n.key and n.tbl = 'tasks'
    where t.project_id in ('30000000-0000-4000-8000-0000000000ee', '30000000-0000-4000-8000-000000000006')),
  0,
  'and never a task of a draft or of a project in an unpublished programme'
);

-- 2. project_overview: a lookup by slug gives the whole list's row --------------------------------
-- (The earlier anonymous policies stay in place for the rest of the file; the view's rows do not
-- depend on which of the two equal expressions decides them.)
create function pg_temp.lookup_differs()
returns integer
language sql
as $$
  select count(*)::integer from public.project_overview o
  where to_jsonb(o) is distinct from
    (select to_jsonb(x) from public.project_overview x where x.slug = o.slug)
    or to_jsonb(o) is distinct from
    (select to_jsonb(x) from public.project_overview x where x.id = o.id)
$$;

set local role anon;
select is(pg_temp.lookup_differs(), 0, 'anon: every project by slug and by id is its row of the whole list');
reset role;
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000003", "role": "authenticated"}';
select is(pg_temp.lookup_differs(), 0, 'a project lead: every project by slug and by id is its row of the whole list');
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
select is(pg_temp.lookup_differs(), 0, 'the director: every project by slug and by id is its row of the whole list');
select is(
  (select task_count from public.project_overview where slug = 'piilo-hanke'),
  1,
  'the director counts the task of a project in an unpublished programme'
);

-- The plan: a filter on slug reaches the task aggregate, which then reads one project's tasks.
create function pg_temp.plan_of(q text)
returns text
language plpgsql
as $$
declare
  line text;
  plan text := '';
begin
  for line in execute 'explain (costs off) ' || q loop
    plan := plan || line || E'\n';
  end loop;
  return plan;
end
$$;
select ok(
  (select count(*) >= 2 from regexp_matches(
    pg_temp.plan_of($$ select * from public.project_overview where slug = 'kiertotalot' $$),
    'slug = ''kiertotalot''', 'g')),
  'a lookup by slug filters the task aggregate''s projects by that slug, not only the outer row'
);
set local enable_seqscan = off;
select ok(
  pg_temp.plan_of($$ select * from public.project_overview where slug = 'kiertotalot' $$)
    ~ 'Index Cond: \(project_id = xp\.id\)',
  'and reads that project''s tasks by project_id'
);
reset enable_seqscan;
reset role;

select * from finish();
rollback;
