// Reading auth requests: JSON bodies, typed fields, the redirect target.
import type { GatewayConfig, GatewayRequest } from '../types.ts';
import { errors } from './responses.ts';
import { isPlainObject } from './users.ts';

export type Body = Record<string, unknown>;

export function parseBody(req: GatewayRequest): Body {
  if (req.body.length === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(req.body.toString('utf8'));
  } catch (error) {
    throw errors.badJson(error instanceof Error ? error.message : 'invalid JSON');
  }
  if (value === null) return {};
  if (!isPlainObject(value)) throw errors.badJson('expected a JSON object');
  return value;
}

/** A string field, or undefined when absent/null; any other type is a validation error. */
export function stringField(body: Body, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw errors.validation(`${key} must be a string`);
  return value;
}

export function booleanField(body: Body, key: string): boolean | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw errors.validation(`${key} must be a boolean`);
  return value;
}

export function objectField(body: Body, key: string): Body | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (!isPlainObject(value)) throw errors.validation(`${key} must be a JSON object`);
  return value;
}

/**
 * Where a mail link may send the user after verification: the site itself or a local
 * development origin (GoTrue's allow-list plays this role on hosted Supabase).
 */
export function safeRedirect(config: GatewayConfig, requested: string | null | undefined): string {
  const site = config.siteUrl.replace(/\/+$/, '');
  if (!requested) return site;
  try {
    const url = new URL(requested);
    const siteOrigin = new URL(site).origin;
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (url.origin === siteOrigin || (local && /^https?:$/.test(url.protocol))) return url.href;
  } catch {
    // not a URL: fall back to the site
  }
  return site;
}

const DURATION_UNITS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** Parses a Go duration ("24h", "1h30m", "876000h") into milliseconds, as ban_duration uses. */
export function parseGoDuration(text: string): number | undefined {
  if (!/^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(text)) return undefined;
  let total = 0;
  for (const [, amount = '0', unit = 's'] of text.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) {
    total += Number(amount) * (DURATION_UNITS[unit] ?? 0);
  }
  return total;
}
