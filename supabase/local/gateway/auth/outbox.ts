// Auth mails of the local stack (password recovery). A running stack routes them over SMTP to
// its mail catcher (routeMailsTo, see supabase/local/mail); without one — a bare gateway, as in
// the conformance tests — each message is written as an .eml file into config.outboxDir.
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

type MailSink = (kind: string, mail: OutgoingMail) => Promise<string>;
const sinks = new Map<string, MailSink>();

/** Sends the mails of the gateway whose config.outboxDir this is through `sink` instead. */
export function routeMailsTo(outboxDir: string, sink: MailSink): () => void {
  sinks.set(outboxDir, sink);
  return () => {
    if (sinks.get(outboxDir) === sink) sinks.delete(outboxDir);
  };
}

/** Sends (or writes) the mail; returns where it went (a Message-ID or the file's path). */
export async function writeMail(outboxDir: string, kind: string, mail: OutgoingMail) {
  const sink = sinks.get(outboxDir);
  if (sink) return sink(kind, mail);
  await mkdir(outboxDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const who = mail.to.replace(/[^a-zA-Z0-9@._-]/g, '_').slice(0, 100);
  const file = join(outboxDir, `${stamp}-${kind}-${who}-${randomBytes(3).toString('hex')}.eml`);
  const message = [
    'From: Salkku <noreply@salkku.local>',
    `To: ${mail.to}`,
    `Subject: ${mail.subject}`,
    `Date: ${new Date().toUTCString()}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    mail.text,
    '',
  ].join('\r\n');
  await writeFile(file, message, { mode: 0o600 });
  return file;
}
