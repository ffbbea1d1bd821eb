/**
 * Who is asking, as the runtime knows it, for per-client limits. Only sources a client cannot
 * forge count: the socket address under Node, `cf-connecting-ip` on Workers (Cloudflare sets it
 * on every request), or a header named by configuration when the app runs behind a proxy of
 * ours. In-process requests (the pages calling /v1) have none and are not counted twice.
 */
import type { Context } from 'hono';

export type ClientAddress = (c: Context) => string | undefined;

export const cloudflareAddress: ClientAddress = (c) => c.req.header('cf-connecting-ip') || undefined;

/** A header our own proxy sets (e.g. x-forwarded-for): its last entry is the one that proxy appended. */
export const proxyHeaderAddress =
  (header: string, fallback: ClientAddress): ClientAddress =>
  (c) =>
    c.req.header(header)?.split(',').at(-1)?.trim() || fallback(c);

export const noAddress: ClientAddress = () => undefined;
