-- "My follows" names a followed project or growth area in Finnish and, where translated, Swedish
-- and English (migration 20260428000300_my_follows_translations; NULL = not translated); still
-- only the caller's own follows.
create extension if not exists pgtap with schema extensions;

begin;
select plan(4);

update public.projects set name_sv = 'Cirkulära hus', name_en = null
  where id = '30000000-0000-4000-8000-000000000001';
update public.growth_areas set name_sv = null, name_en = null
  where id = '20000000-0000-4000-8000-000000000003';
insert into public.follows (id, user_id, project_id, growth_area_id) values
  ('95000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000003',
   '30000000-0000-4000-8000-000000000001', null),
  ('95000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000003',
   null, '20000000-0000-4000-8000-000000000003');

set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000003", "role": "authenticated"}';
select results_eq(
  $$ select project_name_sv, project_name_en from public.my_follows
     where id = '95000000-0000-4000-8000-000000000001' $$,
  $$ values ('Cirkulära hus'::text, null::text) $$,
  'a followed project comes with its Swedish name; English is NULL (not translated)'
);
select results_eq(
  $$ select growth_area_name is not null, growth_area_name_sv, growth_area_name_en from public.my_follows
     where id = '95000000-0000-4000-8000-000000000002' $$,
  $$ values (true, null::text, null::text) $$,
  'an untranslated growth area has its Finnish name and NULL translations'
);
select is(
  (select count(*)::int from public.my_follows where id in (
    '95000000-0000-4000-8000-000000000001', '95000000-0000-4000-8000-000000000002')),
  2, 'the follower sees both of their follows'
);

set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
select is_empty(
  $$ select 1 from public.my_follows where id in (
    '95000000-0000-4000-8000-000000000001', '95000000-0000-4000-8000-000000000002') $$,
  'someone else sees none of them'
);

select * from finish();
rollback;
