// Mail on the local stack, in one place: the catcher (SMTP + /_mail), the reminder timer,
// recovery mails routed to the catcher, and the two HTTP routes that stand in for the hosted
// Edge Function: /functions/v1/mail-worker/unsubscribe (one-click unsubscribe) and
// POST /_mail/api/run (run the rules and the worker now, or "at" a given moment, for
// `npm run reminders -- --now …`; answered only on the loopback interface).
//
// Environment: SALKKU_SMTP_PORT fixes the catcher's port (default: any free one);
// SALKKU_REMINDERS_INTERVAL_MS sets the timer (default 60000; 0 switches it off).
import type { Queryable } from '../database.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { unsubscribePage, type MailLinks } from '../../functions/_shared/mail/render.ts';
import { asMailLocale } from '../../functions/_shared/mail/strings.ts';
import { routeMailsTo } from '../gateway/auth/outbox.ts';
import { startMailCatcher, type MailCatcher } from './catcher.ts';
import { smtpSender, startReminderTimer, type ReminderTimer } from './reminders.ts';

export interface LocalMail {
  catcher: MailCatcher;
  reminders: ReminderTimer;
  links: MailLinks;
  /** Answers the mail routes; false for every other request. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  close(): Promise<void>;
}

export interface LocalMailOptions {
  db: Queryable;
  siteUrl: string;
  outboxDir: string;
  smtpPort?: number;
  intervalMs?: number;
  log?: (message: string) => void;
}

const isLoopback = (req: IncomingMessage) => {
  const a = req.socket.remoteAddress ?? '';
  return a === '127.0.0.1' || a === '::1' || a === '::ffff:127.0.0.1';
};

function readBody(req: IncomingMessage, limit = 64 * 1024): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > limit) reject(new Error('body too large'));
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

export async function startLocalMail(options: LocalMailOptions): Promise<LocalMail> {
  const envPort = Number.parseInt(process.env.SALKKU_SMTP_PORT ?? '', 10);
  const catcher = await startMailCatcher({
    port: options.smtpPort ?? (Number.isInteger(envPort) ? envPort : 0),
  });
  const send = smtpSender({ host: catcher.host, port: catcher.port });
  const site = options.siteUrl.replace(/\/+$/, '');
  const links: MailLinks = { appUrl: site, functionsUrl: `${site}/functions/v1` };
  const envInterval = Number.parseInt(process.env.SALKKU_REMINDERS_INTERVAL_MS ?? '', 10);
  const intervalMs = options.intervalMs ?? (Number.isInteger(envInterval) ? envInterval : 60_000);
  const reminders = startReminderTimer(options.db, {
    send,
    links,
    intervalMs: intervalMs > 0 ? intervalMs : 2 ** 31 - 1,
    delayMs: intervalMs > 0 ? Math.min(intervalMs, 10_000) : 2 ** 31 - 1,
    log: options.log,
  });
  if (intervalMs <= 0) reminders.stop();

  const unroute = routeMailsTo(options.outboxDir, async (kind, mail) => {
    const messageId = `<${kind}-${randomUUID()}@salkku.local>`;
    await send({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: '',
      messageId,
      locale: 'en',
      headers: {},
    });
    return messageId;
  });

  async function unsubscribe(req: IncomingMessage, res: ServerResponse, url: URL) {
    const locale = asMailLocale(url.searchParams.get('lang'));
    const token = url.searchParams.get('token') ?? '';
    const html = (status: number, body: string) => {
      res.writeHead(status, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      res.end(body);
    };
    if (req.method === 'GET' || req.method === 'HEAD') {
      html(200, unsubscribePage(locale, 'confirm', `${url.pathname}${url.search}`));
      return;
    }
    if (req.method !== 'POST') {
      html(405, unsubscribePage(locale, 'invalid'));
      return;
    }
    await readBody(req).catch(() => '');
    try {
      await options.db.query('select public.unsubscribe($1)', [token]);
      html(200, unsubscribePage(locale, 'done', '', site));
    } catch {
      html(400, unsubscribePage(locale, 'invalid'));
    }
  }

  async function run(req: IncomingMessage, res: ServerResponse) {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST' || !isLoopback(req)) {
      json(403, { message: 'POST from this machine only' });
      return;
    }
    try {
      const body = (await readBody(req)) || '{}';
      const parsed = JSON.parse(body) as { now?: unknown };
      const at = typeof parsed.now === 'string' ? parsed.now : undefined;
      json(200, await reminders.run(at));
    } catch (error) {
      json(400, { message: error instanceof Error ? error.message : String(error) });
    }
  }

  return {
    catcher,
    reminders,
    links,
    handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/functions/v1/mail-worker/unsubscribe') {
        void unsubscribe(req, res, url);
        return true;
      }
      if (url.pathname === '/_mail/api/run') {
        void run(req, res);
        return true;
      }
      return catcher.handle(req, res);
    },
    async close() {
      reminders.stop();
      await reminders.idle();
      unroute();
      send.close();
      await catcher.close();
    },
  };
}
