-- The directors' reminder log in the reader's language (#14 §1): project_reminder_log() returned
-- the task title the notification recorded (Finnish), so a Swedish or English reader saw Finnish
-- titles. It now returns the task's current title and its translations (task_title_sv,
-- task_title_en; NULL = not translated) — the recorded title only if the task is gone — as the
-- Atom feeds do (20260426000100_feed_task_translations); the app shows the reader's language and
-- marks the Finnish fallback (lang="fi", "not translated"). Directors only, as before.
-- A function's result columns cannot change in place, so both functions are dropped and made
-- again with the same body otherwise, the same security and the same grants.
drop function public.project_reminder_log(uuid);
drop function private.project_reminder_log(uuid);

create function private.project_reminder_log(p_project_id uuid)
returns table (
  notification_id uuid, notified_at timestamptz, rule text, occurrence text, recipient_name text,
  recipient_email text, task_id uuid, task_title text, read_at timestamptz, mail_state text,
  mail_sent_at timestamptz, mail_failed_at timestamptz, task_title_sv text, task_title_en text
)
language sql
stable
security definer
set search_path = ''
as $$
  select n.id, n.created_at, n.rule, n.occurrence, coalesce(pe.full_name, u.email::text), u.email::text,
    n.task_id, coalesce(t.title, n.payload ->> 'task_title'), n.read_at, n.mail_state, m.sent_at,
    m.failed_at, t.title_sv, t.title_en
  from public.notifications n
  join auth.users u on u.id = n.recipient_id
  left join public.people pe on pe.user_id = n.recipient_id
  left join public.mail_outbox m on m.id = n.mail_id
  left join public.tasks t on t.id = n.task_id
  where n.project_id = p_project_id and private.is_director()
  order by n.created_at desc, n.rule, 5
$$;
comment on function private.project_reminder_log(uuid) is
  'Who was told what about the project, and whether the mail went: for directors only. A task''s '
  'title is its current one with its Swedish and English translations (NULL = not translated).';
revoke all on function private.project_reminder_log(uuid) from public;
grant execute on function private.project_reminder_log(uuid) to authenticated, service_role;

create function public.project_reminder_log(p_project_id uuid)
returns table (
  notification_id uuid, notified_at timestamptz, rule text, occurrence text, recipient_name text,
  recipient_email text, task_id uuid, task_title text, read_at timestamptz, mail_state text,
  mail_sent_at timestamptz, mail_failed_at timestamptz, task_title_sv text, task_title_en text
)
language sql
stable
security invoker
set search_path = ''
as $$
  select * from private.project_reminder_log(p_project_id)
$$;
comment on function public.project_reminder_log(uuid) is
  'Directors and admins: per project, who was reminded (or nudged) of what and when, whether they '
  'read it and whether the mail was sent. Empty for everyone else. Task titles come with their '
  'Swedish and English translations (task_title_sv, task_title_en; NULL = not translated).';
revoke all on function public.project_reminder_log(uuid) from public, anon;
grant execute on function public.project_reminder_log(uuid) to authenticated, service_role;
