// Rate limits as Supabase Auth keeps them: by client address (and by address + account), never
// by account alone, so nobody can lock someone else out. Requests come from different
// loopback addresses (127.0.0.x) to stand for different clients.
import { existsSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { authErrorBody, createUser } from './support/auth.ts';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

/** POST to /auth/v1 from the given local address. */
function postFrom(
  gw: TestGateway,
  localAddress: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const url = new URL(`${gw.url}/auth/v1${path}`);
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: 'POST',
        localAddress,
        agent: false,
        headers: {
          apikey: gw.anonKey,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(data),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text) });
        });
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

const ATTACKER = '127.0.0.2';
const OWNER = '127.0.0.3';
const signIn = (gw: TestGateway, from: string, email: string, password: string, h = {}) =>
  postFrom(gw, from, '/token?grant_type=password', { email, password }, h);

describe('failed sign-ins are limited by client address, never by account alone', () => {
  let gw: TestGateway;
  let proxied: TestGateway;
  beforeAll(async () => {
    [gw, proxied] = await Promise.all([
      startTestGateway({
        migrations: false,
        config: { authRateLimit: { windowSeconds: 300, perEmail: 10, perIp: 30 } },
      }),
      startTestGateway({
        migrations: false,
        config: {
          trustProxy: true,
          authRateLimit: { windowSeconds: 300, perEmail: 3, perIp: 30 },
        },
      }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([gw?.close(), proxied?.close()]);
  });

  it("an attacker's failures from one address do not lock the owner out at another", async () => {
    await createUser(gw, 'owner@example.test', 'owner-password-1');
    for (let i = 0; i < 12; i++) {
      const res = await signIn(gw, ATTACKER, 'owner@example.test', `guess-${i}`);
      expect(res.status).toBe(i < 10 ? 400 : 429);
    }
    // The attacker is held back even with the right password …
    const held = await signIn(gw, ATTACKER, 'owner@example.test', 'owner-password-1');
    expect(held.status).toBe(429);
    expect(held.body).toEqual(
      authErrorBody('over_request_rate_limit', 'Request rate limit reached'),
    );
    expect(Number(held.headers['retry-after'])).toBeGreaterThan(0);
    // … and a forged X-Forwarded-For does not move them elsewhere (no trusted proxy).
    const forged = await signIn(gw, ATTACKER, 'owner@example.test', 'owner-password-1', {
      'x-forwarded-for': OWNER,
    });
    expect(forged.status).toBe(429);
    // The owner, elsewhere, signs in.
    const owner = await signIn(gw, OWNER, 'owner@example.test', 'owner-password-1');
    expect(owner.status).toBe(200);
  });

  it('one address trying many accounts is limited by its address total', async () => {
    await createUser(gw, 'spray@example.test', 'spray-password-1');
    const sprayer = '127.0.0.4';
    for (let i = 0; i < 30; i++) {
      const res = await signIn(gw, sprayer, `nobody-${i}@example.test`, 'wrong');
      expect(res.status).toBe(400);
    }
    expect((await signIn(gw, sprayer, 'spray@example.test', 'spray-password-1')).status).toBe(429);
    expect((await signIn(gw, OWNER, 'spray@example.test', 'spray-password-1')).status).toBe(200);
  });

  it('behind a trusted proxy, the address the proxy saw (last X-Forwarded-For entry) counts', async () => {
    await createUser(proxied, 'behind@example.test', 'behind-password-1');
    const via = (client: string) => ({ 'x-forwarded-for': `10.9.9.9, ${client}` });
    for (let i = 0; i < 3; i++) {
      const res = await signIn(
        proxied,
        ATTACKER,
        'behind@example.test',
        'nope',
        via('198.51.100.7'),
      );
      expect(res.status).toBe(400);
    }
    const attacker = await signIn(
      proxied,
      ATTACKER,
      'behind@example.test',
      'behind-password-1',
      via('198.51.100.7'),
    );
    expect(attacker.status).toBe(429);
    // Same socket address (the proxy), another client behind it:
    const owner = await signIn(
      proxied,
      ATTACKER,
      'behind@example.test',
      'behind-password-1',
      via('203.0.113.5'),
    );
    expect(owner.status).toBe(200);
  });
});

describe('POST /recover is limited per client address and per e-mail', () => {
  let gw: TestGateway;
  const mails = () => (existsSync(gw.config.outboxDir) ? readdirSync(gw.config.outboxDir) : []);
  const recover = (from: string, email: string) => postFrom(gw, from, '/recover', { email });
  beforeAll(async () => {
    gw = await startTestGateway({
      migrations: false,
      config: { emailRateLimit: { perAddressPerHour: 5, perEmailSeconds: 60 } },
    });
    for (let i = 0; i < 8; i++) await createUser(gw, `r${i}@example.test`, 'recover-pass-1');
  });
  afterAll(async () => {
    await gw?.close();
  });

  it('a second mail to one address within max_frequency → 429 over_email_send_rate_limit', async () => {
    expect((await recover('127.0.0.5', 'r0@example.test')).status).toBe(200);
    const again = await recover('127.0.0.6', 'r0@example.test');
    expect(again.status).toBe(429);
    expect(again.body).toMatchObject({
      code: 'over_email_send_rate_limit',
      error_code: 'over_email_send_rate_limit',
    });
    expect((again.body as { msg: string }).msg).toMatch(
      /^For security purposes, you can only request this after \d+ seconds\.$/,
    );
    expect(mails()).toHaveLength(1);
  });

  it('one address gets email_sent requests an hour, whatever the e-mails; others still can', async () => {
    const before = mails().length;
    const statuses: number[] = [];
    // 25 requests from one address: as many answers as the limit allows, then 429s.
    for (let i = 0; i < 25; i++) {
      statuses.push((await recover('127.0.0.7', `r${(i % 7) + 1}@example.test`)).status);
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(statuses.slice(5))).toEqual(new Set([429]));
    const limited = await recover('127.0.0.7', 'nobody@example.test');
    expect(limited.body).toEqual(
      authErrorBody('over_email_send_rate_limit', 'Email rate limit exceeded'),
    );
    expect(mails().length - before).toBe(5);
    // Another address asking for an account not mailed yet is served.
    expect((await recover('127.0.0.8', 'r7@example.test')).status).toBe(200);
  });
});

describe('token refreshes and verifications per client address (token_refresh, token_verifications)', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({
      migrations: false,
      config: { requestRateLimit: { windowSeconds: 300, tokenRefresh: 3, tokenVerifications: 2 } },
    });
    await createUser(gw, 'refresh@example.test', 'refresh-pass-1');
  });
  afterAll(async () => {
    await gw?.close();
  });

  it('past token_refresh refreshes from one address → 429; another address refreshes', async () => {
    const first = await signIn(gw, '127.0.0.9', 'refresh@example.test', 'refresh-pass-1');
    let token = (first.body as { refresh_token: string }).refresh_token;
    for (let i = 0; i < 3; i++) {
      const res = await postFrom(gw, '127.0.0.9', '/token?grant_type=refresh_token', {
        refresh_token: token,
      });
      expect(res.status).toBe(200);
      token = (res.body as { refresh_token: string }).refresh_token;
    }
    const limited = await postFrom(gw, '127.0.0.9', '/token?grant_type=refresh_token', {
      refresh_token: token,
    });
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual(
      authErrorBody('over_request_rate_limit', 'Request rate limit reached'),
    );
    const elsewhere = await postFrom(gw, '127.0.0.10', '/token?grant_type=refresh_token', {
      refresh_token: token,
    });
    expect(elsewhere.status).toBe(200);
  });

  it('past token_verifications verifications from one address → 429', async () => {
    const verify = () =>
      postFrom(gw, '127.0.0.11', '/verify', { type: 'recovery', token_hash: 'f'.repeat(56) });
    expect((await verify()).status).toBe(403);
    expect((await verify()).status).toBe(403);
    const limited = await verify();
    expect(limited.status).toBe(429);
    expect((limited.body as { code: string }).code).toBe('over_request_rate_limit');
  });
});
