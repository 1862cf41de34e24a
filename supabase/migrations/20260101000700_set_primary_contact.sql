-- set_primary_contact(project_id, person_id): makes one contact the project's main contact
-- (Pääyhteyshenkilö) and demotes the previous one, in one transaction — the partial unique
-- index allows at most one primary per project, so two separate PATCHes would have to be
-- ordered and could leave the project without a main contact in between.
-- security invoker: the caller's row-level security applies (directors and the project's
-- members). Returns the number of contact rows changed (0 = already the main contact);
-- SQLSTATE 42501 when the caller may not change the project's contacts, P0002 when the person
-- is not a contact of the project (or the project is not visible).

create function public.set_primary_contact(project_id uuid, person_id uuid)
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
    raise exception 'This person is not a contact of the project' using errcode = 'P0002';
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
  'project_contacts applies (directors and project members). P0002 if the person is not a contact.';

revoke all on function public.set_primary_contact(uuid, uuid) from public, anon, authenticated;
grant execute on function public.set_primary_contact(uuid, uuid) to authenticated, service_role;
