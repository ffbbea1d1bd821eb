/**
 * The limits every request passes before a route sees it, in order: security headers (on every
 * answer, refusals included), URL length, CORS (API only), per-client rate, body size, and a deadline for API answers.
 * ARCHITECTURE.md "Hardening" says what is enforced where and why.
 */
import type { Hono } from 'hono';
import { noAddress, proxyHeaderAddress, type ClientAddress } from './client-address.js';
import { apiCors } from './cors.js';
import { deadline } from './deadline.js';
import { limitBody, limitUrl } from './limits.js';
import { FixedWindowLimiter, rateLimit, type RateLimiter } from './rate-limit.js';
import { securityHeaders, type InlineCode } from './secure-headers.js';

export interface HardeningEnv {
  /** Workers rate-limit binding (wrangler.toml `[[ratelimits]]`); takes precedence. */
  RATE_LIMITER?: RateLimiter | undefined;
  /** In-app limit per client per minute (Node); unset or 0: no in-app limit. */
  RATE_LIMIT_PER_MINUTE?: string | undefined;
  /** A header set by our own reverse proxy carrying the client's address (e.g. x-forwarded-for). */
  TRUSTED_PROXY_HEADER?: string | undefined;
}

export interface HardeningOptions {
  /** The client's address as the runtime knows it (socket under Node, cf-connecting-ip on Workers). */
  clientAddress?: ClientAddress | undefined;
  /** Whole-request deadline of /v1 answers, ms. */
  deadlineMs: number;
  /** The inline scripts and styles the app serves, allowed by hash in the pages' CSP. */
  inline: InlineCode;
}

/** The binding's period in wrangler.toml and the in-app window: one minute. */
export const RATE_LIMIT_PERIOD_SECONDS = 60;

export function limiterFrom(env: HardeningEnv): RateLimiter | undefined {
  if (env.RATE_LIMITER) return env.RATE_LIMITER;
  const perMinute = Number(env.RATE_LIMIT_PER_MINUTE);
  return Number.isInteger(perMinute) && perMinute > 0 ? new FixedWindowLimiter(perMinute, RATE_LIMIT_PERIOD_SECONDS) : undefined;
}

export function harden(app: Hono<any, any, any>, env: HardeningEnv, options: HardeningOptions): void {
  const runtimeAddress = options.clientAddress ?? noAddress;
  const address = env.TRUSTED_PROXY_HEADER ? proxyHeaderAddress(env.TRUSTED_PROXY_HEADER, runtimeAddress) : runtimeAddress;
  app.use('*', securityHeaders(options.inline));
  app.use('*', limitUrl);
  app.use('/v1/*', apiCors);
  app.use('/openapi.json', apiCors);
  app.use('/akn/*', apiCors);
  const limiter = limiterFrom(env);
  if (limiter) app.use('*', rateLimit(limiter, RATE_LIMIT_PERIOD_SECONDS, address));
  app.use('*', limitBody);
  app.use('/v1/*', deadline(options.deadlineMs));
}
