// The delivery worker killed with SIGKILL mid-delivery loses nothing and duplicates nothing.
// The worker (npm run reminders, delivery only) runs as a child process against a database
// folder with five queued mails, sending to a mail catcher in this process:
//   1. killed after its claim committed, before sending: nothing arrives; after the lease
//      expires the next run sends all five, each once;
//   2. killed after the SMTP server accepted a mail, before marking it sent: the next run
//      sends that mail again with the same Message-ID, and the catcher (like receiving mail
//      stores) keeps one copy — five messages, every outbox row marked sent once.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, projectRoot } from '../db.ts';
import { startMailCatcher, type MailCatcher } from '../mail/catcher.ts';

const root = mkdtempSync(join(tmpdir(), 'salkku-mailkill-'));
const dataDir = join(root, 'db');
let catcher: MailCatcher;

interface Worker {
  child: ChildProcess;
  out: () => string;
  exited: Promise<number | null>;
}

function worker(...flags: string[]): Worker {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/reminders.ts',
      '--data-dir',
      dataDir,
      '--keys-dir',
      root,
      '--smtp-port',
      String(catcher.port),
      '--no-rules',
      '--lease',
      '2',
      ...flags,
    ],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { child, out: () => out, exited };
}

async function waitFor(w: Worker, pattern: RegExp): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    if (pattern.test(w.out())) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`worker never printed ${pattern}: ${w.out()}`);
}

async function queue(prefix: string) {
  const { db } = await openDatabase({ dataDir, seed: false });
  try {
    for (let i = 1; i <= 5; i++) {
      await db.query(
        `insert into public.mail_outbox (to_address, locale, template, payload, dedupe_key, send_after)
         values ($1, 'fi', 'digest', '{"items": []}', $2, now() - interval '1 minute')`,
        [`${prefix}${i}@salkku.test`, `${prefix}-${i}`],
      );
    }
  } finally {
    await db.close();
  }
}

async function outbox(prefix: string) {
  const { db } = await openDatabase({ dataDir, seed: false });
  try {
    return (
      await db.query<{ message_id: string; attempts: number; sent: boolean }>(
        `select message_id, attempts, sent_at is not null as sent from public.mail_outbox
         where dedupe_key like $1 order by dedupe_key`,
        [`${prefix}-%`],
      )
    ).rows;
  } finally {
    await db.close();
  }
}

beforeAll(async () => {
  catcher = await startMailCatcher();
}, 30_000);

afterAll(async () => {
  await catcher?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('kill -9 of the mail worker', () => {
  it('between claim and send: nothing is lost, nothing is sent twice', async () => {
    await queue('claim');
    const first = worker('--pause-after-claim');
    await waitFor(first, /^CLAIMED( \S+){5}$/m);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(catcher.messages()).toEqual([]);

    await new Promise((r) => setTimeout(r, 2500)); // the lease expires
    const second = worker();
    expect(await second.exited).toBe(0);
    const caught = catcher.messages().filter((m) => m.to[0]?.startsWith('claim'));
    expect(caught.map((m) => m.to[0]).sort()).toEqual(
      [1, 2, 3, 4, 5].map((i) => `claim${i}@salkku.test`),
    );
    expect(caught.every((m) => m.deliveries === 1)).toBe(true);
    const rows = await outbox('claim');
    expect(rows.every((r) => r.sent && r.attempts === 2)).toBe(true);
    expect(caught.map((m) => m.messageId).sort()).toEqual(rows.map((r) => r.message_id).sort());
  }, 300_000);

  it('between send and marking it sent: the resend carries the same Message-ID and is kept once', async () => {
    await queue('send');
    const first = worker('--pause-after-send');
    await waitFor(first, /^SENT \S+$/m);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(catcher.messages().filter((m) => m.to[0]?.startsWith('send'))).toHaveLength(1);

    await new Promise((r) => setTimeout(r, 2500));
    const second = worker();
    expect(await second.exited).toBe(0);
    const caught = catcher.messages().filter((m) => m.to[0]?.startsWith('send'));
    expect(caught).toHaveLength(5);
    // The one mail that was in flight arrived twice under one Message-ID; the others once.
    expect(caught.map((m) => m.deliveries).sort()).toEqual([1, 1, 1, 1, 2]);
    const rows = await outbox('send');
    expect(rows.every((r) => r.sent)).toBe(true);
  }, 300_000);
});
