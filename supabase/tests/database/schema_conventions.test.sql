-- House rules of the schema: every foreign key is indexed, every table, view and policy is
-- commented, policies are one per command, helper functions are out of the API's reach, and
-- the enums carry exactly the values the UI and src/types/database.ts expect.
create extension if not exists pgtap with schema extensions;

begin;
select plan(20);

select is(
  (select array_agg(format('%s(%s)', c.relname, k.conname) order by c.relname, k.conname)
   from pg_constraint k
   join pg_class c on c.oid = k.conrelid
   join pg_namespace n on n.oid = c.relnamespace
   where k.contype = 'f' and n.nspname = 'public'
     and not exists (
       select 1 from pg_index i
       where i.indrelid = k.conrelid
         and (i.indkey::int2[])[0:array_length(k.conkey, 1) - 1] = k.conkey
     )),
  null,
  'every foreign key is the leading part of an index'
);

select is(
  (select array_agg(c.relname::text order by c.relname)
   from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'public' and c.relkind in ('r', 'v') and obj_description(c.oid, 'pg_class') is null),
  null,
  'every table and view in public has a comment'
);

select is(
  (select array_agg(p.polname::text order by p.polname)
   from pg_policy p join pg_class c on c.oid = p.polrelid join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'public' and p.polcmd = '*'),
  null,
  'no policy covers all commands at once: one policy per command'
);

select is(
  (select array_agg(format('%s: %s', c.relname, p.polname) order by c.relname)
   from pg_policy p join pg_class c on c.oid = p.polrelid join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'public' and not p.polpermissive),
  null,
  'no restrictive policies hide rules in a second layer'
);

select is(
  (select array_agg(p.proname::text order by p.proname)
   from pg_proc p join pg_namespace n on n.oid = p.pronamespace
   where n.nspname = 'public'
     and (has_function_privilege('public', p.oid, 'execute') or obj_description(p.oid, 'pg_proc') is null)),
  null,
  'every function in public (an RPC) is commented and granted explicitly, never to PUBLIC'
);

-- Supabase's database advisor (lints 0028/0029): a security definer function in the API's schema
-- that anon or authenticated can execute runs with its owner's rights for anyone who calls the
-- RPC. The definer part belongs in private (list_accounts shows the shape); a definer left in
-- public is for service_role only.
select is(
  (select array_agg(p.proname::text order by p.proname)
   from pg_proc p join pg_namespace n on n.oid = p.pronamespace
   where n.nspname = 'public' and p.prosecdef
     and (has_function_privilege('anon', p.oid, 'execute')
       or has_function_privilege('authenticated', p.oid, 'execute'))),
  null,
  'no function in public that the API roles can execute is security definer'
);

select is(
  (select array_agg(p.proname::text order by p.proname)
   from pg_proc p join pg_namespace n on n.oid = p.pronamespace
   where n.nspname = 'private' and has_function_privilege('public', p.oid, 'execute')),
  null,
  'no private function is executable by PUBLIC'
);

select ok(
  not has_function_privilege('authenticated', 'private.audit_row()', 'execute')
  and not has_function_privilege('anon', 'private.touch_row()', 'execute'),
  'API roles cannot call the trigger functions'
);

select ok(
  not has_table_privilege('authenticated', 'public.audit_log', 'insert')
  and not has_table_privilege('authenticated', 'public.audit_log', 'update')
  and not has_table_privilege('authenticated', 'public.audit_log', 'delete'),
  'signed-in users cannot write the audit trail'
);

select ok(
  has_column_privilege('anon', 'public.people', 'full_name', 'select')
  and has_column_privilege('anon', 'public.people', 'title', 'select')
  and has_column_privilege('anon', 'public.people', 'organisation', 'select')
  and not has_column_privilege('anon', 'public.people', 'email', 'select')
  and not has_column_privilege('anon', 'public.people', 'user_id', 'select'),
  'anon may select id, full_name, title and organisation of people, never email or user_id'
);

select enum_has_labels('public', 'project_stage', array['not_started', 'planning', 'implementation', 'completed'], 'project_stage values');
select enum_has_labels('public', 'schedule_status', array['on_schedule', 'late', 'not_pursued'], 'schedule_status values');
select enum_has_labels('public', 'task_state', array['not_started', 'in_progress', 'done', 'cancelled'], 'task_state values');
select enum_has_labels('public', 'app_role', array['admin', 'director', 'viewer'], 'app_role values');
select enum_has_labels('public', 'member_role', array['lead', 'editor'], 'member_role values');
select enum_has_labels('public', 'funding_state', array['applied', 'granted', 'rejected'], 'funding_state values');
select enum_has_labels('public', 'indicator_direction', array['more_is_better', 'less_is_better'], 'indicator_direction values');
select enum_has_labels('public', 'indicator_cadence', array['monthly', 'quarterly', 'yearly'], 'indicator_cadence values');
select enum_has_labels('public', 'indicator_state', array['on_track', 'behind', 'no_recent_value'], 'indicator_state values');

select is(
  (select array_agg(c.relname::text order by c.relname)
   from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'public' and c.relkind = 'r'),
  array['audit_log', 'baseline_projects', 'baseline_tasks', 'baselines', 'follows', 'growth_area_people', 'growth_areas', 'import_uploads', 'indicator_goals',
        'indicator_projects', 'indicator_values', 'indicators', 'mail_outbox',
        'notification_preferences', 'notifications', 'nudges', 'organisations', 'people', 'programmes',
        'project_contacts', 'project_follow_ups', 'project_funding', 'project_members', 'project_partners',
        'projects', 'reminder_settings', 'status_updates', 'tasks', 'user_roles', 'user_settings'],
  'the tables are exactly those in src/types/database.ts'
);

select * from finish();
rollback;
