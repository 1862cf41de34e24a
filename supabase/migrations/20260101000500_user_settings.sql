-- user_settings: small per-user preferences — the UI language and when the director last ran
-- review mode ("what changed since my previous review"). Each user reads and writes only their
-- own row; upsert with on_conflict=user_id. Personal settings, so not part of the audit trail.

create table public.user_settings (
  user_id uuid primary key references auth.users (id) on delete cascade,
  locale text constraint user_settings_locale check (locale in ('fi', 'sv', 'en')),
  last_reviewed_at timestamptz,
  updated_at timestamptz not null default now()
);
comment on table public.user_settings is
  'Per-user preferences: UI language and the time of the previous review (review mode). Own row only.';
comment on column public.user_settings.locale is 'fi, sv or en; NULL = follow the browser.';
comment on column public.user_settings.last_reviewed_at is
  'When this user last opened review mode; the default "changed since" date of the next review.';

create function private.touch_settings()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end;
$$;
comment on function private.touch_settings() is 'Sets user_settings.updated_at.';
revoke all on function private.touch_settings() from public;

create trigger touch_settings before insert or update on public.user_settings
  for each row execute function private.touch_settings();

alter table public.user_settings enable row level security;
revoke all on public.user_settings from anon, authenticated;
grant select, insert, update, delete on public.user_settings to authenticated;
grant all on public.user_settings to service_role;

create policy "Users read their own settings" on public.user_settings
  for select to authenticated using (user_id = (select auth.uid()));
create policy "Users create their own settings" on public.user_settings
  for insert to authenticated with check (user_id = (select auth.uid()));
create policy "Users change their own settings" on public.user_settings
  for update to authenticated
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
create policy "Users delete their own settings" on public.user_settings
  for delete to authenticated using (user_id = (select auth.uid()));
comment on policy "Users read their own settings" on public.user_settings is 'Nobody reads another user''s settings.';
comment on policy "Users create their own settings" on public.user_settings is 'Only for oneself.';
comment on policy "Users change their own settings" on public.user_settings is 'Only one''s own row, and it cannot be handed to someone else.';
comment on policy "Users delete their own settings" on public.user_settings is 'Only one''s own row.';
