/**
 * Per-client rate limiting behind one interface, the shape of Cloudflare's rate-limit binding
 * (`env.RATE_LIMITER.limit({ key })`): the binding in production on Workers, a fixed window in
 * memory for one Node process. Over the limit → 429 problem+json with Retry-After.
 */
import type { MiddlewareHandler } from 'hono';
import { problem } from '../problem.js';
import type { ClientAddress } from './client-address.js';

export interface RateLimiter {
  limit(options: { key: string }): Promise<{ success: boolean; retryAfterSeconds?: number }>;
}

/** Windows of clients last seen longer ago than a period are dropped once this many are held. */
const PRUNE_AT = 10_000;

/** `limit` requests per client per `periodSeconds`, counted in fixed windows. */
export class FixedWindowLimiter implements RateLimiter {
  readonly #windows = new Map<string, { start: number; count: number }>();

  constructor(
    readonly perPeriod: number,
    readonly periodSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  async limit({ key }: { key: string }): Promise<{ success: boolean; retryAfterSeconds: number }> {
    const now = this.now();
    const period = this.periodSeconds * 1000;
    let window = this.#windows.get(key);
    if (!window || now - window.start >= period) {
      if (this.#windows.size >= PRUNE_AT) this.#prune(now, period);
      window = { start: now, count: 0 };
      this.#windows.set(key, window);
    }
    window.count += 1;
    return { success: window.count <= this.perPeriod, retryAfterSeconds: Math.max(1, Math.ceil((window.start + period - now) / 1000)) };
  }

  #prune(now: number, period: number): void {
    for (const [key, w] of this.#windows) if (now - w.start >= period) this.#windows.delete(key);
  }
}

export function rateLimit(limiter: RateLimiter, periodSeconds: number, clientAddress: ClientAddress): MiddlewareHandler {
  return async (c, next) => {
    const key = clientAddress(c);
    if (key === undefined) return next();
    const { success, retryAfterSeconds } = await limiter.limit({ key });
    if (success) return next();
    const wait = retryAfterSeconds ?? periodSeconds;
    return problem(c, 'rate-limited', 429, `Too many requests from your address: wait ${wait} s and try again, or slow down.`, {}, wait);
  };
}
