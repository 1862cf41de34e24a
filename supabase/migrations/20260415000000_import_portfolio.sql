-- import_portfolio(programme_id, data, dry_run): a director's spreadsheet of projects and their
-- tasks, previewed and then written in one transaction (issue #15, "Import from a spreadsheet").
--
-- The app reads the file, checks every cell (dates, stages, states, lengths, growth-area names)
-- and sends the distinct projects and the tasks as JSON:
--   { "projects": [{ "row", "slug", "name", "growth_area", "stage", "starts_on", "ends_on",
--                    "summary" }],
--     "tasks":    [{ "row", "project_slug", "title", "due_on", "state" }] }
-- ("row" is the sheet row, so answers point back into the file; empty values are null).
--
-- What an import does:
-- * A project matches an existing one by slug, a task by its project and its title (trimmed;
--   the oldest of equal titles). No match: created (projects as drafts, published = false).
--   A match: the values the file gives replace the saved ones; an empty cell keeps what is saved.
--   Nothing is ever deleted, so importing the same file again changes nothing.
-- * dry_run (the default) writes nothing and answers the plan: per row create / update /
--   unchanged, and problems the database sees (a slug of another programme, a growth area that is
--   not the programme's, a new project without a name) as { row, column, code }.
-- * dry_run = false writes the plan in the caller's transaction (one RPC = one transaction): all
--   rows or none. security invoker: row-level security decides what the caller may write — only
--   directors create projects; leads may update only their own projects' rows and tasks; a row
--   it refuses aborts the whole import with 42501. The usual triggers keep the audit trail and
--   the row versions, as for any edit. A problem the plan found aborts with 22023.
-- Answers { "created", "updated", "unchanged", "projects": [...], "tasks": [...], "errors": [...] }.

create function public.import_portfolio(programme_id uuid, data jsonb, dry_run boolean default true)
returns jsonb
language plpgsql
volatile
security invoker
set search_path = ''
as $$
#variable_conflict use_variable
declare
  project_plan jsonb;
  task_plan jsonb;
  problems jsonb;
  wanted integer;
  changed integer;
begin
  if jsonb_typeof(data -> 'projects') is distinct from 'array'
    or jsonb_typeof(coalesce(data -> 'tasks', '[]')) <> 'array' then
    raise exception 'data must be an object with a "projects" array and a "tasks" array'
      using errcode = '22023';
  end if;
  if jsonb_array_length(data -> 'projects') > 10000
    or jsonb_array_length(coalesce(data -> 'tasks', '[]')) > 50000 then
    raise exception 'At most 10000 projects and 50000 tasks per import' using errcode = '22023',
      hint = 'Split the file.';
  end if;
  if not exists (select 1 from public.programmes g where g.id = programme_id) then
    raise exception 'No such programme' using errcode = '22023',
      hint = 'Choose a programme you can see.';
  end if;

  -- The projects' plan: each file project beside the saved project of the same slug.
  with given as (
    select x.row, btrim(x.slug) as slug, nullif(btrim(x.name), '') as name,
           nullif(btrim(x.growth_area), '') as growth_area,
           x.stage::public.project_stage as stage, x.starts_on::date as starts_on,
           x.ends_on::date as ends_on, nullif(btrim(x.summary), '') as summary
    from jsonb_to_recordset(data -> 'projects')
      as x ("row" integer, slug text, name text, growth_area text, stage text, starts_on text,
            ends_on text, summary text)
  ),
  matched as (
    select g.*, a.id as growth_area_id, p.id, p.programme_id as saved_programme_id,
           count(*) over (partition by g.slug) as copies,
           case
             when p.id is null then 'create'
             when (g.name is not null and g.name is distinct from p.name)
               or (a.id is not null and a.id is distinct from p.growth_area_id)
               or (g.stage is not null and g.stage is distinct from p.stage)
               or (g.starts_on is not null and g.starts_on is distinct from p.starts_on)
               or (g.ends_on is not null and g.ends_on is distinct from p.ends_on)
               or (g.summary is not null and g.summary is distinct from p.summary)
             then 'update'
             else 'unchanged'
           end as action
    from given g
    left join public.growth_areas a
      on a.programme_id = programme_id and lower(btrim(a.name)) = lower(g.growth_area)
    left join public.projects p on p.slug = g.slug
  )
  select coalesce(jsonb_agg(to_jsonb(m) order by m.row), '[]') into project_plan from matched m;

  select coalesce(jsonb_agg(e order by (e ->> 'row')::integer), '[]') into problems
  from (
    select jsonb_build_object('row', m.row, 'column', 'slug', 'code', 'duplicate') as e
    from jsonb_to_recordset(project_plan) as m ("row" integer, copies integer)
    where m.copies > 1
    union all
    select jsonb_build_object('row', m.row, 'column', 'slug', 'code', 'other_programme')
    from jsonb_to_recordset(project_plan) as m ("row" integer, saved_programme_id uuid)
    where m.saved_programme_id is not null and m.saved_programme_id <> programme_id
    union all
    select jsonb_build_object('row', m.row, 'column', 'growth_area', 'code', 'unknown_growth_area')
    from jsonb_to_recordset(project_plan) as m ("row" integer, growth_area text, growth_area_id uuid)
    where m.growth_area is not null and m.growth_area_id is null
    union all
    select jsonb_build_object('row', m.row, 'column', 'name', 'code', 'required')
    from jsonb_to_recordset(project_plan) as m ("row" integer, name text, action text)
    where m.action = 'create' and m.name is null
    union all
    select jsonb_build_object('row', m.row, 'column', 'slug', 'code', 'required')
    from jsonb_to_recordset(project_plan) as m ("row" integer, slug text)
    where coalesce(m.slug, '') = ''
  ) as found;

  if not dry_run then
    if jsonb_array_length(problems) > 0 then
      raise exception 'The file has problems; preview it to see them' using errcode = '22023',
        detail = problems::text;
    end if;
    insert into public.projects
      (programme_id, growth_area_id, slug, name, stage, starts_on, ends_on, summary)
    select programme_id, m.growth_area_id, m.slug, m.name, coalesce(m.stage, 'not_started'),
           m.starts_on, m.ends_on, m.summary
    from jsonb_to_recordset(project_plan)
      as m ("row" integer, slug text, name text, growth_area_id uuid, stage public.project_stage,
            starts_on date, ends_on date, summary text, action text)
    where m.action = 'create'
    order by m.row;

    select count(*) into wanted
    from jsonb_to_recordset(project_plan) as m (action text) where m.action = 'update';
    update public.projects p set
      name = coalesce(m.name, p.name),
      growth_area_id = coalesce(m.growth_area_id, p.growth_area_id),
      stage = coalesce(m.stage, p.stage),
      starts_on = coalesce(m.starts_on, p.starts_on),
      ends_on = coalesce(m.ends_on, p.ends_on),
      summary = coalesce(m.summary, p.summary)
    from jsonb_to_recordset(project_plan)
      as m (id uuid, name text, growth_area_id uuid, stage public.project_stage, starts_on date,
            ends_on date, summary text, action text)
    where p.id = m.id and m.action = 'update';
    get diagnostics changed = row_count;
    if changed <> wanted then
      -- Visible but not updatable: row-level security filtered the change out.
      raise exception 'Not allowed to change every project of the file' using errcode = '42501',
        hint = 'Only directors and the projects'' leads and editors change a project.';
    end if;
  end if;

  -- The tasks' plan: each file task beside the saved task of its project with the same title.
  -- After the projects are written, a new project's tasks find it (and no saved task).
  with given as (
    select x.row, btrim(x.project_slug) as project_slug, btrim(x.title) as title,
           x.due_on::date as due_on, x.state::public.task_state as state
    from jsonb_to_recordset(coalesce(data -> 'tasks', '[]'))
      as x ("row" integer, project_slug text, title text, due_on text, state text)
  ),
  matched as (
    select g.*, p.id as project_id, t.id, t.state as saved_state, t.completed_on,
           f.slug is null as unknown_project,
           count(*) over (partition by g.project_slug, g.title) as copies,
           case
             when t.id is null then 'create'
             when (g.due_on is not null and g.due_on is distinct from t.due_on)
               or (g.state is not null and g.state is distinct from t.state)
             then 'update'
             else 'unchanged'
           end as action
    from given g
    left join (
      select distinct m.slug from jsonb_to_recordset(project_plan) as m (slug text)
    ) as f on f.slug = g.project_slug
    left join public.projects p on p.slug = g.project_slug
    left join lateral (
      select s.id, s.due_on, s.state, s.completed_on from public.tasks s
      where s.project_id = p.id and btrim(s.title) = g.title
      order by s.created_at, s.id
      limit 1
    ) as t on true
  )
  select coalesce(jsonb_agg(to_jsonb(m) order by m.row), '[]') into task_plan from matched m;

  select problems || coalesce(jsonb_agg(e order by (e ->> 'row')::integer), '[]') into problems
  from (
    select jsonb_build_object('row', m.row, 'column', 'title', 'code', 'duplicate') as e
    from jsonb_to_recordset(task_plan) as m ("row" integer, copies integer)
    where m.copies > 1
    union all
    select jsonb_build_object('row', m.row, 'column', 'slug', 'code', 'unknown_project')
    from jsonb_to_recordset(task_plan) as m ("row" integer, unknown_project boolean)
    where m.unknown_project
  ) as found;

  if not dry_run then
    if jsonb_array_length(problems) > 0 then
      raise exception 'The file has problems; preview it to see them' using errcode = '22023',
        detail = problems::text;
    end if;
    insert into public.tasks (project_id, title, due_on, state, completed_on, sort_order)
    select m.project_id, m.title, m.due_on, coalesce(m.state, 'not_started'),
           case when m.state = 'done' then private.today() end,
           coalesce((select max(s.sort_order) from public.tasks s where s.project_id = m.project_id), 0)
             + row_number() over (partition by m.project_id order by m.row)
    from jsonb_to_recordset(task_plan)
      as m ("row" integer, project_id uuid, title text, due_on date, state public.task_state,
            action text)
    where m.action = 'create';

    select count(*) into wanted
    from jsonb_to_recordset(task_plan) as m (action text) where m.action = 'update';
    update public.tasks t set
      due_on = coalesce(m.due_on, t.due_on),
      state = coalesce(m.state, t.state),
      completed_on = case
        when coalesce(m.state, t.state) = 'done' then coalesce(t.completed_on, private.today())
      end
    from jsonb_to_recordset(task_plan)
      as m (id uuid, due_on date, state public.task_state, action text)
    where t.id = m.id and m.action = 'update';
    get diagnostics changed = row_count;
    if changed <> wanted then
      raise exception 'Not allowed to change every task of the file' using errcode = '42501',
        hint = 'Only directors and the projects'' leads and editors change their tasks.';
    end if;
  end if;

  return (
    select jsonb_build_object(
      'created', count(*) filter (where m.action = 'create'),
      'updated', count(*) filter (where m.action = 'update'),
      'unchanged', count(*) filter (where m.action = 'unchanged'))
    from jsonb_to_recordset(project_plan || task_plan) as m (action text)
  ) || jsonb_build_object(
    'projects', (select coalesce(jsonb_agg(jsonb_build_object('row', m.row, 'slug', m.slug,
                   'action', m.action) order by m.row), '[]')
                 from jsonb_to_recordset(project_plan) as m ("row" integer, slug text, action text)),
    'tasks', (select coalesce(jsonb_agg(jsonb_build_object('row', m.row, 'action', m.action)
                order by m.row), '[]')
              from jsonb_to_recordset(task_plan) as m ("row" integer, action text)),
    'errors', problems
  );
end;
$$;
comment on function public.import_portfolio(uuid, jsonb, boolean) is
  'Imports projects (matched by slug) and their tasks (matched by project and title) into a '
  'programme. dry_run (default) answers the plan per row and the problems found, writing nothing; '
  'dry_run = false writes it all or nothing, under the caller''s row-level security (42501 if a '
  'row is refused, 22023 if the file has problems). Never deletes; re-importing changes nothing.';

revoke all on function public.import_portfolio(uuid, jsonb, boolean) from public, anon, authenticated;
grant execute on function public.import_portfolio(uuid, jsonb, boolean) to authenticated, service_role;
