-- Versioned partner roles (#14 §1): a partner's role is edited in Finnish, Swedish and English on
-- the project's edit page, so project_partners gets what every edited link table has since
-- 20260426000000_role_versions — an id to address the row by, and the bookkeeping
-- private.touch_row() maintains (updated_at, updated_by, version) — so the app's one concurrency
-- path (lib/versioned-update.ts: PATCH …?id=eq.X&version=eq.N) applies. The natural key
-- (project_id, organisation_id) stays the primary key; RLS is unchanged (directors edit).
-- (project_follow_ups already has id and version.) The volatile id default rewrites the table
-- once: it holds a few rows per project (dozens in all), so the rewrite's lock lasts milliseconds.

alter table public.project_partners
  -- squawk-ignore adding-field-with-default
  add column id uuid not null default gen_random_uuid(),
  add column updated_at timestamptz not null default now(),
  add column updated_by uuid,
  add column version integer not null default 1;
create unique index project_partners_id_key on public.project_partners (id);
alter table public.project_partners
  add constraint project_partners_id_key unique using index project_partners_id_key;
comment on column public.project_partners.id is 'Addresses the row for a version-checked edit of its role.';
comment on column public.project_partners.version is
  'Row version, +1 on every update (trigger). PATCH with version=eq.N; zero rows = conflict or not allowed.';
create trigger touch_row before insert or update on public.project_partners
  for each row execute function private.touch_row();
