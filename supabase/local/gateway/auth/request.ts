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
 * Compiles an allow-list entry with Supabase Auth's glob rules: `*` any run of characters
 * other than the separators `.` and `/`, `**` any run at all, `?` one non-separator,
 * `[a-z]`/`[!a-z]` a character class, `{a,b}` alternatives, a backslash quotes the next
 * character. The whole URL must match.
 */
export function compileRedirectPattern(pattern: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '\\' && i + 1 < pattern.length) {
      out += escapeRegExp(pattern[++i] ?? '');
    } else if (c === '*') {
      if (pattern[i + 1] === '*') {
        out += '[^]*';
        i++;
      } else out += '[^./]*';
    } else if (c === '?') {
      out += '[^./]';
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, close);
      const negated = body.startsWith('!');
      if (negated) body = body.slice(1);
      out += `[${negated ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = close;
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) {
      out += '|';
    } else {
      out += escapeRegExp(c);
    }
  }
  if (braces > 0) return /(?!)/; // unbalanced: matches nothing
  return new RegExp(`^${out}$`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const compiled = new WeakMap<GatewayConfig, { site: string; patterns: RegExp[] }>();

function allowList(config: GatewayConfig) {
  let entry = compiled.get(config);
  if (!entry) {
    const urls = config.redirectUrls?.length ? config.redirectUrls : [config.siteUrl];
    entry = {
      site: (urls[0] ?? config.siteUrl).replace(/\/+$/, ''),
      patterns: urls.map(compileRedirectPattern),
    };
    compiled.set(config, entry);
  }
  return entry;
}

/**
 * Where a mail link may send the user: a URL on the allow-list (auth.site_url, then
 * auth.additional_redirect_urls, as glob patterns), or any path on the site's own origin
 * (scheme, host and port: Supabase Auth accepts any port on the site's host name; we hold
 * to the list). Anything else, or nothing, falls back to the site URL.
 */
export function safeRedirect(config: GatewayConfig, requested: string | null | undefined): string {
  const { site, patterns } = allowList(config);
  // No whitespace or control characters: the value ends up in a Location header.
  if (!requested || [...requested].some((ch) => ch.charCodeAt(0) <= 0x20 || ch === '\x7f')) {
    return site;
  }
  if (patterns.some((p) => p.test(requested))) return requested;
  try {
    const url = new URL(requested);
    if (/^https?:$/.test(url.protocol) && url.origin === new URL(site).origin) return requested;
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
