/**
 * The Hono app: JSON API under /v1, /health, /openapi.json and /docs. Runtime-neutral (web
 * standards only); src/node.ts and src/worker.ts adapt it. It is given the search-only key.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { DOCS_SCRIPT, DOCS_STYLE, docsPage, type OpenApiDocument } from './api/docs-page.js';
import type { ClientAddress } from './api/middleware/client-address.js';
import { fingerprint, httpCache, type ResponseStore } from './api/middleware/cache.js';
import { harden, type HardeningEnv } from './api/middleware/index.js';
import { ApiProblem, problem, validationHook } from './api/problem.js';
import { allowedMethods } from './api/methods.js';
import { actsApi } from './api/routes/acts.js';
import { aknApi } from './api/routes/akn.js';
import { amendmentsApi } from './api/routes/amendments.js';
import { citeApi } from './api/routes/cite.js';
import { compareApi } from './api/routes/compare.js';
import { healthApi } from './api/routes/health.js';
import { matchApi } from './api/routes/match.js';
import { protectionsApi } from './api/routes/protections.js';
import { provisionsApi } from './api/routes/provisions.js';
import { relationsApi } from './api/routes/relations.js';
import { searchApi } from './api/routes/search.js';
import { topicsApi } from './api/routes/topics.js';
import { PageApi } from './pages/client/api.js';
import { COPY_SCRIPT } from './pages/components/layout.js';
import { pagesApp } from './pages/routes/index.js';
import { DEFAULT_BUILD_TTL_MS, DEFAULT_TIMEOUT_MS, ProvisionSearch, type EngineHttp } from './search/client.js';
import { SearchUnavailable } from './search/errors.js';
import type { Thesaurus } from './search/thesaurus.js';

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

/** Every inline script and style the app serves: the pages' CSP allows exactly these, by hash. */
const INLINE_CODE = { scripts: [COPY_SCRIPT, DOCS_SCRIPT], styles: [DOCS_STYLE] };

/** What only the runtime knows: src/node.ts and src/worker.ts say who the client is. */
export interface AppRuntime {
  clientAddress?: ClientAddress;
  /** corpus/thesaurus.yaml, read by the entry (file on Node, bundled text on Workers): expansions and fact words. */
  thesaurus?: Thesaurus;
  /** Workers: `caches.default`, in front of the /v1 routes. */
  responseStore?: ResponseStore;
  /** Node: requests to the engine over node:http (src/node-engine.ts); else the runtime's fetch. */
  engineHttp?: EngineHttp;
  /**
   * Node: read the offence catalogue at start-up, before users arrive. Workers have no start-up (the
   * first request creates the app): there the first facts query starts the read, so no other
   * request shares the engine with it.
   */
  readAhead?: boolean;
  /** Node: requests may await a build id lookup another request started (never on Workers: ProvisionSearch.buildId). */
  shareLookups?: boolean;
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
    http: runtime.engineHttp,
    shareLookups: runtime.shareLookups,
  });
  const app = new OpenAPIHono({ defaultHook: validationHook });
  harden(app, env, { clientAddress: runtime.clientAddress, deadlineMs: timeoutMs, inline: INLINE_CODE });
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

  app.route('/health', healthApi(search));
  app.route('/v1/search', searchApi(search, runtime.thesaurus, { readAhead: runtime.readAhead ?? false }));
  app.route('/v1/provisions', provisionsApi(search));
  app.route('/v1/acts', actsApi(search));
  app.route('/v1/amendments', amendmentsApi(search));
  app.route('/v1/cite', citeApi(search));
  app.route('/v1/compare', compareApi(search));
  app.route('/v1/topics', topicsApi(search));
  app.route('/v1', relationsApi(search));
  app.route('/v1/match', matchApi(search));
  app.route('/v1/protections', protectionsApi(search));
  app.route('/akn/my/act', aknApi(search));
  // Pages call the API in-process through the whole app, so they see exactly what clients see.
  app.route('/', pagesApp(new PageApi(app)));

  app.doc31('/openapi.json', OPENAPI);
  app.get('/docs', (c) => c.html(docsPage(app.getOpenAPI31Document(OPENAPI) as OpenApiDocument)));

  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    const allow = allowedMethods(app.routes, path);
    if (allow.length && !allow.includes(c.req.method)) {
      const detail = `${path} answers to ${allow.join(', ')}, not ${c.req.method}. The routes are listed at /docs and /openapi.json.`;
      return problem(c, 'method-not-allowed', 405, detail, {}, undefined, { Allow: allow.join(', ') });
    }
    return problem(c, 'not-found', 404, `There is no ${c.req.method} ${path}. The routes are listed at /docs and /openapi.json.`);
  });
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
