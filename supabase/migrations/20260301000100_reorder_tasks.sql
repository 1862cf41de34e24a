-- reorder_tasks(project_id, task_ids): the order of a project's tasks where the deadline does
-- not decide it (tasks due the same day, tasks without a deadline). The app lists tasks soonest
-- deadline first and falls back to sort_order, so the lead's "move up / move down" renumbers
-- the tasks it shows in one transaction: task_ids[1] gets sort_order 1, and so on. Only rows
-- whose number changes are written (so only they get a new version and an audit row).
-- security invoker: the caller's row-level security applies (directors and the project's
-- members). Returns the number of tasks renumbered; SQLSTATE 22023 for an empty or repeated
-- list, P0002 when a task is not a (visible) task of the project, 42501 when the caller may not
-- change them.

create function public.reorder_tasks(project_id uuid, task_ids uuid[])
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
    raise exception 'Every task must be a task of the project' using errcode = 'P0002';
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
  '22023 for an empty or repeated list, P0002 for a task not of the project, 42501 if refused.';

revoke all on function public.reorder_tasks(uuid, uuid[]) from public, anon, authenticated;
grant execute on function public.reorder_tasks(uuid, uuid[]) to authenticated, service_role;
