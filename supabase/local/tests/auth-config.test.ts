// The gateway takes its Auth settings from supabase/config.toml, the file the Supabase CLI
// reads, so the local stack and `supabase start` cannot disagree.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeRedirect } from '../gateway/auth/request.ts';
import { defaultGatewayConfig } from '../keys.ts';
import { readProjectConfig } from '../project-config.ts';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { authErrorBody, authFetch } from './support/auth.ts';

const keys = { jwtSecret: 'x'.repeat(40), anonKey: 'anon', serviceRoleKey: 'service' };

describe('reading supabase/config.toml', () => {
  it("the project's file: password length, redirect allow-list, rate limits, JWT expiry", () => {
    const settings = readProjectConfig();
    expect(settings.minimumPasswordLength).toBe(8);
    expect(settings.siteUrl).toBe('http://localhost:5173');
    expect(settings.additionalRedirectUrls).toContain('http://127.0.0.1:5173');
    expect(settings.jwtExpiry).toBe(3600);
    expect(settings.rateLimit.signInSignUps).toBe(30);
    expect(settings.rateLimit.tokenRefresh).toBe(150);

    const config = defaultGatewayConfig(keys);
    expect(config.minPasswordLength).toBe(8);
    expect(config.jwtExpiry).toBe(3600);
    expect(config.redirectUrls).toEqual([
      'http://localhost:5173',
      'http://localhost:5173',
      'http://127.0.0.1:5173',
    ]);
    expect(config.authRateLimit?.perIp).toBe(30);
    expect(config.authRateLimit?.windowSeconds).toBe(300);
    expect(config.requestRateLimit).toEqual({
      windowSeconds: 300,
      tokenRefresh: 150,
      tokenVerifications: 30,
    });
    expect(config.emailRateLimit).toEqual({ perAddressPerHour: 10, perEmailSeconds: 60 });
  });

  it('another file: its values, and the CLI defaults for what it leaves out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'salkku-config-'));
    const file = join(dir, 'config.toml');
    writeFileSync(
      file,
      [
        '[auth]',
        'site_url = "https://app.example.test"',
        'additional_redirect_urls = ["https://*.example.test/**"]',
        'jwt_expiry = 600',
        'minimum_password_length = 12',
        '[auth.rate_limit]',
        'email_sent = 5',
        'token_verifications = 7',
        '[auth.email]',
        'max_frequency = "2m"',
      ].join('\n'),
    );
    const settings = readProjectConfig(file);
    expect(settings).toMatchObject({
      siteUrl: 'https://app.example.test',
      additionalRedirectUrls: ['https://*.example.test/**'],
      jwtExpiry: 600,
      minimumPasswordLength: 12,
      rateLimit: { emailSent: 5, tokenVerifications: 7, signInSignUps: 30, tokenRefresh: 150 },
      emailMaxFrequencySeconds: 120,
    });
    writeFileSync(file, '[auth]\nminimum_password_length = "eight"\n');
    expect(() => readProjectConfig(file)).toThrow(/minimum_password_length/);
  });
});

describe('the minimum password length from config.toml', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({
      migrations: false,
      config: { minPasswordLength: 8, enableSignup: true },
    });
  });
  afterAll(async () => {
    await gw?.close();
  });

  it('7 characters → 422 weak_password (sign-up, admin create); 8 are enough', async () => {
    const short = await authFetch(gw, '/signup', {
      body: { email: 'short@example.test', password: 'seven77' },
    });
    expect(short.status).toBe(422);
    expect(short.body).toEqual({
      ...authErrorBody('weak_password', 'Password should be at least 8 characters.'),
      weak_password: { reasons: ['length'] },
    });
    const admin = await authFetch(gw, '/admin/users', {
      bearer: gw.serviceRoleKey,
      body: { email: 'short2@example.test', password: 'seven77', email_confirm: true },
    });
    expect(admin.status).toBe(422);
    const ok = await authFetch(gw, '/signup', {
      body: { email: 'long@example.test', password: 'eight888' },
    });
    expect(ok.status).toBe(200);
  });
});

describe('redirect_to follows the allow-list (site_url + additional_redirect_urls)', () => {
  const config = {
    ...defaultGatewayConfig(keys),
    siteUrl: 'http://127.0.0.1:54321',
    redirectUrls: [
      'http://localhost:5173',
      'http://127.0.0.1:5173',
      'https://*.preview.example.test/**',
      'myapp://auth/callback?',
    ],
  };
  const target = (url: string | null) => safeRedirect(config, url);

  it('no redirect_to, or one not on the list → site_url', () => {
    expect(target(null)).toBe('http://localhost:5173');
    for (const url of [
      'http://localhost:9999/',
      'http://localhost:5174/reset',
      'https://localhost:5173/',
      'http://127.0.0.1:5173/reset', // listed exactly, without a wildcard
      'https://evil.example/?next=http://localhost:5173',
      'http://localhost:5173.evil.example/',
      'https://a.b.preview.example.test/', // * stops at a dot
      'https://preview.example.test.evil.example/',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(target(url), url).toBe('http://localhost:5173');
    }
  });

  it("the site's own origin with any path, and what a pattern matches", () => {
    for (const url of [
      'http://localhost:5173',
      'http://localhost:5173/reset?x=1',
      'http://127.0.0.1:5173',
      'https://pr-12.preview.example.test/',
      'https://pr-12.preview.example.test/deep/path?q=1',
      'myapp://auth/callbackX',
    ]) {
      expect(target(url), url).toBe(url);
    }
  });
});
