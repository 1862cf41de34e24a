// Rate limits as Supabase Auth keeps them: by client address (and by address + account), never
// by account alone, so nobody can lock someone else out. Requests come from different
// loopback addresses (127.0.0.x) to stand for different clients.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './harness.ts';
import { authErrorBody, createUser } from './auth-helpers.ts';

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
