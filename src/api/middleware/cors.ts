/**
 * CORS for the JSON API: any origin may read it (it is public law), without credentials
 * (there are no cookies or accounts to send), with GET/HEAD and POST for read-only queries
 * that take a JSON body. Browsers may read Retry-After to back off. Pages are same-origin only.
 */
import { cors } from 'hono/cors';

export const apiCors = cors({
  origin: '*',
  allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
  allowHeaders: ['Content-Type'],
  exposeHeaders: ['Retry-After'],
  credentials: false,
  maxAge: 86_400,
});
