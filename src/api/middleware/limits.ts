/**
 * Size limits: no route reads more than a small JSON body or needs a long URL, so anything
 * bigger is refused before a handler parses it (413 / 414 problem+json).
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { problem } from '../problem.js';

export const MAX_BODY_BYTES = 16 * 1024;
export const MAX_URL_CHARS = 2_048;

export const limitBody: MiddlewareHandler = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: (c) => problem(c, 'payload-too-large', 413, `The request body is over ${MAX_BODY_BYTES / 1024} KiB: send only the fields the route documents at /docs.`),
});

export const limitUrl: MiddlewareHandler = async (c, next) => {
  const url = new URL(c.req.url);
  if ((url.pathname + url.search).length <= MAX_URL_CHARS) return next();
  return problem(c, 'uri-too-long', 414, `The URL is over ${MAX_URL_CHARS} characters: shorten the query (q takes at most 300 characters).`);
};
