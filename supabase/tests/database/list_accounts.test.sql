-- list_accounts(): directors and admins see the sign-in accounts with person and roles;
-- nobody else can call it. The RPC runs with the caller's rights; only its private half is a
-- security definer (Supabase's advisor: no definer function the API roles can call in public).
create extension if not exists pgtap with schema extensions;

begin;
select plan(11);

select is(
  (select prosecdef from pg_proc where oid = 'public.list_accounts()'::regprocedure),
  false,
  'the RPC public.list_accounts() is security invoker'
);
select ok(
  (select prosecdef and proconfig = array['search_path=""']
   from pg_proc where oid = 'private.list_accounts()'::regprocedure),
  'its definer half lives in private, with an empty search_path'
);
select ok(
  not has_function_privilege('anon', 'public.list_accounts()', 'execute')
  and not has_function_privilege('anon', 'private.list_accounts()', 'execute'),
  'anonymous visitors may not execute either half'
);

set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
select is((select count(*)::integer from public.list_accounts()), 6, 'a director lists the six demo accounts');
select results_eq(
  $$ select email, full_name, roles::text[] from public.list_accounts() where email in ('lead@salkku.test', 'admin@salkku.test') order by email $$,
  $$ values ('admin@salkku.test', null::text, array['admin']), ('lead@salkku.test', 'Ronny Rantamäki', array[]::text[]) $$,
  'each account comes with its linked person and its roles'
);

set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000001", "role": "authenticated"}';
select is((select count(*)::integer from public.list_accounts()), 6, 'an admin lists the accounts too');

set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000003", "role": "authenticated"}';
select throws_ok($$ select * from public.list_accounts() $$, '42501', 'Only directors and admins may list accounts', 'a lead cannot list accounts');

set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000004", "role": "authenticated"}';
select throws_ok($$ select * from public.list_accounts() $$, '42501', null, 'a viewer cannot list accounts');

set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000006", "role": "authenticated"}';
select throws_ok($$ select * from public.list_accounts() $$, '42501', null, 'a signed-in user without a role cannot list accounts');
select throws_ok($$ select * from private.list_accounts() $$, '42501', null, 'nor by calling the private half directly');

set local role anon;
set local request.jwt.claims to '{"role": "anon"}';
select throws_ok($$ select * from public.list_accounts() $$, '42501', null, 'anonymous visitors cannot even call it');

select * from finish();
rollback;
