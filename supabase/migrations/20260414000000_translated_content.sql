-- Translated content: Swedish and English beside the Finnish of every public text (#14 §1).
--
-- Storage: one column per language beside the Finnish one (projects.name, name_sv, name_en),
-- not a translations table or a jsonb value per field. Why:
-- * Row-level security: a translation is part of its row, so every existing policy (published
--   content for anonymous visitors, members edit their projects, directors everything) covers it
--   with no new policy and no way for a translation to be readable where its row is not.
-- * Version checks: one row version covers every language, so the edit form that shows the
--   languages side by side saves them in one versioned update (lib/versioned-update.ts) and a
--   conflict shows every language that changed.
-- * Audit: private.audit_row() already records old and new row and the changed columns
--   (name_sv …), so review mode and the history see translations without a new trigger.
-- * Constraints: each column has the same char_length CHECK as its Finnish column; Finnish stays
--   NOT NULL (required), the others are optional and never blank (NULL = not translated).
-- * Queries and search: a view or select lists name_sv beside name with no join or pivot, the
--   generated types are plain columns, and a search matches `name.ilike or name_sv.ilike …`.
-- The languages are fixed by law and practice (Finnish and Swedish, English where useful), so
-- the per-column shape does not have to grow. The app falls back to Finnish where a column is
-- NULL and marks the fallback (lang="fi" and a visible "not translated").
--
-- Also here: project_overview restated to carry the project's and growth area's names in the
-- three languages (columns added at the end, nothing else changed), and translation_coverage,
-- the dashboard's "Swedish: 9 / 14 published projects".

-- Columns -------------------------------------------------------------------------------------

alter table public.programmes
  add column name_sv text constraint programmes_name_sv_length check (char_length(btrim(name_sv)) between 1 and 200),
  add column name_en text constraint programmes_name_en_length check (char_length(btrim(name_en)) between 1 and 200),
  add column description_sv text constraint programmes_description_sv_length check (char_length(description_sv) <= 4000),
  add column description_en text constraint programmes_description_en_length check (char_length(description_en) <= 4000);
comment on column public.programmes.name_sv is 'The name in Swedish; NULL = not translated (the app shows the Finnish name, marked).';
comment on column public.programmes.name_en is 'The name in English; NULL = not translated.';
comment on column public.programmes.description_sv is 'The description in Swedish; NULL = not translated.';
comment on column public.programmes.description_en is 'The description in English; NULL = not translated.';

alter table public.growth_areas
  add column name_sv text constraint growth_areas_name_sv_length check (char_length(btrim(name_sv)) between 1 and 200),
  add column name_en text constraint growth_areas_name_en_length check (char_length(btrim(name_en)) between 1 and 200),
  add column description_sv text constraint growth_areas_description_sv_length check (char_length(description_sv) <= 4000),
  add column description_en text constraint growth_areas_description_en_length check (char_length(description_en) <= 4000);
comment on column public.growth_areas.name_sv is 'The name in Swedish; NULL = not translated (the app shows the Finnish name, marked).';
comment on column public.growth_areas.name_en is 'The name in English; NULL = not translated.';
comment on column public.growth_areas.description_sv is 'The description in Swedish; NULL = not translated.';
comment on column public.growth_areas.description_en is 'The description in English; NULL = not translated.';

alter table public.growth_area_people
  add column role_sv text constraint growth_area_people_role_sv_length check (char_length(btrim(role_sv)) between 1 and 200),
  add column role_en text constraint growth_area_people_role_en_length check (char_length(btrim(role_en)) between 1 and 200);
comment on column public.growth_area_people.role_sv is 'The role in Swedish; NULL = not translated.';
comment on column public.growth_area_people.role_en is 'The role in English; NULL = not translated.';

alter table public.projects
  add column name_sv text constraint projects_name_sv_length check (char_length(btrim(name_sv)) between 1 and 200),
  add column name_en text constraint projects_name_en_length check (char_length(btrim(name_en)) between 1 and 200),
  add column summary_sv text constraint projects_summary_sv_length check (char_length(summary_sv) <= 4000),
  add column summary_en text constraint projects_summary_en_length check (char_length(summary_en) <= 4000),
  add column official_description_sv text
    constraint projects_official_description_sv_length check (char_length(official_description_sv) <= 10000),
  add column official_description_en text
    constraint projects_official_description_en_length check (char_length(official_description_en) <= 10000);
comment on column public.projects.name_sv is 'The name in Swedish; NULL = not translated (the app shows the Finnish name, marked).';
comment on column public.projects.name_en is 'The name in English; NULL = not translated.';
comment on column public.projects.summary_sv is 'Beskrivning: the short description in Swedish; NULL = not translated.';
comment on column public.projects.summary_en is 'The short description in English; NULL = not translated.';
comment on column public.projects.official_description_sv is 'Officiell beskrivning; NULL = not translated.';
comment on column public.projects.official_description_en is 'The official description in English; NULL = not translated.';

alter table public.tasks
  add column title_sv text constraint tasks_title_sv_length check (char_length(btrim(title_sv)) between 1 and 300),
  add column title_en text constraint tasks_title_en_length check (char_length(btrim(title_en)) between 1 and 300),
  add column details_sv text constraint tasks_details_sv_length check (char_length(details_sv) <= 4000),
  add column details_en text constraint tasks_details_en_length check (char_length(details_en) <= 4000);
comment on column public.tasks.title_sv is 'The title in Swedish; NULL = not translated.';
comment on column public.tasks.title_en is 'The title in English; NULL = not translated.';
comment on column public.tasks.details_sv is 'The note in Swedish; NULL = not translated.';
comment on column public.tasks.details_en is 'The note in English; NULL = not translated.';

alter table public.project_contacts
  add column role_sv text constraint project_contacts_role_sv_length check (char_length(role_sv) <= 200),
  add column role_en text constraint project_contacts_role_en_length check (char_length(role_en) <= 200);
comment on column public.project_contacts.role_sv is 'The contact''s role in Swedish; NULL = not translated.';
comment on column public.project_contacts.role_en is 'The contact''s role in English; NULL = not translated.';

alter table public.project_funding
  add column note_sv text constraint project_funding_note_sv_length check (char_length(note_sv) <= 2000),
  add column note_en text constraint project_funding_note_en_length check (char_length(note_en) <= 2000);
comment on column public.project_funding.note_sv is 'The funding note in Swedish; NULL = not translated.';
comment on column public.project_funding.note_en is 'The funding note in English; NULL = not translated.';

alter table public.indicators
  add column name_sv text constraint indicators_name_sv_length check (char_length(btrim(name_sv)) between 1 and 200),
  add column name_en text constraint indicators_name_en_length check (char_length(btrim(name_en)) between 1 and 200),
  add column description_sv text constraint indicators_description_sv_length check (char_length(description_sv) <= 4000),
  add column description_en text constraint indicators_description_en_length check (char_length(description_en) <= 4000);
comment on column public.indicators.name_sv is 'The name in Swedish; NULL = not translated.';
comment on column public.indicators.name_en is 'The name in English; NULL = not translated.';
comment on column public.indicators.description_sv is 'The description in Swedish; NULL = not translated.';
comment on column public.indicators.description_en is 'The description in English; NULL = not translated.';

-- project_overview: the project's and growth area's names in Swedish and English -------------
-- Restated in full from 20260405000000_anon_perf.sql (supabase/schemas/views/public.project_overview.sql);
-- the only change is the four name columns at the end.

create or replace view public.project_overview
with (security_invoker = true)
as
select
  p.id,
  p.programme_id,
  p.growth_area_id,
  p.slug,
  p.name,
  p.stage,
  p.schedule_status,
  p.schedule_note,
  p.starts_on,
  p.ends_on,
  p.published,
  p.updated_at,
  p.version,
  coalesce(t.task_count, 0) as task_count,
  coalesce(t.open_task_count, 0) as open_task_count,
  coalesce(t.in_progress_task_count, 0) as in_progress_task_count,
  coalesce(t.done_task_count, 0) as done_task_count,
  coalesce(t.overdue_task_count, 0) as overdue_task_count,
  t.next_due_on,
  t.oldest_overdue_on,
  a.last_activity_at,
  case when s.computed_state = 'late' then 'late' else 'on_schedule' end::public.schedule_status
    as computed_schedule_status,
  coalesce(p.schedule_status, case when s.computed_state = 'late' then 'late' else 'on_schedule' end::public.schedule_status)
    as effective_schedule_status,
  p.schedule_status is not null as schedule_status_is_manual,
  coalesce(p.schedule_status::text, s.computed_state) as schedule_state,
  case
    when p.schedule_status is not null then
      jsonb_build_array(jsonb_build_object('code', 'manual', 'status', p.schedule_status, 'note', p.schedule_note))
    else r.computed_reasons
  end as schedule_reasons,
  s.computed_state as computed_schedule_state,
  r.computed_reasons as computed_schedule_reasons,
  fr.days_since_update,
  fr.freshness,
  coalesce(
    fr.days_since_update >= cfg.stale_after_days
      and p.stage <> 'completed'
      and p.schedule_status is distinct from 'not_pursued',
    false
  ) as is_stale,
  coalesce(extract(year from p.ends_on) = extract(year from cfg.today), false) as ends_this_year,
  ga.name as growth_area_name,
  ga.color as growth_area_color,
  ga.sort_order as growth_area_sort_order,
  lead.person_id as lead_person_id,
  lead.full_name as lead_name,
  coalesce(t.upcoming_task_count, 0) as upcoming_task_count,
  (select n.full_name from private.account_names() n where n.user_id = p.updated_by) as updated_by_name,
  p.name_sv,
  p.name_en,
  ga.name_sv as growth_area_name_sv,
  ga.name_en as growth_area_name_en
from public.projects p
cross join private.dashboard_config() cfg
left join (
  select
    x.project_id,
    xp.slug,
    count(*)::integer as task_count,
    (count(*) filter (where x.state in ('not_started', 'in_progress')))::integer as open_task_count,
    (count(*) filter (where x.state = 'in_progress'))::integer as in_progress_task_count,
    (count(*) filter (where x.state = 'done'))::integer as done_task_count,
    (count(*) filter (where x.state in ('in_progress', 'done')))::integer as started_task_count,
    (count(*) filter (
      where x.state in ('not_started', 'in_progress') and x.due_on < td.today
    ))::integer as overdue_task_count,
    (count(*) filter (
      where x.state in ('not_started', 'in_progress') and x.due_on >= td.today
        and x.due_on < td.today + coalesce(td.upcoming_days, 0) + 1
    ))::integer as upcoming_task_count,
    min(x.due_on) filter (
      where x.state in ('not_started', 'in_progress') and x.due_on >= td.today
    ) as next_due_on,
    min(x.due_on) filter (
      where x.state in ('not_started', 'in_progress') and x.due_on < td.today
    ) as oldest_overdue_on,
    max(x.updated_at) as last_task_update_at
  from public.tasks x
  join public.projects xp on xp.id = x.project_id
  cross join (select (select c.today from private.dashboard_config() c) as today,
                     (select c.upcoming_days from private.dashboard_config() c) as upcoming_days) td
  group by x.project_id, xp.slug
) t on t.project_id = p.id and t.slug = p.slug
cross join lateral (
  select
    p.stage <> 'completed' and coalesce(t.overdue_task_count, 0) > 0 as has_overdue,
    p.stage <> 'completed' and coalesce(p.ends_on < cfg.today, false) as end_passed,
    p.stage = 'not_started'
      and coalesce(t.started_task_count, 0) = 0
      and (p.starts_on is null or p.starts_on > cfg.today) as before_work,
    greatest(p.updated_at, t.last_task_update_at) as last_activity_at
) a
cross join lateral (
  select case
    when p.stage = 'completed' then 'on_schedule'
    when a.has_overdue or a.end_passed then 'late'
    when a.before_work then 'not_started'
    else 'on_schedule'
  end as computed_state
) s
cross join lateral (
  select case
    when p.stage = 'completed' then jsonb_build_array(jsonb_build_object('code', 'completed'))
    when s.computed_state = 'late' then
      case when a.has_overdue then
        jsonb_build_array(jsonb_build_object(
          'code', 'overdue_tasks', 'count', t.overdue_task_count, 'oldest_due_on', t.oldest_overdue_on))
      else '[]'::jsonb end
      || case when a.end_passed then
        jsonb_build_array(jsonb_build_object('code', 'end_date_passed', 'ends_on', p.ends_on))
      else '[]'::jsonb end
    when s.computed_state = 'not_started' then
      jsonb_build_array(jsonb_build_object('code', 'not_started', 'starts_on', p.starts_on))
    else jsonb_build_array(jsonb_build_object('code', 'on_track', 'next_due_on', t.next_due_on))
  end as computed_reasons
) r
cross join lateral (
  select
    d.days as days_since_update,
    case
      when d.days is null or cfg.fresh_max_days is null then null
      when d.days <= cfg.fresh_max_days then 'fresh'
      when d.days <= cfg.aging_max_days then 'aging'
      else 'old'
    end as freshness
  from (select cfg.today - a.last_activity_at::date as days) d
) fr
left join public.growth_areas ga on ga.id = p.growth_area_id
left join lateral (
  select c.person_id, pe.full_name
  from public.project_contacts c
  join public.people pe on pe.id = c.person_id
  where c.project_id = p.id and c.is_primary
) lead on true;

comment on view public.project_overview is
  'Per project: task counts, overdue tasks, next deadline, last activity (project or task edit), '
  'the schedule status with its reasons, freshness, growth area and lead. The one definition of '
  '"late" (see migration 20260201000000_schedule_status): late when an open task is past its '
  'deadline or the end date has passed before completion; not_started before any work; a manual '
  'projects.schedule_status wins. Dates count from private.today(). Rows and visibility follow the '
  'caller''s row-level security.';

-- translation_coverage -----------------------------------------------------------------------

create view public.translation_coverage
with (security_invoker = true)
as
with langs (language) as (values ('sv'), ('en'))
select
  pr.id as programme_id,
  l.language,
  'project'::text as kind,
  count(p.id)::integer as total,
  (count(p.id) filter (
    where case l.language when 'sv' then p.name_sv else p.name_en end is not null
      and (p.summary is null
        or case l.language when 'sv' then p.summary_sv else p.summary_en end is not null)
      and (p.official_description is null
        or case l.language when 'sv' then p.official_description_sv else p.official_description_en end is not null)
  ))::integer as translated
from public.programmes pr
cross join langs l
left join public.projects p on p.programme_id = pr.id and p.published
group by pr.id, l.language
union all
select
  pr.id,
  l.language,
  'growth_area',
  count(ga.id)::integer,
  (count(ga.id) filter (
    where case l.language when 'sv' then ga.name_sv else ga.name_en end is not null
      and (ga.description is null
        or case l.language when 'sv' then ga.description_sv else ga.description_en end is not null)
  ))::integer
from public.programmes pr
cross join langs l
left join public.growth_areas ga on ga.programme_id = pr.id
group by pr.id, l.language
union all
select
  pr.id,
  l.language,
  'task',
  count(t.id)::integer,
  (count(t.id) filter (
    where case l.language when 'sv' then t.title_sv else t.title_en end is not null
  ))::integer
from public.programmes pr
cross join langs l
left join public.projects p on p.programme_id = pr.id and p.published
left join public.tasks t on t.project_id = p.id
group by pr.id, l.language;
comment on view public.translation_coverage is
  'How much of a programme''s public content has a Swedish (sv) and an English (en) version: '
  'per kind (project = published projects whose name and, where present, summary and official '
  'description are translated; growth_area = name and description; task = titles of published '
  'projects'' tasks), total and translated. For the director''s dashboard; rows follow the '
  'caller''s row-level security.';
grant select on public.translation_coverage to authenticated, service_role;
