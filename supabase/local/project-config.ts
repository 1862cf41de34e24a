// The Auth settings of supabase/config.toml, read the way the Supabase CLI reads them, so the
// local stack and `supabase start` (or a hosted project configured from the same file) agree
// on password length, redirect allow-list, rate limits and token lifetime. Keys the file leaves
// out take the CLI's defaults; a key of the wrong type is an error, not a silent default.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import { projectRoot } from './db.ts';
import { parseGoDuration } from './gateway/auth/request.ts';

export const projectConfigFile = join(projectRoot, 'supabase', 'config.toml');

export interface ProjectAuthSettings {
  /** auth.site_url: the app's URL, the default redirect and first allow-list entry. */
  siteUrl: string;
  /** auth.additional_redirect_urls: more allowed redirect targets (glob patterns). */
  additionalRedirectUrls: string[];
  /** auth.jwt_expiry in seconds. */
  jwtExpiry: number;
  /** auth.minimum_password_length. */
  minimumPasswordLength: number;
  /** auth.enable_signup and auth.email.enable_signup both on. */
  enableSignup: boolean;
  rateLimit: {
    /** auth.rate_limit.email_sent: mails per hour. */
    emailSent: number;
    /** auth.rate_limit.sign_in_sign_ups: per 5 minutes per client address. */
    signInSignUps: number;
    /** auth.rate_limit.token_refresh: per 5 minutes per client address. */
    tokenRefresh: number;
    /** auth.rate_limit.token_verifications: per 5 minutes per client address. */
    tokenVerifications: number;
  };
  /** auth.email.max_frequency: least time between two mails to one address, in seconds. */
  emailMaxFrequencySeconds: number;
}

// The CLI's defaults (its config template) for keys a config.toml may omit.
const DEFAULTS: ProjectAuthSettings = {
  siteUrl: 'http://127.0.0.1:3000',
  additionalRedirectUrls: ['https://127.0.0.1:3000'],
  jwtExpiry: 3600,
  minimumPasswordLength: 6,
  enableSignup: true,
  rateLimit: { emailSent: 2, signInSignUps: 30, tokenRefresh: 150, tokenVerifications: 30 },
  emailMaxFrequencySeconds: 1,
};

type Table = Record<string, unknown>;

const isTable = (value: unknown): value is Table =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function table(parent: Table, key: string, where: string): Table {
  const value = parent[key];
  if (value === undefined) return {};
  if (!isTable(value)) throw new Error(`${where} must be a table`);
  return value;
}

function read<T>(
  t: Table,
  key: string,
  where: string,
  fallback: T,
  check: (value: unknown) => value is T,
  expected: string,
): T {
  const value = t[key];
  if (value === undefined) return fallback;
  if (!check(value)) throw new Error(`${where}.${key} must be ${expected}`);
  return value;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

/** Reads the Auth settings of a config.toml (default: the project's own). */
export function readProjectConfig(file: string = projectConfigFile): ProjectAuthSettings {
  let root: Table;
  try {
    root = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `Could not read ${file}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  const where = (path: string) => `${file}: ${path}`;
  const auth = table(root, 'auth', where('[auth]'));
  const limits = table(auth, 'rate_limit', where('[auth.rate_limit]'));
  const email = table(auth, 'email', where('[auth.email]'));
  const a = where('auth');
  const r = where('auth.rate_limit');
  const frequency = read(email, 'max_frequency', where('auth.email'), '', isString, 'a duration');
  const frequencyMs = frequency ? parseGoDuration(frequency) : undefined;
  if (frequency && frequencyMs === undefined) {
    throw new Error(`${where('auth.email.max_frequency')} must be a duration such as "1m"`);
  }
  const d = DEFAULTS.rateLimit;
  return {
    siteUrl: read(auth, 'site_url', a, DEFAULTS.siteUrl, isString, 'a string'),
    additionalRedirectUrls: read(
      auth,
      'additional_redirect_urls',
      a,
      DEFAULTS.additionalRedirectUrls,
      isStrings,
      'an array of strings',
    ),
    jwtExpiry: read(auth, 'jwt_expiry', a, DEFAULTS.jwtExpiry, isCount, 'a whole number'),
    minimumPasswordLength: read(
      auth,
      'minimum_password_length',
      a,
      DEFAULTS.minimumPasswordLength,
      isCount,
      'a whole number',
    ),
    enableSignup:
      read(auth, 'enable_signup', a, true, isBoolean, 'true or false') &&
      read(email, 'enable_signup', where('auth.email'), true, isBoolean, 'true or false'),
    rateLimit: {
      emailSent: read(limits, 'email_sent', r, d.emailSent, isCount, 'a whole number'),
      signInSignUps: read(limits, 'sign_in_sign_ups', r, d.signInSignUps, isCount, 'a count'),
      tokenRefresh: read(limits, 'token_refresh', r, d.tokenRefresh, isCount, 'a count'),
      tokenVerifications: read(
        limits,
        'token_verifications',
        r,
        d.tokenVerifications,
        isCount,
        'a count',
      ),
    },
    emailMaxFrequencySeconds:
      frequencyMs === undefined ? DEFAULTS.emailMaxFrequencySeconds : Math.ceil(frequencyMs / 1000),
  };
}
