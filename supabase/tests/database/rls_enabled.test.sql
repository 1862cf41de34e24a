-- Row-level security is the only gate: every table in public has it switched on, and no
-- table or view is readable or writable by a role that should not even see it.
create extension if not exists pgtap with schema extensions;

begin;
select plan(8);

select is(
  (select array_agg(c.relname::text order by c.relname)
   from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relrowsecurity),
  null,
  'every table in public has row-level security enabled'
);

select cmp_ok(
  (select count(*)::integer from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'public' and c.relkind = 'r'),
  '>=', 15,
  'the schema has all its tables (sanity check for the query above)'
);

select is(
  (select array_agg(c.relname::text order by c.relname)
   from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'public' and c.relkind = 'r'
     and not exists (select 1 from pg_policy p where p.polrelid = c.oid)),
  null,
  'every table in public has at least one policy'
);

select is(
  (select array_agg(c.relname::text order by c.relname)
   from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'public' and c.relkind = 'v'
     and not coalesce(c.reloptions @> array['security_invoker=true'], false)),
  null,
  'every view in public is security_invoker'
);

select is(
  (select array_agg(p.proname::text order by p.proname)
   from pg_proc p join pg_namespace n on n.oid = p.pronamespace
   where n.nspname = 'private' and p.prosecdef
     and not coalesce(p.proconfig @> array['search_path=""'], false)),
  null,
  'every security definer helper pins search_path to empty'
);

select is(
  (select array_agg(distinct table_name::text order by table_name::text)
   from information_schema.role_table_grants
   where table_schema = 'public' and grantee = 'anon' and privilege_type <> 'SELECT'),
  null,
  'anon holds no write privilege on any table'
);

select is(
  (select array_agg(distinct table_name::text order by table_name::text)
   from information_schema.role_table_grants
   where table_schema = 'public' and grantee = 'anon'
     and table_name in ('audit_log', 'user_roles', 'project_members')),
  null,
  'anon has no privilege at all on the audit trail, roles or memberships'
);

select is(
  (select array_agg(p.polname::text order by p.polname)
   from pg_policy p join pg_class c on c.oid = p.polrelid join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'public' and (p.polroles = '{0}' or obj_description(p.oid, 'pg_policy') is null)),
  null,
  'every policy names its role (no policy for PUBLIC) and has a comment'
);

select * from finish();
rollback;
