-- growth_areas_programme_name_key: a programme's growth areas have distinct names, ignoring case
-- and surrounding spaces; another programme may reuse a name.
create extension if not exists pgtap with schema extensions;

begin;
select plan(4);

select throws_ok(
  $$ insert into public.growth_areas (programme_id, slug, name)
     values ('10000000-0000-4000-8000-000000000001', 'ruoka-2', 'Ruoka') $$,
  '23505', null,
  'the same name twice in one programme is refused'
);
select throws_ok(
  $$ insert into public.growth_areas (programme_id, slug, name)
     values ('10000000-0000-4000-8000-000000000001', 'ruoka-3', ' RUOKA ') $$,
  '23505', null,
  'case and surrounding spaces do not make a new name'
);
select throws_ok(
  $$ update public.growth_areas set name = 'Meriklusteri'
     where id = '20000000-0000-4000-8000-000000000005' $$,
  '23505', null,
  'renaming onto another area''s name is refused'
);
select lives_ok(
  $$ insert into public.growth_areas (programme_id, slug, name)
     values ('10000000-0000-4000-8000-000000000002', 'ruoka-muualla', 'Ruoka') $$,
  'another programme may use the same name'
);

select * from finish();
rollback;
