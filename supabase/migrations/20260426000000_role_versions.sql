-- Versioned staff and contact roles (#14 §1): a growth area's staff role and a project contact's
-- role are edited in Finnish, Swedish and English after the person was added, so the two link
-- tables get what every edited domain table has — an id to address the row by, and the
-- bookkeeping private.touch_row() maintains (updated_at, updated_by, version) — so the app's
-- one concurrency path (lib/versioned-update.ts: PATCH …?id=eq.X&version=eq.N) applies. The
-- natural keys (growth_area_id, person_id) and (project_id, person_id) stay the primary keys;
-- RLS is unchanged (directors edit staff, directors and project members edit contacts).
-- The volatile id default rewrites each table once: both hold a few rows per growth area or
-- project (dozens in all), so the rewrite's lock lasts milliseconds.

alter table public.growth_area_people
  -- squawk-ignore adding-field-with-default
  add column id uuid not null default gen_random_uuid(),
  add column updated_at timestamptz not null default now(),
  add column updated_by uuid,
  add column version integer not null default 1;
create unique index growth_area_people_id_key on public.growth_area_people (id);
alter table public.growth_area_people
  add constraint growth_area_people_id_key unique using index growth_area_people_id_key;
comment on column public.growth_area_people.id is 'Addresses the row for a version-checked edit of its role.';
comment on column public.growth_area_people.version is
  'Row version, +1 on every update (trigger). PATCH with version=eq.N; zero rows = conflict or not allowed.';
create trigger touch_row before insert or update on public.growth_area_people
  for each row execute function private.touch_row();

alter table public.project_contacts
  -- squawk-ignore adding-field-with-default
  add column id uuid not null default gen_random_uuid(),
  add column updated_at timestamptz not null default now(),
  add column updated_by uuid,
  add column version integer not null default 1;
create unique index project_contacts_id_key on public.project_contacts (id);
alter table public.project_contacts
  add constraint project_contacts_id_key unique using index project_contacts_id_key;
comment on column public.project_contacts.id is 'Addresses the row for a version-checked edit of its role.';
comment on column public.project_contacts.version is
  'Row version, +1 on every update (trigger). PATCH with version=eq.N; zero rows = conflict or not allowed.';
create trigger touch_row before insert or update on public.project_contacts
  for each row execute function private.touch_row();
