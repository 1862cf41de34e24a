-- The audit trail: every insert, update and delete on the domain tables, written by triggers.
-- It feeds the director's review mode ("what changed since …") and each project's history.

create table public.audit_log (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null default now(),
  actor_id uuid,
  actor_role text,
  table_name text not null,
  operation text not null constraint audit_log_operation check (operation in ('INSERT', 'UPDATE', 'DELETE')),
  row_id uuid,
  project_id uuid,
  old_data jsonb,
  new_data jsonb,
  changed_columns text[]
);
create index audit_log_occurred_at_idx on public.audit_log (occurred_at);
create index audit_log_project_id_occurred_at_idx on public.audit_log (project_id, occurred_at);
create index audit_log_table_row_idx on public.audit_log (table_name, row_id);
comment on table public.audit_log is
  'Who changed what and when, written by triggers on every domain table. Read by directors and '
  'admins only; nobody writes it through the API. Rows outlive the rows they describe, so there '
  'are no foreign keys.';
comment on column public.audit_log.actor_id is 'auth.uid() of the user who made the change; NULL for seed/maintenance.';
comment on column public.audit_log.actor_role is 'Database role of the session: authenticated, service_role or postgres.';
comment on column public.audit_log.row_id is 'The id of the changed row, for tables with a uuid id (NULL for link tables).';
comment on column public.audit_log.project_id is
  'The project the change belongs to (the project itself or the parent of a task, contact, …) for per-project history.';
comment on column public.audit_log.old_data is 'The row before the change (UPDATE, DELETE).';
comment on column public.audit_log.new_data is 'The row after the change (INSERT, UPDATE).';
comment on column public.audit_log.changed_columns is
  'For UPDATE: the columns whose value changed, bookkeeping columns (updated_at, updated_by, version) left out.';

create function private.audit_row()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  old_row jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
  new_row jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
  any_row jsonb := coalesce(new_row, old_row);
  changed text[];
begin
  if tg_op = 'UPDATE' then
    select coalesce(array_agg(n.key order by n.key), '{}')
    into changed
    from jsonb_each(new_row) n
    where n.key not in ('updated_at', 'updated_by', 'version')
      and n.value is distinct from old_row -> n.key;
  end if;

  insert into public.audit_log
    (actor_id, actor_role, table_name, operation, row_id, project_id, old_data, new_data, changed_columns)
  values (
    auth.uid(),
    coalesce(nullif(current_setting('role', true), 'none'), session_user),
    tg_table_name,
    tg_op,
    case when any_row ? 'id' then (any_row ->> 'id')::uuid end,
    case
      when tg_table_name = 'projects' then (any_row ->> 'id')::uuid
      when any_row ? 'project_id' then (any_row ->> 'project_id')::uuid
    end,
    old_row,
    new_row,
    changed
  );
  return null;
end;
$$;
comment on function private.audit_row() is 'Appends one audit_log row per changed row.';
revoke all on function private.audit_row() from public;

do $$
declare
  t text;
begin
  foreach t in array array[
    'programmes', 'people', 'growth_areas', 'growth_area_people', 'projects', 'tasks',
    'project_contacts', 'organisations', 'project_partners', 'project_follow_ups',
    'project_funding', 'user_roles', 'project_members'
  ] loop
    execute format(
      'create trigger audit_row after insert or update or delete on public.%I '
      'for each row execute function private.audit_row()', t);
  end loop;
end
$$;

alter table public.audit_log enable row level security;
revoke all on public.audit_log from anon, authenticated;
grant select on public.audit_log to authenticated;
grant all on public.audit_log to service_role;

create policy "Directors read the audit trail" on public.audit_log
  for select to authenticated using ((select private.is_director()));
comment on policy "Directors read the audit trail" on public.audit_log is
  'Directors and admins see every change (review mode, project history). Nobody else, and nobody '
  'can write or alter it through the API.';
