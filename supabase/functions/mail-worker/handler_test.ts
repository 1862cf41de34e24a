// Deno tests of the mail-worker Edge Function, with a fake PostgREST (an in-memory outbox
// that answers claim_mail / mark_mail_sent / mark_mail_failed / unsubscribe) and a fake SMTP
// sender. Run: npx deno test --node-modules-dir=manual supabase/functions
import assert from 'node:assert/strict';
import { renderMail } from '../_shared/mail/render.ts';
import type { RenderedMail } from '../_shared/mail/render.ts';
import { createHandler } from './handler.ts';

interface Row {
  id: string;
  to_address: string;
  locale: string;
  template: string;
  message_id: string;
  payload: unknown;
  claim_token: string | null;
  attempts: number;
  max_attempts: number;
  sent: boolean;
  lease_until: number;
  last_error: string | null;
}

function fakeDatabase(rows: Row[]) {
  const calls: string[] = [];
  const unsubscribed: string[] = [];
  const fetchFn: typeof fetch = async (input, init) => {
    const url = String(input);
    const fn = url.replace(/^.*\/rest\/v1\/rpc\//, '');
    const args = JSON.parse(String(init?.body ?? '{}')) as Record<string, unknown>;
    const auth = new Headers(init?.headers).get('Authorization');
    assert.equal(auth, 'Bearer service-key');
    calls.push(fn);
    const reply = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });
    const now = Date.parse(String(args.p_now ?? args.p_at ?? new Date().toISOString()));
    switch (fn) {
      case 'claim_mail': {
        const due = rows
          .filter((r) => !r.sent && r.lease_until <= now)
          .slice(0, Number(args.p_limit));
        for (const r of due) {
          r.attempts++;
          r.claim_token = crypto.randomUUID();
          r.lease_until = now + Number(args.p_lease_seconds) * 1000;
        }
        return reply(due.map((r) => ({ ...r })));
      }
      case 'mark_mail_sent': {
        const r = rows.find(
          (x) => x.id === args.p_id && x.claim_token === args.p_claim_token && !x.sent,
        );
        if (r) r.sent = true;
        return reply(!!r);
      }
      case 'mark_mail_failed': {
        const r = rows.find((x) => x.id === args.p_id && x.claim_token === args.p_claim_token);
        if (r) {
          r.last_error = String(args.p_error);
          r.lease_until = now + 60_000;
        }
        return reply(!!r);
      }
      case 'unsubscribe':
        if (String(args.p_token).endsWith('.good')) {
          unsubscribed.push(String(args.p_token));
          return reply(['follows']);
        }
        return new Response('{"code":"22023","message":"This unsubscribe link is not valid"}', {
          status: 400,
        });
      default:
        return new Response('{}', { status: 404 });
    }
  };
  return { fetchFn, calls, unsubscribed };
}

const row = (i: number, locale = 'fi'): Row => ({
  id: `00000000-0000-4000-8000-00000000000${i}`,
  to_address: `person${i}@example.test`,
  locale,
  template: 'digest',
  message_id: `<00000000-0000-4000-8000-00000000000${i}@salkku.mail>`,
  payload: {
    recipient_name: 'Sanna',
    items: [
      {
        rule: 'task_late',
        kind: 'reminders',
        task_id: '40000000-0000-4000-8000-000000000001',
        payload: {
          project_slug: 'kiertotalot',
          project_name: 'Kiertotalot',
          task_title: 'Raportti',
          due_on: '2026-05-31',
          days: 7,
        },
      },
    ],
    unsubscribe: { reminders: 'u.reminders.sig' },
    unsubscribe_all: 'u.reminders.sig',
  },
  claim_token: null,
  attempts: 0,
  max_attempts: 8,
  sent: false,
  lease_until: 0,
  last_error: null,
});

function setup(rows: Row[], send: (m: RenderedMail) => Promise<{ response: string }>) {
  const db = fakeDatabase(rows);
  const handler = createHandler({
    supabaseUrl: 'https://project.supabase.test',
    serviceRoleKey: 'service-key',
    workerKey: 'worker-key',
    appUrl: 'https://salkku.example',
    send,
    fetch: db.fetchFn,
  });
  return { handler, db };
}

const run = (handler: (r: Request) => Promise<Response>, key = 'worker-key') =>
  handler(
    new Request('https://project.supabase.test/mail-worker', {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
      body: '{}',
    }),
  );

Deno.test('the worker delivers every due mail once and marks it sent', async () => {
  const rows = [row(1), row(2, 'sv'), row(3, 'en')];
  const sent: RenderedMail[] = [];
  const { handler, db } = setup(rows, async (m) => {
    sent.push(m);
    return { response: '250 OK' };
  });
  const res = await run(handler);
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), {
    notifications: 0,
    queued: 0,
    claimed: 3,
    sent: 3,
    failed: 0,
  });
  assert.ok(rows.every((r) => r.sent));
  assert.deepEqual(
    sent.map((m) => m.messageId),
    rows.map((r) => r.message_id),
  );
  assert.deepEqual(
    sent.map((m) => m.subject),
    ['Salkku: 1 uusi ilmoitus', 'Portfölj: 1 ny avisering', 'Salkku: 1 new notification'],
  );
  assert.equal(db.calls.filter((c) => c === 'claim_mail').length, 2);
  // A second run finds nothing to send.
  assert.deepEqual(await (await run(handler)).json(), {
    notifications: 0,
    queued: 0,
    claimed: 0,
    sent: 0,
    failed: 0,
  });
  assert.equal(sent.length, 3);
});

Deno.test('a failed send is recorded for a later retry, the others still go', async () => {
  const rows = [row(1), row(2)];
  const { handler } = setup(rows, async (m) => {
    if (m.to === 'person1@example.test') throw new Error('421 try again later');
    return { response: '250 OK' };
  });
  const report = await (await run(handler)).json();
  assert.deepEqual(report, { notifications: 0, queued: 0, claimed: 2, sent: 1, failed: 1 });
  assert.equal(rows[0]?.last_error, '421 try again later');
  assert.equal(rows[0]?.sent, false);
  assert.equal(rows[1]?.sent, true);
});

Deno.test('only the holder of the worker key may run it', async () => {
  const { handler, db } = setup([row(1)], async () => ({ response: '250 OK' }));
  assert.equal((await run(handler, 'wrong-key')).status, 401);
  assert.equal(
    (await handler(new Request('https://project.supabase.test/mail-worker'))).status,
    405,
  );
  assert.deepEqual(db.calls, []);
});

Deno.test(
  'unsubscribe: GET asks, POST with a valid token unsubscribes, a bad one is refused',
  async () => {
    const { handler, db } = setup([], async () => ({ response: '250 OK' }));
    const base = 'https://project.supabase.test/mail-worker/unsubscribe';
    const page = await handler(new Request(`${base}?token=u.follows.good&lang=sv`));
    assert.equal(page.status, 200);
    const text = await page.text();
    assert.match(text, /<html lang="sv">/);
    assert.match(text, /<form method="post"/);
    assert.deepEqual(db.unsubscribed, []);
    const ok = await handler(
      new Request(`${base}?token=u.follows.good&lang=sv`, {
        method: 'POST',
        body: 'List-Unsubscribe=One-Click',
      }),
    );
    assert.equal(ok.status, 200);
    assert.deepEqual(db.unsubscribed, ['u.follows.good']);
    // Done, in Swedish, with the way back to the app's settings.
    const done = await ok.text();
    assert.match(done, /Klart: du får inte längre/);
    assert.match(
      done,
      /<a href="https:\/\/salkku\.example\/notifications\/settings">Inställningar för aviseringar<\/a>/,
    );
    const bad = await handler(
      new Request(`${base}?token=u.follows.forged&lang=fi`, { method: 'POST' }),
    );
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /Linkki ei kelpaa/);
  },
);

Deno.test(
  'the shared renderer gives Deno the same mail as Node: lang, links, List-Unsubscribe',
  () => {
    const mail = renderMail(row(1, 'sv'), {
      appUrl: 'https://salkku.example',
      functionsUrl: 'https://p.supabase.test/functions/v1',
    });
    assert.match(mail.html, /^<!doctype html>\n<html lang="sv">/);
    assert.match(
      mail.text,
      /Uppgiften ”Raportti” \(inte översatt\) är försenad: den skulle vara klar 31 maj 2026 \(för 7 dagar sedan\)\./,
    );
    // The Finnish title standing in for a Swedish one is announced as Finnish in the HTML part.
    assert.match(
      mail.html,
      /”<span lang="fi">Raportti<\/span>” <span[^>]*>\(inte översatt\)<\/span>/,
    );
    assert.match(
      mail.text,
      /https:\/\/salkku\.example\/projects\/kiertotalot#task-40000000-0000-4000-8000-000000000001/,
    );
    assert.equal(
      mail.headers['List-Unsubscribe'],
      '<https://p.supabase.test/functions/v1/mail-worker/unsubscribe?token=u.reminders.sig&lang=sv>',
    );
    assert.equal(mail.headers['List-Unsubscribe-Post'], 'List-Unsubscribe=One-Click');
  },
);
