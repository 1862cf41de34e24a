-- public_feed: the public changes of a programme (or one of its growth areas) for the Atom feeds
-- at /feeds/<programme>.atom and /feeds/<programme>/<area>.atom — a project published, its stage
-- changed, it became late, a milestone done. Newest first, at most p_limit entries.
--
-- Where the entries come from: the audit trail (public.audit_log), which only directors and
-- admins may read (its RLS), and project_overview for lateness the database computes. The
-- reading is done by private.public_feed_entries(), security definer, which returns only
-- changes of projects that are published now in a published programme, and only what the
-- public pages already show (names, stage, status, milestone titles) — never who made a change
-- or any other column of the trail. public.public_feed() is the security-invoker entry point
-- anon and authenticated call through /rest/v1/rpc/public_feed.
--
-- "Became late": a manual schedule status set to late (audited), or a project the database
-- counts late because a task is overdue (computed; dated the day after the oldest overdue
-- deadline, as no audit row marks that moment).
create function private.public_feed_entries(p_programme text, p_area text, p_limit integer)
returns table (
  entry_id text,
  kind text,
  occurred_at timestamptz,
  project_slug text,
  project_name text,
  growth_area_slug text,
  growth_area_name text,
  old_value text,
  new_value text,
  task_title text
)
language sql
stable
security definer
set search_path = ''
as $$
  with scope as (
    select p.id, p.slug, p.name, ga.slug as area_slug, ga.name as area_name
    from public.projects p
    join public.programmes pr on pr.id = p.programme_id
    left join public.growth_areas ga on ga.id = p.growth_area_id
    where p.published
      and pr.published
      and pr.slug = p_programme
      and (p_area is null or ga.slug = p_area)
  ),
  audited as (
    select a.id, a.occurred_at, a.table_name, a.project_id, a.old_data, a.new_data, a.changed_columns
    from public.audit_log a
    where a.project_id in (select id from scope)
      and a.operation = 'UPDATE'
      and a.table_name in ('projects', 'tasks')
  ),
  changes as (
    select 'audit-' || a.id || '-published' as entry_id, 'project_published' as kind, a.occurred_at,
      a.project_id, null::text as old_value, null::text as new_value, null::text as task_title
    from audited a
    where a.table_name = 'projects' and 'published' = any (a.changed_columns)
      and (a.new_data ->> 'published')::boolean
    union all
    select 'audit-' || a.id || '-stage', 'stage_changed', a.occurred_at, a.project_id,
      a.old_data ->> 'stage', a.new_data ->> 'stage', null
    from audited a
    where a.table_name = 'projects' and 'stage' = any (a.changed_columns)
      and (a.new_data ->> 'published')::boolean
    union all
    select 'audit-' || a.id || '-late', 'became_late', a.occurred_at, a.project_id,
      a.old_data ->> 'schedule_status', 'late', null
    from audited a
    where a.table_name = 'projects' and 'schedule_status' = any (a.changed_columns)
      and a.new_data ->> 'schedule_status' = 'late' and (a.new_data ->> 'published')::boolean
    union all
    select 'audit-' || a.id || '-milestone', 'milestone_done', a.occurred_at, a.project_id,
      null, a.new_data ->> 'completed_on', a.new_data ->> 'title'
    from audited a
    where a.table_name = 'tasks' and 'state' = any (a.changed_columns)
      and a.new_data ->> 'state' = 'done' and (a.new_data ->> 'is_milestone')::boolean
    union all
    select 'overdue-' || po.id || '-' || po.oldest_overdue_on, 'became_late',
      (po.oldest_overdue_on + 1)::timestamp at time zone 'Europe/Helsinki', po.id,
      null, 'late', null
    from public.project_overview po
    where po.id in (select id from scope)
      and po.computed_schedule_state = 'late'
      and not po.schedule_status_is_manual
      and po.oldest_overdue_on is not null
  )
  select c.entry_id, c.kind, c.occurred_at, s.slug, s.name, s.area_slug, s.area_name,
    c.old_value, c.new_value, c.task_title
  from changes c
  join scope s on s.id = c.project_id
  order by c.occurred_at desc, c.entry_id
  limit greatest(1, least(coalesce(p_limit, 50), 200))
$$;
comment on function private.public_feed_entries(text, text, integer) is
  'Public changes of published projects of a published programme (optionally one growth area), '
  'read from the audit trail and project_overview as the owner. Returns nothing about drafts and '
  'nothing of the trail but the kind, time and the public values.';
revoke all on function private.public_feed_entries(text, text, integer) from public;
grant execute on function private.public_feed_entries(text, text, integer)
  to anon, authenticated, service_role;

create function public.public_feed(p_programme text, p_area text default null, p_limit integer default 50)
returns table (
  entry_id text,
  kind text,
  occurred_at timestamptz,
  project_slug text,
  project_name text,
  growth_area_slug text,
  growth_area_name text,
  old_value text,
  new_value text,
  task_title text
)
language sql
stable
security invoker
set search_path = ''
as $$
  select * from private.public_feed_entries(p_programme, p_area, p_limit)
$$;
comment on function public.public_feed(text, text, integer) is
  'The Atom feeds'' entries: public changes (project_published, stage_changed, became_late, '
  'milestone_done) of a programme, or of one growth area (p_area = its slug), newest first. '
  'Anyone may call it; only published content comes back.';
revoke all on function public.public_feed(text, text, integer) from public, anon, authenticated;
grant execute on function public.public_feed(text, text, integer) to anon, authenticated, service_role;
