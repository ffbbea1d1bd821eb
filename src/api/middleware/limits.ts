/**
 * Size limits: no route reads more than a small JSON body or needs a long URL, so anything
 * bigger is refused before a handler parses it (413 / 414 problem+json).
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { problem } from '../problem.js';

export const MAX_BODY_BYTES = 16 * 1024;
export const MAX_URL_CHARS = 2_048;

const limitSize = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: (c) => problem(c, 'payload-too-large', 413, `The request body is over ${MAX_BODY_BYTES / 1024} KiB: send only the fields the route documents at /docs.`),
});

/**
 * GET and HEAD carry no body a route reads (the runtimes give them none), so they skip the check:
 * asking a @hono/node-server request for its body builds the whole web Request (headers, abort
 * signal, stream) that the API otherwise never needs, measured at about 5% of the Node API's CPU
 * per search (BENCHMARKS.md section 16).
 */
export const limitBody: MiddlewareHandler = (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitSize(c, next));

export const limitUrl: MiddlewareHandler = async (c, next) => {
  // Path and query are part of the whole URL: only a long one needs parsing (not every request).
  if (c.req.url.length <= MAX_URL_CHARS) return next();
  const url = new URL(c.req.url);
  if ((url.pathname + url.search).length <= MAX_URL_CHARS) return next();
  return problem(c, 'uri-too-long', 414, `The URL is over ${MAX_URL_CHARS} characters: shorten the query (q takes at most 300 characters).`);
};
