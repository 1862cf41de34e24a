-- The demo portfolio is what the source documents say, and the demo sign-ins work.
create extension if not exists pgtap with schema extensions;

begin;
select plan(18);

select results_eq(
  $$ select name, starts_on, ends_on, published from public.programmes order by sort_order $$,
  $$ values ('Elinvoimaohjelma 2025–2029', '2025-01-01'::date, '2029-12-31'::date, true),
            ('Kiertotalouden klusteriohjelma', '2021-01-01'::date, '2025-12-31'::date, true),
            ('Kestävän kaupunkielämän ohjelma', '2021-01-01'::date, '2025-12-31'::date, true) $$,
  'the three programmes with their time spans'
);
select results_eq(
  $$ select a.name, p.full_name from public.growth_areas a left join public.people p on p.id = a.lead_person_id
     where a.programme_id = '10000000-0000-4000-8000-000000000001' order by a.sort_order $$,
  $$ values ('Terveys & hyvinvointi', null::text), ('Luovat alat', 'Jani Jalonen'),
            ('Rakentamisen kiertotalous', 'Lari Sirén'), ('Meriklusteri', null), ('Ruoka', null) $$,
  'the five growth areas in order, with their leads and NN (NULL) where the slides say so'
);
select results_eq(
  $$ select p.full_name, s.role from public.growth_area_people s join public.people p on p.id = s.person_id
     where s.growth_area_id = '20000000-0000-4000-8000-000000000003' $$,
  $$ values ('Noora Haavisto', 'Erityissuunnittelija') $$,
  'Noora Haavisto supports the construction circular-economy growth area'
);
select results_eq(
  $$ select pr.name, string_agg(pe.full_name, ', ' order by c.sort_order)
     from public.projects pr
     join public.project_contacts c on c.project_id = pr.id
     join public.people pe on pe.id = c.person_id
     where pr.growth_area_id = '20000000-0000-4000-8000-000000000003' and c.person_id <> '50000000-0000-4000-8000-000000000002'
     group by pr.name order by pr.name $$,
  $$ values ('Arabian kiertotaloushubi', 'Mikko Lehtinen'), ('Kiertotalot', 'Ronny Rantamäki'),
            ('Rakentamisen kiertotalouden kokeiluympäristöt', 'Laura Majoinen, Elise Sorvari') $$,
  'the growth area''s three projects and who runs them'
);
select is(
  (select count(*)::integer from public.projects
   where growth_area_id = '20000000-0000-4000-8000-000000000003' and starts_on >= '2025-01-01' and ends_on <= '2029-12-31'),
  3,
  'they sit on the 2025–2029 timeline'
);
select results_eq(
  $$ select programme_id, growth_area_id from public.projects where slug = 'uudenmaan-kiertotalouslaakso-esiselvityshanke' $$,
  $$ values ('10000000-0000-4000-8000-000000000002'::uuid, null::uuid) $$,
  'Uudenmaan kiertotalouslaakso belongs to the older cluster programme'
);
select ok(
  (select summary like 'Uudenmaan kiertotalouslaakso -esiselvityshanke (GNF, HSY, VTT, Clic Innovation) on päättynyt.%'
      and official_description like '%(Kestävän kaupunkielämän ohjelman mukaisesti)'
   from public.projects where slug = 'uudenmaan-kiertotalouslaakso-esiselvityshanke'),
  'its Kuvaus and Virallinen kuvaus are the page''s text'
);

-- Enough variety for the timeline and dashboards -------------------------------------------------
select ok((select count(*) > 0 from public.projects where not published), 'there is at least one draft');
select ok((select count(*) > 0 from public.projects where growth_area_id is null and programme_id = '10000000-0000-4000-8000-000000000001'),
  'the "other projects" portfolio of the new programme is not empty');
select is(
  (select array_agg(distinct state::text order by state::text) from public.tasks),
  array['cancelled', 'done', 'in_progress', 'not_started'],
  'tasks in every state'
);
select ok(
  (select count(*) > 0 from public.tasks where state in ('not_started', 'in_progress') and due_on < '2026-11-22')
  and (select count(*) > 0 from public.tasks where state in ('not_started', 'in_progress') and due_on > '2026-11-22'),
  'some open tasks are overdue and some upcoming (as of 22.11.2026)'
);

-- Demo sign-ins ---------------------------------------------------------------------------------
select is(
  (select count(*)::integer from auth.users
   where email like '%@salkku.test' and encrypted_password = extensions.crypt('salkku-demo', encrypted_password)
     and email_confirmed_at is not null and aud = 'authenticated' and role = 'authenticated'),
  6,
  'all six demo accounts are confirmed and accept the password salkku-demo (bcrypt)'
);
select is(
  (select count(*)::integer from auth.identities i join auth.users u on u.id = i.user_id
   where i.provider = 'email' and i.provider_id = u.id::text and i.identity_data ->> 'email' = u.email),
  6,
  'each has an e-mail identity'
);
select results_eq(
  $$ select u.email::text, r.role::text from public.user_roles r join auth.users u on u.id = r.user_id order by u.email $$,
  $$ values ('admin@salkku.test', 'admin'), ('director@salkku.test', 'director'), ('viewer@salkku.test', 'viewer') $$,
  'admin, director and viewer hold their roles'
);
select results_eq(
  $$ select u.email::text, p.slug, m.role::text from public.project_members m
     join auth.users u on u.id = m.user_id join public.projects p on p.id = m.project_id order by u.email, p.slug $$,
  $$ values ('lead2@salkku.test', 'arabian-kiertotaloushubi', 'lead'),
            ('lead@salkku.test', 'kiertotalot', 'lead'),
            ('lead@salkku.test', 'rakentamisen-kiertotalouden-kokeiluymparistot', 'lead') $$,
  'lead@ leads Kiertotalot and the kokeiluympäristöt, lead2@ leads Arabian kiertotaloushubi'
);
select is(
  (select count(*)::integer from public.people where user_id is not null),
  2,
  'both leads are linked to their people rows (for "my tasks")'
);

-- Indicators (demo content): every growth area has some, and on 2026-11-22 a few are behind, a
-- few on track and one has no recent value.
select is(
  (select count(distinct coalesce(i.growth_area_id, p.growth_area_id))::integer
   from public.indicators i left join public.projects p on p.id = i.project_id),
  5,
  'every growth area has indicators'
);
select results_eq(
  $$ select s.status::text, count(*)::integer from public.indicator_status_at('2026-11-22') s
     group by s.status order by s.status $$,
  $$ values ('on_track', 4), ('behind', 3), ('no_recent_value', 1) $$,
  'on 22.11.2026 four indicators are on track, three behind, one without a recent value'
);

select * from finish();
rollback;
