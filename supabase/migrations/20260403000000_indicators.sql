-- Indicators (mittarit): what the programme is supposed to achieve, with a baseline, a goal
-- per year and the values measured so far (issue #13).
--
--   anonymous  reads published indicators whose scope (programme, growth area or project) is
--              public, with their goals, values and the public projects that feed them.
--   signed in  the same, plus the indicators of projects they lead or edit (drafts too).
--   viewer     + every indicator, published or not. Writes nothing.
--   lead/editor of the owning project or of a contributing project (indicator_projects)
--              enters, corrects and removes values. Cannot change the indicator, its goals,
--              its tolerance or which projects feed it.
--   director   (and admin) manages indicators, baselines, goals, tolerances, contributing
--              projects and values.
--
-- Goals and values are content: deleting an indicator that still has them is refused
-- (foreign keys, no action); the link to contributing projects is a pure link and cascades.
-- Goals and values are versioned (touch_row) and audited (audit_row) like every domain table.
--
-- Whether an indicator is on track is computed in the next part of this file
-- (indicator_status_at / indicator_status), the page's data in indicator_page().

-- Enums ----------------------------------------------------------------------------------------

create type public.indicator_direction as enum ('more_is_better', 'less_is_better');
comment on type public.indicator_direction is
  'Which way is good: more_is_better (e.g. reused components, t) or less_is_better (e.g. emissions).';

create type public.indicator_cadence as enum ('monthly', 'quarterly', 'yearly');
comment on type public.indicator_cadence is
  'How often a value is due. A cadence passed without a value = no_recent_value.';

create type public.indicator_state as enum ('on_track', 'behind', 'no_recent_value');
comment on type public.indicator_state is
  'Computed status of an indicator at a date (indicator_status_at). NULL where it cannot be '
  'judged (no baseline or no goal); the reason says which.';

-- Tables -----------------------------------------------------------------------------------------

create table public.indicators (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid references public.programmes (id) on delete no action,
  growth_area_id uuid references public.growth_areas (id) on delete no action,
  project_id uuid references public.projects (id) on delete no action,
  name text not null constraint indicators_name_length check (char_length(btrim(name)) between 1 and 200),
  description text constraint indicators_description_length check (char_length(description) <= 4000),
  unit text constraint indicators_unit_length check (char_length(unit) <= 40),
  direction public.indicator_direction not null default 'more_is_better',
  decimals integer not null default 0 constraint indicators_decimals_range check (decimals between 0 and 6),
  source text constraint indicators_source_length check (char_length(source) <= 1000),
  cadence public.indicator_cadence not null default 'yearly',
  published boolean not null default false,
  tolerance_percent numeric(5, 2) not null default 5
    constraint indicators_tolerance_range check (tolerance_percent between 0 and 100),
  baseline_value numeric,
  baseline_on date,
  sort_order integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by uuid,
  version integer not null default 1,
  constraint indicators_one_scope check (num_nonnulls(programme_id, growth_area_id, project_id) = 1),
  constraint indicators_baseline_complete check ((baseline_value is null) = (baseline_on is null))
);
create index indicators_programme_id_idx on public.indicators (programme_id);
create index indicators_growth_area_id_idx on public.indicators (growth_area_id);
create index indicators_project_id_idx on public.indicators (project_id);
comment on table public.indicators is
  'Mittari: a measure of what the programme, a growth area or a project (exactly one) should '
  'achieve, with its baseline (lähtötaso). Directors and admins manage them; the public sees the '
  'published ones of public scopes.';
comment on column public.indicators.programme_id is 'Scope: the whole programme (exactly one scope is set).';
comment on column public.indicators.growth_area_id is 'Scope: one growth area (exactly one scope is set).';
comment on column public.indicators.project_id is 'Scope: one project (exactly one scope is set).';
comment on column public.indicators.unit is 'Unit shown after values, e.g. "t", "kpl", "%". NULL = a plain count.';
comment on column public.indicators.decimals is 'How many decimals values are shown with.';
comment on column public.indicators.source is 'Where the values come from (e.g. "HSY, purkumateriaalitilasto").';
comment on column public.indicators.cadence is 'How often a value is due: monthly, quarterly or yearly.';
comment on column public.indicators.published is 'Visible to anonymous visitors when true (and its scope is public).';
comment on column public.indicators.tolerance_percent is
  'How far (percent of the expected value) the latest value may be on the wrong side of the '
  'expected path before the indicator is behind. Set by directors; default 5.';
comment on column public.indicators.baseline_value is 'Lähtötaso: the value the path starts from (with baseline_on).';
comment on column public.indicators.baseline_on is 'The date of the baseline value.';
comment on column public.indicators.version is
  'Row version, +1 on every update (trigger). PATCH with version=eq.N; zero rows = conflict or not allowed.';

create table public.indicator_projects (
  indicator_id uuid not null references public.indicators (id) on delete cascade,
  project_id uuid not null references public.projects (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (indicator_id, project_id)
);
create index indicator_projects_project_id_idx on public.indicator_projects (project_id);
comment on table public.indicator_projects is
  'Projects that contribute to an indicator; their leads and editors may enter its values. '
  'Directors and admins decide which projects feed which indicator.';

create table public.indicator_goals (
  id uuid primary key default gen_random_uuid(),
  indicator_id uuid not null references public.indicators (id) on delete no action,
  year integer not null constraint indicator_goals_year_range check (year between 2000 and 2100),
  value numeric not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by uuid,
  version integer not null default 1,
  constraint indicator_goals_indicator_year_key unique (indicator_id, year)
);
comment on table public.indicator_goals is
  'Tavoite: the value an indicator should reach by 31.12 of a year, one per year. Directors and '
  'admins set them; they are read with the indicator.';
comment on column public.indicator_goals.value is 'The goal, reached by 31 December of the year.';
comment on column public.indicator_goals.version is
  'Row version, +1 on every update (trigger). PATCH with version=eq.N; zero rows = conflict or not allowed.';

create table public.indicator_values (
  id uuid primary key default gen_random_uuid(),
  indicator_id uuid not null references public.indicators (id) on delete no action,
  measured_on date not null,
  value numeric not null,
  note text constraint indicator_values_note_length check (char_length(note) <= 1000),
  entered_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by uuid,
  version integer not null default 1,
  constraint indicator_values_indicator_date_key unique (indicator_id, measured_on)
);
comment on table public.indicator_values is
  'Toteuma: a measured value of an indicator at a date, at most one per date. Leads and editors '
  'of the owning or a contributing project enter them, directors and admins too.';
comment on column public.indicator_values.measured_on is 'The date the value describes (not when it was entered).';
comment on column public.indicator_values.note is 'Where the figure comes from or what explains it.';
comment on column public.indicator_values.entered_by is
  'auth.users id of whoever entered the value (set by trigger for API users; kept on updates).';
comment on column public.indicator_values.version is
  'Row version, +1 on every update (trigger). PATCH with version=eq.N; zero rows = conflict or not allowed.';

-- Who entered a value: the API user, never what the client claims. Trusted sessions (seed,
-- service_role) may name someone.
create function private.set_entered_by()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    if current_user in ('anon', 'authenticated') then
      new.entered_by := auth.uid();
    else
      new.entered_by := coalesce(new.entered_by, auth.uid());
    end if;
  else
    new.entered_by := old.entered_by;
  end if;
  return new;
end;
$$;
comment on function private.set_entered_by() is
  'Sets indicator_values.entered_by to auth.uid() on insert by API users and keeps it on updates.';
revoke all on function private.set_entered_by() from public;

create trigger set_entered_by before insert or update on public.indicator_values
  for each row execute function private.set_entered_by();

do $$
declare
  t text;
begin
  foreach t in array array['indicators', 'indicator_goals', 'indicator_values'] loop
    execute format(
      'create trigger touch_row before insert or update on public.%I '
      'for each row execute function private.touch_row()', t);
  end loop;
  foreach t in array array['indicators', 'indicator_projects', 'indicator_goals', 'indicator_values'] loop
    execute format(
      'create trigger audit_row after insert or update or delete on public.%I '
      'for each row execute function private.audit_row()', t);
  end loop;
end
$$;

-- Helper functions -------------------------------------------------------------------------------

create function private.public_indicator_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select i.id
  from public.indicators i
  where i.published
    and (
      i.programme_id in (select private.published_programme_ids())
      or i.growth_area_id in (
        select a.id from public.growth_areas a
        where a.programme_id in (select private.published_programme_ids()))
      or i.project_id in (select private.public_project_ids())
    )
$$;
comment on function private.public_indicator_ids() is
  'Indicators visible to everyone: published, and their programme, growth area (its programme) or '
  'project is public.';

create function private.member_indicator_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select i.id from public.indicators i
  where i.project_id in (select private.member_project_ids())
  union
  select l.indicator_id from public.indicator_projects l
  where l.project_id in (select private.member_project_ids())
$$;
comment on function private.member_indicator_ids() is
  'Indicators whose values the current user may enter: owned by or fed by a project they lead or edit.';

create function private.readable_indicator_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select i.id from public.indicators i where private.can_read_drafts()
  union
  select private.public_indicator_ids()
  union
  select private.member_indicator_ids()
  union
  select i.id
  from public.indicators i
  where i.published
    and (
      i.programme_id in (select private.readable_programme_ids())
      or i.growth_area_id in (
        select a.id from public.growth_areas a
        where a.programme_id in (select private.readable_programme_ids()))
      or i.project_id in (select private.readable_project_ids())
    )
$$;
comment on function private.readable_indicator_ids() is
  'Indicators the current user may read: all for viewers/directors/admins; else the public ones, '
  'published ones of scopes they can read, and those of their own projects (drafts too).';

revoke all on function
  private.public_indicator_ids(), private.member_indicator_ids(), private.readable_indicator_ids()
from public;
grant execute on function
  private.public_indicator_ids(), private.member_indicator_ids(), private.readable_indicator_ids()
to anon, authenticated, service_role;

-- Privileges and row-level security ----------------------------------------------------------------

grant select on public.indicators, public.indicator_projects, public.indicator_goals, public.indicator_values
to anon;
grant select, insert, update, delete
  on public.indicators, public.indicator_projects, public.indicator_goals, public.indicator_values
to authenticated;
grant all on public.indicators, public.indicator_projects, public.indicator_goals, public.indicator_values
to service_role;

alter table public.indicators enable row level security;
alter table public.indicator_projects enable row level security;
alter table public.indicator_goals enable row level security;
alter table public.indicator_values enable row level security;

-- indicators
create policy "Anyone can read published indicators of public scopes" on public.indicators
  for select to anon using (id in (select private.public_indicator_ids()));
create policy "Signed-in users read indicators they can see" on public.indicators
  for select to authenticated using (id in (select private.readable_indicator_ids()));
create policy "Directors create indicators" on public.indicators
  for insert to authenticated with check ((select private.is_director()));
create policy "Directors edit indicators" on public.indicators
  for update to authenticated
  using ((select private.is_director())) with check ((select private.is_director()));
create policy "Directors delete indicators" on public.indicators
  for delete to authenticated using ((select private.is_director()));
comment on policy "Anyone can read published indicators of public scopes" on public.indicators is
  'Residents see an indicator once a director publishes it and its programme, growth area or project is public.';
comment on policy "Signed-in users read indicators they can see" on public.indicators is
  'Viewers, directors and admins see all; leads and editors also see their projects'' unpublished indicators.';
comment on policy "Directors create indicators" on public.indicators is
  'What the programme is measured by is the programme''s decision: directors and admins.';
comment on policy "Directors edit indicators" on public.indicators is
  'Only directors and admins, including the baseline and the tolerance.';
comment on policy "Directors delete indicators" on public.indicators is
  'Only directors and admins, and only indicators without goals or values (foreign keys restrict).';

-- indicator_projects
create policy "Anyone can read which public projects feed public indicators" on public.indicator_projects
  for select to anon
  using (indicator_id in (select private.public_indicator_ids())
    and project_id in (select private.public_project_ids()));
create policy "Signed-in users read which projects feed visible indicators" on public.indicator_projects
  for select to authenticated
  using (indicator_id in (select private.readable_indicator_ids())
    and project_id in (select private.readable_project_ids()));
create policy "Directors link projects to indicators" on public.indicator_projects
  for insert to authenticated with check ((select private.is_director()));
create policy "Directors change project links of indicators" on public.indicator_projects
  for update to authenticated
  using ((select private.is_director())) with check ((select private.is_director()));
create policy "Directors unlink projects from indicators" on public.indicator_projects
  for delete to authenticated using ((select private.is_director()));
comment on policy "Anyone can read which public projects feed public indicators" on public.indicator_projects is
  'A link is public when both the indicator and the project are.';
comment on policy "Signed-in users read which projects feed visible indicators" on public.indicator_projects is
  'A link is visible when both the indicator and the project are.';
comment on policy "Directors link projects to indicators" on public.indicator_projects is
  'Only directors and admins: a link lets the project''s leads enter values.';
comment on policy "Directors change project links of indicators" on public.indicator_projects is 'Only directors and admins.';
comment on policy "Directors unlink projects from indicators" on public.indicator_projects is 'Only directors and admins.';

-- indicator_goals
create policy "Anyone can read goals of public indicators" on public.indicator_goals
  for select to anon using (indicator_id in (select private.public_indicator_ids()));
create policy "Signed-in users read goals of indicators they can see" on public.indicator_goals
  for select to authenticated using (indicator_id in (select private.readable_indicator_ids()));
create policy "Directors set goals" on public.indicator_goals
  for insert to authenticated with check ((select private.is_director()));
create policy "Directors change goals" on public.indicator_goals
  for update to authenticated
  using ((select private.is_director())) with check ((select private.is_director()));
create policy "Directors delete goals" on public.indicator_goals
  for delete to authenticated using ((select private.is_director()));
comment on policy "Anyone can read goals of public indicators" on public.indicator_goals is
  'Goals follow their indicator''s visibility.';
comment on policy "Signed-in users read goals of indicators they can see" on public.indicator_goals is
  'Goals follow their indicator''s visibility.';
comment on policy "Directors set goals" on public.indicator_goals is
  'Goals are set by the programme: directors and admins only, never the leads who report against them.';
comment on policy "Directors change goals" on public.indicator_goals is 'Only directors and admins.';
comment on policy "Directors delete goals" on public.indicator_goals is 'Only directors and admins.';

-- indicator_values
create policy "Anyone can read values of public indicators" on public.indicator_values
  for select to anon using (indicator_id in (select private.public_indicator_ids()));
create policy "Signed-in users read values of indicators they can see" on public.indicator_values
  for select to authenticated using (indicator_id in (select private.readable_indicator_ids()));
create policy "Directors and contributing project members enter values" on public.indicator_values
  for insert to authenticated
  with check ((select private.is_director()) or indicator_id in (select private.member_indicator_ids()));
create policy "Directors and contributing project members correct values" on public.indicator_values
  for update to authenticated
  using ((select private.is_director()) or indicator_id in (select private.member_indicator_ids()))
  with check ((select private.is_director()) or indicator_id in (select private.member_indicator_ids()));
create policy "Directors and contributing project members remove values" on public.indicator_values
  for delete to authenticated
  using ((select private.is_director()) or indicator_id in (select private.member_indicator_ids()));
comment on policy "Anyone can read values of public indicators" on public.indicator_values is
  'Values follow their indicator''s visibility.';
comment on policy "Signed-in users read values of indicators they can see" on public.indicator_values is
  'Values follow their indicator''s visibility.';
comment on policy "Directors and contributing project members enter values" on public.indicator_values is
  'Leads and editors of the owning or a contributing project report values; directors and admins too.';
comment on policy "Directors and contributing project members correct values" on public.indicator_values is
  'The same people correct values, and cannot move a value to an indicator they do not feed. '
  'Every change is versioned and audited.';
comment on policy "Directors and contributing project members remove values" on public.indicator_values is
  'The same people remove a wrong value; the audit trail keeps it.';
