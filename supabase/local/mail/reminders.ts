// Reminders and mail on the local stack, in-process: the same SQL rules
// (public.record_notifications, public.queue_mail), the same delivery loop and the same
// rendering as the hosted Edge Function (supabase/functions/_shared/mail), sending real SMTP
// — to the stack's mail catcher — through nodemailer.
import type { Queryable } from '../database.ts';
import nodemailer from 'nodemailer';
import type { MailLinks } from '../../functions/_shared/mail/render.ts';
import {
  drainOutbox,
  type ClaimedMail,
  type DeliveryOptions,
  type DeliveryReport,
  type MailStore,
  type SendMail,
} from '../../functions/_shared/mail/worker.ts';

/** The outbox calls, straight on PGlite (the local stack's own process owns the database). */
export function pgliteMailStore(db: Queryable): MailStore {
  return {
    async claim(now, limit, leaseSeconds) {
      const r = await db.query<ClaimedMail>(
        `select id, to_address, locale, template, message_id, payload, claim_token, attempts, max_attempts
         from public.claim_mail($1, $2, $3)`,
        [now.toISOString(), limit, leaseSeconds],
      );
      return r.rows;
    },
    async markSent(mail, at, response) {
      const r = await db.query<{ ok: boolean }>(
        'select public.mark_mail_sent($1, $2, $3, $4) as ok',
        [mail.id, mail.claim_token, at.toISOString(), response],
      );
      return r.rows[0]?.ok === true;
    },
    async markFailed(mail, at, error, permanent) {
      const r = await db.query<{ ok: boolean }>(
        'select public.mark_mail_failed($1, $2, $3, $4, $5) as ok',
        [mail.id, mail.claim_token, at.toISOString(), error, permanent],
      );
      return r.rows[0]?.ok === true;
    },
  };
}

export interface SmtpTarget {
  host: string;
  port: number;
  from?: string;
}

/** Sends a rendered mail over plain SMTP (the catcher) with its Message-ID and headers. */
export function smtpSender(target: SmtpTarget): SendMail & { close(): void } {
  const transport = nodemailer.createTransport({
    host: target.host,
    port: target.port,
    secure: false,
    ignoreTLS: true,
    connectionTimeout: 10_000,
    socketTimeout: 60_000,
  });
  const send = async (mail: Parameters<SendMail>[0]) => {
    const info = await transport.sendMail({
      from: target.from ?? 'Salkku <noreply@salkku.local>',
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      headers: { ...mail.headers, 'Content-Language': mail.locale },
    });
    return { response: info.response };
  };
  return Object.assign(send, { close: () => transport.close() });
}

/** A moment for the rules: an ISO time with an offset, or a local Helsinki time without. */
export async function resolveMoment(db: Queryable, when: string | Date | undefined): Promise<Date> {
  if (when === undefined) return new Date();
  if (when instanceof Date) return when;
  const r = await db.query<{ at: Date }>(
    `select case when $1 ~ '(Z|[+-]\\d\\d(:?\\d\\d)?)$' then $1::timestamptz
            else $1::timestamp at time zone 'Europe/Helsinki' end as at`,
    [when],
  );
  const at = r.rows[0]?.at;
  if (!at) throw new Error(`Not a time: ${when}`);
  return at;
}

export interface RunReport extends DeliveryReport {
  at: string;
  notifications: number;
  queued: number;
}

/** Whether this database has the notification migrations (tests run other schemas too). */
export async function hasReminderRules(db: Queryable): Promise<boolean> {
  const r = await db.query<{ ok: boolean }>(
    "select to_regprocedure('public.record_notifications(timestamptz)') is not null as ok",
  );
  return r.rows[0]?.ok === true;
}

/** One run at moment `at`: record what is due, queue mail, deliver everything due. */
export async function runReminders(
  db: Queryable,
  options: { at?: string | Date; send: SendMail; links: MailLinks; rules?: boolean } & Pick<
    DeliveryOptions,
    'afterClaim' | 'afterSend' | 'leaseSeconds' | 'log'
  >,
): Promise<RunReport> {
  const at = await resolveMoment(db, options.at);
  let notifications = 0;
  let queued = 0;
  if (options.rules !== false) {
    const r = await db.query<{ n: number }>('select public.record_notifications($1) as n', [
      at.toISOString(),
    ]);
    notifications = r.rows[0]?.n ?? 0;
    const q = await db.query<{ n: number }>('select public.queue_mail($1) as n', [
      at.toISOString(),
    ]);
    queued = q.rows[0]?.n ?? 0;
  }
  // Claims count from the same moment, so a run "at 09:00 on 1 May" delivers what it queued;
  // a later real-time run still delivers anything left.
  const clock = Math.max(at.getTime(), Date.now());
  const delivery = await drainOutbox({
    store: pgliteMailStore(db),
    send: options.send,
    links: options.links,
    now: () => new Date(clock),
    afterClaim: options.afterClaim,
    afterSend: options.afterSend,
    leaseSeconds: options.leaseSeconds,
    log: options.log,
  });
  return { at: at.toISOString(), notifications, queued, ...delivery };
}

export interface ReminderTimer {
  /** Runs now (or at the given moment) after any run in progress. */
  run(at?: string | Date): Promise<RunReport>;
  stop(): void;
  /** Resolves when no run is in progress (close the database only after it). */
  idle(): Promise<void>;
}

/** Runs the rules and the worker every `intervalMs` (first run after `delayMs`). */
export function startReminderTimer(
  db: Queryable,
  options: {
    send: SendMail;
    links: MailLinks;
    intervalMs: number;
    delayMs?: number;
    log?: (m: string) => void;
  },
): ReminderTimer {
  let chain: Promise<unknown> = Promise.resolve();
  let stopped = false;
  let available: Promise<boolean> | undefined;
  const run = (at?: string | Date) => {
    const next = chain.then(async () => {
      available ??= hasReminderRules(db);
      if (!(await available))
        return { at: '', notifications: 0, queued: 0, claimed: 0, sent: 0, failed: 0 };
      return runReminders(db, { at, send: options.send, links: options.links, log: options.log });
    });
    chain = next.catch(() => {});
    return next;
  };
  const tick = () => {
    if (stopped) return;
    run().then(
      (r) => {
        if (r.notifications || r.sent || r.failed) {
          options.log?.(
            `reminders: ${r.notifications} new notifications, ${r.sent} mails sent, ${r.failed} failed`,
          );
        }
      },
      (error: unknown) => options.log?.(`reminders failed: ${String(error)}`),
    );
  };
  const first = setTimeout(tick, options.delayMs ?? 10_000);
  const every = setInterval(tick, options.intervalMs);
  first.unref();
  every.unref();
  return {
    run,
    stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(every);
    },
    idle: () => chain.then(() => {}),
  };
}
