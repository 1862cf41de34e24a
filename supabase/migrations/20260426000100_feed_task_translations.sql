-- The Atom feeds' milestone entries in the feed's language (#14 §1): public_feed() returned the
-- task title the audit record holds, so a Swedish or English feed said "milestone done" with the
-- Finnish title even where the task is translated. It now returns the task's current title and
-- its translations (task_title_sv, task_title_en; NULL = not translated) — the audit title only
-- if the task is gone — and the feeds (local /feeds route, hosted feed Edge Function) pick the
-- feed's language, marking the Finnish fallback (supabase/functions/_shared/atom-feed.ts).
-- A function's result columns cannot change in place, so both functions are dropped and made
-- again with the same body otherwise, the same security and the same grants.
drop function public.public_feed(text, text, integer);
drop function private.public_feed_entries(text, text, integer);

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
  task_title text,
  task_title_sv text,
  task_title_en text
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
    select a.id, a.occurred_at, a.table_name, a.project_id, a.old_data, a.new_data, a.changed_columns,
      a.row_id
    from public.audit_log a
    where a.project_id in (select id from scope)
      and a.operation = 'UPDATE'
      and a.table_name in ('projects', 'tasks')
  ),
  changes as (
    select 'audit-' || a.id || '-published' as entry_id, 'project_published' as kind, a.occurred_at,
      a.project_id, null::text as old_value, null::text as new_value, null::text as task_title,
      null::text as task_title_sv, null::text as task_title_en
    from audited a
    where a.table_name = 'projects' and 'published' = any (a.changed_columns)
      and (a.new_data ->> 'published')::boolean
    union all
    select 'audit-' || a.id || '-stage', 'stage_changed', a.occurred_at, a.project_id,
      a.old_data ->> 'stage', a.new_data ->> 'stage', null, null, null
    from audited a
    where a.table_name = 'projects' and 'stage' = any (a.changed_columns)
      and (a.new_data ->> 'published')::boolean
    union all
    select 'audit-' || a.id || '-late', 'became_late', a.occurred_at, a.project_id,
      a.old_data ->> 'schedule_status', 'late', null, null, null
    from audited a
    where a.table_name = 'projects' and 'schedule_status' = any (a.changed_columns)
      and a.new_data ->> 'schedule_status' = 'late' and (a.new_data ->> 'published')::boolean
    union all
    select 'audit-' || a.id || '-milestone', 'milestone_done', a.occurred_at, a.project_id,
      null, a.new_data ->> 'completed_on', coalesce(t.title, a.new_data ->> 'title'),
      t.title_sv, t.title_en
    from audited a
    left join public.tasks t on t.id = a.row_id and t.project_id = a.project_id
    where a.table_name = 'tasks' and 'state' = any (a.changed_columns)
      and a.new_data ->> 'state' = 'done' and (a.new_data ->> 'is_milestone')::boolean
    union all
    select 'overdue-' || po.id || '-' || po.oldest_overdue_on, 'became_late',
      (po.oldest_overdue_on + 1)::timestamp at time zone 'Europe/Helsinki', po.id,
      null, 'late', null, null, null
    from public.project_overview po
    where po.id in (select id from scope)
      and po.computed_schedule_state = 'late'
      and not po.schedule_status_is_manual
      and po.oldest_overdue_on is not null
  )
  select c.entry_id, c.kind, c.occurred_at, s.slug, s.name, s.area_slug, s.area_name,
    c.old_value, c.new_value, c.task_title, c.task_title_sv, c.task_title_en
  from changes c
  join scope s on s.id = c.project_id
  order by c.occurred_at desc, c.entry_id
  limit greatest(1, least(coalesce(p_limit, 50), 200))
$$;
comment on function private.public_feed_entries(text, text, integer) is
  'Public changes of published projects of a published programme (optionally one growth area), '
  'read from the audit trail and project_overview as the owner. Returns nothing about drafts and '
  'nothing of the trail but the kind, time and the public values. A milestone''s title is the '
  'task''s current one with its Swedish and English translations (NULL = not translated).';
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
  task_title text,
  task_title_sv text,
  task_title_en text
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
