// The local stack's mail catcher, like the Supabase CLI's local mail viewer: a real SMTP
// server (smtp-server) that accepts every message, parses it (mailparser) and keeps it in
// memory, and an HTTP face on /_mail in the dev server and the standalone stack:
//
//   GET    /_mail                  the list of mails (HTML)
//   GET    /_mail/<id>             one mail: headers, links to both parts (HTML)
//   GET    /_mail/<id>/html        the mail's HTML part, as sent (sandboxed)
//   GET    /_mail/<id>/text        the mail's plain-text part
//   GET    /_mail/api/messages     every mail as JSON (tests read mails here, not from files)
//   DELETE /_mail/api/messages     forget them all
//
// One message per Message-ID, as receiving mail stores keep it: a resend of the same
// Message-ID counts in `deliveries` instead of appearing twice.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  id: string;
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  date: string;
  receivedAt: string;
  /** How many times this Message-ID arrived. */
  deliveries: number;
  headers: Record<string, string>;
  text: string;
  html: string | null;
}

export interface MailCatcher {
  host: string;
  port: number;
  messages(): CaughtMail[];
  clear(): void;
  /** Answers /_mail requests; returns false for any other URL. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  close(): Promise<void>;
}

const addresses = (a: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((x) => x.value.map((v) => v.address ?? ''));

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(title: string, body: string): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head><body style="font-family: system-ui, sans-serif; margin: 1em 2em;"><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>\n`;
}

export async function startMailCatcher(
  options: { port?: number; host?: string } = {},
): Promise<MailCatcher> {
  const host = options.host ?? '127.0.0.1';
  const mails: CaughtMail[] = [];
  let next = 1;

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    banner: 'Salkku local mail catcher',
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          const messageId = parsed.messageId ?? `<catcher-${next}@salkku.local>`;
          const existing = mails.find((m) => m.messageId === messageId);
          if (existing) {
            existing.deliveries++;
          } else {
            const headers: Record<string, string> = {};
            for (const line of parsed.headerLines) {
              headers[line.key] = line.line.slice(line.line.indexOf(':') + 1).trim();
            }
            mails.push({
              id: String(next++),
              messageId,
              from: addresses(parsed.from)[0] ?? '',
              to: addresses(parsed.to),
              subject: parsed.subject ?? '',
              date: (parsed.date ?? new Date()).toISOString(),
              receivedAt: new Date().toISOString(),
              deliveries: 1,
              headers,
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : null,
            });
          }
          callback();
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;

  const send = (res: ServerResponse, status: number, type: string, body: string, extra = {}) => {
    res.writeHead(status, {
      'Content-Type': `${type}; charset=utf-8`,
      'Cache-Control': 'no-store',
      ...extra,
    });
    res.end(body);
  };

  function handle(req: IncomingMessage, res: ServerResponse): boolean {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname.replace(/\/+$/, '');
    if (path !== '/_mail' && !path.startsWith('/_mail/')) return false;
    const list = [...mails].reverse();
    if (path === '/_mail/api/messages') {
      if (req.method === 'DELETE') {
        mails.length = 0;
        send(res, 204, 'text/plain', '');
      } else send(res, 200, 'application/json', JSON.stringify(list));
      return true;
    }
    if (path === '/_mail') {
      const rows = list
        .map(
          (m) =>
            `<tr><td>${escapeHtml(new Date(m.receivedAt).toLocaleString('fi-FI'))}</td><td>${escapeHtml(m.to.join(', '))}</td><td><a href="/_mail/${m.id}">${escapeHtml(m.subject || '(no subject)')}</a></td><td>${escapeHtml(m.headers['content-language'] ?? '')}</td><td>${m.deliveries}</td></tr>`,
        )
        .join('\n');
      send(
        res,
        200,
        'text/html',
        page(
          `Local mail (${list.length})`,
          list.length
            ? `<table><caption>Mails caught by the local stack's SMTP server, newest first</caption><thead><tr><th scope="col">Received</th><th scope="col">To</th><th scope="col">Subject</th><th scope="col">Language</th><th scope="col">Deliveries</th></tr></thead><tbody>${rows}</tbody></table>`
            : '<p>No mail yet.</p>',
        ),
      );
      return true;
    }
    const match = /^\/_mail\/(\d+)(?:\/(html|text))?$/.exec(path);
    const mail = match ? mails.find((m) => m.id === match[1]) : undefined;
    if (!match || !mail) {
      send(res, 404, 'text/html', page('Not found', '<p><a href="/_mail">All mail</a></p>'));
      return true;
    }
    if (match[2] === 'html') {
      send(res, 200, 'text/html', mail.html ?? '', {
        'Content-Security-Policy': "sandbox; default-src 'none'; style-src 'unsafe-inline'",
      });
    } else if (match[2] === 'text') {
      send(res, 200, 'text/plain', mail.text);
    } else {
      const headers = Object.entries(mail.headers)
        .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`)
        .join('');
      send(
        res,
        200,
        'text/html',
        page(
          mail.subject || '(no subject)',
          `<p><a href="/_mail">All mail</a> · ${mail.html ? `<a href="/_mail/${mail.id}/html">HTML</a> · ` : ''}<a href="/_mail/${mail.id}/text">Plain text</a></p><h2>Headers</h2><dl>${headers}</dl><h2>Plain text</h2><pre style="white-space: pre-wrap;">${escapeHtml(mail.text)}</pre>`,
        ),
      );
    }
    return true;
  }

  return {
    host,
    port,
    messages: () => [...mails],
    clear: () => {
      mails.length = 0;
    },
    handle,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
