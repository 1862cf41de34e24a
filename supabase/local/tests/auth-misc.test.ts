// /auth/v1 beyond sessions: sign-up (off and on), recovery mail to the outbox and its
// verification, settings, health, unknown routes, and the password-grant rate limit.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import {
  authErrorBody,
  authFetch,
  claimsOf,
  createUser,
  signIn,
  type SessionBody,
} from './support/auth.ts';

let gw: TestGateway;
let open: TestGateway;
let limited: TestGateway;

beforeAll(async () => {
  [gw, open, limited] = await Promise.all([
    startTestGateway({ migrations: false }),
    startTestGateway({ migrations: false, config: { enableSignup: true } }),
    startTestGateway({
      migrations: false,
      config: { authRateLimit: { windowSeconds: 60, perEmail: 3, perIp: 6 } },
    }),
  ]);
});
afterAll(async () => {
  await Promise.all([gw?.close(), open?.close(), limited?.close()]);
});

describe('POST /signup', () => {
  it('off (Salkku default) → 422 signup_disabled', async () => {
    const res = await authFetch(gw, '/signup', {
      body: { email: 'someone@example.test', password: 'long-enough' },
    });
    expect(res.status).toBe(422);
    expect(res.body).toEqual(
      authErrorBody('signup_disabled', 'Signups not allowed for this instance'),
    );
    const { error } = await gw.client().auth.signUp({
      email: 'someone@example.test',
      password: 'long-enough',
    });
    expect(error?.code).toBe('signup_disabled');
  });

  it('on → 200 with a session; duplicate → 422 user_already_exists; short → weak_password', async () => {
    const { data, error } = await open.client().auth.signUp({
      email: 'fresh@example.test',
      password: 'long-enough',
      options: { data: { full_name: 'Fresh' } },
    });
    expect(error).toBeNull();
    expect(data.user?.email).toBe('fresh@example.test');
    expect(data.user?.user_metadata).toEqual({ full_name: 'Fresh' });
    expect(data.session?.access_token).toBeTruthy();

    const dup = await authFetch(open, '/signup', {
      body: { email: 'FRESH@example.test', password: 'long-enough' },
    });
    expect(dup.status).toBe(422);
    expect(dup.body).toEqual(authErrorBody('user_already_exists', 'User already registered'));

    const weak = await authFetch(open, '/signup', {
      body: { email: 'weak@example.test', password: 'abc' },
    });
    expect(weak.status).toBe(422);
    expect(weak.body).toEqual({
      ...authErrorBody('weak_password', 'Password should be at least 6 characters.'),
      weak_password: { reasons: ['length'] },
    });
    const { error: weakError } = await open.client().auth.signUp({
      email: 'weak@example.test',
      password: 'abc',
    });
    expect(weakError?.name).toBe('AuthWeakPasswordError');
  });
});

describe('POST /recover and /verify', () => {
  const mails = () => {
    try {
      return readdirSync(gw.config.outboxDir).filter((f) => f.endsWith('.eml'));
    } catch {
      return [];
    }
  };

  it('an unknown e-mail → 200 {} and no mail', async () => {
    const before = mails().length;
    const res = await authFetch(gw, '/recover', { body: { email: 'ghost@example.test' } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({});
    expect(mails()).toHaveLength(before);
  });

  it('writes a recovery mail whose link signs the user in, once', async () => {
    const id = await createUser(gw, 'forgot@example.test', 'forgot-pass-1');
    const before = new Set(mails());
    const { data, error } = await gw.client().auth.resetPasswordForEmail('forgot@example.test', {
      redirectTo: 'http://localhost:5173/reset',
    });
    expect(error).toBeNull();
    expect(data).toEqual({});
    const added = mails().filter((f) => !before.has(f));
    expect(added).toHaveLength(1);
    const mail = readFileSync(join(gw.config.outboxDir, added[0] ?? ''), 'utf8');
    expect(mail).toContain('To: forgot@example.test');
    expect(mail).toContain('Subject: Reset your Salkku password');
    const link = /(http:\/\/\S+\/auth\/v1\/verify\?\S+)/.exec(mail)?.[1];
    expect(link).toBeTruthy();
    const code = /code: (\d{6})/.exec(mail)?.[1];
    expect(code).toMatch(/^\d{6}$/);

    // Follow the link on this gateway: 303 to the app with the session in the fragment.
    const url = new URL(link ?? '');
    const res = await fetch(`${gw.url}${url.pathname}${url.search}`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    const location = new URL(res.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe('http://localhost:5173/reset');
    const fragment = new URLSearchParams(location.hash.slice(1));
    expect(fragment.get('type')).toBe('recovery');
    expect(fragment.get('token_type')).toBe('bearer');
    expect(claimsOf(fragment.get('access_token') ?? '').sub).toBe(id);
    expect(claimsOf(fragment.get('access_token') ?? '').amr).toEqual([
      { method: 'otp', timestamp: expect.any(Number) },
    ]);

    // The link works once; the code of the same mail is spent too.
    const again = await fetch(`${gw.url}${url.pathname}${url.search}`, { redirect: 'manual' });
    const failed = new URLSearchParams(new URL(again.headers.get('location') ?? '').hash.slice(1));
    expect(failed.get('error_code')).toBe('otp_expired');
    const otp = await authFetch(gw, '/verify', {
      body: { type: 'recovery', email: 'forgot@example.test', token: code },
    });
    expect(otp.status).toBe(403);
    expect(otp.body).toEqual(authErrorBody('otp_expired', 'Token has expired or is invalid'));
  });

  it('the code from the mail works with supabase-js verifyOtp, then updateUser sets a password', async () => {
    await createUser(gw, 'code@example.test', 'code-pass-1');
    const before = new Set(mails());
    await gw.client().auth.resetPasswordForEmail('code@example.test');
    const file = mails().find((f) => !before.has(f)) ?? '';
    const code = /code: (\d{6})/.exec(readFileSync(join(gw.config.outboxDir, file), 'utf8'))?.[1];
    const client = gw.client();
    const { data, error } = await client.auth.verifyOtp({
      email: 'code@example.test',
      token: code ?? '',
      type: 'recovery',
    });
    expect(error).toBeNull();
    expect(data.session?.user.email).toBe('code@example.test');
    const { error: updateError } = await client.auth.updateUser({ password: 'code-pass-2' });
    expect(updateError).toBeNull();
    expect((await signIn(gw, 'code@example.test', 'code-pass-2')).user.email).toBe(
      'code@example.test',
    );
  });

  it('a foreign redirect_to falls back to the site URL', async () => {
    await createUser(gw, 'redir@example.test', 'redir-pass-1');
    const before = new Set(mails());
    await authFetch(gw, '/recover?redirect_to=https%3A%2F%2Fevil.example%2F', {
      body: { email: 'redir@example.test' },
    });
    const file = mails().find((f) => !before.has(f)) ?? '';
    const mail = readFileSync(join(gw.config.outboxDir, file), 'utf8');
    expect(mail).not.toContain('evil.example');
    expect(mail).toContain(`redirect_to=${encodeURIComponent('http://localhost:5173')}`);
  });
});

describe('GET /settings, GET /health, unknown routes', () => {
  it('settings say e-mail sign-in only and sign-up off', async () => {
    const res = await authFetch(gw, '/settings');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-supabase-api-version')).toBe('2024-01-01');
    expect(res.body).toMatchObject({
      external: { email: true, phone: false },
      disable_signup: true,
      mailer_autoconfirm: true,
    });
    expect((await authFetch(open, '/settings')).body).toMatchObject({ disable_signup: false });
  });

  it('health answers 200', async () => {
    const res = await authFetch(gw, '/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'GoTrue' });
  });

  it('an unknown path → 404, a wrong method → 405 with Allow', async () => {
    const missing = await authFetch(gw, '/nope');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual(authErrorBody('not_found', 'Not Found'));
    const wrong = await authFetch(gw, '/token', { method: 'GET' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
  });
});

describe('rate limit of the password grant', () => {
  it('after perEmail failures → 429 over_request_rate_limit, even with the right password', async () => {
    await createUser(limited, 'target@example.test', 'target-pass-1');
    for (let i = 0; i < 3; i++) {
      const res = await authFetch(limited, '/token?grant_type=password', {
        body: { email: 'target@example.test', password: `guess-${i}` },
      });
      expect(res.status).toBe(400);
    }
    const res = await authFetch(limited, '/token?grant_type=password', {
      body: { email: 'target@example.test', password: 'target-pass-1' },
    });
    expect(res.status).toBe(429);
    expect(res.body).toEqual(
      authErrorBody('over_request_rate_limit', 'Request rate limit reached'),
    );
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const { error } = await limited.client().auth.signInWithPassword({
      email: 'target@example.test',
      password: 'target-pass-1',
    });
    expect(error?.status).toBe(429);
    expect(error?.code).toBe('over_request_rate_limit');
  });

  it('a success resets the e-mail counter; the address limit covers many e-mails', async () => {
    await createUser(limited, 'ok@example.test', 'ok-pass-1');
    // target@ used 3 of this address's 6 failures; two more here, then a success.
    for (let i = 0; i < 2; i++) {
      const r = await authFetch(limited, '/token?grant_type=password', {
        body: { email: 'ok@example.test', password: 'nope' },
      });
      expect(r.status).toBe(400);
    }
    const s = (await authFetch(limited, '/token?grant_type=password', {
      body: { email: 'ok@example.test', password: 'ok-pass-1' },
    })) as { status: number; body: unknown };
    expect(s.status).toBe(200);
    expect((s.body as SessionBody).user.email).toBe('ok@example.test');
    // The 6th failure from this address, on yet another e-mail:
    const sixth = await authFetch(limited, '/token?grant_type=password', {
      body: { email: 'other@example.test', password: 'nope' },
    });
    expect(sixth.status).toBe(400);
    const blocked = await authFetch(limited, '/token?grant_type=password', {
      body: { email: 'ok@example.test', password: 'ok-pass-1' },
    });
    expect(blocked.status).toBe(429);
  });
});
