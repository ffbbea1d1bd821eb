/**
 * HTTP caching of /v1 GET answers, keyed by the index build: every answer is a function of the
 * live indexes and the code, so `ETag` = build id + code revision. A client (or CDN) holding
 * that ETag gets 304 without the engine being asked; a reindex changes the build id, hence the
 * ETag and every cache key. On Workers the Cache API (`caches.default`) sits in front of the
 * routes: a hit is answered from the data centre's cache with no engine call at all (the build
 * id is reused for DEFAULT_BUILD_TTL_MS, so a reindex is seen within that time).
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { ProvisionSearch } from '../../search/client.js';

/** The part of the Workers Cache API we use (`caches.default` fits). */
export interface ResponseStore {
  match(request: Request): Promise<Response | undefined>;
  put(request: Request, response: Response): Promise<void>;
}

export interface HttpCacheOptions {
  /** Seconds browsers and shared caches may reuse an answer without asking (then revalidate with the ETag). */
  maxAge: number;
  /** How long the response store keeps an answer; safe to be long, its key holds the build id. */
  storeSeconds: number;
  /** Changes when the code that shapes answers changes (computed once). */
  codeRevision: () => string;
  store?: ResponseStore | undefined;
}

/** RFC 9110 weak comparison against an If-None-Match list (or `*`). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/** The store's key: the request URL with the ETag as a parameter, so a new build misses. */
const storeKey = (url: string, etag: string): Request => {
  const key = new URL(url);
  key.searchParams.set('__etag', etag);
  return new Request(key.toString(), { method: 'GET' });
};

/** Work that finishes after the answer: Workers are told to let it (waitUntil); Node lets it anyway. */
export function later(c: Context, work: Promise<unknown>): void {
  const settled = work.catch(() => undefined);
  try {
    c.executionCtx.waitUntil(settled);
  } catch {
    // No execution context (Node): the write finishes on its own.
  }
}

export function httpCache(search: ProvisionSearch, options: HttpCacheOptions): MiddlewareHandler {
  const cacheControl = `public, max-age=${options.maxAge}`;
  const etagOf = (build: string) => `W/"${build}.${options.codeRevision()}"`;
  const tag = (res: Response, etag: string) => {
    res.headers.set('ETag', etag);
    res.headers.set('Cache-Control', cacheControl);
  };
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const ifNoneMatch = c.req.header('if-none-match');
    const pending = search.buildId();
    // `Cache-Control: no-cache` from the client: answered by the routes, and the store is left
    // alone. Its entry for this URL and build would hold this very answer, so a write would only
    // repeat it (in local workerd each write took ~4 ms of the isolate's thread, BENCHMARKS.md
    // section 18); a plain request fills a missing entry.
    const store = /\bno-cache\b/i.test(c.req.header('cache-control') ?? '') ? undefined : options.store;
    // Only a revalidation or a store lookup needs the build before the route; otherwise the
    // lookup (usually memoised) runs alongside it and adds no latency.
    if (!ifNoneMatch && !store) {
      await next();
      const build = await pending;
      if (build && c.res.status === 200) tag(c.res, etagOf(build));
      return;
    }
    const build = await pending;
    if (!build) return next();
    const etag = etagOf(build);
    if (etagMatches(ifNoneMatch, etag)) return c.body(null, 304, { ETag: etag, 'Cache-Control': cacheControl });

    const key = store ? storeKey(c.req.url, etag) : undefined;
    const hit = key ? await store!.match(key).catch(() => undefined) : undefined;
    if (hit) {
      const res = new Response(hit.body, hit);
      res.headers.set('Cache-Control', cacheControl);
      res.headers.set('X-Cache', 'hit');
      return res;
    }
    await next();
    if (c.res.status !== 200) return;
    tag(c.res, etag);
    if (key) {
      const copy = c.res.clone();
      const stored = new Response(copy.body, copy);
      stored.headers.set('Cache-Control', `public, max-age=${options.storeSeconds}`);
      later(c, store!.put(key, stored));
    }
  };
}

/** FNV-1a, 32 bits, base 36: a short fingerprint of a string (not for security). */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
