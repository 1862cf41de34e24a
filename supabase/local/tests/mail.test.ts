// Mail on the local stack, end to end through HTTP: the rules run "at" a moment, the worker
// sends real SMTP to the stack's catcher, and the mails are read back from the catcher's API —
// in the recipient's language, with text and HTML parts, links into the app and a working
// one-click unsubscribe. Password-recovery mails arrive in the same catcher.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaughtMail } from '../mail/catcher.ts';
import { startLocalStack, type RunningStack } from '../stack.ts';

const root = mkdtempSync(join(tmpdir(), 'salkku-mail-'));
let stack: RunningStack;

const STAFF = 'a0000000-0000-4000-8000-000000000006';
const LEAD2 = 'a0000000-0000-4000-8000-000000000005';

async function mails(): Promise<CaughtMail[]> {
  const res = await fetch(`${stack.url}/_mail/api/messages`);
  expect(res.status).toBe(200);
  return (await res.json()) as CaughtMail[];
}
const mailTo = async (address: string) => (await mails()).filter((m) => m.to.includes(address));

async function runAt(now: string) {
  const res = await fetch(`${stack.url}/_mail/api/run`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ now }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as {
    notifications: number;
    queued: number;
    sent: number;
    failed: number;
  };
}

beforeAll(async () => {
  stack = await startLocalStack({
    port: 0,
    dataDir: join(root, 'db'),
    keysDir: root,
    mail: { intervalMs: 0 },
  });
  // staff@ reads Swedish mail at once and follows a published project that is about to become
  // late; lead2@ keeps the defaults (daily, Finnish).
  await stack.db.exec(`
    insert into public.notification_preferences (user_id, digest_cadence, email_locale) values ('${STAFF}', 'immediately', 'sv');
    insert into public.projects (id, programme_id, growth_area_id, slug, name, stage, published, created_at, updated_at)
    values ('30000000-0000-4000-8000-0000000000f1', '10000000-0000-4000-8000-000000000001',
      '20000000-0000-4000-8000-000000000005', 'sataman-kokeilu', 'Sataman kokeilu', 'implementation', true,
      '2026-11-01 10:00+02', '2026-11-25 10:00+02');
    insert into public.project_members (project_id, user_id, role) values ('30000000-0000-4000-8000-0000000000f1', '${LEAD2}', 'lead');
    insert into public.tasks (project_id, title, due_on, created_at, updated_at)
    values ('30000000-0000-4000-8000-0000000000f1', 'Laiturin mittaus', '2026-12-01', '2026-11-25 10:00+02', '2026-11-25 10:00+02');
    insert into public.follows (user_id, project_id, created_at) values ('${STAFF}', '30000000-0000-4000-8000-0000000000f1', '2026-11-20 10:00+02');
  `);
}, 180_000);

afterAll(async () => {
  await stack?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('reminders through the mail catcher', () => {
  it('sends nothing before 09:00 Helsinki to daily readers, but the Swedish follower hears at once', async () => {
    const r = await runAt('2026-12-03T08:30');
    expect(r.failed).toBe(0);
    expect(await mailTo('lead2@salkku.test')).toEqual([]);
    const [sv] = await mailTo('staff@salkku.test');
    expect(sv?.subject).toBe('Portfölj: 1 ny avisering');
    expect(sv?.headers['content-language']).toBe('sv');
    expect(sv?.html).toContain('<html lang="sv">');
    expect(sv?.text).toContain('Projektet är försenat sedan 2 december 2026.');
    expect(sv?.text).toContain('http://127.0.0.1');
    expect(sv?.html).toContain('/projects/sataman-kokeilu');
  });

  it('sends the daily digest at 09:00, once, with text, HTML, links and unsubscribe headers', async () => {
    await runAt('2026-12-03T09:00');
    await runAt('2026-12-03T09:30');
    const lead2 = await mailTo('lead2@salkku.test');
    expect(lead2).toHaveLength(1);
    const mail = lead2[0];
    expect(mail?.subject).toMatch(/^Salkku: \d+ uutta ilmoitusta$/);
    expect(mail?.html).toContain('<html lang="fi">');
    expect(mail?.text).toContain('Hei Mikko Lehtinen,');
    expect(mail?.text).toContain('Sataman kokeilu');
    expect(mail?.text).toMatch(/Tehtävä ”Laiturin mittaus” on myöhässä: määräaika oli 1\.12\.2026/);
    expect(mail?.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(mail?.headers['list-unsubscribe']).toMatch(
      /^<http:\/\/127\.0\.0\.1:\d+\/functions\/v1\/mail-worker\/unsubscribe\?token=.+&lang=fi>$/,
    );
    expect(mail?.messageId).toMatch(/^<[0-9a-f-]{36}@salkku\.mail>$/);
    expect(mail?.deliveries).toBe(1);
  });

  it('unsubscribes with one click (RFC 8058 POST), and a GET only asks', async () => {
    const [mail] = await mailTo('staff@salkku.test');
    const url = /^<(.+)>$/.exec(mail?.headers['list-unsubscribe'] ?? '')?.[1] ?? '';
    expect(url).toContain('lang=sv');
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html lang="sv">');
    let prefs = await stack.db.query<{ email_follows: boolean }>(
      `select email_follows from public.notification_preferences where user_id = '${STAFF}'`,
    );
    expect(prefs.rows[0]?.email_follows).toBe(true);
    const click = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(click.status).toBe(200);
    prefs = await stack.db.query(
      `select email_follows from public.notification_preferences where user_id = '${STAFF}'`,
    );
    expect(prefs.rows[0]?.email_follows).toBe(false);
    const forged = await fetch(url.replace(/token=[^&]+/, `token=${LEAD2}.follows.00`), {
      method: 'POST',
    });
    expect(forged.status).toBe(400);
  });

  it('shows the mails on /_mail, each as HTML and as text', async () => {
    const list = await fetch(`${stack.url}/_mail`);
    expect(list.status).toBe(200);
    const html = await list.text();
    expect(html).toContain('Portfölj: 1 ny avisering');
    const [first] = await mails();
    const part = await fetch(`${stack.url}/_mail/${first?.id}/html`);
    expect(part.headers.get('content-security-policy')).toContain('sandbox');
    expect(await part.text()).toContain('<html lang=');
    const text = await fetch(`${stack.url}/_mail/${first?.id}/text`);
    expect(text.headers.get('content-type')).toContain('text/plain');
  });

  it('delivers password-recovery mails to the same catcher', async () => {
    const res = await fetch(`${stack.url}/auth/v1/recover`, {
      method: 'POST',
      headers: { apikey: stack.keys.anonKey, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'viewer@salkku.test' }),
    });
    expect(res.status).toBe(200);
    let recovery: CaughtMail | undefined;
    for (let i = 0; i < 50 && !recovery; i++) {
      recovery = (await mailTo('viewer@salkku.test')).find(
        (m) => m.subject === 'Reset your Salkku password',
      );
      if (!recovery) await new Promise((r) => setTimeout(r, 100));
    }
    expect(recovery?.text).toMatch(/\/auth\/v1\/verify\?token=/);
  });
});
