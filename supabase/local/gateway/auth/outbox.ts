// The local stack sends no mail: each message is written as an .eml file into the outbox
// folder (config.outboxDir), where a developer opens it to follow the link.
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** Writes the mail and returns the file's path. */
export async function writeMail(outboxDir: string, kind: string, mail: OutgoingMail) {
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
