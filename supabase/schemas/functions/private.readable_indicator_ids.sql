-- private.readable_indicator_ids, as the migrations leave it: last restated in
-- 20260422000000_indicator_status_set_based.sql. To change it, write a new migration that restates it
-- and update this file to match; supabase/tests/schemas.test.ts checks they agree.

create or replace function private.readable_indicator_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  -- viewers, directors and admins read every indicator: one scan, no union
  select i.id from public.indicators i where (select private.can_read_drafts())
  union all
  select r.id
  from (
    select private.public_indicator_ids() as id
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
  ) r
  where not (select private.can_read_drafts())
$$;

comment on function private.readable_indicator_ids() is
  'Indicators the current user may read: all for viewers/directors/admins; else the public ones, '
  'published ones of scopes they can read, and those of their own projects (drafts too).';
