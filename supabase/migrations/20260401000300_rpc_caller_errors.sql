-- Caller mistakes in the app's own functions answer 400, not 500. reorder_tasks (a task id
-- that is not a task of the project) and set_primary_contact (a person who is not a contact
-- of the project) raised P0002 (no_data_found), which PostgREST, like the local gateway,
-- answers with 500 — a server fault as far as the client, its retries and the logs are
-- concerned. They now raise 22023 (invalid_parameter_value) with a hint, as reorder_tasks
-- already did for an empty or repeated list: PostgREST answers class 22 with 400.
-- Only the error code and hint change; the bodies are otherwise those of the migrations
-- that created them (20260301000100_reorder_tasks, 20260101000700_set_primary_contact).
-- create or replace keeps the grants (execute for authenticated and service_role only).

create or replace function public.reorder_tasks(project_id uuid, task_ids uuid[])
returns integer
language plpgsql
volatile
security invoker
set search_path = ''
as $$
#variable_conflict use_variable
declare
  wanted integer := coalesce(cardinality(task_ids), 0);
  changed integer;
begin
  if wanted = 0 or wanted > 1000 then
    raise exception 'Give between 1 and 1000 task ids' using errcode = '22023';
  end if;
  if (select count(distinct id) from unnest(task_ids) as id where id is not null) <> wanted then
    raise exception 'Each task may appear once' using errcode = '22023';
  end if;
  if (select count(*) from public.tasks t
      where t.project_id = project_id and t.id = any (task_ids)) <> wanted then
    raise exception 'Every task must be a task of the project' using errcode = '22023',
      hint = 'Give only task ids of the project named by project_id.';
  end if;
  update public.tasks t set sort_order = o.position::integer
  from unnest(task_ids) with ordinality as o (id, position)
  where t.id = o.id and t.project_id = project_id and t.sort_order <> o.position;
  get diagnostics changed = row_count;
  if exists (
    select 1 from public.tasks t
    join unnest(task_ids) with ordinality as o (id, position) on o.id = t.id
    where t.sort_order <> o.position
  ) then
    -- Visible but not updatable: row-level security filtered the change out.
    raise exception 'Not allowed to reorder this project''s tasks' using errcode = '42501';
  end if;
  return changed;
end;
$$;
comment on function public.reorder_tasks(uuid, uuid[]) is
  'Renumbers sort_order of the given tasks of one project in the given order (1, 2, …), '
  'atomically. Row-level security of tasks applies (directors and project members). '
  '22023 for an empty or repeated list or a task not of the project, 42501 if refused.';

create or replace function public.set_primary_contact(project_id uuid, person_id uuid)
returns integer
language plpgsql
volatile
security invoker
set search_path = ''
as $$
#variable_conflict use_variable
declare
  changed integer;
  demoted integer;
begin
  if not exists (
    select 1 from public.project_contacts c
    where c.project_id = project_id and c.person_id = person_id
  ) then
    raise exception 'This person is not a contact of the project' using errcode = '22023',
      hint = 'Add the person as a contact of the project first.';
  end if;
  update public.project_contacts c set is_primary = false
  where c.project_id = project_id and c.is_primary and c.person_id <> person_id;
  get diagnostics demoted = row_count;
  update public.project_contacts c set is_primary = true
  where c.project_id = project_id and c.person_id = person_id and not c.is_primary;
  get diagnostics changed = row_count;
  if changed = 0 and exists (
    select 1 from public.project_contacts c
    where c.project_id = project_id and c.person_id = person_id and not c.is_primary
  ) then
    -- Visible but not updatable: row-level security refused the change.
    raise exception 'Not allowed to change this project''s contacts' using errcode = '42501';
  end if;
  return changed + demoted;
end;
$$;
comment on function public.set_primary_contact(uuid, uuid) is
  'Makes the given contact the project''s only main contact, atomically. Row-level security of '
  'project_contacts applies (directors and project members). 22023 if the person is not a contact.';
