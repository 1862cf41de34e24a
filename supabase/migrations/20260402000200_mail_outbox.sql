-- E-mail: the outbox, the digest queue, one-click unsubscribe, the delivery worker's calls, the
-- directors' reminder log, and the schedule (pg_cron where it exists).
--
-- Life of a mail:
--   queue_mail(p_at)       turns pending notifications into outbox rows — a person's reminders
--                          and changes in one digest, at 09:00 Europe/Helsinki daily or on
--                          Mondays (weekly), at every run for "immediately"; at most one mail
--                          with reminders per person per 5 days unless "immediately"; nudges at
--                          once. Each row is queued once (dedupe_key is unique).
--   claim_mail(...)        a worker takes a batch: attempts + 1, a fresh claim_token and a lease
--                          (update … where id in (select … for update skip locked)).
--   (the worker sends it over SMTP with Message-ID = message_id)
--   mark_mail_sent(...)    only with the claim's token: sent_at, the SMTP server's answer.
--   mark_mail_failed(...)  the error is kept, the lease released and the next attempt waits
--                          1, 4, 16, 64, 256 minutes, then 6 hours; after max_attempts the mail
--                          is failed (failed_at) and stays visible to admins.
-- A worker that dies after claiming loses nothing: when the lease expires the mail is claimed
-- again. One that dies after the SMTP server accepted the mail but before mark_mail_sent sends
-- it again with the same Message-ID (SMTP cannot be in the same transaction as the database);
-- receiving mail stores, and the local mail catcher, keep one message per Message-ID.

-- The outbox ----------------------------------------------------------------------------------

create table public.mail_outbox (
  id uuid primary key default gen_random_uuid(),
  recipient_id uuid references auth.users (id) on delete cascade,
  to_address text not null constraint mail_outbox_to_address check (char_length(to_address) between 3 and 320 and to_address like '%@%'),
  locale text not null default 'fi' constraint mail_outbox_locale check (locale in ('fi', 'sv', 'en')),
  template text not null constraint mail_outbox_template check (template in ('digest', 'nudge')),
  kinds text[] not null default '{}',
  payload jsonb not null default '{}',
  dedupe_key text not null constraint mail_outbox_dedupe_key_key unique,
  message_id text not null generated always as ('<' || id::text || '@salkku.mail>') stored,
  created_at timestamptz not null default now(),
  send_after timestamptz not null default now(),
  attempts integer not null default 0,
  max_attempts integer not null default 8 constraint mail_outbox_max_attempts check (max_attempts between 1 and 50),
  claimed_at timestamptz,
  lease_expires_at timestamptz,
  claim_token uuid,
  sent_at timestamptz,
  smtp_response text constraint mail_outbox_smtp_response_length check (char_length(smtp_response) <= 2000),
  last_error text constraint mail_outbox_last_error_length check (char_length(last_error) <= 2000),
  failed_at timestamptz
);
create index mail_outbox_recipient_created_idx on public.mail_outbox (recipient_id, created_at desc);
create index mail_outbox_due_idx on public.mail_outbox (send_after) where sent_at is null and failed_at is null;
comment on table public.mail_outbox is
  'Every e-mail Salkku sends, queued once (dedupe_key), claimed by a worker with a lease, sent '
  'over SMTP with a stable Message-ID and marked sent; failures back off and, after max_attempts, '
  'stay as failed. Admins read it (delivery problems); only the service role writes it.';
comment on column public.mail_outbox.kinds is 'The notification kinds in the mail (reminders, follows, portfolio, nudges).';
comment on column public.mail_outbox.payload is
  'What the renderer needs: recipient_name, items (the notifications) and the signed unsubscribe tokens.';
comment on column public.mail_outbox.message_id is 'The Message-ID header: the same on every attempt, so a resend is recognisable.';
comment on column public.mail_outbox.lease_expires_at is 'A claimed mail not marked by then is claimed again (the worker died).';
comment on column public.mail_outbox.claim_token is 'Changes with every claim; only its holder may mark the attempt.';

-- notifications is created by this release's 20260402000000 migration, so it is empty here: the
-- foreign key's validation scans nothing and its lock is held for no time.
alter table public.notifications
  -- squawk-ignore adding-foreign-key-constraint
  add column mail_id uuid references public.mail_outbox (id) on delete set null;
create index notifications_mail_id_idx on public.notifications (mail_id);
comment on column public.notifications.mail_id is 'The e-mail that carried this notification, once queued.';

alter table public.mail_outbox enable row level security;
revoke all on public.mail_outbox from anon, authenticated;
grant select on public.mail_outbox to authenticated;
grant all on public.mail_outbox to service_role;
create policy "Admins read the outbox" on public.mail_outbox
  for select to authenticated using ((select private.is_admin()));
comment on policy "Admins read the outbox" on public.mail_outbox is
  'Admins see what was sent and what keeps failing; nobody writes it through the API.';

-- Signing unsubscribe links ---------------------------------------------------------------------

create table private.mail_secret (
  singleton boolean primary key default true constraint mail_secret_singleton check (singleton),
  secret bytea not null default extensions.gen_random_bytes(32)
);
comment on table private.mail_secret is
  'The key that signs one-click unsubscribe links. Never leaves the database; no API role reads it.';
insert into private.mail_secret (singleton) values (true);
alter table private.mail_secret enable row level security;
revoke all on private.mail_secret from public, anon, authenticated;

create function private.unsubscribe_token(p_user_id uuid, p_kinds text)
returns text
language sql
stable
security definer
set search_path = ''
as $$
  select p_user_id::text || '.' || p_kinds || '.' || encode(
    extensions.hmac(convert_to(p_user_id::text || '.' || p_kinds, 'UTF8'), s.secret, 'sha256'), 'hex')
  from private.mail_secret s
$$;
comment on function private.unsubscribe_token(uuid, text) is
  'A one-click unsubscribe token: "<user id>.<kinds, comma-separated>.<HMAC-SHA256 hex>".';
revoke all on function private.unsubscribe_token(uuid, text) from public;

create function private.apply_unsubscribe(p_token text)
returns text[]
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  v_user text := split_part(p_token, '.', 1);
  v_kinds text := split_part(p_token, '.', 2);
  v_list text[] := string_to_array(v_kinds, ',');
begin
  if v_user !~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
    or v_kinds !~ '^(reminders|follows|portfolio|nudges)(,(reminders|follows|portfolio|nudges))*$'
    or p_token is distinct from private.unsubscribe_token(v_user::uuid, v_kinds)
  then
    raise exception 'This unsubscribe link is not valid' using errcode = '22023';
  end if;
  insert into public.notification_preferences as np
    (user_id, email_reminders, email_follows, email_portfolio, email_nudges)
  values (v_user::uuid, not 'reminders' = any (v_list), not 'follows' = any (v_list),
    not 'portfolio' = any (v_list), not 'nudges' = any (v_list))
  on conflict (user_id) do update set
    email_reminders = np.email_reminders and not 'reminders' = any (v_list),
    email_follows = np.email_follows and not 'follows' = any (v_list),
    email_portfolio = np.email_portfolio and not 'portfolio' = any (v_list),
    email_nudges = np.email_nudges and not 'nudges' = any (v_list);
  return v_list;
end;
$$;
comment on function private.apply_unsubscribe(text) is
  'Checks the token''s signature and switches e-mail off for its kinds (22023 when it is not valid).';
revoke all on function private.apply_unsubscribe(text) from public;
grant execute on function private.apply_unsubscribe(text) to anon, authenticated, service_role;

create function public.unsubscribe(p_token text)
returns text[]
language sql
volatile
security invoker
set search_path = ''
as $$
  select private.apply_unsubscribe(p_token)
$$;
comment on function public.unsubscribe(text) is
  'One-click unsubscribe (RFC 8058): the signed token from a mail''s link switches those kinds of '
  'e-mail off for its recipient, without signing in. Returns the kinds; 400 for a bad token.';
revoke all on function public.unsubscribe(text) from public;
grant execute on function public.unsubscribe(text) to anon, authenticated, service_role;

-- Who gets mail, in which language and how often ------------------------------------------------

create function private.mail_recipients()
returns table (
  user_id uuid, email text, full_name text, locale text, cadence text,
  email_reminders boolean, email_follows boolean, email_portfolio boolean, email_nudges boolean
)
language sql
stable
security definer
set search_path = ''
as $$
  select u.id, u.email::text, pe.full_name,
    coalesce(np.email_locale, us.locale, 'fi'),
    coalesce(np.digest_cadence, 'daily'),
    coalesce(np.email_reminders, true), coalesce(np.email_follows, true),
    coalesce(np.email_portfolio, true), coalesce(np.email_nudges, true)
  from auth.users u
  left join public.notification_preferences np on np.user_id = u.id
  left join public.user_settings us on us.user_id = u.id
  left join public.people pe on pe.user_id = u.id
  where u.deleted_at is null
$$;
comment on function private.mail_recipients() is
  'Every account''s effective mail preferences: a missing notification_preferences row means the '
  'defaults (all on, daily), the language falls back to the UI language, then Finnish.';
revoke all on function private.mail_recipients() from public;

create function public.queue_mail(p_at timestamptz)
returns integer
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  v_local timestamp := p_at at time zone 'Europe/Helsinki';
  v_count integer;
begin
  -- What will never be mailed: the kind is switched off, cadence never, or no address.
  update public.notifications n set mail_state = 'skipped'
  from private.mail_recipients() r
  where n.mail_state = 'pending' and r.user_id = n.recipient_id and n.created_at <= p_at
    and (r.email is null or r.cadence = 'never' or not case n.kind
      when 'reminders' then r.email_reminders when 'follows' then r.email_follows
      when 'portfolio' then r.email_portfolio else r.email_nudges end);

  with eligible as (
    select n.id, n.recipient_id, n.kind, n.rule, n.subject_id, n.project_id, n.task_id, n.payload,
      n.created_at, r.email, r.full_name, r.locale,
      case when n.kind = 'nudges' then 'nudge:' || n.subject_id else 'digest' end as batch
    from public.notifications n
    join private.mail_recipients() r on r.user_id = n.recipient_id
    where n.mail_state = 'pending' and n.created_at <= p_at
      and (
        n.kind = 'nudges' or r.cadence = 'immediately'
        or (
          extract(hour from v_local) >= 9
          and (r.cadence = 'daily' or extract(isodow from v_local) = 1)
          and not exists (
            select 1 from public.mail_outbox m
            where m.recipient_id = n.recipient_id and m.template = 'digest'
              and (m.created_at at time zone 'Europe/Helsinki')::date = v_local::date)
          and (n.kind <> 'reminders' or not exists (
            select 1 from public.mail_outbox m
            where m.recipient_id = n.recipient_id and 'reminders' = any (m.kinds)
              and m.created_at > p_at - interval '5 days'))
        )
      )
  ),
  -- One mail per recipient and batch, named by its first notification (the dedupe key).
  keyed as materialized (
    select e.*, e.batch || ':' || e.recipient_id || ':' || min(e.id::text) over (partition by e.recipient_id, e.batch)
      as dedupe_key
    from eligible e
  ),
  groups as (
    select k.dedupe_key, k.recipient_id, k.batch,
      min(k.email) as email, min(k.locale) as locale, min(k.full_name) as full_name,
      array_agg(distinct k.kind order by k.kind) as kinds,
      jsonb_agg(jsonb_build_object('id', k.id, 'rule', k.rule, 'kind', k.kind, 'project_id', k.project_id,
        'task_id', k.task_id, 'payload', k.payload, 'created_at', k.created_at)
        order by k.kind, k.rule, k.created_at, k.id) as items
    from keyed k
    group by k.dedupe_key, k.recipient_id, k.batch
  ),
  -- A mail's id is derived from its dedupe key, so the notifications can name their mail
  -- without joining back to the inserted rows (a join the planner ran as a nested loop).
  mails as (
    insert into public.mail_outbox (id, recipient_id, to_address, locale, template, kinds, payload, dedupe_key, created_at, send_after)
    select md5(g.dedupe_key)::uuid, g.recipient_id, g.email, g.locale, case when g.batch = 'digest' then 'digest' else 'nudge' end,
      g.kinds,
      jsonb_build_object(
        'recipient_name', g.full_name,
        'items', g.items,
        'unsubscribe', (select jsonb_object_agg(k, private.unsubscribe_token(g.recipient_id, k)) from unnest(g.kinds) k),
        'unsubscribe_all', private.unsubscribe_token(g.recipient_id, array_to_string(g.kinds, ','))),
      g.dedupe_key, p_at, p_at
    from groups g
    on conflict (dedupe_key) do nothing
    returning id, dedupe_key
  ),
  marked as (
    update public.notifications n set mail_state = 'queued', mail_id = md5(k.dedupe_key)::uuid
    from keyed k
    where n.id = k.id
    returning 1
  )
  select count(*)::integer into v_count from mails;
  return v_count;
end;
$$;
comment on function public.queue_mail(timestamptz) is
  'Puts pending notifications into e-mails as of p_at (see migration 20260402000200_mail_outbox): '
  'digests at 09:00 Europe/Helsinki (daily, or Mondays for weekly), everything at once for '
  '"immediately", nudges at once, at most one reminder mail per person per 5 days otherwise. '
  'Returns the number of mails queued. Service role only.';
revoke all on function public.queue_mail(timestamptz) from public, anon, authenticated;
grant execute on function public.queue_mail(timestamptz) to service_role;

-- The worker's calls ------------------------------------------------------------------------------

create function public.claim_mail(p_now timestamptz, p_limit integer default 20, p_lease_seconds integer default 300)
returns setof public.mail_outbox
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
  -- A mail whose every attempt ended in a dead worker gives up like one that kept failing.
  update public.mail_outbox m set failed_at = p_now,
    last_error = coalesce(m.last_error, 'the worker stopped during every attempt')
  where m.sent_at is null and m.failed_at is null and m.attempts >= m.max_attempts
    and (m.lease_expires_at is null or m.lease_expires_at <= p_now);

  return query
  update public.mail_outbox m
  set claimed_at = p_now,
    lease_expires_at = p_now + make_interval(secs => greatest(p_lease_seconds, 10)),
    claim_token = gen_random_uuid(),
    attempts = m.attempts + 1
  where m.id in (
    select c.id from public.mail_outbox c
    where c.sent_at is null and c.failed_at is null and c.send_after <= p_now
      and c.attempts < c.max_attempts
      and (c.lease_expires_at is null or c.lease_expires_at <= p_now)
    order by c.send_after, c.created_at
    limit greatest(0, least(coalesce(p_limit, 20), 500))
    for update skip locked
  )
  returning m.*;
end;
$$;
comment on function public.claim_mail(timestamptz, integer, integer) is
  'A delivery worker claims up to p_limit due mails for p_lease_seconds (skipping rows another '
  'worker holds); each claim counts as an attempt and gets a new claim_token. Service role only.';

create function public.mark_mail_sent(p_id uuid, p_claim_token uuid, p_at timestamptz, p_smtp_response text default null)
returns boolean
language sql
volatile
security definer
set search_path = ''
as $$
  with x as (
    update public.mail_outbox m
    set sent_at = p_at, smtp_response = left(p_smtp_response, 2000), lease_expires_at = null, last_error = null
    where m.id = p_id and m.claim_token = p_claim_token and m.sent_at is null
    returning 1
  )
  select exists (select 1 from x)
$$;
comment on function public.mark_mail_sent(uuid, uuid, timestamptz, text) is
  'The SMTP server accepted the mail: marks it sent. False when the claim is no longer the caller''s.';

create function public.mark_mail_failed(
  p_id uuid, p_claim_token uuid, p_at timestamptz, p_error text, p_permanent boolean default false)
returns boolean
language sql
volatile
security definer
set search_path = ''
as $$
  with x as (
    update public.mail_outbox m
    set last_error = left(coalesce(p_error, 'unknown error'), 2000),
      lease_expires_at = null,
      send_after = p_at + least(interval '6 hours', interval '1 minute' * power(4, greatest(m.attempts - 1, 0))),
      failed_at = case when p_permanent or m.attempts >= m.max_attempts then p_at end
    where m.id = p_id and m.claim_token = p_claim_token and m.sent_at is null
    returning 1
  )
  select exists (select 1 from x)
$$;
comment on function public.mark_mail_failed(uuid, uuid, timestamptz, text, boolean) is
  'Sending failed: keeps the error and retries after 1, 4, 16, 64, 256 minutes, then every 6 hours; '
  'failed for good when p_permanent (e.g. a rejected address) or after max_attempts.';

revoke all on function public.claim_mail(timestamptz, integer, integer),
  public.mark_mail_sent(uuid, uuid, timestamptz, text),
  public.mark_mail_failed(uuid, uuid, timestamptz, text, boolean)
from public, anon, authenticated;
grant execute on function public.claim_mail(timestamptz, integer, integer),
  public.mark_mail_sent(uuid, uuid, timestamptz, text),
  public.mark_mail_failed(uuid, uuid, timestamptz, text, boolean)
to service_role;

-- Who was reminded of what: the directors' per-project log ----------------------------------------

create function private.project_reminder_log(p_project_id uuid)
returns table (
  notification_id uuid, notified_at timestamptz, rule text, occurrence text, recipient_name text,
  recipient_email text, task_id uuid, task_title text, read_at timestamptz, mail_state text,
  mail_sent_at timestamptz, mail_failed_at timestamptz
)
language sql
stable
security definer
set search_path = ''
as $$
  select n.id, n.created_at, n.rule, n.occurrence, coalesce(pe.full_name, u.email::text), u.email::text,
    n.task_id, n.payload ->> 'task_title', n.read_at, n.mail_state, m.sent_at, m.failed_at
  from public.notifications n
  join auth.users u on u.id = n.recipient_id
  left join public.people pe on pe.user_id = n.recipient_id
  left join public.mail_outbox m on m.id = n.mail_id
  where n.project_id = p_project_id and private.is_director()
  order by n.created_at desc, n.rule, 5
$$;
comment on function private.project_reminder_log(uuid) is
  'Who was told what about the project, and whether the mail went: for directors only.';
revoke all on function private.project_reminder_log(uuid) from public;
grant execute on function private.project_reminder_log(uuid) to authenticated, service_role;

create function public.project_reminder_log(p_project_id uuid)
returns table (
  notification_id uuid, notified_at timestamptz, rule text, occurrence text, recipient_name text,
  recipient_email text, task_id uuid, task_title text, read_at timestamptz, mail_state text,
  mail_sent_at timestamptz, mail_failed_at timestamptz
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
  'read it and whether the mail was sent. Empty for everyone else.';
revoke all on function public.project_reminder_log(uuid) from public, anon;
grant execute on function public.project_reminder_log(uuid) to authenticated, service_role;

-- The schedule on hosted Supabase ------------------------------------------------------------------
-- pg_cron runs the rules and the queue every 5 minutes; pg_net (when present) calls the Edge
-- Function mail-worker every minute with the URL and key kept in Vault (README: Deploy). Where
-- the extensions do not exist (PGlite, the local stack) nothing is scheduled: the local stack
-- runs the same functions on a timer.
do $$
begin
  if exists (select 1 from pg_available_extensions where name = 'pg_cron') then
    create extension if not exists pg_cron;
    perform cron.schedule('salkku-reminders', '*/5 * * * *',
      'select public.record_notifications(now()); select public.queue_mail(now());');
    if exists (select 1 from pg_available_extensions where name = 'pg_net') then
      create extension if not exists pg_net;
      perform cron.schedule('salkku-mail-worker', '* * * * *', $cmd$
        select net.http_post(
          url := (select decrypted_secret from vault.decrypted_secrets where name = 'salkku_project_url')
                 || '/functions/v1/mail-worker',
          headers := jsonb_build_object('Content-Type', 'application/json', 'Authorization', 'Bearer '
                 || (select decrypted_secret from vault.decrypted_secrets where name = 'salkku_mail_worker_key')),
          body := '{}'::jsonb)
        where exists (select 1 from vault.decrypted_secrets where name = 'salkku_project_url')
      $cmd$);
    end if;
  end if;
end
$$;
