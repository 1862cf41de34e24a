-- The mail queue, faster: public.queue_mail(p_at) restated from 20260402000200_mail_outbox.sql
-- with one change. Each queued mail carried its one-click unsubscribe tokens from
-- private.unsubscribe_token(), one call per kind and one for "all": a security-definer function
-- that cannot be inlined, so each token was a separate function invocation that read the
-- signing key again (about 1,500 calls for the benchmark's 670 mails). The key is now read once
-- per statement and the token written into the query: the same text, "<user id>.<kinds>.<HMAC-
-- SHA256 hex>", signed with the same key (private.unsubscribe_token stays, and
-- apply_unsubscribe checks tokens with it). Everything else is word for word.

create or replace function public.queue_mail(p_at timestamptz)
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
        'unsubscribe', (select jsonb_object_agg(k, g.recipient_id::text || '.' || k || '.' || encode(
            extensions.hmac(convert_to(g.recipient_id::text || '.' || k, 'UTF8'), ms.secret, 'sha256'), 'hex'))
          from unnest(g.kinds) k),
        'unsubscribe_all', g.recipient_id::text || '.' || array_to_string(g.kinds, ',') || '.' || encode(
          extensions.hmac(convert_to(g.recipient_id::text || '.' || array_to_string(g.kinds, ','), 'UTF8'), ms.secret, 'sha256'), 'hex')),
      g.dedupe_key, p_at, p_at
    from groups g
    -- the signing key, read once (private.unsubscribe_token's text, inlined)
    cross join private.mail_secret ms
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
