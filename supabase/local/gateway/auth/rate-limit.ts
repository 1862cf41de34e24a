// Failed-sign-in limiter: a sliding window of failures per e-mail and per client address.
// In memory, like the rest of a single-process local stack; a restart forgets it.
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

  /** Throws 429 when either the e-mail or the address has used up its failures. */
  check(email: string, ip: string, now = Date.now()): void {
    const checks: [string, number][] = [
      [`email:${email}`, this.settings.perEmail],
      [`ip:${ip}`, this.settings.perIp],
    ];
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
    for (const key of [`email:${email}`, `ip:${ip}`]) {
      const list = this.recent(key, now);
      list.push(now);
      this.failures.set(key, list);
    }
  }

  /** A successful sign-in clears the e-mail's failures (not the address's). */
  succeed(email: string): void {
    this.failures.delete(`email:${email}`);
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
