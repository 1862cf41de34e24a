-- Baselines (vertailukohdat, issue #15 §4): a named snapshot of a programme's schedule — every
-- project's dates, stage and schedule state, every task's deadline and state — taken when the
-- director reports to the city board ("Kaupunginhallitus Q1/2026"). Between two reports the
-- question is "what slipped since we last reported?", which needs the plan as it was then.
--
--   directors, admins  take a baseline (take_baseline, one transaction) and delete one.
--   viewers            read baselines too (they read every draft; a snapshot holds drafts).
--   everyone else      nothing: anonymous callers have no grant, other signed-in users no rows.
--
-- A baseline is never edited: there is no UPDATE grant or policy on any of the three tables.
-- The snapshot rows carry no foreign key to the live project or task: a baseline outlives what
-- it recorded (a project deleted since shows as removed in baseline_changes).

create table public.baselines (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references public.programmes (id) on delete cascade,
  name text not null constraint baselines_name_length check (char_length(btrim(name)) between 1 and 200),
  taken_at timestamptz not null default now(),
  taken_by uuid default auth.uid() references auth.users (id) on delete set null,
  project_count integer not null default 0,
  task_count integer not null default 0,
  constraint baselines_programme_name_key unique (programme_id, name)
);
create index baselines_taken_by_idx on public.baselines (taken_by);
comment on table public.baselines is
  'A named snapshot of a programme''s schedule (projects and tasks) at taken_at. Directors and '
  'admins take (take_baseline) and delete them; viewers, directors and admins read them. Never edited.';
comment on column public.baselines.name is 'E.g. "Kaupunginhallitus Q1/2026"; unique within the programme.';
comment on column public.baselines.taken_by is 'auth.users id of the director who took it.';
comment on column public.baselines.project_count is 'How many projects the snapshot holds.';
comment on column public.baselines.task_count is 'How many tasks the snapshot holds.';

create table public.baseline_projects (
  baseline_id uuid not null references public.baselines (id) on delete cascade,
  project_id uuid not null,
  slug text not null,
  name text not null,
  growth_area_id uuid,
  stage public.project_stage not null,
  schedule_state text not null
    constraint baseline_projects_schedule_state check (schedule_state in ('on_schedule', 'late', 'not_pursued', 'not_started')),
  starts_on date,
  ends_on date,
  published boolean not null,
  primary key (baseline_id, project_id)
);
comment on table public.baseline_projects is
  'One project as a baseline recorded it. project_id is the live project''s id, without a foreign '
  'key: the snapshot outlives the project. Readable with its baseline; written only by take_baseline.';
comment on column public.baseline_projects.schedule_state is
  'project_overview.schedule_state at the time: the manual status if set, else the computed one.';

create table public.baseline_tasks (
  baseline_id uuid not null references public.baselines (id) on delete cascade,
  task_id uuid not null,
  project_id uuid not null,
  title text not null,
  due_on date,
  state public.task_state not null,
  is_milestone boolean not null,
  primary key (baseline_id, task_id)
);
create index baseline_tasks_baseline_project_idx on public.baseline_tasks (baseline_id, project_id);
comment on table public.baseline_tasks is
  'One task as a baseline recorded it (deadline, state, milestone). task_id and project_id are the '
  'live ids, without foreign keys. Readable with its baseline; written only by take_baseline.';

-- Who took or deleted a baseline is in the audit trail; its snapshot rows are not (they are
-- written once, with it, and would only repeat what the trail already says of each project).
create trigger audit_row after insert or update or delete on public.baselines
  for each row execute function private.audit_row();

alter table public.baselines enable row level security;
alter table public.baseline_projects enable row level security;
alter table public.baseline_tasks enable row level security;

revoke all on public.baselines, public.baseline_projects, public.baseline_tasks from anon, authenticated;
grant select, insert, delete on public.baselines to authenticated;
grant select, insert on public.baseline_projects, public.baseline_tasks to authenticated;
grant all on public.baselines, public.baseline_projects, public.baseline_tasks to service_role;

create policy "Viewers, directors and admins read baselines" on public.baselines
  for select to authenticated using ((select private.can_read_drafts()));
comment on policy "Viewers, directors and admins read baselines" on public.baselines is
  'A snapshot holds drafts, so only those who read every draft read it.';
create policy "Directors take baselines" on public.baselines
  for insert to authenticated with check ((select private.is_director()));
comment on policy "Directors take baselines" on public.baselines is
  'Directors and admins take baselines (through take_baseline).';
create policy "Directors delete baselines" on public.baselines
  for delete to authenticated using ((select private.is_director()));
comment on policy "Directors delete baselines" on public.baselines is
  'Directors and admins delete a baseline; its rows go with it (cascade).';

create policy "Viewers, directors and admins read baseline projects" on public.baseline_projects
  for select to authenticated using ((select private.can_read_drafts()));
comment on policy "Viewers, directors and admins read baseline projects" on public.baseline_projects is
  'Readable with the baseline.';
create policy "Directors record baseline projects" on public.baseline_projects
  for insert to authenticated with check ((select private.is_director()));
comment on policy "Directors record baseline projects" on public.baseline_projects is
  'Written by take_baseline, which runs as the calling director.';

create policy "Viewers, directors and admins read baseline tasks" on public.baseline_tasks
  for select to authenticated using ((select private.can_read_drafts()));
comment on policy "Viewers, directors and admins read baseline tasks" on public.baseline_tasks is
  'Readable with the baseline.';
create policy "Directors record baseline tasks" on public.baseline_tasks
  for insert to authenticated with check ((select private.is_director()));
comment on policy "Directors record baseline tasks" on public.baseline_tasks is
  'Written by take_baseline, which runs as the calling director.';

-- take_baseline ---------------------------------------------------------------------------------

-- security invoker: the director's own row-level security reads the projects (all of them,
-- drafts too) and lets the inserts through; anyone else gets 42501 before anything is written.
-- One statement per table, in the RPC's one transaction: all of the snapshot or none of it.
create function public.take_baseline(p_programme_id uuid, p_name text)
returns uuid
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  v_id uuid;
begin
  if not (select private.is_director()) then
    raise exception 'Only directors take baselines' using errcode = '42501';
  end if;
  if not exists (select 1 from public.programmes g where g.id = p_programme_id) then
    raise exception 'No such programme' using errcode = 'P0002';
  end if;

  insert into public.baselines (programme_id, name, project_count, task_count)
  values (
    p_programme_id,
    btrim(p_name),
    (select count(*) from public.projects p where p.programme_id = p_programme_id),
    (select count(*) from public.tasks t join public.projects p on p.id = t.project_id
     where p.programme_id = p_programme_id)
  )
  returning id into v_id;

  insert into public.baseline_projects
    (baseline_id, project_id, slug, name, growth_area_id, stage, schedule_state, starts_on, ends_on, published)
  select v_id, o.id, o.slug, o.name, o.growth_area_id, o.stage, o.schedule_state, o.starts_on, o.ends_on, o.published
  from public.project_overview o
  where o.programme_id = p_programme_id;

  insert into public.baseline_tasks (baseline_id, task_id, project_id, title, due_on, state, is_milestone)
  select v_id, t.id, t.project_id, t.title, t.due_on, t.state, t.is_milestone
  from public.tasks t
  join public.projects p on p.id = t.project_id
  where p.programme_id = p_programme_id;

  return v_id;
end;
$$;
comment on function public.take_baseline(uuid, text) is
  'Takes a named baseline of a programme: every project''s dates, stage and schedule state and '
  'every task''s deadline and state, atomically. Returns its id. Directors and admins only '
  '(42501 otherwise); 23505 when the programme already has a baseline of that name; 23514 for a '
  'blank or too long name; P0002 for an unknown programme.';

revoke all on function public.take_baseline(uuid, text) from public, anon, authenticated;
grant execute on function public.take_baseline(uuid, text) to authenticated, service_role;

-- baseline_changes ------------------------------------------------------------------------------

-- What moved since a baseline: the board report's and review mode's "what slipped". security
-- invoker, so the caller sees the baseline only if they may (viewers, directors, admins) and the
-- current plan as their row-level security allows.
create function public.baseline_changes(p_baseline_id uuid)
returns table (
  kind text,
  project_id uuid,
  project_slug text,
  project_name text,
  growth_area_id uuid,
  growth_area_name text,
  task_id uuid,
  task_title text,
  old_value text,
  new_value text,
  slip_days integer
)
language sql
stable
security invoker
set search_path = ''
as $$
  with b as (
    select bl.id, bl.programme_id from public.baselines bl where bl.id = p_baseline_id
  ),
  bp as (
    select x.* from public.baseline_projects x join b on b.id = x.baseline_id
  ),
  cur as (
    select o.id, o.slug, o.name, o.growth_area_id, o.stage, o.schedule_state, o.starts_on, o.ends_on
    from public.project_overview o join b on b.programme_id = o.programme_id
  ),
  bt as (
    select x.* from public.baseline_tasks x join b on b.id = x.baseline_id
  ),
  ct as (
    select t.id, t.project_id, t.title, t.due_on, t.state
    from public.tasks t join cur on cur.id = t.project_id
  ),
  changes as (
    select 'project_added' as kind, c.id as project_id, null::uuid as task_id, null::text as task_title,
      null::text as old_value, null::text as new_value, null::integer as slip_days
    from cur c where not exists (select 1 from bp where bp.project_id = c.id)
    union all
    select 'project_removed', bp.project_id, null, null, bp.name, null, null
    from bp where not exists (select 1 from cur c where c.id = bp.project_id)
    union all
    select 'stage_changed', c.id, null, null, bp.stage::text, c.stage::text, null
    from cur c join bp on bp.project_id = c.id where bp.stage <> c.stage
    union all
    select 'schedule_changed', c.id, null, null, bp.schedule_state, c.schedule_state, null
    from cur c join bp on bp.project_id = c.id where bp.schedule_state is distinct from c.schedule_state
    union all
    select 'start_moved', c.id, null, null, bp.starts_on::text, c.starts_on::text, c.starts_on - bp.starts_on
    from cur c join bp on bp.project_id = c.id where bp.starts_on is distinct from c.starts_on
    union all
    select 'end_moved', c.id, null, null, bp.ends_on::text, c.ends_on::text, c.ends_on - bp.ends_on
    from cur c join bp on bp.project_id = c.id where bp.ends_on is distinct from c.ends_on
    union all
    select 'deadline_moved', t.project_id, t.id, t.title, bt.due_on::text, t.due_on::text, t.due_on - bt.due_on
    from ct t join bt on bt.task_id = t.id where bt.due_on is distinct from t.due_on
    union all
    select 'task_added', t.project_id, t.id, t.title, null, t.due_on::text, null
    from ct t where not exists (select 1 from bt where bt.task_id = t.id)
  )
  select ch.kind, ch.project_id,
    coalesce(c.slug, bp.slug), coalesce(c.name, bp.name),
    coalesce(c.growth_area_id, bp.growth_area_id), ga.name,
    ch.task_id, ch.task_title, ch.old_value, ch.new_value, ch.slip_days
  from changes ch
  left join cur c on c.id = ch.project_id
  left join bp on bp.project_id = ch.project_id
  left join public.growth_areas ga on ga.id = coalesce(c.growth_area_id, bp.growth_area_id)
  order by ga.sort_order nulls last, coalesce(c.name, bp.name), ch.project_id, ch.kind, ch.task_title, ch.task_id
$$;
comment on function public.baseline_changes(uuid) is
  'What changed in the baseline''s programme since it was taken, per project: project_added, '
  'project_removed, stage_changed, schedule_changed, start_moved, end_moved, deadline_moved, '
  'task_added; old_value/new_value as text, slip_days = new date - old date (positive: later). '
  'No rows for callers who may not read the baseline.';

revoke all on function public.baseline_changes(uuid) from public, anon, authenticated;
grant execute on function public.baseline_changes(uuid) to authenticated, service_role;
