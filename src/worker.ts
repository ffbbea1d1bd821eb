/**
 * Cloudflare Workers entry: vars, secrets (MEILI_URL, MEILI_SEARCH_KEY) and the rate-limit
 * binding (RATE_LIMITER) arrive as `env`; clients are known by cf-connecting-ip.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ExecutionContext } from 'hono';
import { cloudflareAddress } from './api/middleware/client-address.js';
import type { ResponseStore } from './api/middleware/cache.js';
import { createApp, type AppEnv } from './app.js';
import { parseThesaurus } from './search/thesaurus.js';
// Bundled as text by wrangler (wrangler.toml [[rules]] Text for .yaml): Workers have no file system.
import thesaurusText from '../corpus/thesaurus.yaml';

const thesaurus = parseThesaurus(thesaurusText);

/** The data centre's cache (`caches.default`); the Workers types are not in this project's tsconfig. */
const workersCache = (): ResponseStore | undefined => (globalThis as { caches?: { default?: ResponseStore } }).caches?.default;

let built: { env: AppEnv; app: OpenAPIHono } | undefined;

export default {
  fetch(request: Request, env: AppEnv, ctx: ExecutionContext): Response | Promise<Response> {
    if (built?.env !== env) built = { env, app: createApp(env, { clientAddress: cloudflareAddress, thesaurus, responseStore: workersCache() }) };
    return built.app.fetch(request, env, ctx);
  },
};
