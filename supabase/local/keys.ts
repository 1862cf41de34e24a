// Per-install secrets of the local stack: one HS256 JWT secret generated on first use and
// kept in .salkku/jwt-secret (git-ignored, mode 0600); the anon and service_role keys are
// JWTs derived from it, as on Supabase, so they change only when the secret does.
import { SignJWT } from 'jose';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './db.ts';
import type { GatewayConfig } from './gateway/types.ts';
import { readProjectConfig } from './project-config.ts';

/** The git-ignored folder holding the local stack's state. */
export const localStateDir = join(projectRoot, '.salkku');

export interface LocalKeys {
  jwtSecret: string;
  anonKey: string;
  serviceRoleKey: string;
}

// Fixed iat/exp keep the derived keys stable across restarts (HS256 signing is deterministic).
const KEY_ISSUED_AT = 1_735_689_600; // 2025-01-01T00:00:00Z
const KEY_EXPIRES_AT = 2_082_758_400; // 2036-01-01T00:00:00Z

/** Signs an API key: a JWT that carries only a role, like Supabase's anon/service_role keys. */
export async function deriveApiKey(jwtSecret: string, role: 'anon' | 'service_role') {
  return new SignJWT({ role })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer('salkku-local')
    .setIssuedAt(KEY_ISSUED_AT)
    .setExpirationTime(KEY_EXPIRES_AT)
    .sign(new TextEncoder().encode(jwtSecret));
}

/** Reads the secret in `dir`/jwt-secret, creating it (0600) on first use, and derives the keys. */
export async function loadOrCreateKeys(dir: string = localStateDir): Promise<LocalKeys> {
  const file = join(dir, 'jwt-secret');
  let jwtSecret: string;
  if (existsSync(file)) {
    jwtSecret = readFileSync(file, 'utf8').trim();
    if (jwtSecret.length < 32) {
      throw new Error(`${file} holds a secret shorter than 32 characters; delete it to regenerate`);
    }
  } else {
    mkdirSync(dir, { recursive: true });
    jwtSecret = randomBytes(48).toString('base64url');
    // 'wx' fails if another process created the file in the meantime; then read theirs.
    try {
      writeFileSync(file, `${jwtSecret}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      jwtSecret = readFileSync(file, 'utf8').trim();
    }
  }
  chmodSync(file, 0o600);
  return {
    jwtSecret,
    anonKey: await deriveApiKey(jwtSecret, 'anon'),
    serviceRoleKey: await deriveApiKey(jwtSecret, 'service_role'),
  };
}

/**
 * The gateway configuration Salkku uses locally: the keys, the Auth settings of
 * supabase/config.toml (the file the Supabase CLI reads), then any overrides.
 */
export function defaultGatewayConfig(
  keys: LocalKeys,
  overrides: Partial<GatewayConfig> = {},
): GatewayConfig {
  const auth = readProjectConfig();
  return {
    jwtSecret: keys.jwtSecret,
    anonKey: keys.anonKey,
    serviceRoleKey: keys.serviceRoleKey,
    siteUrl: 'http://localhost:54321',
    schemas: ['public'],
    maxRows: 1000,
    maxBodyBytes: 1024 * 1024,
    jwtExpiry: auth.jwtExpiry,
    enableSignup: auth.enableSignup,
    minPasswordLength: auth.minimumPasswordLength,
    redirectUrls: [auth.siteUrl, ...auth.additionalRedirectUrls],
    authRateLimit: { windowSeconds: 300, perEmail: 10, perIp: auth.rateLimit.signInSignUps },
    requestRateLimit: {
      windowSeconds: 300,
      tokenRefresh: auth.rateLimit.tokenRefresh,
      tokenVerifications: auth.rateLimit.tokenVerifications,
    },
    emailRateLimit: {
      perAddressPerHour: auth.rateLimit.emailSent,
      perEmailSeconds: auth.emailMaxFrequencySeconds,
    },
    // Only behind a reverse proxy that sets X-Forwarded-For may the header name the client.
    trustProxy: process.env.SALKKU_TRUST_PROXY === '1',
    outboxDir: join(localStateDir, 'outbox'),
    ...overrides,
  };
}
