-- user_settings: each signed-in user reads and writes only their own preferences.
create extension if not exists pgtap with schema extensions;

begin;
select plan(9);

set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
select lives_ok(
  $$ insert into public.user_settings (user_id, locale, last_reviewed_at) values ('a0000000-0000-4000-8000-000000000002', 'fi', '2026-11-01')
     on conflict (user_id) do update set last_reviewed_at = excluded.last_reviewed_at $$,
  'the director upserts their own settings'
);
select lives_ok(
  $$ insert into public.user_settings (user_id, last_reviewed_at) values ('a0000000-0000-4000-8000-000000000002', '2026-11-22')
     on conflict (user_id) do update set last_reviewed_at = excluded.last_reviewed_at $$,
  'the upsert updates the existing row'
);
select results_eq(
  $$ select locale, last_reviewed_at from public.user_settings $$,
  $$ values ('fi', '2026-11-22'::timestamptz) $$,
  'the director reads their own settings back'
);
select throws_ok(
  $$ insert into public.user_settings (user_id, locale) values ('a0000000-0000-4000-8000-000000000003', 'sv') $$,
  '42501', null, 'nobody creates settings for someone else'
);
select throws_ok(
  $$ update public.user_settings set locale = 'de' $$,
  '23514', null, 'locale is fi, sv or en'
);

set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000001", "role": "authenticated"}';
select is_empty($$ select 1 from public.user_settings $$, 'even an admin does not read another user''s settings');
with x as (update public.user_settings set locale = 'en' returning 1)
select is(count(*)::integer, 0, 'nor change them') from x;
with x as (delete from public.user_settings returning 1)
select is(count(*)::integer, 0, 'nor delete them') from x;

set local role anon;
set local request.jwt.claims to '{"role": "anon"}';
select throws_ok($$ select 1 from public.user_settings $$, '42501', null, 'anonymous visitors have no settings table');

select * from finish();
rollback;
