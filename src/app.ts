/**
 * The Hono app: JSON API under /v1, /health, /openapi.json and /docs. Runtime-neutral (web
 * standards only); src/node.ts and src/worker.ts adapt it. It is given the search-only key.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { docsPage, type OpenApiDocument } from './api/docs-page.js';
import type { ClientAddress } from './api/middleware/client-address.js';
import { fingerprint, httpCache, type ResponseStore } from './api/middleware/cache.js';
import { harden, type HardeningEnv } from './api/middleware/index.js';
import { ApiProblem, problem, validationHook } from './api/problem.js';
import { actRoutes } from './api/routes/acts.js';
import { citeRoutes } from './api/routes/cite.js';
import { compareRoutes } from './api/routes/compare.js';
import { matchRoutes } from './api/routes/match.js';
import { relationRoutes } from './api/routes/relations.js';
import { topicRoutes } from './api/routes/topics.js';
import { healthRoutes } from './api/routes/health.js';
import { provisionRoutes } from './api/routes/provisions.js';
import { searchRoutes } from './api/routes/search.js';
import { pageRoutes } from './pages/routes.js';
import { DEFAULT_BUILD_TTL_MS, DEFAULT_TIMEOUT_MS, ProvisionSearch } from './search/client.js';
import { SearchUnavailable } from './search/errors.js';

/** Configuration from the environment (Workers vars/secrets, or process.env under Node). */
export interface AppEnv extends HardeningEnv {
  MEILI_URL?: string | undefined;
  /** A search-only key: the app never needs more. */
  MEILI_SEARCH_KEY?: string | undefined;
  MEILI_INDEX?: string | undefined;
  /** The relations index (default `relations`), built and swapped with the provisions index. */
  MEILI_RELATIONS_INDEX?: string | undefined;
  MEILI_TIMEOUT_MS?: string | undefined;
  /** ms a build id is reused before asking the engine again (default 2000; 0: every request). */
  MEILI_BUILD_TTL_MS?: string | undefined;
  /** Seconds clients and shared caches may reuse a /v1 answer before revalidating (default 60). */
  CACHE_MAX_AGE?: string | undefined;
  /** Comma-separated Meilisearch remotes (its `/network`), each holding a shard: search them as one. */
  MEILI_REMOTES?: string | undefined;
  /** `all` for sharded deployments whose answers must equal one instance's (ARCHITECTURE.md); default `frequency`. */
  MEILI_MATCHING_STRATEGY?: string | undefined;
}

const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'Malaysian anti-trafficking law knowledge base',
    version: '1',
    description:
      'Verbatim provisions of ATIPSOM 2007 (Act 670), the Child Act 2001, SOCA 2017 and ECWA 2007 in English and Malay: search, citations, tables of contents.',
  },
};

/** What only the runtime knows: src/node.ts and src/worker.ts say who the client is. */
export interface AppRuntime {
  clientAddress?: ClientAddress;
  /** Workers: `caches.default`, in front of the /v1 routes. */
  responseStore?: ResponseStore;
}

/** A whole number ≥ 0 from the environment, else the default. */
const setting = (value: string | undefined, fallback: number): number => {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isInteger(n) && n >= 0 ? n : fallback;
};

export function createApp(env: AppEnv = {}, runtime: AppRuntime = {}): OpenAPIHono {
  const timeout = Number(env.MEILI_TIMEOUT_MS);
  const timeoutMs = Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS;
  const search = new ProvisionSearch({
    url: env.MEILI_URL,
    searchKey: env.MEILI_SEARCH_KEY,
    index: env.MEILI_INDEX,
    relationsIndex: env.MEILI_RELATIONS_INDEX,
    timeoutMs,
    buildTtlMs: setting(env.MEILI_BUILD_TTL_MS, DEFAULT_BUILD_TTL_MS),
    remotes: env.MEILI_REMOTES?.split(',').map((r) => r.trim()).filter(Boolean),
    matchingStrategy: env.MEILI_MATCHING_STRATEGY === 'all' ? 'all' : 'frequency',
  });
  const app = new OpenAPIHono({ defaultHook: validationHook });
  harden(app, env, { clientAddress: runtime.clientAddress, deadlineMs: timeoutMs });
  let revision: string | undefined;
  app.use(
    '/v1/*',
    httpCache(search, {
      maxAge: setting(env.CACHE_MAX_AGE, 60),
      storeSeconds: 7 * 24 * 3600,
      // The answers' shapes are the OpenAPI document's: a deploy that changes them changes the ETag.
      codeRevision: () => (revision ??= fingerprint(JSON.stringify(app.getOpenAPI31Document(OPENAPI)))),
      store: runtime.responseStore,
    }),
  );

  healthRoutes(app, search);
  searchRoutes(app, search);
  provisionRoutes(app, search);
  actRoutes(app, search);
  citeRoutes(app, search);
  compareRoutes(app, search);
  topicRoutes(app, search);
  relationRoutes(app, search);
  matchRoutes(app, search);
  pageRoutes(app);

  app.doc31('/openapi.json', OPENAPI);
  app.get('/docs', (c) => c.html(docsPage(app.getOpenAPI31Document(OPENAPI) as OpenApiDocument)));

  app.notFound((c) =>
    problem(c, 'not-found', 404, `There is no ${c.req.method} ${new URL(c.req.url).pathname}. The routes are listed at /docs and /openapi.json.`),
  );
  app.onError((error, c) => {
    if (error instanceof ApiProblem) return problem(c, error.type, error.status, error.detail, error.extra);
    if (error instanceof SearchUnavailable) {
      return problem(c, 'search-unavailable', 503, `${error.detail} Try again in a few seconds.`);
    }
    if (error instanceof HTTPException && error.status < 500) {
      return problem(c, 'invalid-request', 400, `The request could not be read (${error.message || error.status}): check the URL and its encoding.`);
    }
    console.error(error);
    return problem(c, 'internal-error', 500, 'Something failed on our side; the request may be fine. Please report it with the instance URL.');
  });
  return app;
}
