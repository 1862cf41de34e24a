-- private.is_public_person, as the migrations leave it: defined once, last in
-- 20260302000000_dashboard_perf.sql. To change it, write a new migration that restates it
-- and update this file to match; supabase/tests/schemas.test.ts checks they agree.

create or replace function private.is_public_person(p_person_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
      select 1 from public.project_contacts c
      join public.projects p on p.id = c.project_id
      join public.programmes g on g.id = p.programme_id
      where c.person_id = p_person_id and p.published and g.published
    )
    or exists (
      select 1 from public.tasks t
      join public.projects p on p.id = t.project_id
      join public.programmes g on g.id = p.programme_id
      where t.assignee_person_id = p_person_id and p.published and g.published
    )
    or exists (
      select 1 from public.growth_areas a
      join public.programmes g on g.id = a.programme_id
      where a.lead_person_id = p_person_id and g.published
    )
    or exists (
      select 1 from public.growth_area_people s
      join public.growth_areas a on a.id = s.growth_area_id
      join public.programmes g on g.id = a.programme_id
      where s.person_id = p_person_id and g.published
    )
$$;

comment on function private.is_public_person(uuid) is
  'True when the person appears on public pages: a contact or assignee of a public project '
  '(published, in a published programme), or a lead or staff member of a growth area in a '
  'published programme. The per-row form of private.public_person_ids().';
