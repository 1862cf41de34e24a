// The delivery worker's loop, shared by the local stack (Node, PGlite) and the mail-worker
// Edge Function (Deno, PostgREST): claim due mails with a lease, render, send over SMTP, mark
// sent — or record the failure, which backs off in the database (public.mark_mail_failed).
//
// Why nothing is lost and nothing is sent twice:
// * claim_mail commits the claim (attempt + 1, a fresh claim_token, lease_expires_at) before
//   anything is sent. A worker killed after the claim and before sending leaves the row
//   unsent; when the lease runs out, the next run claims it again and sends it — once.
// * mark_mail_sent needs the claim's token, so a worker whose lease ran out (and whose mail
//   another run took over) cannot mark or fail someone else's attempt.
// * A worker killed after the SMTP server said 250 but before mark_mail_sent committed is the
//   one window no design closes (SMTP and Postgres share no transaction). The mail is then sent
//   again with the same Message-ID (the outbox id), which receiving stores — and the local mail
//   catcher — use to keep one copy. The window is the time of one UPDATE.
// * The lease must outlast one send: the default 300 s against an SMTP timeout of 60 s.
import { renderMail, type MailLinks, type OutboxMail, type RenderedMail } from './render.ts';

export interface ClaimedMail extends OutboxMail {
  claim_token: string;
  attempts: number;
  max_attempts: number;
}

/** The database side: public.claim_mail / mark_mail_sent / mark_mail_failed. */
export interface MailStore {
  claim(now: Date, limit: number, leaseSeconds: number): Promise<ClaimedMail[]>;
  markSent(mail: ClaimedMail, at: Date, response: string): Promise<boolean>;
  markFailed(mail: ClaimedMail, at: Date, error: string, permanent: boolean): Promise<boolean>;
}

export interface SendResult {
  /** The SMTP server's final answer, e.g. "250 OK: queued as …". */
  response: string;
}

/** Thrown (or any error with responseCode 5xx) for failures not worth retrying. */
export class PermanentMailError extends Error {}

export type SendMail = (mail: RenderedMail) => Promise<SendResult>;

export interface DeliveryOptions {
  store: MailStore;
  send: SendMail;
  links: MailLinks;
  /** The clock (default: the real one). */
  now?: () => Date;
  limit?: number;
  leaseSeconds?: number;
  /** Test hooks: after the claim is committed, and after the SMTP server accepted a mail. */
  afterClaim?: (mails: ClaimedMail[]) => Promise<void>;
  afterSend?: (mail: ClaimedMail) => Promise<void>;
  log?: (message: string) => void;
}

export interface DeliveryReport {
  claimed: number;
  sent: number;
  failed: number;
}

function isPermanent(error: unknown): boolean {
  if (error instanceof PermanentMailError) return true;
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/** Claims one batch and delivers it. Call it until `claimed` is 0 to drain the outbox. */
export async function deliverBatch(options: DeliveryOptions): Promise<DeliveryReport> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  const mails = await options.store.claim(now(), options.limit ?? 20, options.leaseSeconds ?? 300);
  const report: DeliveryReport = { claimed: mails.length, sent: 0, failed: 0 };
  if (mails.length === 0) return report;
  await options.afterClaim?.(mails);
  for (const mail of mails) {
    let result: SendResult;
    try {
      result = await options.send(renderMail(mail, options.links));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const permanent = isPermanent(error);
      await options.store.markFailed(mail, now(), message, permanent);
      log(`mail ${mail.id} to ${mail.to_address} failed (attempt ${mail.attempts}): ${message}`);
      report.failed++;
      continue;
    }
    await options.afterSend?.(mail);
    if (await options.store.markSent(mail, now(), result.response)) report.sent++;
    else log(`mail ${mail.id} was sent, but its claim had passed to another run`);
  }
  return report;
}

/** Delivers until nothing due is left (or `maxBatches`). */
export async function drainOutbox(
  options: DeliveryOptions & { maxBatches?: number },
): Promise<DeliveryReport> {
  const total: DeliveryReport = { claimed: 0, sent: 0, failed: 0 };
  for (let i = 0; i < (options.maxBatches ?? 50); i++) {
    const r = await deliverBatch(options);
    total.claimed += r.claimed;
    total.sent += r.sent;
    total.failed += r.failed;
    if (r.claimed === 0 || r.sent + r.failed === 0) break;
  }
  return total;
}
