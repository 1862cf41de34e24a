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
