-- "My follows" in the reader's language (#14 §1): the view named a followed project or growth
-- area in Finnish only. It now also gives the Swedish and English names (NULL = not
-- translated); the app shows the reader's language and marks a Finnish name standing in
-- (lang="fi", "not translated"). The new columns come last, so the view is replaced in place
-- and keeps its security_invoker option and its grants.
create or replace view public.my_follows
with (security_invoker = true)
as
select
  f.id,
  f.project_id,
  p.slug as project_slug,
  p.name as project_name,
  f.growth_area_id,
  a.name as growth_area_name,
  f.created_at,
  p.name_sv as project_name_sv,
  p.name_en as project_name_en,
  a.name_sv as growth_area_name_sv,
  a.name_en as growth_area_name_en
from public.follows f
left join public.projects p on p.id = f.project_id
left join public.growth_areas a on a.id = f.growth_area_id
where f.user_id = (select auth.uid());
comment on view public.my_follows is
  'The signed-in user''s follows with the names to show ("my follows"), in Finnish and, where '
  'translated, Swedish and English (NULL = not translated). Follow and unfollow through '
  'public.follows (insert / delete).';
