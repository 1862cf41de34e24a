-- A partner's role and a follow-up's name and note are edited in Finnish, Swedish and English
-- from the project's edit page (#14 §1), version-checked like every edit
-- (lib/versioned-update.ts: PATCH …?id=eq.X&version=eq.N): project_partners has an id and the
-- touch_row bookkeeping (migration 20260428000000_partner_versions); a stale version matches zero
-- rows; only directors write (RLS), so a project lead's write matches zero rows too.
create extension if not exists pgtap with schema extensions;

begin;
select plan(8);

select has_column('public', 'project_partners', 'id', 'project_partners has an id to address a row by');
select col_is_unique('public', 'project_partners', array['id'], 'the partner id is unique');
select has_column('public', 'project_partners', 'version', 'project_partners has a version');

-- The director translates Green Net Finland's role in the Circular Valley pre-study ----------
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
with x as (
  update public.project_partners set role = 'Koordinaattori', role_sv = 'Koordinator', version = 40
  where project_id = '30000000-0000-4000-8000-000000000004'
    and organisation_id = '60000000-0000-4000-8000-000000000001' and version = 1
  returning version, updated_by, role_sv, role_en
)
select is(
  (select row(version, updated_by, role_sv, role_en)::text from x),
  row(2, 'a0000000-0000-4000-8000-000000000002'::uuid, 'Koordinator', null::text)::text,
  'a director saves a partner role in Swedish from version 1: version 2, updated_by the director'
);
with x as (
  update public.project_partners set role_en = 'Coordinator'
  where project_id = '30000000-0000-4000-8000-000000000004'
    and organisation_id = '60000000-0000-4000-8000-000000000001' and version = 1
  returning 1
)
select is(count(*), 0::bigint, 'a stale partner version matches zero rows (conflict)') from x;

with x as (
  update public.project_follow_ups set name_sv = 'Allt plast cirkulerar'
  where id = '80000000-0000-4000-8000-000000000002' and version = 1
  returning version, name, name_sv
)
select is(
  (select row(version, name, name_sv)::text from x),
  row(2, 'Kaikki muovi kiertää', 'Allt plast cirkulerar')::text,
  'a director saves a follow-up''s Swedish name from version 1; the Finnish one stays'
);

-- The lead of Kiertotalot is no director: RLS filters the write to zero rows -----------------
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000003", "role": "authenticated"}';
with x as (
  update public.project_partners set role_sv = 'Ledare'
  where project_id = '30000000-0000-4000-8000-000000000004'
    and organisation_id = '60000000-0000-4000-8000-000000000001' and version = 2
  returning 1
)
select is(count(*), 0::bigint, 'a non-director''s partner role write matches zero rows') from x;
with x as (
  update public.project_follow_ups set note_sv = 'Ingen'
  where id = '80000000-0000-4000-8000-000000000002' and version = 2
  returning 1
)
select is(count(*), 0::bigint, 'a non-director''s follow-up write matches zero rows') from x;

select * from finish();
rollback;
