// npm run reminders -- [--now 2026-05-01T09:00] [--data-dir .salkku/db]
//
// Runs the reminder rules, the mail queue and the delivery worker once, "at" the given moment
// (a time without an offset is Helsinki time; default: now) — the same code the local stack
// runs on its timer. When the local stack is running (npm run dev / local:start), it asks that
// process to run (POST /_mail/api/run), so the mails land in its catcher on /_mail. Otherwise
// it opens the database itself and delivers to a mail catcher of its own, printing what it
// caught.
//
// Test hooks (the kill -9 test): --smtp-port <port> sends to that SMTP server, --lease <s>
// sets the claim's lease, --no-rules only delivers, --pause-after-claim / --pause-after-send
// print CLAIMED / SENT and wait forever, so the process can be killed at that point.
import { parseArgs } from 'node:util';
import { startMailCatcher } from '../supabase/local/mail/catcher.ts';
import { runReminders, smtpSender } from '../supabase/local/mail/reminders.ts';
import { createLocalStack, defaultDataDir, runningStackUrl } from '../supabase/local/stack.ts';

const { values } = parseArgs({
  options: {
    now: { type: 'string' },
    'data-dir': { type: 'string' },
    'keys-dir': { type: 'string' },
    'smtp-port': { type: 'string' },
    lease: { type: 'string' },
    'no-rules': { type: 'boolean', default: false },
    'pause-after-claim': { type: 'boolean', default: false },
    'pause-after-send': { type: 'boolean', default: false },
    'site-url': { type: 'string', default: 'http://localhost:5173' },
  },
});

const forever = () => new Promise<never>(() => setInterval(() => {}, 1 << 30));
const dataDir = values['data-dir'] ?? process.env.SALKKU_DATA_DIR ?? defaultDataDir;
const running = values['smtp-port'] ? undefined : runningStackUrl(dataDir);

if (running) {
  const res = await fetch(`${running}/_mail/api/run`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ now: values.now }),
  });
  const body = await res.text();
  console.log(body);
  if (!res.ok) process.exit(1);
  console.log(`Mails: ${running}/_mail`);
  process.exit(0);
}

const stack = await createLocalStack({
  dataDir,
  keysDir: values['keys-dir'],
  mail: false,
  siteUrl: values['site-url'],
});
const catcher = values['smtp-port'] ? null : await startMailCatcher();
const send = smtpSender({
  host: '127.0.0.1',
  port: catcher ? catcher.port : Number.parseInt(values['smtp-port'] ?? '', 10),
});
const site = values['site-url'].replace(/\/+$/, '');
try {
  const report = await runReminders(stack.db, {
    at: values.now,
    send,
    links: { appUrl: site, functionsUrl: `${site}/functions/v1` },
    rules: !values['no-rules'],
    leaseSeconds: values.lease ? Number.parseInt(values.lease, 10) : undefined,
    afterClaim: values['pause-after-claim']
      ? async (mails) => {
          console.log(`CLAIMED ${mails.map((m) => m.id).join(' ')}`);
          await forever();
        }
      : undefined,
    afterSend: values['pause-after-send']
      ? async (mail) => {
          console.log(`SENT ${mail.id}`);
          await forever();
        }
      : undefined,
  });
  console.log(JSON.stringify(report));
  for (const m of catcher?.messages() ?? []) console.log(`  ${m.to.join(', ')}: ${m.subject}`);
} finally {
  send.close();
  await catcher?.close();
  await stack.close();
}
