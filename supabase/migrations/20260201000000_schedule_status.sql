-- Schedule status with its reasons, and freshness: one definition in project_overview that
-- the portfolio cards, the project page, the timeline and the dashboard all read.
--
-- Schedule state of a project (project_overview.schedule_state), first rule that applies:
--   1. manual       projects.schedule_status is set (with schedule_note): that status wins
--                   (on_schedule, late or not_pursued), reasons = [{"code": "manual", ...}].
--   2. completed    stage = completed: on_schedule, reasons = [{"code": "completed"}].
--   3. late         an open task (not_started / in_progress) is past its deadline
--                   ({"code": "overdue_tasks", "count": n, "oldest_due_on": date}) and/or the
--                   end date has passed ({"code": "end_date_passed", "ends_on": date}).
--   4. not_started  before any work: stage = not_started, no task in progress or done, and the
--                   start date is unknown or still in the future
--                   ({"code": "not_started", "starts_on": date | null}).
--   5. on_schedule  otherwise ({"code": "on_track", "next_due_on": date | null}).
-- "Past its deadline" means due_on < today; a task due today is not late yet.
--
-- Freshness: days since the last edit of the project or any of its tasks (last_activity_at);
-- fresh up to fresh_max_days, aging up to aging_max_days, old after that; stale (listed on the
-- dashboard) from stale_after_days on, unless the project is completed or not pursued. The
-- numbers are settings (private.dashboard_settings, exposed as public.dashboard_settings).
--
-- "Today" is private.today(): the setting salkku.today when a session sets it (pgTAP freezes
-- dates with `set local salkku.today = '2026-11-22'`), otherwise current_date.

-- Today ----------------------------------------------------------------------------------------

create function private.today()
returns date
language sql
stable
set search_path = ''
as $$
  select coalesce(nullif(current_setting('salkku.today', true), '')::date, current_date)
$$;
comment on function private.today() is
  'The date the schedule and freshness rules count from: the session setting salkku.today if set '
  '(tests freeze dates with it), else current_date.';

-- Settings -------------------------------------------------------------------------------------

-- A single typed row rather than key/value pairs, so the database checks the bands. The table
-- sits in the non-exposed schema; the API reads and edits it through the view of the same name
-- in public.
create table private.dashboard_settings (
  singleton boolean primary key default true constraint dashboard_settings_singleton check (singleton),
  fresh_max_days integer not null default 30
    constraint dashboard_settings_fresh_positive check (fresh_max_days >= 0),
  aging_max_days integer not null default 90,
  stale_after_days integer not null default 180,
  upcoming_days integer not null default 30
    constraint dashboard_settings_upcoming_range check (upcoming_days between 1 and 366),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by uuid,
  version integer not null default 1,
  constraint dashboard_settings_bands_ordered
    check (fresh_max_days < aging_max_days and aging_max_days < stale_after_days)
);
comment on table private.dashboard_settings is
  'Dashboard thresholds (one row): freshness bands, when a project counts as stale, and how far '
  'ahead "upcoming deadlines" look. Everyone reads them; only admins change them.';
comment on column private.dashboard_settings.singleton is 'Always true: there is exactly one settings row.';
comment on column private.dashboard_settings.fresh_max_days is 'Updated at most this many days ago = fresh.';
comment on column private.dashboard_settings.aging_max_days is 'Updated at most this many days ago = aging; older = old.';
comment on column private.dashboard_settings.stale_after_days is
  'Not updated for at least this many days = stale (listed on the dashboard).';
comment on column private.dashboard_settings.upcoming_days is 'Upcoming deadlines: due within this many days from today.';

insert into private.dashboard_settings (singleton) values (true);

create trigger touch_row before insert or update on private.dashboard_settings
  for each row execute function private.touch_row();
create trigger audit_row after insert or update or delete on private.dashboard_settings
  for each row execute function private.audit_row();

alter table private.dashboard_settings enable row level security;
revoke all on private.dashboard_settings from public, anon, authenticated;
grant select on private.dashboard_settings to anon, authenticated;
grant update (fresh_max_days, aging_max_days, stale_after_days, upcoming_days)
  on private.dashboard_settings to authenticated;
grant all on private.dashboard_settings to service_role;

create policy "Anyone can read the dashboard settings" on private.dashboard_settings
  for select to anon using (true);
create policy "Signed-in users read the dashboard settings" on private.dashboard_settings
  for select to authenticated using (true);
create policy "Admins change the dashboard settings" on private.dashboard_settings
  for update to authenticated
  using ((select private.is_admin())) with check ((select private.is_admin()));
comment on policy "Anyone can read the dashboard settings" on private.dashboard_settings is
  'The bands explain what the public dashboard shows.';
comment on policy "Signed-in users read the dashboard settings" on private.dashboard_settings is
  'The bands explain what the dashboard shows.';
comment on policy "Admins change the dashboard settings" on private.dashboard_settings is
  'Only admins; nobody inserts or deletes (there is always exactly one row).';

create view public.dashboard_settings
with (security_invoker = true)
as
select
  s.fresh_max_days,
  s.aging_max_days,
  s.stale_after_days,
  s.upcoming_days,
  s.updated_at,
  s.version
from private.dashboard_settings s;
comment on view public.dashboard_settings is
  'The dashboard thresholds (one row). Readable by everyone; admins PATCH it with version=eq.N '
  '(zero rows back = someone saved first, or not allowed).';
revoke all on public.dashboard_settings from anon, authenticated;
grant select on public.dashboard_settings to anon, authenticated;
grant update (fresh_max_days, aging_max_days, stale_after_days, upcoming_days)
  on public.dashboard_settings to authenticated;
grant all on public.dashboard_settings to service_role;

-- One row with today and the thresholds, for the views to join once per query. Security
-- definer so the views do not depend on the caller's grants on the settings table.
create function private.dashboard_config()
returns table (
  today date,
  fresh_max_days integer,
  aging_max_days integer,
  stale_after_days integer,
  upcoming_days integer
)
language sql
stable
security definer
set search_path = ''
as $$
  select private.today(), s.fresh_max_days, s.aging_max_days, s.stale_after_days, s.upcoming_days
  from (select 1) one
  left join private.dashboard_settings s on s.singleton
$$;
comment on function private.dashboard_config() is
  'Today (private.today()) and the dashboard thresholds as one row; thresholds are NULL if the '
  'settings row is missing, and then freshness is unknown rather than guessed.';

revoke all on function private.today(), private.dashboard_config() from public;
grant execute on function private.today(), private.dashboard_config() to anon, authenticated, service_role;

-- project_overview, with reasons and freshness ----------------------------------------------
-- The original columns keep their names, types and meaning (create or replace can only
-- append); what is new is listed after schedule_status_is_manual.

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
  lead.full_name as lead_name
from public.projects p
cross join private.dashboard_config() cfg
left join lateral (
  select
    count(*)::integer as task_count,
    (count(*) filter (where x.state in ('not_started', 'in_progress')))::integer as open_task_count,
    (count(*) filter (where x.state = 'in_progress'))::integer as in_progress_task_count,
    (count(*) filter (where x.state = 'done'))::integer as done_task_count,
    (count(*) filter (where x.state in ('in_progress', 'done')))::integer as started_task_count,
    (count(*) filter (
      where x.state in ('not_started', 'in_progress') and x.due_on < cfg.today
    ))::integer as overdue_task_count,
    min(x.due_on) filter (
      where x.state in ('not_started', 'in_progress') and x.due_on >= cfg.today
    ) as next_due_on,
    min(x.due_on) filter (
      where x.state in ('not_started', 'in_progress') and x.due_on < cfg.today
    ) as oldest_overdue_on,
    max(x.updated_at) as last_task_update_at
  from public.tasks x
  where x.project_id = p.id
) t on true
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
comment on column public.project_overview.next_due_on is 'Earliest deadline of an open task that is not yet overdue.';
comment on column public.project_overview.oldest_overdue_on is 'Earliest deadline of an overdue open task.';
comment on column public.project_overview.last_activity_at is 'Latest of the project''s and its tasks'' updated_at.';
comment on column public.project_overview.computed_schedule_status is
  'late or on_schedule from tasks and dates alone (not_started counts as on_schedule here).';
comment on column public.project_overview.effective_schedule_status is
  'The manual status if set, else computed_schedule_status.';
comment on column public.project_overview.schedule_state is
  'What the UI shows: on_schedule, late, not_pursued (manual only) or not_started. The manual '
  'status wins; see schedule_status_is_manual.';
comment on column public.project_overview.schedule_reasons is
  'Why schedule_state is what it is, as data for the UI to translate: [{"code": "manual", "status", '
  '"note"}] | [{"code": "overdue_tasks", "count", "oldest_due_on"}, {"code": "end_date_passed", '
  '"ends_on"}] | [{"code": "not_started", "starts_on"}] | [{"code": "completed"}] | [{"code": '
  '"on_track", "next_due_on"}].';
comment on column public.project_overview.computed_schedule_state is
  'schedule_state as the rules compute it, ignoring any manual status.';
comment on column public.project_overview.computed_schedule_reasons is
  'schedule_reasons as the rules compute them, ignoring any manual status.';
comment on column public.project_overview.days_since_update is 'Whole days from last_activity_at to today.';
comment on column public.project_overview.freshness is
  'fresh, aging or old by the bands in dashboard_settings; NULL when unknown.';
comment on column public.project_overview.is_stale is
  'Not updated for stale_after_days or more, and neither completed nor (manually) not pursued.';
comment on column public.project_overview.ends_this_year is 'The end date falls in today''s calendar year.';
comment on column public.project_overview.lead_person_id is
  'The lead shown on the dashboard: the project''s main contact (Pääyhteyshenkilö).';
comment on column public.project_overview.lead_name is 'Full name of lead_person_id.';
