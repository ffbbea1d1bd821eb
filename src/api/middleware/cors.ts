/**
 * CORS for the JSON API: any origin may read it (it is public law), without credentials
 * (there are no cookies or accounts to send), with GET/HEAD and POST for read-only queries
 * that take a JSON body. Browsers may read Retry-After to back off. Pages are same-origin only.
 */
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

const EXPOSED = ['Retry-After'];

const preflight = cors({
  origin: '*',
  allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
  allowHeaders: ['Content-Type'],
  exposeHeaders: EXPOSED,
  credentials: false,
  maxAge: 86_400,
});

/**
 * Preflights are Hono's cors. Other requests get the same two headers after the route has
 * answered (as the security headers are added): Hono's cors writes them on a placeholder
 * response before the route runs, and Hono then copies them onto the route's answer by
 * re-wrapping it, which turns its body into a stream that @hono/node-server writes chunk by
 * chunk. Measured on the Node API (BENCHMARKS.md section 13): that copy was several percent of
 * the process's CPU per search.
 */
export const apiCors: MiddlewareHandler = async (c, next) => {
  if (c.req.method === 'OPTIONS') return preflight(c, next);
  await next();
  c.res.headers.set('Access-Control-Allow-Origin', '*');
  c.res.headers.set('Access-Control-Expose-Headers', EXPOSED.join(','));
};
