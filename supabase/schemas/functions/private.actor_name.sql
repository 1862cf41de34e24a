-- private.actor_name, as the migrations leave it: defined once, last in
-- 20260201000200_review_changes.sql. To change it, write a new migration that restates it
-- and update this file to match; supabase/tests/schemas.test.ts checks they agree.

create or replace function private.actor_name(p_user_id uuid)
returns text
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(
    (select pe.full_name from public.people pe where pe.user_id = p_user_id),
    (select nullif(btrim(u.raw_user_meta_data ->> 'full_name'), '') from auth.users u where u.id = p_user_id)
  )
  where p_user_id is not null and private.is_director()
$$;

comment on function private.actor_name(uuid) is
  'Display name of an account for the audit trail: its person''s full name, else the account''s '
  'full_name metadata. NULL for callers who are not directors or admins.';
