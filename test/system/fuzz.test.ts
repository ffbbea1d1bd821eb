/**
 * Fuzzing (issue 8): over 10,000 seeded hostile requests against the app and the suite's real
 * Meilisearch, for every operation in /openapi.json (new routes are covered as they appear),
 * every page route and made-up paths with any method. Never a 500; /v1 errors are problem+json
 * whose detail a person can act on; pages answer with a page. And every filter value that
 * reaches the engine is one the code validated (field by field), whatever the request said.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_TYPES } from '../../src/api/problem.js';
import { ACTS } from '../../src/registry/acts.js';
import { LANGS, PROVISION_ID_PATTERN, ProvisionKind, ProvisionType } from '../../src/schema/provision.js';
import { SECTION_NUMBER_PATTERN } from '../../src/schema/citation.js';
import { ProvisionSearch, type SearchRequest } from '../../src/search/client.js';
import { testApp } from '../helpers/app.js';
import { operationRequest, strayRequest, type FuzzRequest, type Operation } from './fuzz-requests.js';

const SEED = 20_260_708;
const API_RUNS = 7_000;
const PAGE_RUNS = 1_600;
const STRAY_RUNS = 1_600;
const CONCURRENCY = 4;

const app = testApp();

/** What each filterable field may carry once validated; anything else reaching the engine is a bug. */
const SLUG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const VALID_FILTER: Record<string, (v: unknown) => boolean> = {
  act: (v) => ACTS.some((a) => a.slug === v),
  lang: (v) => (LANGS as readonly unknown[]).includes(v),
  kind: (v) => (ProvisionKind.options as readonly unknown[]).includes(v),
  type: (v) => (ProvisionType.options as readonly unknown[]).includes(v),
  topics: (v) => typeof v === 'string' && SLUG.test(v) && v.length <= 60,
  id: (v) => typeof v === 'string' && PROVISION_ID_PATTERN.test(v) && v.length <= 120,
  parent: (v) => typeof v === 'string' && PROVISION_ID_PATTERN.test(v) && v.length <= 120,
  number: (v) => typeof v === 'string' && SECTION_NUMBER_PATTERN.test(v),
};
const filtersSeen: NonNullable<SearchRequest['filter']>[] = [];
const originalSearch = ProvisionSearch.prototype.search;
beforeAll(() => {
  ProvisionSearch.prototype.search = function (this: ProvisionSearch, request: SearchRequest) {
    if (request.filter) filtersSeen.push(request.filter);
    return originalSearch.call(this, request);
  };
});
afterAll(() => {
  ProvisionSearch.prototype.search = originalSearch;
});

interface OpenApi {
  paths: Record<string, Record<string, { parameters?: { name: string; in: string; schema?: { type?: string; enum?: string[] } }[]; requestBody?: unknown }>>;
}

async function operations(): Promise<Operation[]> {
  const doc = (await (await app.request('/openapi.json')).json()) as OpenApi;
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      params: (op.parameters ?? [])
        .filter((p) => p.in === 'path' || p.in === 'query')
        .map((p) => ({
          name: p.name,
          in: p.in as 'path' | 'query',
          values: p.schema?.enum ?? [],
          numeric: p.schema?.type === 'integer' || p.schema?.type === 'number',
        })),
      hasBody: op.requestBody !== undefined,
    })),
  );
}

/** GET page routes the app registers (not the API, the docs or assets), as operations. */
function pageOperations(queryNames: readonly string[]): Operation[] {
  const paths = [...new Set(app.routes.filter((r) => r.method === 'GET' && r.path.startsWith('/') && !/^\/(v1|docs|openapi\.json|assets|health)\b/.test(r.path)).map((r) => r.path))];
  return paths.map((path) => ({
    method: 'GET',
    path: path.replace(/:(\w+)/g, '{$1}'),
    params: [
      ...[...path.matchAll(/:(\w+)/g)].map((m) => ({ name: m[1]!, in: 'path' as const, values: ['atipsom-s14', 'child-trafficking'], numeric: false })),
      ...queryNames.map((name) => ({ name, in: 'query' as const, values: [], numeric: name === 'page' || name === 'limit' })),
    ],
    hasBody: false,
  }));
}

interface Outcome {
  request: FuzzRequest;
  status: number;
  type: string;
  body: string;
  headers: Headers;
}

async function send(request: FuzzRequest): Promise<Outcome> {
  const init: RequestInit = { method: request.method };
  if (request.body !== undefined) init.body = request.body;
  if (request.contentType) init.headers = { 'Content-Type': request.contentType };
  const res = await app.request(request.url, init);
  return { request, status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text(), headers: res.headers };
}

async function sendAll(requests: readonly FuzzRequest[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < requests.length) outcomes.push(await send(requests[next++]!));
    }),
  );
  return outcomes;
}

const isApi = (url: string) => /^\/(v1\/|health\b|openapi\.json)/.test(url);
const problemTypes = new Set(Object.keys(PROBLEM_TYPES).map((t) => `/docs#problem-${t}`));

/** Why an outcome breaks the contract, or undefined when it keeps it. */
function violation(o: Outcome): string | undefined {
  const { status, type, body, request } = o;
  if (status >= 500 && status !== 503) return `status ${status}`;
  if (status === 503 && !/did not answer in time/.test(body)) return `503 while the engine is up: ${body.slice(0, 200)}`;
  if (status === 503 && !o.headers.get('retry-after')) return '503 without Retry-After';
  if (request.method === 'HEAD' || request.method === 'OPTIONS' || status < 400) return undefined;
  if (type === 'application/problem+json') {
    const problem = JSON.parse(body) as { type: string; status: number; title: string; detail: string; errors?: { parameter: string; message: string }[] };
    if (!problemTypes.has(problem.type)) return `unknown problem type ${problem.type}`;
    if (problem.status !== status) return `problem status ${problem.status} ≠ ${status}`;
    if (problem.type.endsWith('internal-error')) return 'internal-error';
    if (problem.detail.length < 20 || /\[object |Error:|\n\s+at /.test(problem.detail)) return `unhelpful detail: ${problem.detail}`;
    // Words of a programming fault, unless the person typed them.
    const sent = `${request.url} ${request.body ?? ''}`;
    const fault = /\b(?:undefined|NaN|null)\b/.exec(problem.detail)?.[0];
    if (fault && !sent.includes(fault)) return `unhelpful detail: ${problem.detail}`;
    if (problem.errors?.some((e) => !e.parameter || e.message.length < 10)) return `unhelpful errors: ${JSON.stringify(problem.errors)}`;
    return undefined;
  }
  if (isApi(request.url)) return `API error as ${type}`;
  if (!type.startsWith('text/html') || !/<h1[^>]*>/.test(body)) return `page error as ${type} without a heading`;
  return undefined;
}

describe('fuzz: hostile requests never break the app', () => {
  it(`${API_RUNS + PAGE_RUNS + STRAY_RUNS} seeded requests over every operation and page`, async () => {
    const ops = await operations();
    expect(ops.map((o) => `${o.method} ${o.path}`)).toEqual(expect.arrayContaining(['GET /v1/search', 'GET /v1/provisions/{id}', 'GET /v1/cite']));
    const queryNames = [...new Set(ops.flatMap((o) => o.params.filter((p) => p.in === 'query').map((p) => p.name))), 'page', 'ids', 'add', 'format'];
    const pages = pageOperations(queryNames);
    expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(['/', '/search', '/provisions/{id}', '/compare']));

    const sample = (arb: fc.Arbitrary<FuzzRequest>, numRuns: number, seed: number) => fc.sample(arb, { seed, numRuns });
    const requests = [
      ...ops.flatMap((op, i) => sample(operationRequest(op), Math.ceil(API_RUNS / ops.length), SEED + i)),
      ...pages.flatMap((op, i) => sample(operationRequest(op), Math.ceil(PAGE_RUNS / pages.length), SEED + 100 + i)),
      ...sample(strayRequest([...ops.map((o) => o.path), ...pages.map((p) => p.path)]), STRAY_RUNS, SEED + 200),
    ];
    expect(requests.length).toBeGreaterThanOrEqual(10_000);

    const outcomes = await sendAll(requests);
    const broken = outcomes.flatMap((o) => {
      const why = violation(o);
      return why ? [`${o.request.method} ${o.request.url.slice(0, 200)} → ${why}`] : [];
    });
    expect(broken.slice(0, 20)).toEqual([]);

    // The run exercised both sides of the contract: answers and each kind of refusal.
    const tally: Record<number, number> = {};
    for (const o of outcomes) tally[o.status] = (tally[o.status] ?? 0) + 1;
    for (const status of [200, 400, 404, 413, 414]) expect(tally[status], `answers with ${status}`).toBeGreaterThan(0);
    expect(outcomes.filter((o) => o.status === 200 && isApi(o.request.url)).length).toBeGreaterThan(500);

    // Filters: thousands reached the engine, each field holding a validated value only.
    expect(filtersSeen.length).toBeGreaterThan(1_000);
    const unvalidated = filtersSeen.flatMap((filter) =>
      Object.entries(filter).flatMap(([field, value]) => {
        if (value === undefined) return [];
        const check = VALID_FILTER[field];
        const values = Array.isArray(value) ? value : [value];
        return check && values.every(check) ? [] : [`${field}: ${JSON.stringify(value).slice(0, 100)}`];
      }),
    );
    expect(unvalidated.slice(0, 20)).toEqual([]);
    // 10,200 requests through the whole app and engine: minutes on a loaded 2-core machine; the
    // deadline only stops a hang, it measures nothing.
  }, 1_200_000);
});
