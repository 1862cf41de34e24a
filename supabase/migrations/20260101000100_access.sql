-- Who may do what: grants and row-level security.
--
--   anonymous  reads published programmes, their growth areas and published projects with
--              their tasks, contacts, partners, funding and follow-ups; people only as
--              id/full_name/title/organisation. Never drafts, roles, memberships or the audit trail.
--   signed in  (any account) reads what anonymous reads, plus people's e-mail, their own
--              roles and memberships, and the projects they are members of.
--   viewer     + every draft. Writes nothing.
--   lead/editor (project_members) edits their projects' content, stage, schedule status and
--              time span, and adds/edits/deletes their tasks and contacts. Cannot change a
--              project's growth area, programme, slug or publication, delete it, or grant anything.
--   director   edits everything in the portfolio, publishes, manages project memberships.
--   admin      what a director can, plus user_roles and people.
--
-- Roles come only from public.user_roles and public.project_members, never from the JWT's
-- user_metadata. Helper functions are security definer so policies can read those tables
-- without recursion; they are called as (select private.fn()) so Postgres evaluates them once
-- per statement.

-- Helper functions -------------------------------------------------------------------------

create function private.has_any_role(roles public.app_role[])
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.user_roles r
    where r.user_id = (select auth.uid()) and r.role = any (roles)
  )
$$;
comment on function private.has_any_role(public.app_role[]) is
  'True when the current user holds one of the given organisation-wide roles.';

create function private.is_admin()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select private.has_any_role(array['admin']::public.app_role[])
$$;
comment on function private.is_admin() is 'True for admins.';

create function private.is_director()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select private.has_any_role(array['director', 'admin']::public.app_role[])
$$;
comment on function private.is_director() is 'True for directors and admins (admins can do what directors can).';

create function private.can_read_drafts()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select private.has_any_role(array['viewer', 'director', 'admin']::public.app_role[])
$$;
comment on function private.can_read_drafts() is 'True for viewers, directors and admins.';

create function private.published_programme_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select g.id from public.programmes g where g.published
$$;
comment on function private.published_programme_ids() is 'Programmes visible to everyone.';

create function private.public_project_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select p.id
  from public.projects p
  join public.programmes g on g.id = p.programme_id
  where p.published and g.published
$$;
comment on function private.public_project_ids() is
  'Projects visible to everyone: published, in a published programme.';

create function private.member_project_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select m.project_id from public.project_members m where m.user_id = (select auth.uid())
$$;
comment on function private.member_project_ids() is
  'Projects the current user leads or edits (project_members).';

create function private.readable_project_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select p.id from public.projects p where private.can_read_drafts()
  union
  select private.public_project_ids()
  union
  select private.member_project_ids()
$$;
comment on function private.readable_project_ids() is
  'Projects the current user may read: all for viewers/directors/admins, else public ones and their own.';

create function private.readable_programme_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select g.id from public.programmes g where g.published or private.can_read_drafts()
  union
  select p.programme_id
  from public.projects p
  where p.id in (select private.member_project_ids())
$$;
comment on function private.readable_programme_ids() is
  'Programmes the current user may read: published ones, all for roles, and those holding their projects.';

create function private.public_person_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select c.person_id from public.project_contacts c
  where c.project_id in (select private.public_project_ids())
  union
  select t.assignee_person_id from public.tasks t
  where t.assignee_person_id is not null and t.project_id in (select private.public_project_ids())
  union
  select a.lead_person_id from public.growth_areas a
  where a.lead_person_id is not null and a.programme_id in (select private.published_programme_ids())
  union
  select s.person_id from public.growth_area_people s
  join public.growth_areas a on a.id = s.growth_area_id
  where a.programme_id in (select private.published_programme_ids())
$$;
comment on function private.public_person_ids() is
  'People who appear on public pages: contacts and assignees of public projects, leads and staff '
  'of growth areas in published programmes.';

-- Projects: the columns only directors may change ------------------------------------------

create function private.guard_project_columns()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if current_user in ('anon', 'authenticated') and not private.is_director() then
    if new.growth_area_id is distinct from old.growth_area_id
      or new.programme_id is distinct from old.programme_id
      or new.slug is distinct from old.slug
      or new.published is distinct from old.published
    then
      raise exception 'Only directors may change a project''s growth area, programme, slug or publication'
        using errcode = '42501',
              hint = 'Ask a programme director to move, rename or (un)publish the project.';
    end if;
  end if;
  return new;
end;
$$;
comment on function private.guard_project_columns() is
  'Rejects (SQLSTATE 42501) changes of growth_area_id, programme_id, slug or published by non-directors.';

create trigger guard_project_columns before update on public.projects
  for each row execute function private.guard_project_columns();

-- Function privileges: policies run as the caller, so the API roles need to call the helpers.
revoke all on all functions in schema private from public;
grant usage on schema private to anon, authenticated, service_role;
grant execute on function
  private.has_any_role(public.app_role[]),
  private.is_admin(),
  private.is_director(),
  private.can_read_drafts(),
  private.published_programme_ids(),
  private.public_project_ids(),
  private.member_project_ids(),
  private.readable_project_ids(),
  private.readable_programme_ids(),
  private.public_person_ids()
to anon, authenticated, service_role;

-- Table privileges -------------------------------------------------------------------------

revoke all on all tables in schema public from anon, authenticated;
revoke all on all sequences in schema public from anon, authenticated;
revoke all on all functions in schema public from anon, authenticated;

grant select on
  public.programmes, public.growth_areas, public.growth_area_people, public.projects,
  public.tasks, public.project_contacts, public.organisations, public.project_partners,
  public.project_follow_ups, public.project_funding
to anon;
-- Anonymous visitors see a person's name, title and organisation — never e-mail or account.
grant select (id, full_name, title, organisation) on public.people to anon;

grant select, insert, update, delete on
  public.programmes, public.growth_areas, public.growth_area_people, public.people,
  public.projects, public.tasks, public.project_contacts, public.organisations,
  public.project_partners, public.project_follow_ups, public.project_funding,
  public.user_roles, public.project_members
to authenticated;

grant all on all tables in schema public to service_role;
grant all on all sequences in schema public to service_role;

-- Row-level security -----------------------------------------------------------------------

alter table public.programmes enable row level security;
alter table public.people enable row level security;
alter table public.growth_areas enable row level security;
alter table public.growth_area_people enable row level security;
alter table public.projects enable row level security;
alter table public.tasks enable row level security;
alter table public.project_contacts enable row level security;
alter table public.organisations enable row level security;
alter table public.project_partners enable row level security;
alter table public.project_follow_ups enable row level security;
alter table public.project_funding enable row level security;
alter table public.user_roles enable row level security;
alter table public.project_members enable row level security;

-- programmes
create policy "Anyone can read published programmes" on public.programmes
  for select to anon using (published);
create policy "Signed-in users read published programmes, those of their projects, and all with a role"
  on public.programmes
  for select to authenticated using (id in (select private.readable_programme_ids()));
create policy "Directors create programmes" on public.programmes
  for insert to authenticated with check ((select private.is_director()));
create policy "Directors edit programmes" on public.programmes
  for update to authenticated
  using ((select private.is_director())) with check ((select private.is_director()));
create policy "Directors delete programmes" on public.programmes
  for delete to authenticated using ((select private.is_director()));
comment on policy "Anyone can read published programmes" on public.programmes is
  'The public sees a programme once a director publishes it.';
comment on policy "Signed-in users read published programmes, those of their projects, and all with a role"
  on public.programmes is 'Viewers, directors and admins also see unpublished programmes.';
comment on policy "Directors create programmes" on public.programmes is 'Only directors and admins.';
comment on policy "Directors edit programmes" on public.programmes is 'Only directors and admins.';
comment on policy "Directors delete programmes" on public.programmes is
  'Only directors and admins, and only empty programmes (foreign keys restrict).';

-- growth_areas
create policy "Anyone can read growth areas of published programmes" on public.growth_areas
  for select to anon using (programme_id in (select private.published_programme_ids()));
create policy "Signed-in users read growth areas of programmes they can read" on public.growth_areas
  for select to authenticated using (programme_id in (select private.readable_programme_ids()));
create policy "Directors create growth areas" on public.growth_areas
  for insert to authenticated with check ((select private.is_director()));
create policy "Directors edit growth areas" on public.growth_areas
  for update to authenticated
  using ((select private.is_director())) with check ((select private.is_director()));
create policy "Directors delete growth areas" on public.growth_areas
  for delete to authenticated using ((select private.is_director()));
comment on policy "Anyone can read growth areas of published programmes" on public.growth_areas is
  'A growth area is public when its programme is.';
comment on policy "Signed-in users read growth areas of programmes they can read" on public.growth_areas is
  'Follows the programme''s visibility.';
comment on policy "Directors create growth areas" on public.growth_areas is 'Only directors and admins.';
comment on policy "Directors edit growth areas" on public.growth_areas is
  'Only directors and admins, including who leads it.';
comment on policy "Directors delete growth areas" on public.growth_areas is
  'Only directors and admins, and only growth areas without projects.';

-- growth_area_people
create policy "Anyone can read the staff of visible growth areas" on public.growth_area_people
  for select to anon
  using (exists (select 1 from public.growth_areas a where a.id = growth_area_id));
create policy "Signed-in users read the staff of visible growth areas" on public.growth_area_people
  for select to authenticated
  using (exists (select 1 from public.growth_areas a where a.id = growth_area_id));
create policy "Directors add growth area staff" on public.growth_area_people
  for insert to authenticated with check ((select private.is_director()));
create policy "Directors edit growth area staff" on public.growth_area_people
  for update to authenticated
  using ((select private.is_director())) with check ((select private.is_director()));
create policy "Directors remove growth area staff" on public.growth_area_people
  for delete to authenticated using ((select private.is_director()));
comment on policy "Anyone can read the staff of visible growth areas" on public.growth_area_people is
  'Staff rows follow the visibility of their growth area.';
comment on policy "Signed-in users read the staff of visible growth areas" on public.growth_area_people is
  'Staff rows follow the visibility of their growth area.';
comment on policy "Directors add growth area staff" on public.growth_area_people is 'Only directors and admins.';
comment on policy "Directors edit growth area staff" on public.growth_area_people is 'Only directors and admins.';
comment on policy "Directors remove growth area staff" on public.growth_area_people is 'Only directors and admins.';

-- people
create policy "Anyone can read people shown on public pages" on public.people
  for select to anon using (id in (select private.public_person_ids()));
create policy "Signed-in users read all people" on public.people
  for select to authenticated using (true);
create policy "Admins, directors and project members add people without accounts" on public.people
  for insert to authenticated
  with check (
    (select private.is_admin())
    or (
      user_id is null
      and ((select private.is_director()) or exists (select private.member_project_ids()))
    )
  );
create policy "Admins edit people" on public.people
  for update to authenticated
  using ((select private.is_admin())) with check ((select private.is_admin()));
create policy "Admins delete people" on public.people
  for delete to authenticated using ((select private.is_admin()));
comment on policy "Anyone can read people shown on public pages" on public.people is
  'Only contacts, assignees, leads and staff of public content; and only the columns granted to anon '
  '(id, full_name, title, organisation).';
comment on policy "Signed-in users read all people" on public.people is
  'City staff see the whole directory, e-mail included.';
comment on policy "Admins, directors and project members add people without accounts" on public.people is
  'Lets a lead add a new contact person. Only admins may link a person to a sign-in account.';
comment on policy "Admins edit people" on public.people is 'Only admins maintain the people directory.';
comment on policy "Admins delete people" on public.people is
  'Only admins; a person who is still a contact cannot be deleted (foreign key restricts).';

-- projects
create policy "Anyone can read published projects" on public.projects
  for select to anon
  using (published and programme_id in (select private.published_programme_ids()));
create policy "Signed-in users read published projects, their own, and drafts with a role"
  on public.projects
  for select to authenticated
  using ((select private.can_read_drafts()) or id in (select private.readable_project_ids()));
create policy "Directors create projects" on public.projects
  for insert to authenticated with check ((select private.is_director()));
create policy "Directors and project members edit projects" on public.projects
  for update to authenticated
  using ((select private.is_director()) or id in (select private.member_project_ids()))
  with check ((select private.is_director()) or id in (select private.member_project_ids()));
create policy "Directors delete projects" on public.projects
  for delete to authenticated using ((select private.is_director()));
comment on policy "Anyone can read published projects" on public.projects is
  'Drafts (published = false) and projects of unpublished programmes stay hidden.';
comment on policy "Signed-in users read published projects, their own, and drafts with a role"
  on public.projects is 'Viewers, directors and admins see drafts; leads see their own drafts.';
comment on policy "Directors create projects" on public.projects is 'Only directors and admins.';
comment on policy "Directors and project members edit projects" on public.projects is
  'Members edit content, stage, schedule status and time span; the guard_project_columns trigger '
  'keeps growth area, programme, slug and publication for directors.';
comment on policy "Directors delete projects" on public.projects is
  'Only directors and admins, and only projects without tasks or funding (foreign keys restrict).';

-- tasks
create policy "Anyone can read tasks of published projects" on public.tasks
  for select to anon using (project_id in (select private.public_project_ids()));
create policy "Signed-in users read tasks of projects they can read" on public.tasks
  for select to authenticated
  using ((select private.can_read_drafts()) or project_id in (select private.readable_project_ids()));
create policy "Directors and project members add tasks" on public.tasks
  for insert to authenticated
  with check ((select private.is_director()) or project_id in (select private.member_project_ids()));
create policy "Directors and project members edit tasks" on public.tasks
  for update to authenticated
  using ((select private.is_director()) or project_id in (select private.member_project_ids()))
  with check ((select private.is_director()) or project_id in (select private.member_project_ids()));
create policy "Directors and project members delete tasks" on public.tasks
  for delete to authenticated
  using ((select private.is_director()) or project_id in (select private.member_project_ids()));
comment on policy "Anyone can read tasks of published projects" on public.tasks is
  'Tasks follow their project''s visibility.';
comment on policy "Signed-in users read tasks of projects they can read" on public.tasks is
  'Tasks follow their project''s visibility.';
comment on policy "Directors and project members add tasks" on public.tasks is
  'Leads and editors add tasks to their own projects only.';
comment on policy "Directors and project members edit tasks" on public.tasks is
  'Leads and editors edit their own projects'' tasks and cannot move them to another''s project.';
comment on policy "Directors and project members delete tasks" on public.tasks is
  'Leads and editors delete their own projects'' tasks.';

-- project_contacts
create policy "Anyone can read contacts of published projects" on public.project_contacts
  for select to anon using (project_id in (select private.public_project_ids()));
create policy "Signed-in users read contacts of projects they can read" on public.project_contacts
  for select to authenticated
  using ((select private.can_read_drafts()) or project_id in (select private.readable_project_ids()));
create policy "Directors and project members add contacts" on public.project_contacts
  for insert to authenticated
  with check ((select private.is_director()) or project_id in (select private.member_project_ids()));
create policy "Directors and project members edit contacts" on public.project_contacts
  for update to authenticated
  using ((select private.is_director()) or project_id in (select private.member_project_ids()))
  with check ((select private.is_director()) or project_id in (select private.member_project_ids()));
create policy "Directors and project members remove contacts" on public.project_contacts
  for delete to authenticated
  using ((select private.is_director()) or project_id in (select private.member_project_ids()));
comment on policy "Anyone can read contacts of published projects" on public.project_contacts is
  'Contact links follow their project''s visibility.';
comment on policy "Signed-in users read contacts of projects they can read" on public.project_contacts is
  'Contact links follow their project''s visibility.';
comment on policy "Directors and project members add contacts" on public.project_contacts is
  'Leads and editors manage their own projects'' contacts.';
comment on policy "Directors and project members edit contacts" on public.project_contacts is
  'Leads and editors manage their own projects'' contacts.';
comment on policy "Directors and project members remove contacts" on public.project_contacts is
  'Leads and editors manage their own projects'' contacts.';

-- organisations
create policy "Anyone can read organisations" on public.organisations
  for select to anon using (true);
create policy "Signed-in users read organisations" on public.organisations
  for select to authenticated using (true);
create policy "Directors add organisations" on public.organisations
  for insert to authenticated with check ((select private.is_director()));
create policy "Directors edit organisations" on public.organisations
  for update to authenticated
  using ((select private.is_director())) with check ((select private.is_director()));
create policy "Directors delete organisations" on public.organisations
  for delete to authenticated using ((select private.is_director()));
comment on policy "Anyone can read organisations" on public.organisations is
  'Partner organisations are public information.';
comment on policy "Signed-in users read organisations" on public.organisations is
  'Partner organisations are public information.';
comment on policy "Directors add organisations" on public.organisations is 'Only directors and admins.';
comment on policy "Directors edit organisations" on public.organisations is 'Only directors and admins.';
comment on policy "Directors delete organisations" on public.organisations is
  'Only directors and admins, and only organisations that are nobody''s partner.';

-- project_partners
create policy "Anyone can read partners of published projects" on public.project_partners
  for select to anon using (project_id in (select private.public_project_ids()));
create policy "Signed-in users read partners of projects they can read" on public.project_partners
  for select to authenticated
  using ((select private.can_read_drafts()) or project_id in (select private.readable_project_ids()));
create policy "Directors add partners" on public.project_partners
  for insert to authenticated with check ((select private.is_director()));
create policy "Directors edit partners" on public.project_partners
  for update to authenticated
  using ((select private.is_director())) with check ((select private.is_director()));
create policy "Directors remove partners" on public.project_partners
  for delete to authenticated using ((select private.is_director()));
comment on policy "Anyone can read partners of published projects" on public.project_partners is
  'Partner links follow their project''s visibility.';
comment on policy "Signed-in users read partners of projects they can read" on public.project_partners is
  'Partner links follow their project''s visibility.';
comment on policy "Directors add partners" on public.project_partners is 'Partnerships are agreed by the programme: directors and admins.';
comment on policy "Directors edit partners" on public.project_partners is 'Only directors and admins.';
comment on policy "Directors remove partners" on public.project_partners is 'Only directors and admins.';

-- project_follow_ups
create policy "Anyone can read follow-ups of published projects" on public.project_follow_ups
  for select to anon using (project_id in (select private.public_project_ids()));
create policy "Signed-in users read follow-ups of projects they can read" on public.project_follow_ups
  for select to authenticated
  using ((select private.can_read_drafts()) or project_id in (select private.readable_project_ids()));
create policy "Directors add follow-ups" on public.project_follow_ups
  for insert to authenticated with check ((select private.is_director()));
create policy "Directors edit follow-ups" on public.project_follow_ups
  for update to authenticated
  using ((select private.is_director())) with check ((select private.is_director()));
create policy "Directors delete follow-ups" on public.project_follow_ups
  for delete to authenticated using ((select private.is_director()));
comment on policy "Anyone can read follow-ups of published projects" on public.project_follow_ups is
  'Follow-up links follow their project''s visibility.';
comment on policy "Signed-in users read follow-ups of projects they can read" on public.project_follow_ups is
  'Follow-up links follow their project''s visibility.';
comment on policy "Directors add follow-ups" on public.project_follow_ups is 'Only directors and admins.';
comment on policy "Directors edit follow-ups" on public.project_follow_ups is 'Only directors and admins.';
comment on policy "Directors delete follow-ups" on public.project_follow_ups is 'Only directors and admins.';

-- project_funding
create policy "Anyone can read funding of published projects" on public.project_funding
  for select to anon using (project_id in (select private.public_project_ids()));
create policy "Signed-in users read funding of projects they can read" on public.project_funding
  for select to authenticated
  using ((select private.can_read_drafts()) or project_id in (select private.readable_project_ids()));
create policy "Directors add funding" on public.project_funding
  for insert to authenticated with check ((select private.is_director()));
create policy "Directors edit funding" on public.project_funding
  for update to authenticated
  using ((select private.is_director())) with check ((select private.is_director()));
create policy "Directors delete funding" on public.project_funding
  for delete to authenticated using ((select private.is_director()));
comment on policy "Anyone can read funding of published projects" on public.project_funding is
  'Funding rows follow their project''s visibility.';
comment on policy "Signed-in users read funding of projects they can read" on public.project_funding is
  'Funding rows follow their project''s visibility.';
comment on policy "Directors add funding" on public.project_funding is 'Funding is programme business: directors and admins.';
comment on policy "Directors edit funding" on public.project_funding is 'Only directors and admins.';
comment on policy "Directors delete funding" on public.project_funding is 'Only directors and admins.';

-- user_roles
create policy "Users read their own roles; directors read all" on public.user_roles
  for select to authenticated
  using (user_id = (select auth.uid()) or (select private.is_director()));
create policy "Admins grant roles" on public.user_roles
  for insert to authenticated with check ((select private.is_admin()));
create policy "Admins change roles" on public.user_roles
  for update to authenticated
  using ((select private.is_admin())) with check ((select private.is_admin()));
create policy "Admins revoke roles" on public.user_roles
  for delete to authenticated using ((select private.is_admin()));
comment on policy "Users read their own roles; directors read all" on public.user_roles is
  'The UI needs the signed-in user''s roles; directors and admins see who has which role.';
comment on policy "Admins grant roles" on public.user_roles is
  'Only admins; nobody else can raise anyone''s privileges, their own included.';
comment on policy "Admins change roles" on public.user_roles is 'Only admins.';
comment on policy "Admins revoke roles" on public.user_roles is 'Only admins.';

-- project_members
create policy "Users read their own memberships; directors read all" on public.project_members
  for select to authenticated
  using (user_id = (select auth.uid()) or (select private.is_director()));
create policy "Directors add project members" on public.project_members
  for insert to authenticated with check ((select private.is_director()));
create policy "Directors change project members" on public.project_members
  for update to authenticated
  using ((select private.is_director())) with check ((select private.is_director()));
create policy "Directors remove project members" on public.project_members
  for delete to authenticated using ((select private.is_director()));
comment on policy "Users read their own memberships; directors read all" on public.project_members is
  'The UI needs to know which projects the signed-in user may edit.';
comment on policy "Directors add project members" on public.project_members is
  'Only directors and admins decide who leads what; leads cannot add anyone.';
comment on policy "Directors change project members" on public.project_members is 'Only directors and admins.';
comment on policy "Directors remove project members" on public.project_members is 'Only directors and admins.';
