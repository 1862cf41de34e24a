-- Salkku core schema: programmes, growth areas, projects, tasks, people, partners,
-- funding, follow-ups, roles and memberships.
--
-- Conventions
-- * Every domain table that users edit carries created_at, updated_at, updated_by and
--   version. Triggers (private.touch_row) maintain them; values sent by clients are ignored.
--   The app does optimistic concurrency: PATCH ... ?id=eq.X&version=eq.N — zero rows back
--   means "someone saved first" or "not allowed".
-- * Foreign keys refuse to delete a parent that still has children (ON DELETE NO ACTION,
--   SQLSTATE 23503 on every Postgres version; RESTRICT would raise 23001 on Postgres 18)
--   unless the child row is a pure link that means nothing without its parent (contacts,
--   partners, memberships, staff, follow-up links: CASCADE). Nothing cascades into content.
-- * Every foreign key column has an index.
-- * Text is bounded with check (char_length(...)); names may not be blank.

-- Supabase grants the API roles everything on new objects in public. Salkku grants
-- explicitly instead (see the access migration), so switch those defaults off first.
alter default privileges in schema public revoke all on tables from anon, authenticated;
alter default privileges in schema public revoke all on sequences from anon, authenticated;
alter default privileges in schema public revoke all on functions from anon, authenticated, public;

-- The non-exposed schema for helper and trigger functions (PostgREST exposes only public).
create schema if not exists private;
comment on schema private is
  'Helper and trigger functions used by policies and triggers. Not exposed through the API.';
revoke all on schema private from public;
alter default privileges in schema private revoke all on functions from public;

-- Enums ------------------------------------------------------------------------------

create type public.project_stage as enum ('not_started', 'planning', 'implementation', 'completed');
comment on type public.project_stage is
  'Eteneminen: Ei aloitettu, Suunnittelu, Toteutus, Valmis.';

create type public.schedule_status as enum ('on_schedule', 'late', 'not_pursued');
comment on type public.schedule_status is
  'Aikataulussa, Myöhässä, Ei toteuteta tässä vaiheessa.';

create type public.task_state as enum ('not_started', 'in_progress', 'done', 'cancelled');
comment on type public.task_state is 'State of a task (tehtävä).';

create type public.app_role as enum ('admin', 'director', 'viewer');
comment on type public.app_role is
  'Organisation-wide role of a signed-in user: admin manages people and roles, director '
  'manages the whole portfolio, viewer reads drafts too.';

create type public.member_role as enum ('lead', 'editor');
comment on type public.member_role is 'Role of a user within one project.';

create type public.funding_state as enum ('applied', 'granted', 'rejected');
comment on type public.funding_state is
  'applied = hakemusvaiheessa, ei päätöstä rahoituksesta; granted; rejected.';

-- Row bookkeeping trigger ----------------------------------------------------------------

-- Sets created_at/updated_at/updated_by/version. For the API roles (anon, authenticated)
-- every value the client sent is overwritten. Trusted sessions (postgres running the seed
-- or a migration, service_role) may supply created_at/updated_at/updated_by on INSERT, so
-- the demo data can carry real historical dates; version always starts at 1 and grows by
-- one on every UPDATE, whoever sends what.
create function private.touch_row()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  api_role boolean := current_user in ('anon', 'authenticated');
begin
  if tg_op = 'INSERT' then
    if api_role then
      new.created_at := now();
      new.updated_at := now();
      new.updated_by := auth.uid();
    else
      new.created_at := coalesce(new.created_at, now());
      new.updated_at := coalesce(new.updated_at, new.created_at);
      new.updated_by := coalesce(new.updated_by, auth.uid());
    end if;
    new.version := 1;
  else
    new.created_at := old.created_at;
    new.updated_at := now();
    new.updated_by := auth.uid();
    new.version := old.version + 1;
  end if;
  return new;
end;
$$;
comment on function private.touch_row() is
  'Maintains created_at, updated_at, updated_by (auth.uid()) and version (+1 per update).';

-- Tables -----------------------------------------------------------------------------------

create table public.programmes (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique
    constraint programmes_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(slug) <= 100),
  name text not null constraint programmes_name_length check (char_length(btrim(name)) between 1 and 200),
  description text constraint programmes_description_length check (char_length(description) <= 4000),
  starts_on date not null,
  ends_on date not null,
  published boolean not null default false,
  sort_order integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by uuid,
  version integer not null default 1,
  constraint programmes_dates_ordered check (ends_on >= starts_on)
);
comment on table public.programmes is
  'A city programme with a time span, e.g. Elinvoimaohjelma 2025–2029. Unpublished programmes '
  '(and everything in them) are hidden from the public.';
comment on column public.programmes.published is
  'Visible to anonymous visitors when true. Directors publish.';
comment on column public.programmes.updated_by is 'auth.users id of the last editor (set by trigger).';
comment on column public.programmes.version is
  'Row version, +1 on every update (trigger). Send it back as a filter (version=eq.N) to detect conflicts.';

create table public.people (
  id uuid primary key default gen_random_uuid(),
  full_name text not null constraint people_full_name_length check (char_length(btrim(full_name)) between 1 and 200),
  title text constraint people_title_length check (char_length(title) <= 200),
  organisation text constraint people_organisation_length check (char_length(organisation) <= 200),
  email text constraint people_email_format check (char_length(email) <= 320 and email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
  user_id uuid unique references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by uuid,
  version integer not null default 1
);
comment on table public.people is
  'Contact persons, growth-area leads and staff, task assignees. Anonymous visitors see only '
  'id, full_name, title and organisation (column grants); signed-in users also see email.';
comment on column public.people.email is 'Work e-mail. Never readable anonymously.';
comment on column public.people.user_id is
  'The sign-in account of this person, if any (one person per account). Links "my tasks" to a user.';

create table public.growth_areas (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references public.programmes (id) on delete no action,
  slug text not null
    constraint growth_areas_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(slug) <= 100),
  name text not null constraint growth_areas_name_length check (char_length(btrim(name)) between 1 and 200),
  description text constraint growth_areas_description_length check (char_length(description) <= 4000),
  color text not null default '#0072c6' constraint growth_areas_color_format check (color ~ '^#[0-9a-fA-F]{6}$'),
  sort_order integer not null default 0,
  lead_person_id uuid references public.people (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by uuid,
  version integer not null default 1,
  constraint growth_areas_programme_slug_key unique (programme_id, slug)
);
create index growth_areas_programme_id_idx on public.growth_areas (programme_id);
create index growth_areas_lead_person_id_idx on public.growth_areas (lead_person_id);
comment on table public.growth_areas is
  'Kasvualue: a strategic theme of a programme, shown in sort_order. Public when its programme is published.';
comment on column public.growth_areas.lead_person_id is
  'Projektijohtaja / vetäjä. NULL means the post is vacant ("NN" in the slides).';
comment on column public.growth_areas.color is 'Hex colour for charts; never the only signal in the UI.';

create table public.growth_area_people (
  growth_area_id uuid not null references public.growth_areas (id) on delete cascade,
  person_id uuid not null references public.people (id) on delete cascade,
  role text not null constraint growth_area_people_role_length check (char_length(btrim(role)) between 1 and 200),
  sort_order integer not null default 0,
  created_at timestamptz not null default now(),
  primary key (growth_area_id, person_id)
);
create index growth_area_people_person_id_idx on public.growth_area_people (person_id);
comment on table public.growth_area_people is
  'Supporting staff of a growth area besides its lead, e.g. an erityissuunnittelija.';
comment on column public.growth_area_people.role is 'Free-text role, e.g. "Erityissuunnittelija".';

create table public.projects (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references public.programmes (id) on delete no action,
  growth_area_id uuid references public.growth_areas (id) on delete no action,
  slug text not null unique
    constraint projects_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(slug) <= 100),
  name text not null constraint projects_name_length check (char_length(btrim(name)) between 1 and 200),
  summary text constraint projects_summary_length check (char_length(summary) <= 4000),
  official_description text
    constraint projects_official_description_length check (char_length(official_description) <= 10000),
  stage public.project_stage not null default 'not_started',
  schedule_status public.schedule_status,
  schedule_note text constraint projects_schedule_note_length check (char_length(schedule_note) <= 1000),
  starts_on date,
  ends_on date,
  published boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by uuid,
  version integer not null default 1,
  constraint projects_dates_ordered check (ends_on >= starts_on),
  constraint projects_manual_status_needs_note
    check (schedule_status is null or (schedule_note is not null and char_length(btrim(schedule_note)) > 0))
);
create index projects_programme_id_idx on public.projects (programme_id);
create index projects_growth_area_id_idx on public.projects (growth_area_id);
comment on table public.projects is
  'Hanke / projekti. Leads and editors (project_members) edit the content; only directors move it '
  'between growth areas, change its slug, publish it or delete it.';
comment on column public.projects.growth_area_id is
  'NULL means the programme''s "other projects" portfolio (Muut projektit ja hankkeet).';
comment on column public.projects.summary is 'Kuvaus: the short description.';
comment on column public.projects.official_description is 'Virallinen kuvaus.';
comment on column public.projects.stage is 'Eteneminen.';
comment on column public.projects.schedule_status is
  'Manual schedule status. NULL = computed from tasks and dates (see project_overview); a value '
  'is a manual override and then schedule_note must explain it.';
comment on column public.projects.schedule_note is 'Why the manual schedule status was set.';
comment on column public.projects.starts_on is 'Aikajänne start.';
comment on column public.projects.ends_on is 'Aikajänne end.';
comment on column public.projects.published is 'Visible to anonymous visitors when true. Only directors change it.';
comment on column public.projects.updated_at is
  'Tietoja päivitetty: when the project row itself last changed (task edits do not bump it; '
  'project_overview.last_activity_at covers both).';
comment on column public.projects.updated_by is 'auth.users id of the last editor (set by trigger).';
comment on column public.projects.version is
  'Row version, +1 on every update (trigger). PATCH with version=eq.N; zero rows = conflict or not allowed.';

create table public.tasks (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id) on delete no action,
  title text not null constraint tasks_title_length check (char_length(btrim(title)) between 1 and 300),
  details text constraint tasks_details_length check (char_length(details) <= 4000),
  due_on date,
  state public.task_state not null default 'not_started',
  completed_on date,
  is_milestone boolean not null default false,
  assignee_person_id uuid references public.people (id) on delete set null,
  sort_order integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by uuid,
  version integer not null default 1,
  constraint tasks_done_iff_completed check ((state = 'done') = (completed_on is not null))
);
create index tasks_project_id_idx on public.tasks (project_id);
create index tasks_assignee_person_id_idx on public.tasks (assignee_person_id);
create index tasks_open_due_on_idx on public.tasks (due_on) where state in ('not_started', 'in_progress');
comment on table public.tasks is
  'Tehtävä of a project. Listed as "Mitä on tehtävä?" (not_started), "Mitä nyt tehdään?" '
  '(in_progress) and "Mitä on tehty?" (done). Project members add, edit and delete them.';
comment on column public.tasks.due_on is 'Deadline (määräaika).';
comment on column public.tasks.details is 'The note shown under the title.';
comment on column public.tasks.completed_on is 'Set exactly when state = done (check constraint).';
comment on column public.tasks.is_milestone is 'Drawn as a milestone on the timeline.';
comment on column public.tasks.assignee_person_id is 'Who does it; "my tasks" uses people.user_id.';
comment on column public.tasks.version is
  'Row version, +1 on every update (trigger). PATCH with version=eq.N; zero rows = conflict or not allowed.';

create table public.project_contacts (
  project_id uuid not null references public.projects (id) on delete cascade,
  person_id uuid not null references public.people (id) on delete no action,
  is_primary boolean not null default false,
  role text constraint project_contacts_role_length check (char_length(role) <= 200),
  sort_order integer not null default 0,
  created_at timestamptz not null default now(),
  primary key (project_id, person_id)
);
create index project_contacts_person_id_idx on public.project_contacts (person_id);
create unique index project_contacts_one_primary_idx on public.project_contacts (project_id) where is_primary;
comment on table public.project_contacts is
  'Yhteyshenkilöt of a project. At most one is the main contact (Pääyhteyshenkilö).';
comment on column public.project_contacts.is_primary is 'Pääyhteyshenkilö; unique per project.';

create table public.organisations (
  id uuid primary key default gen_random_uuid(),
  name text not null unique constraint organisations_name_length check (char_length(btrim(name)) between 1 and 200),
  short_name text constraint organisations_short_name_length check (char_length(short_name) <= 50),
  website text constraint organisations_website_format check (char_length(website) <= 500 and website ~ '^https?://'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by uuid,
  version integer not null default 1
);
comment on table public.organisations is 'Partner organisations of projects (GNF, HSY, VTT …).';
comment on column public.organisations.short_name is 'The abbreviation shown in lists, e.g. HSY.';

create table public.project_partners (
  project_id uuid not null references public.projects (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete no action,
  role text constraint project_partners_role_length check (char_length(role) <= 200),
  sort_order integer not null default 0,
  created_at timestamptz not null default now(),
  primary key (project_id, organisation_id)
);
create index project_partners_organisation_id_idx on public.project_partners (organisation_id);
comment on table public.project_partners is 'Which organisations take part in a project.';

create table public.project_follow_ups (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id) on delete cascade,
  follow_up_project_id uuid references public.projects (id) on delete set null,
  name text constraint project_follow_ups_name_length check (char_length(btrim(name)) between 1 and 200),
  note text constraint project_follow_ups_note_length check (char_length(note) <= 2000),
  sort_order integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by uuid,
  version integer not null default 1,
  constraint project_follow_ups_target check (follow_up_project_id is not null or name is not null),
  constraint project_follow_ups_not_self check (follow_up_project_id <> project_id)
);
create index project_follow_ups_project_id_idx on public.project_follow_ups (project_id);
create index project_follow_ups_follow_up_project_id_idx on public.project_follow_ups (follow_up_project_id);
comment on table public.project_follow_ups is
  'Jatkohanke: a follow-up of a project — either an existing project (follow_up_project_id) or a '
  'named application that is not a project yet (name).';

create table public.project_funding (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id) on delete no action,
  follow_up_id uuid references public.project_follow_ups (id) on delete set null,
  instrument text not null constraint project_funding_instrument_length check (char_length(btrim(instrument)) between 1 and 200),
  state public.funding_state not null default 'applied',
  amount numeric(14, 2) constraint project_funding_amount_positive check (amount >= 0),
  applied_on date,
  decided_on date,
  note text constraint project_funding_note_length check (char_length(note) <= 2000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by uuid,
  version integer not null default 1,
  constraint project_funding_undecided_has_no_date check (state <> 'applied' or decided_on is null),
  constraint project_funding_dates_ordered check (decided_on >= applied_on)
);
create index project_funding_project_id_idx on public.project_funding (project_id);
create index project_funding_follow_up_id_idx on public.project_funding (follow_up_id);
create index project_funding_applied_idx on public.project_funding (state) where state = 'applied';
comment on table public.project_funding is
  'Funding of a project or of one of its follow-up applications: instrument (EAKR, Central Baltic …), '
  'state (applied = no decision yet), optional amount in euros and decision date.';
comment on column public.project_funding.follow_up_id is
  'Set when the application is for a follow-up (jatkohanke) rather than the project itself.';
comment on column public.project_funding.amount is 'Euros; optional.';

create table public.user_roles (
  user_id uuid not null references auth.users (id) on delete cascade,
  role public.app_role not null,
  created_at timestamptz not null default now(),
  primary key (user_id, role)
);
comment on table public.user_roles is
  'Organisation-wide roles. Only admins grant or revoke them; a user may read their own.';

create table public.project_members (
  project_id uuid not null references public.projects (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  role public.member_role not null default 'lead',
  created_at timestamptz not null default now(),
  primary key (project_id, user_id)
);
create index project_members_user_id_idx on public.project_members (user_id);
comment on table public.project_members is
  'Who leads or edits which project. Members edit that project''s content, tasks and contacts. '
  'Only directors and admins manage memberships; a user may read their own.';

-- Bookkeeping triggers -----------------------------------------------------------------

create trigger touch_row before insert or update on public.programmes
  for each row execute function private.touch_row();
create trigger touch_row before insert or update on public.people
  for each row execute function private.touch_row();
create trigger touch_row before insert or update on public.growth_areas
  for each row execute function private.touch_row();
create trigger touch_row before insert or update on public.projects
  for each row execute function private.touch_row();
create trigger touch_row before insert or update on public.tasks
  for each row execute function private.touch_row();
create trigger touch_row before insert or update on public.organisations
  for each row execute function private.touch_row();
create trigger touch_row before insert or update on public.project_follow_ups
  for each row execute function private.touch_row();
create trigger touch_row before insert or update on public.project_funding
  for each row execute function private.touch_row();
