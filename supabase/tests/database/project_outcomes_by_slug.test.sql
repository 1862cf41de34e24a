-- The project page's outcomes read by slug (migration 20260429000000_project_outcomes_by_slug):
-- the same rows the id-keyed reads of project_progress and indicator_status give, for projects
-- the caller can read only (anon: published ones), nothing for an unknown slug.
create extension if not exists pgtap with schema extensions;

begin;
select plan(10);

-- A published indicator of the draft project (hyvinvointidatan-yhteiskehittamo), to prove anon
-- never reaches it through the slug while a director does.
insert into public.indicators (id, project_id, name, unit, direction, decimals, cadence, published)
values ('b1000000-0000-4000-8000-0000000000aa', '30000000-0000-4000-8000-000000000006',
  'Luonnoksen mittari', 'kpl', 'more_is_better', 0, 'yearly', true);

select ok(
  not (select p.prosecdef from pg_proc p where p.oid = 'public.project_progress_by_slug(text)'::regprocedure)
  and not (select p.prosecdef from pg_proc p where p.oid = 'public.project_indicator_status_by_slug(text)'::regprocedure),
  'both reads run as the caller (security invoker): RLS decides what they return'
);

set local role anon;
set local request.jwt.claims to '{"role": "anon"}';

select results_eq(
  $$ select * from public.project_progress_by_slug('kiertotalot') $$,
  $$ select * from public.project_progress where id = '30000000-0000-4000-8000-000000000001' $$,
  'anon: a published project''s progress by slug is its project_progress row'
);
select set_eq(
  $$ select id, status, latest_value from public.project_indicator_status_by_slug('kiertotalot') $$,
  $$ select id, status, latest_value from public.indicator_status
     where project_id = '30000000-0000-4000-8000-000000000001'
        or '30000000-0000-4000-8000-000000000001' = any (contributing_project_ids) $$,
  'anon: a published project''s indicators by slug are its own and those it contributes to'
);
select set_eq(
  $$ select id from public.project_indicator_status_by_slug('kiertotalot') $$,
  $$ values ('b1000000-0000-4000-8000-000000000001'::uuid), ('b1000000-0000-4000-8000-000000000002'::uuid) $$,
  'anon: Kiertotalot''s own indicator and the growth area''s one it feeds'
);
select is_empty(
  $$ select 1 from public.project_progress_by_slug('hyvinvointidatan-yhteiskehittamo') $$,
  'anon: no progress of a draft project'
);
select is_empty(
  $$ select 1 from public.project_indicator_status_by_slug('hyvinvointidatan-yhteiskehittamo') $$,
  'anon: no indicators of a draft project, even a published indicator'
);
select is_empty(
  $$ select 1 from public.project_progress_by_slug('ei-ole') union all
     select 1 from public.project_indicator_status_by_slug('ei-ole') $$,
  'anon: nothing for a slug no project has'
);

reset role;
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';

select results_eq(
  $$ select id from public.project_progress_by_slug('hyvinvointidatan-yhteiskehittamo') $$,
  $$ values ('30000000-0000-4000-8000-000000000006'::uuid) $$,
  'a director reads a draft project''s progress by slug'
);
select results_eq(
  $$ select id from public.project_indicator_status_by_slug('hyvinvointidatan-yhteiskehittamo') $$,
  $$ values ('b1000000-0000-4000-8000-0000000000aa'::uuid) $$,
  'a director reads a draft project''s indicators by slug'
);
select results_eq(
  $$ select * from public.project_progress_by_slug('kiertotalot') $$,
  $$ select * from public.project_progress where id = '30000000-0000-4000-8000-000000000001' $$,
  'a director: the same row as the id-keyed read'
);

select * from finish();
rollback;
