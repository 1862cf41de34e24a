-- Notifications, follows, preferences and status updates: the tables the reminder rules
-- (20260402000100_reminder_rules) write to and the app reads (issue #11).
--
--   reminder_settings         per programme: when reminders fire (defaults from the city's
--                             "clear deadlines, automatic reminders" practice).
--   follows                   who follows which project or growth area; only what they can read.
--   notifications             what the rules said to whom; only the recipient reads it.
--   notification_preferences  e-mail on/off per kind, digest cadence, e-mail language; own row.
--   status_updates            a lead's periodic status update; public with a published project.
--   nudges                    a director's "remind the leads now", logged and rate-limited.
--
-- Recipients are sign-in accounts (auth.users); a person without an account hears nothing
-- directly, and their project's leads hear it instead.

-- Per-programme reminder settings -----------------------------------------------------------

create table public.reminder_settings (
  programme_id uuid primary key references public.programmes (id) on delete cascade,
  due_soon_days integer[] not null default '{30,7,1}'
    constraint reminder_settings_due_soon_days check (
      cardinality(due_soon_days) between 1 and 10 and 0 < all (due_soon_days) and 366 > all (due_soon_days)),
  late_first_days integer not null default 1
    constraint reminder_settings_late_first check (late_first_days between 1 and 366),
  late_second_days integer not null default 7,
  late_repeat_days integer not null default 30
    constraint reminder_settings_late_repeat check (late_repeat_days between 1 and 366),
  not_updated_days integer not null default 30
    constraint reminder_settings_not_updated check (not_updated_days between 1 and 366),
  not_updated_repeat_days integer not null default 30
    constraint reminder_settings_not_updated_repeat check (not_updated_repeat_days between 1 and 366),
  status_update_cadence text not null default 'monthly'
    constraint reminder_settings_status_update_cadence check (status_update_cadence in ('weekly', 'monthly', 'quarterly')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by uuid,
  version integer not null default 1,
  constraint reminder_settings_late_ordered check (late_second_days > late_first_days and late_second_days <= 366)
);
comment on table public.reminder_settings is
  'When reminders fire, per programme (one row each, created with the programme): task due soon '
  '(due_soon_days before the deadline), task late (late_first_days and late_second_days after it, '
  'then every late_repeat_days), project not updated (after not_updated_days, then every '
  'not_updated_repeat_days) and the status-update cadence. Signed-in users read them; directors change them.';
comment on column public.reminder_settings.due_soon_days is 'Days before a deadline that remind the assignee (default 30, 7, 1).';
comment on column public.reminder_settings.late_first_days is 'First late reminder, days after the deadline (default 1).';
comment on column public.reminder_settings.late_second_days is 'Second late reminder (default day 7).';
comment on column public.reminder_settings.late_repeat_days is 'Then every this many days while the task stays open (default 30).';
comment on column public.reminder_settings.not_updated_days is 'Nothing changed on the project for this many days: remind its leads (default 30).';
comment on column public.reminder_settings.not_updated_repeat_days is 'Then again every this many days (default 30).';
comment on column public.reminder_settings.status_update_cadence is 'How often leads write a status update: weekly, monthly (default) or quarterly.';

insert into public.reminder_settings (programme_id) select g.id from public.programmes g;

create function private.add_reminder_settings()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.reminder_settings (programme_id) values (new.id) on conflict do nothing;
  return null;
end;
$$;
comment on function private.add_reminder_settings() is 'Gives a new programme its reminder settings row (the defaults).';
revoke all on function private.add_reminder_settings() from public;

create trigger add_reminder_settings after insert on public.programmes
  for each row execute function private.add_reminder_settings();
create trigger touch_row before insert or update on public.reminder_settings
  for each row execute function private.touch_row();
create trigger audit_row after insert or update or delete on public.reminder_settings
  for each row execute function private.audit_row();

-- Follows -------------------------------------------------------------------------------------

create table public.follows (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  project_id uuid references public.projects (id) on delete cascade,
  growth_area_id uuid references public.growth_areas (id) on delete cascade,
  created_at timestamptz not null default now(),
  constraint follows_one_subject check ((project_id is null) <> (growth_area_id is null)),
  constraint follows_user_project_key unique (user_id, project_id),
  constraint follows_user_growth_area_key unique (user_id, growth_area_id)
);
create index follows_project_id_idx on public.follows (project_id);
create index follows_growth_area_id_idx on public.follows (growth_area_id);
comment on table public.follows is
  'A signed-in user follows a project or a growth area and hears of its stage changes, lateness, '
  'completed milestones and publication. Own rows only; only what the user can read.';
comment on column public.follows.created_at is 'Changes before this moment are not announced to this follower.';

-- Notifications -------------------------------------------------------------------------------

create table public.notifications (
  id uuid primary key default gen_random_uuid(),
  recipient_id uuid not null references auth.users (id) on delete cascade,
  rule text not null constraint notifications_rule check (rule in (
    'task_due_soon', 'task_late', 'project_not_updated', 'status_update_due',
    'followed_stage_changed', 'followed_became_late', 'followed_milestone_completed', 'followed_published',
    'portfolio_late', 'portfolio_stale', 'nudge')),
  kind text not null generated always as (case
    when rule in ('task_due_soon', 'task_late', 'project_not_updated', 'status_update_due') then 'reminders'
    when rule like 'followed\_%' then 'follows'
    when rule like 'portfolio\_%' then 'portfolio'
    else 'nudges' end) stored,
  subject_id uuid not null,
  occurrence text not null constraint notifications_occurrence_length check (char_length(occurrence) <= 200),
  project_id uuid references public.projects (id) on delete cascade,
  task_id uuid references public.tasks (id) on delete cascade,
  payload jsonb not null default '{}',
  created_at timestamptz not null default now(),
  read_at timestamptz,
  mail_state text not null default 'pending'
    constraint notifications_mail_state check (mail_state in ('pending', 'queued', 'skipped')),
  constraint notifications_once_key unique (recipient_id, rule, subject_id, occurrence)
);
create index notifications_recipient_created_idx on public.notifications (recipient_id, created_at desc);
create index notifications_project_id_idx on public.notifications (project_id, created_at desc);
create index notifications_task_id_idx on public.notifications (task_id);
create index notifications_mail_pending_idx on public.notifications (recipient_id) where mail_state = 'pending';
comment on table public.notifications is
  'What the reminder rules told whom (one row per recipient, rule, subject and occurrence, so '
  'nothing is said twice). Only the recipient reads it and marks it read; rows are written by '
  'public.record_notifications() and public.nudge_project(), never directly.';
comment on column public.notifications.rule is
  'Which rule fired: task_due_soon, task_late, project_not_updated, status_update_due, followed_* '
  '(a followed project or growth area changed), portfolio_late / portfolio_stale (director''s '
  'digest) or nudge.';
comment on column public.notifications.kind is
  'The preference group of the rule: reminders, follows, portfolio or nudges (e-mail on/off per kind).';
comment on column public.notifications.subject_id is 'The task, project or nudge the notification is about.';
comment on column public.notifications.occurrence is
  'Which occurrence of the rule: e.g. "2026-05-31/7" (the 7-day reminder of that deadline), '
  '"late:2026-05-01", "audit:123". With recipient, rule and subject it is unique.';
comment on column public.notifications.payload is
  'What the UI and the mail need to word it (project name and slug, task title, due date, days …).';
comment on column public.notifications.mail_state is
  'pending until the mail queue takes it into an e-mail (queued) or decides it will not be mailed (skipped).';

-- Preferences ---------------------------------------------------------------------------------

create table public.notification_preferences (
  user_id uuid primary key default auth.uid() references auth.users (id) on delete cascade,
  email_reminders boolean not null default true,
  email_follows boolean not null default true,
  email_portfolio boolean not null default true,
  email_nudges boolean not null default true,
  digest_cadence text not null default 'daily'
    constraint notification_preferences_digest_cadence check (digest_cadence in ('immediately', 'daily', 'weekly', 'never')),
  email_locale text constraint notification_preferences_email_locale check (email_locale in ('fi', 'sv', 'en')),
  updated_at timestamptz not null default now()
);
comment on table public.notification_preferences is
  'Per user: e-mail on or off per kind, how often e-mails are sent and in which language. No row '
  'means the defaults (everything on, daily, the UI language). Own row only; upsert on user_id.';
comment on column public.notification_preferences.digest_cadence is
  'immediately (every run), daily or weekly (Monday) at 09:00 Europe/Helsinki, or never.';
comment on column public.notification_preferences.email_locale is
  'fi, sv or en; NULL = the UI language (user_settings.locale), else Finnish.';

create trigger touch_settings before insert or update on public.notification_preferences
  for each row execute function private.touch_settings();

-- Status updates ------------------------------------------------------------------------------

create table public.status_updates (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id) on delete no action,
  author_id uuid default auth.uid() references auth.users (id) on delete set null,
  happened text not null constraint status_updates_happened_length check (char_length(btrim(happened)) between 1 and 4000),
  next_steps text constraint status_updates_next_steps_length check (char_length(next_steps) <= 4000),
  risks text constraint status_updates_risks_length check (char_length(risks) <= 4000),
  proposed_schedule_status public.schedule_status,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by uuid,
  version integer not null default 1
);
create index status_updates_project_created_idx on public.status_updates (project_id, created_at desc);
create index status_updates_author_id_idx on public.status_updates (author_id);
comment on table public.status_updates is
  'Tilannekatsaus: a lead''s periodic status update — what happened, what comes next, risks or '
  'help needed, optionally a proposed schedule status. Readable with its project (the public sees '
  'those of published projects); the project''s members and directors write them.';
comment on column public.status_updates.happened is 'What happened since the previous update.';
comment on column public.status_updates.next_steps is 'What comes next.';
comment on column public.status_updates.risks is 'Risks, or help needed.';
comment on column public.status_updates.proposed_schedule_status is
  'The lead''s proposal for the schedule status; a director decides (projects.schedule_status).';

create trigger touch_row before insert or update on public.status_updates
  for each row execute function private.touch_row();
create trigger audit_row after insert or update or delete on public.status_updates
  for each row execute function private.audit_row();

-- Nudges --------------------------------------------------------------------------------------

create table public.nudges (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id) on delete cascade,
  sender_id uuid default auth.uid() references auth.users (id) on delete set null,
  message text constraint nudges_message_length check (char_length(message) <= 1000),
  created_at timestamptz not null default now()
);
create index nudges_project_created_idx on public.nudges (project_id, created_at desc);
create index nudges_sender_id_idx on public.nudges (sender_id);
comment on table public.nudges is
  'A director''s "remind the leads now", with an optional message: logged here, delivered as a '
  'nudge notification to each lead. At most one per project per hour. Directors read the log.';

-- Who may read a project, for another user than the caller ------------------------------------

create function private.user_can_read_project(p_user_id uuid, p_project_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
      select 1 from public.projects p join public.programmes g on g.id = p.programme_id
      where p.id = p_project_id and p.published and g.published)
    or exists (
      select 1 from public.user_roles r
      where r.user_id = p_user_id and r.role in ('viewer', 'director', 'admin'))
    or exists (
      select 1 from public.project_members m where m.user_id = p_user_id and m.project_id = p_project_id)
$$;
comment on function private.user_can_read_project(uuid, uuid) is
  'Whether the given account may read the project (the rule of private.readable_project_ids(), '
  'for someone other than the caller): followers hear only of what they can read.';
revoke all on function private.user_can_read_project(uuid, uuid) from public;
grant execute on function private.user_can_read_project(uuid, uuid) to service_role;

-- Privileges and row-level security -----------------------------------------------------------

revoke all on public.reminder_settings, public.follows, public.notifications,
  public.notification_preferences, public.status_updates, public.nudges from anon, authenticated;
grant select on public.reminder_settings to authenticated;
grant update (due_soon_days, late_first_days, late_second_days, late_repeat_days, not_updated_days,
  not_updated_repeat_days, status_update_cadence) on public.reminder_settings to authenticated;
grant select, insert, delete on public.follows to authenticated;
grant select on public.notifications to authenticated;
grant update (read_at) on public.notifications to authenticated;
grant select, insert, update, delete on public.notification_preferences to authenticated;
grant select on public.status_updates to anon;
grant select, insert, update, delete on public.status_updates to authenticated;
grant select, insert on public.nudges to authenticated;
grant all on public.reminder_settings, public.follows, public.notifications,
  public.notification_preferences, public.status_updates, public.nudges to service_role;

alter table public.reminder_settings enable row level security;
alter table public.follows enable row level security;
alter table public.notifications enable row level security;
alter table public.notification_preferences enable row level security;
alter table public.status_updates enable row level security;
alter table public.nudges enable row level security;

-- reminder_settings
create policy "Signed-in users read the reminder settings" on public.reminder_settings
  for select to authenticated using (programme_id in (select private.readable_programme_ids()));
create policy "Directors change the reminder settings" on public.reminder_settings
  for update to authenticated
  using ((select private.is_director())) with check ((select private.is_director()));
comment on policy "Signed-in users read the reminder settings" on public.reminder_settings is
  'Of the programmes they can read, so a lead knows when they will be reminded.';
comment on policy "Directors change the reminder settings" on public.reminder_settings is
  'Only directors and admins; rows come and go with their programme.';

-- follows
create policy "Users read their own follows" on public.follows
  for select to authenticated using (user_id = (select auth.uid()));
create policy "Users follow what they can read" on public.follows
  for insert to authenticated
  with check (
    user_id = (select auth.uid())
    and (
      project_id in (select private.readable_project_ids())
      or exists (select 1 from public.growth_areas a where a.id = growth_area_id)
    )
  );
create policy "Users unfollow" on public.follows
  for delete to authenticated using (user_id = (select auth.uid()));
comment on policy "Users read their own follows" on public.follows is 'Nobody sees who else follows what.';
comment on policy "Users follow what they can read" on public.follows is
  'Only for oneself, and only a project or growth area the user can read: a draft stays unfollowable '
  'by those who cannot see it (growth areas follow their programme''s visibility through RLS).';
comment on policy "Users unfollow" on public.follows is 'Only one''s own follows.';

-- notifications
create policy "Recipients read their notifications" on public.notifications
  for select to authenticated using (recipient_id = (select auth.uid()));
create policy "Recipients mark their notifications read" on public.notifications
  for update to authenticated
  using (recipient_id = (select auth.uid())) with check (recipient_id = (select auth.uid()));
comment on policy "Recipients read their notifications" on public.notifications is
  'Only the recipient, not even a director (directors see the per-project reminder log instead).';
comment on policy "Recipients mark their notifications read" on public.notifications is
  'Only read_at is granted; rows are written by the rules, never through the API.';

-- notification_preferences
create policy "Users read their own preferences" on public.notification_preferences
  for select to authenticated using (user_id = (select auth.uid()));
create policy "Users create their own preferences" on public.notification_preferences
  for insert to authenticated with check (user_id = (select auth.uid()));
create policy "Users change their own preferences" on public.notification_preferences
  for update to authenticated
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
create policy "Users delete their own preferences" on public.notification_preferences
  for delete to authenticated using (user_id = (select auth.uid()));
comment on policy "Users read their own preferences" on public.notification_preferences is 'Own row only.';
comment on policy "Users create their own preferences" on public.notification_preferences is 'Only for oneself.';
comment on policy "Users change their own preferences" on public.notification_preferences is
  'Own row only; it cannot be handed to someone else.';
comment on policy "Users delete their own preferences" on public.notification_preferences is
  'Back to the defaults.';

-- status_updates
create policy "Anyone can read status updates of published projects" on public.status_updates
  for select to anon using (project_id in (select private.public_project_ids()));
create policy "Signed-in users read status updates of projects they can read" on public.status_updates
  for select to authenticated using (project_id in (select private.readable_project_ids()));
create policy "Directors and project members write status updates" on public.status_updates
  for insert to authenticated
  with check (
    author_id = (select auth.uid())
    and ((select private.is_director()) or project_id in (select private.member_project_ids()))
  );
create policy "Authors and directors edit status updates" on public.status_updates
  for update to authenticated
  using ((select private.is_director()) or (author_id = (select auth.uid()) and project_id in (select private.member_project_ids())))
  with check ((select private.is_director()) or (author_id = (select auth.uid()) and project_id in (select private.member_project_ids())));
create policy "Authors and directors delete status updates" on public.status_updates
  for delete to authenticated
  using ((select private.is_director()) or (author_id = (select auth.uid()) and project_id in (select private.member_project_ids())));
comment on policy "Anyone can read status updates of published projects" on public.status_updates is
  'The public sees the updates of published projects in published programmes.';
comment on policy "Signed-in users read status updates of projects they can read" on public.status_updates is
  'Updates follow their project''s visibility.';
comment on policy "Directors and project members write status updates" on public.status_updates is
  'Leads and editors of the project, and directors; always in their own name.';
comment on policy "Authors and directors edit status updates" on public.status_updates is
  'The author while still a member of the project, or a director.';
comment on policy "Authors and directors delete status updates" on public.status_updates is
  'The author while still a member of the project, or a director.';

-- nudges
create policy "Directors read the nudge log" on public.nudges
  for select to authenticated using ((select private.is_director()));
create policy "Directors nudge" on public.nudges
  for insert to authenticated
  with check ((select private.is_director()) and sender_id = (select auth.uid()));
comment on policy "Directors read the nudge log" on public.nudges is 'Directors and admins see who nudged whom and when.';
comment on policy "Directors nudge" on public.nudges is
  'Directors and admins, in their own name (rate limit and delivery: trigger deliver_nudge).';

-- The app's reads and writes --------------------------------------------------------------------

create view public.my_follows
with (security_invoker = true)
as
select
  f.id,
  f.project_id,
  p.slug as project_slug,
  p.name as project_name,
  f.growth_area_id,
  a.name as growth_area_name,
  f.created_at
from public.follows f
left join public.projects p on p.id = f.project_id
left join public.growth_areas a on a.id = f.growth_area_id
where f.user_id = (select auth.uid());
comment on view public.my_follows is
  'The signed-in user''s follows with the names to show ("my follows"). Follow and unfollow '
  'through public.follows (insert / delete).';
revoke all on public.my_follows from anon, authenticated;
grant select on public.my_follows to authenticated, service_role;

create function public.mark_notifications_read(p_ids uuid[] default null)
returns integer
language sql
volatile
security invoker
set search_path = ''
as $$
  with x as (
    update public.notifications n set read_at = now()
    where n.recipient_id = (select auth.uid())
      and n.read_at is null
      and (p_ids is null or n.id = any (p_ids))
    returning 1
  )
  select count(*)::integer from x
$$;
comment on function public.mark_notifications_read(uuid[]) is
  'Marks the caller''s given notifications (or, without ids, all of them) read; returns how many changed.';

create function public.unread_notification_count()
returns integer
language sql
stable
security invoker
set search_path = ''
as $$
  select count(*)::integer from public.notifications n
  where n.recipient_id = (select auth.uid()) and n.read_at is null
$$;
comment on function public.unread_notification_count() is 'The number on the bell: the caller''s unread notifications.';

revoke all on function public.mark_notifications_read(uuid[]), public.unread_notification_count() from public, anon;
grant execute on function public.mark_notifications_read(uuid[]), public.unread_notification_count()
  to authenticated, service_role;
