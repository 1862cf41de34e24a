// Failed-sign-in limiter: a sliding window of failures per client address, and per client
// address and e-mail together. Never per e-mail alone: then anyone could lock the owner of an
// account out by failing on purpose (Supabase Auth limits by address too). In memory, like the
// rest of a single-process local stack; a restart forgets it.
import type { GatewayConfig } from '../types.ts';
import { errors } from './responses.ts';

export interface RateLimitSettings {
  windowSeconds: number;
  perEmail: number;
  perIp: number;
}

export const defaultRateLimit: RateLimitSettings = { windowSeconds: 300, perEmail: 10, perIp: 30 };

export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly settings: RateLimitSettings) {}

  private recent(key: string, now: number): number[] {
    const since = now - this.settings.windowSeconds * 1000;
    const list = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  private keys(email: string, ip: string): [string, number][] {
    return [
      [`ip+email:${ip} ${email}`, this.settings.perEmail],
      [`ip:${ip}`, this.settings.perIp],
    ];
  }

  /** Throws 429 when the address, or the address for this e-mail, has used up its failures. */
  check(email: string, ip: string, now = Date.now()): void {
    const checks = this.keys(email, ip);
    for (const [key, limit] of checks) {
      const list = this.recent(key, now);
      if (list.length >= limit) {
        const oldest = list[list.length - limit] ?? now;
        const retryAfter = Math.max(
          1,
          Math.ceil((oldest + this.settings.windowSeconds * 1000 - now) / 1000),
        );
        throw errors.rateLimited(retryAfter);
      }
    }
  }

  fail(email: string, ip: string, now = Date.now()): void {
    if (this.failures.size > 10_000) this.sweep(now);
    for (const [key] of this.keys(email, ip)) {
      const list = this.recent(key, now);
      list.push(now);
      this.failures.set(key, list);
    }
  }

  /** A successful sign-in clears this address's failures for the e-mail (not the address's). */
  succeed(email: string, ip: string): void {
    this.failures.delete(`ip+email:${ip} ${email}`);
  }

  private sweep(now: number): void {
    for (const key of [...this.failures.keys()]) this.recent(key, now);
  }
}

const limiters = new WeakMap<GatewayConfig, FailureLimiter>();

/** One limiter per gateway (keyed by its config object). */
export function limiterFor(config: GatewayConfig): FailureLimiter {
  let limiter = limiters.get(config);
  if (!limiter) {
    limiter = new FailureLimiter(config.authRateLimit ?? defaultRateLimit);
    limiters.set(config, limiter);
  }
  return limiter;
}

const HOUR_MS = 3600 * 1000;

/**
 * Mail-sending limiter for /recover: at most perAddressPerHour requests per client address in a
 * sliding hour (auth.rate_limit.email_sent), and one mail per e-mail address every
 * perEmailSeconds (auth.email.max_frequency). The e-mail limit applies whether or not an
 * account exists, so a 429 reveals nothing about accounts.
 */
export class EmailLimiter {
  private readonly byAddress = new Map<string, number[]>();
  private readonly lastByEmail = new Map<string, number>();

  constructor(private readonly settings: { perAddressPerHour: number; perEmailSeconds: number }) {}

  /** Throws 429 over_email_send_rate_limit, or counts the request as one mail sent. */
  take(email: string, ip: string, now = Date.now()): void {
    if (this.byAddress.size > 10_000 || this.lastByEmail.size > 10_000) this.sweep(now);
    const sent = (this.byAddress.get(ip) ?? []).filter((t) => t > now - HOUR_MS);
    if (sent.length >= this.settings.perAddressPerHour) {
      const oldest = sent[sent.length - this.settings.perAddressPerHour] ?? now;
      throw errors.emailRateLimited(Math.max(1, Math.ceil((oldest + HOUR_MS - now) / 1000)));
    }
    const last = this.lastByEmail.get(email);
    const waitMs = last === undefined ? 0 : last + this.settings.perEmailSeconds * 1000 - now;
    if (waitMs > 0) throw errors.emailTooFrequent(Math.ceil(waitMs / 1000));
    sent.push(now);
    this.byAddress.set(ip, sent);
    this.lastByEmail.set(email, now);
  }

  private sweep(now: number): void {
    for (const [ip, list] of this.byAddress) {
      const recent = list.filter((t) => t > now - HOUR_MS);
      if (recent.length) this.byAddress.set(ip, recent);
      else this.byAddress.delete(ip);
    }
    for (const [email, last] of this.lastByEmail) {
      if (last + this.settings.perEmailSeconds * 1000 <= now) this.lastByEmail.delete(email);
    }
  }
}

const emailLimiters = new WeakMap<GatewayConfig, EmailLimiter>();

/** The gateway's mail limiter, or undefined when its config sets no mail limits. */
export function emailLimiterFor(config: GatewayConfig): EmailLimiter | undefined {
  if (!config.emailRateLimit) return undefined;
  let limiter = emailLimiters.get(config);
  if (!limiter) {
    limiter = new EmailLimiter(config.emailRateLimit);
    emailLimiters.set(config, limiter);
  }
  return limiter;
}

/**
 * Requests per client address in a sliding window, whatever their outcome, as Supabase Auth
 * limits token refreshes (auth.rate_limit.token_refresh) and verifications
 * (auth.rate_limit.token_verifications), both per 5 minutes.
 */
export class RequestLimiter {
  private readonly seen = new Map<string, number[]>();

  constructor(private readonly windowSeconds: number) {}

  take(kind: string, ip: string, limit: number, now = Date.now()): void {
    if (this.seen.size > 10_000) this.seen.clear();
    const key = `${kind}:${ip}`;
    const since = now - this.windowSeconds * 1000;
    const list = (this.seen.get(key) ?? []).filter((t) => t > since);
    if (list.length >= limit) {
      const oldest = list[list.length - limit] ?? now;
      throw errors.rateLimited(
        Math.max(1, Math.ceil((oldest + this.windowSeconds * 1000 - now) / 1000)),
      );
    }
    list.push(now);
    this.seen.set(key, list);
  }
}

const requestLimiters = new WeakMap<GatewayConfig, RequestLimiter>();

/** Counts one request of this kind from the address; throws 429 past the configured limit. */
export function limitRequests(
  config: GatewayConfig,
  kind: 'tokenRefresh' | 'tokenVerifications',
  ip: string,
): void {
  const settings = config.requestRateLimit;
  if (!settings) return;
  let limiter = requestLimiters.get(config);
  if (!limiter) {
    limiter = new RequestLimiter(settings.windowSeconds);
    requestLimiters.set(config, limiter);
  }
  limiter.take(kind, ip, settings[kind]);
}
