-- The project page's outcomes section (progress, drift, indicators) read by the project's slug
-- (issue #10 §5): the page's route knows the slug from its URL, so these reads start together
-- with the project's own read instead of waiting for it to learn the project's id. Each returns
-- exactly what the id-keyed read returned (the same view, the same rows), nothing more.
--
-- Security invoker, like the views they read: a caller gets the rows of a project they can read
-- (anon: published projects only) and nothing for a slug they cannot read or that does not exist.

create function public.project_progress_by_slug(p_slug text)
returns setof public.project_progress
language sql
stable
security invoker
set search_path = ''
as $$
  -- The id first (an init plan), so the view is narrowed to one project as an id filter would.
  select pp.*
  from public.project_progress pp
  where pp.id = (select p.id from public.projects p where p.slug = p_slug)
$$;
comment on function public.project_progress_by_slug(text) is
  'The project_progress row of the project with this slug (none when the caller cannot read it or '
  'there is no such project): the project page reads it beside the project itself.';
revoke all on function public.project_progress_by_slug(text) from public;
grant execute on function public.project_progress_by_slug(text) to anon, authenticated, service_role;

create function public.project_indicator_status_by_slug(p_slug text)
returns setof public.indicator_status
language sql
stable
security invoker
set search_path = ''
as $$
  -- The project's own indicators and those it contributes to, as the project page lists them.
  select s.*
  from public.indicator_status s
  where s.project_id = (select p.id from public.projects p where p.slug = p_slug)
     or (select p.id from public.projects p where p.slug = p_slug) = any (s.contributing_project_ids)
$$;
comment on function public.project_indicator_status_by_slug(text) is
  'The indicator_status rows of the project with this slug: its own indicators and those it '
  'contributes to (none when the caller cannot read the project or there is no such project). '
  'The project page reads them beside the project itself.';
revoke all on function public.project_indicator_status_by_slug(text) from public;
grant execute on function public.project_indicator_status_by_slug(text) to anon, authenticated, service_role;
