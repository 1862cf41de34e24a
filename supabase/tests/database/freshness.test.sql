-- Freshness: days since the project or any of its tasks was last edited; fresh up to 30 days,
-- aging up to 90, old after that; stale from 180 days unless completed or not pursued. The
-- bands are settings (dashboard_settings): everyone reads them, only admins change them.
-- Dates are frozen with the salkku.today setting.
create extension if not exists pgtap with schema extensions;

begin;
select plan(30);

set local salkku.today = '2026-11-22';
set local timezone = 'UTC';

-- The settings -----------------------------------------------------------------------------
select results_eq(
  $$ select fresh_max_days, aging_max_days, stale_after_days, upcoming_days, version from public.dashboard_settings $$,
  $$ values (30, 90, 180, 30, 1) $$,
  'the default bands: 30 / 90 days, stale from 180, upcoming 30 days'
);

-- Projects last edited at the band edges -------------------------------------------------------
insert into public.projects (id, programme_id, growth_area_id, slug, name, stage, schedule_status, schedule_note,
                             starts_on, ends_on, published, created_at, updated_at)
select ('30000000-0000-4000-8000-0000000000' || e.n)::uuid, '10000000-0000-4000-8000-000000000001',
       '20000000-0000-4000-8000-000000000005', 'tuoreus-' || e.n, 'Tuoreus ' || e.n, e.stage::public.project_stage,
       e.status::public.schedule_status, e.note, '2024-01-01', '2029-12-31', true, '2024-01-01 12:00+00',
       e.updated_at::timestamptz
from (values
  ('b0', 'implementation', null, null, '2026-11-22 08:00+00'),
  ('b1', 'implementation', null, null, '2026-10-23 12:00+00'),
  ('b2', 'implementation', null, null, '2026-10-22 12:00+00'),
  ('b3', 'implementation', null, null, '2026-08-24 12:00+00'),
  ('b4', 'implementation', null, null, '2026-08-23 12:00+00'),
  ('b5', 'implementation', null, null, '2026-05-27 12:00+00'),
  ('b6', 'implementation', null, null, '2026-05-26 12:00+00'),
  ('b7', 'completed',      null, null, '2024-01-01 12:00+00'),
  ('b8', 'planning',       'not_pursued', 'Ei jatketa', '2024-01-01 12:00+00'),
  ('b9', 'planning',       'late', 'Odottaa päätöstä', '2024-01-01 12:00+00')
) as e (n, stage, status, note, updated_at);

create function pg_temp.fresh(p_slug text) returns text language sql as
  $$ select format('%s %s %s', days_since_update, freshness, is_stale::text) from public.project_overview where slug = p_slug $$;

select is(pg_temp.fresh('tuoreus-b0'), '0 fresh false', 'edited today: fresh');
select is(pg_temp.fresh('tuoreus-b1'), '30 fresh false', '30 days: still fresh');
select is(pg_temp.fresh('tuoreus-b2'), '31 aging false', '31 days: aging');
select is(pg_temp.fresh('tuoreus-b3'), '90 aging false', '90 days: still aging');
select is(pg_temp.fresh('tuoreus-b4'), '91 old false', '91 days: old');
select is(pg_temp.fresh('tuoreus-b5'), '179 old false', '179 days: old, not yet stale');
select is(pg_temp.fresh('tuoreus-b6'), '180 old true', '180 days: stale');
select is(pg_temp.fresh('tuoreus-b7'), '1056 old false', 'a completed project is old but never stale');
select is(pg_temp.fresh('tuoreus-b8'), '1056 old false', 'a project not pursued (manual) is never stale');
select is(pg_temp.fresh('tuoreus-b9'), '1056 old true', 'a manually late project can be stale');

-- A task edit keeps the project fresh ------------------------------------------------------
insert into public.tasks (project_id, title, due_on, created_at, updated_at)
values ('30000000-0000-4000-8000-0000000000b6', 'Päivitetty tehtävä', '2027-01-31', '2026-11-20 09:00+00', '2026-11-20 09:00+00');
select is(pg_temp.fresh('tuoreus-b6'), '2 fresh false', 'editing one of its tasks makes the project fresh again');
select is(
  (select last_activity_at from public.project_overview where slug = 'tuoreus-b6'),
  '2026-11-20 09:00+00'::timestamptz,
  'last activity is the latest edit of the project or its tasks'
);

-- The seeded portfolio ---------------------------------------------------------------------
select results_eq(
  $$ select slug from public.project_overview where is_stale and slug not like 'tuoreus-%' order by slug $$,
  $$ values ('terveysteknologian-testiymparisto') $$,
  'in the demo portfolio only Terveysteknologian testiympäristö (226 days) is stale'
);
select is(
  (select freshness from public.project_overview where slug = 'uudenmaan-kiertotalouslaakso-esiselvityshanke'),
  'old',
  'Uudenmaan kiertotalouslaakso (updated 11.08.2022) is old, yet as a completed project not stale'
);
select results_eq(
  $$ select freshness, count(*)::integer from public.project_overview where slug not like 'tuoreus-%' group by 1 order by 1 $$,
  $$ values ('aging', 3), ('fresh', 6), ('old', 5) $$,
  'the demo portfolio: 6 fresh, 3 aging, 5 old'
);

-- Changing the bands -------------------------------------------------------------------------
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000004", "role": "authenticated"}';
select results_eq($$ select fresh_max_days from public.dashboard_settings $$, $$ values (30) $$, 'a viewer reads the settings');
update public.dashboard_settings set fresh_max_days = 7;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
update public.dashboard_settings set fresh_max_days = 7;
select results_eq($$ select fresh_max_days, version from public.dashboard_settings $$, $$ values (30, 1) $$,
  'neither a viewer nor a director changes the settings (no row matches for them)');

set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000001", "role": "authenticated"}';
select results_eq(
  $$ update public.dashboard_settings set fresh_max_days = 7 where version = 1 returning fresh_max_days, version $$,
  $$ values (7, 2) $$,
  'an admin changes a band (optimistic concurrency: version 1 → 2)'
);
select is(pg_temp.fresh('tuoreus-b1'), '30 aging false', 'with the fresh band at 7 days, 30 days is aging');
select is(pg_temp.fresh('tuoreus-b6'), '2 fresh false', 'and 2 days is still fresh');
select is(
  (select count(*)::integer from public.audit_log where table_name = 'dashboard_settings' and operation = 'UPDATE'
     and actor_id = 'a0000000-0000-4000-8000-000000000001'),
  1,
  'the change is in the audit trail with the admin as actor'
);
select throws_ok(
  $$ update public.dashboard_settings set aging_max_days = 5 $$,
  '23514', null, 'the bands must stay in order (fresh < aging < stale)'
);
select throws_ok($$ delete from public.dashboard_settings $$, '42501', null, 'not even an admin deletes the settings row');
select throws_ok(
  $$ insert into public.dashboard_settings (fresh_max_days) values (10) $$,
  '42501', null, 'nor adds a second one'
);
select throws_ok(
  $$ update public.dashboard_settings set updated_at = now() - interval '1 year' $$,
  '42501', null, 'bookkeeping columns are not writable'
);
update public.dashboard_settings set upcoming_days = 60, stale_after_days = 200;
select is(pg_temp.fresh('tuoreus-b6'), '2 fresh false', 'the stale band moves too');
reset role;

set local role anon;
set local request.jwt.claims to '{"role": "anon"}';
select results_eq($$ select fresh_max_days, stale_after_days, upcoming_days from public.dashboard_settings $$,
  $$ values (7, 200, 60) $$, 'the public reads the settings');
select throws_ok($$ update public.dashboard_settings set fresh_max_days = 1 $$, '42501', null, 'the public cannot change them');
reset role;

-- Without settings, freshness is unknown rather than guessed --------------------------------
delete from private.dashboard_settings;
select results_eq(
  $$ select freshness, is_stale, schedule_state from public.project_overview where slug = 'terveysteknologian-testiymparisto' $$,
  $$ values (null::text, false, 'late') $$,
  'with the settings row gone, freshness is NULL and nothing is stale; the schedule status still works'
);

select * from finish();
rollback;
