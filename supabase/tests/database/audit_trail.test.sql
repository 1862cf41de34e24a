-- The audit trail records every insert, update and delete on the domain tables with who,
-- when, which row and the old and new values; only directors and admins read it, and nobody
-- writes or rewrites it through the API.
create extension if not exists pgtap with schema extensions;

begin;
select plan(18);

select is(
  (select array_agg(c.relname::text order by c.relname)
   from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'public' and c.relkind = 'r'
     -- the trail itself; personal settings and follows; machine-written logs (notifications,
     -- the mail outbox) and the nudge log, which is itself the record of who nudged whom; a
     -- baseline's snapshot rows (the baseline itself is audited: who took or deleted it)
     and c.relname not in ('audit_log', 'user_settings', 'notification_preferences', 'follows', 'import_uploads',
       'notifications', 'mail_outbox', 'nudges', 'baseline_projects', 'baseline_tasks')
     and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'audit_row')),
  null,
  'every domain table has the audit trigger (all but the trail itself, personal settings and logs)'
);

-- A lead completes a task ---------------------------------------------------------------------
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000003", "role": "authenticated"}';
update public.tasks set state = 'done', completed_on = '2026-11-22'
where id = '40000000-0000-4000-8000-000000000104';
insert into public.tasks (id, project_id, title, due_on)
values ('40000000-0000-4000-8000-0000000001ff', '30000000-0000-4000-8000-000000000001', 'Uusi tehtävä', '2027-01-15');
delete from public.tasks where id = '40000000-0000-4000-8000-0000000001ff';

select throws_ok(
  $$ insert into public.audit_log (table_name, operation) values ('tasks', 'DELETE') $$,
  '42501', null, 'a lead cannot write the audit trail'
);
select is_empty($$ select 1 from public.audit_log $$, 'a lead reads nothing from the audit trail');

reset role;
select is(
  (select row(actor_id, table_name, operation, project_id, changed_columns)::text
   from public.audit_log where row_id = '40000000-0000-4000-8000-000000000104' and operation = 'UPDATE'),
  row('a0000000-0000-4000-8000-000000000003'::uuid, 'tasks', 'UPDATE',
      '30000000-0000-4000-8000-000000000001'::uuid, array['completed_on', 'state'])::text,
  'the update is recorded with who, table, project and the changed columns'
);
select is(
  (select row(old_data ->> 'state', new_data ->> 'state', new_data ->> 'completed_on', (old_data ->> 'version')::int, (new_data ->> 'version')::int)::text
   from public.audit_log where row_id = '40000000-0000-4000-8000-000000000104' and operation = 'UPDATE'),
  row('not_started', 'done', '2026-11-22', 1, 2)::text,
  'the update keeps the old and the new values'
);
select is(
  (select occurred_at from public.audit_log where row_id = '40000000-0000-4000-8000-000000000104' and operation = 'UPDATE'),
  now(),
  'the change is stamped with the time of the transaction'
);
select is(
  (select row(old_data is null, new_data ->> 'title', actor_role)::text
   from public.audit_log where row_id = '40000000-0000-4000-8000-0000000001ff' and operation = 'INSERT'),
  row(true, 'Uusi tehtävä', 'authenticated')::text,
  'an insert is recorded with its new values'
);
select is(
  (select row(new_data is null, old_data ->> 'title', project_id)::text
   from public.audit_log where row_id = '40000000-0000-4000-8000-0000000001ff' and operation = 'DELETE'),
  row(true, 'Uusi tehtävä', '30000000-0000-4000-8000-000000000001'::uuid)::text,
  'a delete is recorded with the old values, so deleted rows stay in history'
);

-- A director publishes a project; link tables and roles are audited too ---------------------------
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';
update public.projects set published = true where id = '30000000-0000-4000-8000-000000000006';
insert into public.project_members (project_id, user_id, role)
values ('30000000-0000-4000-8000-000000000006', 'a0000000-0000-4000-8000-000000000005', 'editor');

select is(
  (select array_agg(changed_columns) from public.audit_log
   where table_name = 'projects' and row_id = '30000000-0000-4000-8000-000000000006' and operation = 'UPDATE'),
  array[array['published']],
  'a director reads the audit trail: publishing shows as a change of published'
);
select is(
  (select row(row_id, project_id, new_data ->> 'user_id', actor_id)::text
   from public.audit_log where table_name = 'project_members' and operation = 'INSERT'),
  row(null::uuid, '30000000-0000-4000-8000-000000000006'::uuid, 'a0000000-0000-4000-8000-000000000005',
      'a0000000-0000-4000-8000-000000000002'::uuid)::text,
  'granting a membership is audited (link rows have no row_id but carry their project)'
);
select isnt_empty(
  $$ select 1 from public.audit_log where occurred_at < '2026-11-21' $$,
  'the seeded demo history is there for review mode'
);
select throws_ok($$ update public.audit_log set actor_id = null $$, '42501', null, 'a director cannot rewrite history');
select throws_ok($$ delete from public.audit_log $$, '42501', null, 'a director cannot erase history');

-- An admin reads it too; viewers, leads and anonymous visitors do not ---------------------------
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000001", "role": "authenticated"}';
select isnt_empty($$ select 1 from public.audit_log $$, 'an admin reads the audit trail');
update public.user_roles set role = 'director' where user_id = 'a0000000-0000-4000-8000-000000000004';
select is(
  (select row(old_data ->> 'role', new_data ->> 'role')::text from public.audit_log
   where table_name = 'user_roles' and operation = 'UPDATE'),
  row('viewer', 'director')::text,
  'role changes are audited'
);

set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000005", "role": "authenticated"}';
select is_empty($$ select 1 from public.audit_log $$, 'another lead reads nothing from the audit trail');
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000006", "role": "authenticated"}';
select is_empty($$ select 1 from public.audit_log $$, 'a signed-in user without a role reads nothing from the audit trail');

set local role anon;
set local request.jwt.claims to '{"role": "anon"}';
select throws_ok($$ select 1 from public.audit_log $$, '42501', null, 'anonymous visitors cannot query the audit trail at all');

select * from finish();
rollback;
