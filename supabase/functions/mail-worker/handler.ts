// The mail-worker Edge Function's request handling, apart from Deno.serve and SMTP so that
// Deno tests can drive it with a fake database and a fake SMTP sender.
//
//   POST /mail-worker               (Authorization: Bearer <MAIL_WORKER_KEY>) delivers every
//                                   due mail in the outbox; with {"rules": true} it first runs
//                                   public.record_notifications and public.queue_mail (pg_cron
//                                   normally does that in the database). Answers the report.
//   GET  /mail-worker/unsubscribe   a page with one button (link checkers must not unsubscribe)
//   POST /mail-worker/unsubscribe   one-click unsubscribe (RFC 8058): the signed token switches
//                                   those mails off (public.unsubscribe checks the signature).
// The database is reached through PostgREST with the service-role key; the worker's loop and
// the rendering are the ones the local stack runs (../_shared/mail).
import { unsubscribePage } from '../_shared/mail/render.ts';
import { asMailLocale } from '../_shared/mail/strings.ts';
import {
  drainOutbox,
  type ClaimedMail,
  type MailStore,
  type SendMail,
} from '../_shared/mail/worker.ts';

export interface WorkerConfig {
  supabaseUrl: string;
  serviceRoleKey: string;
  /** The bearer token pg_cron sends (kept in Vault and in the function's secrets). */
  workerKey: string;
  appUrl: string;
  send: SendMail;
  fetch?: typeof fetch;
  now?: () => Date;
  log?: (message: string) => void;
}

type Rpc = (fn: string, args: Record<string, unknown>) => Promise<unknown>;

export function restRpc(
  config: Pick<WorkerConfig, 'supabaseUrl' | 'serviceRoleKey' | 'fetch'>,
): Rpc {
  const doFetch = config.fetch ?? fetch;
  const base = config.supabaseUrl.replace(/\/+$/, '');
  return async (fn, args) => {
    const res = await doFetch(`${base}/rest/v1/rpc/${fn}`, {
      method: 'POST',
      headers: {
        apikey: config.serviceRoleKey,
        Authorization: `Bearer ${config.serviceRoleKey}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(args),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${fn}: HTTP ${res.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
}

export function restMailStore(rpc: Rpc): MailStore {
  return {
    async claim(now, limit, leaseSeconds) {
      const rows = await rpc('claim_mail', {
        p_now: now.toISOString(),
        p_limit: limit,
        p_lease_seconds: leaseSeconds,
      });
      return Array.isArray(rows) ? (rows as ClaimedMail[]) : [];
    },
    async markSent(mail, at, response) {
      return (
        (await rpc('mark_mail_sent', {
          p_id: mail.id,
          p_claim_token: mail.claim_token,
          p_at: at.toISOString(),
          p_smtp_response: response,
        })) === true
      );
    },
    async markFailed(mail, at, error, permanent) {
      return (
        (await rpc('mark_mail_failed', {
          p_id: mail.id,
          p_claim_token: mail.claim_token,
          p_at: at.toISOString(),
          p_error: error,
          p_permanent: permanent,
        })) === true
      );
    },
  };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
const html = (status: number, body: string) =>
  new Response(body, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });

/** Constant-time comparison of the bearer token. */
function sameSecret(a: string, b: string): boolean {
  if (!a || !b || a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export function createHandler(config: WorkerConfig): (req: Request) => Promise<Response> {
  const rpc = restRpc(config);
  const now = config.now ?? (() => new Date());
  const functionsUrl = `${config.supabaseUrl.replace(/\/+$/, '')}/functions/v1`;
  return async (req) => {
    const url = new URL(req.url);
    if (url.pathname.endsWith('/unsubscribe')) {
      const locale = asMailLocale(url.searchParams.get('lang'));
      if (req.method === 'GET' || req.method === 'HEAD') {
        return html(
          200,
          unsubscribePage(
            locale,
            'confirm',
            `${functionsUrl}/mail-worker/unsubscribe${url.search}`,
          ),
        );
      }
      if (req.method !== 'POST') return html(405, unsubscribePage(locale, 'invalid'));
      try {
        await rpc('unsubscribe', { p_token: url.searchParams.get('token') ?? '' });
        return html(200, unsubscribePage(locale, 'done', '', config.appUrl));
      } catch {
        return html(400, unsubscribePage(locale, 'invalid'));
      }
    }
    if (req.method !== 'POST') return json(405, { message: 'POST to run the worker' });
    const bearer = /^Bearer (.+)$/.exec(req.headers.get('Authorization') ?? '')?.[1] ?? '';
    if (!sameSecret(bearer, config.workerKey)) return json(401, { message: 'Invalid worker key' });
    const body = (await req.json().catch(() => ({}))) as { rules?: unknown };
    let notifications = 0;
    let queued = 0;
    if (body.rules === true) {
      const at = now().toISOString();
      notifications = Number(await rpc('record_notifications', { p_at: at })) || 0;
      queued = Number(await rpc('queue_mail', { p_at: at })) || 0;
    }
    const report = await drainOutbox({
      store: restMailStore(rpc),
      send: config.send,
      links: { appUrl: config.appUrl, functionsUrl },
      now,
      log: config.log,
    });
    return json(200, { notifications, queued, ...report });
  };
}
