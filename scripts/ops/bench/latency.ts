/**
 * Search latency and throughput at fixed concurrency: the query mix through the API and the
 * same searches straight to Meilisearch, interleaved per concurrency level so both see the same
 * background load. The ratio API/direct is what our code (and its Node/Workers runtime) adds.
 */
import { apiSearchPath, DIRECT_SEARCH_PATH, directHeaders, directSearchBody } from './mix.js';
import type { Judgement } from './relevance.js';
import { readThesaurus } from '../../pipeline/corpus/thesaurus.js';
import { createApp } from '../../../src/app.js';
import { buildIndexName } from '../../../src/search/build.js';
import { runLoad, type LoadResult, type MixRequest } from './wrk.js';
import { docKey } from '../../../src/schema/ids.js';
import { interpretationLater } from '../../../src/api/search-plan.js';
import type { Doc } from '../../../src/search/client.js';

export interface Target {
  name: string;
  baseUrl: string;
  mix: MixRequest[];
  headers?: Record<string, string>;
}

export interface LatencyRow {
  target: string;
  result: LoadResult;
}

const WARMUP_SECONDS = 2;

export async function measureLatency(
  targets: readonly Target[],
  concurrencies: readonly number[],
  seconds: number,
  log: (line: string) => void,
): Promise<LatencyRow[]> {
  for (const t of targets) await runLoad({ ...t, connections: 4, seconds: WARMUP_SECONDS });
  const rows: LatencyRow[] = [];
  for (const connections of concurrencies) {
    for (const t of targets) {
      const result = await runLoad({ baseUrl: t.baseUrl, mix: t.mix, headers: t.headers, connections, seconds });
      log(`${t.name} c=${connections}: ${result.throughput.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, errors ${result.errors}`);
      rows.push({ target: t.name, result });
    }
  }
  return rows;
}

/**
 * Before measuring: the API and the direct body must return the same provisions for a query that
 * is not a citation, or the ratio would compare different work.
 */
export async function checkParity(
  apiUrl: string,
  meili: { url: string; searchKey: string },
  index: string,
  q: string,
): Promise<string | undefined> {
  const api = (await (await fetch(`${apiUrl}${apiSearchPath(q)}`)).json()) as { hits: { id: string; lang: string }[] };
  const direct = (await (
    await fetch(`${meili.url}${DIRECT_SEARCH_PATH}`, {
      method: 'POST',
      headers: directHeaders(meili.searchKey),
      body: JSON.stringify(directSearchBody(q, index)),
    })
  ).json()) as { results: { hits: { id: string; lang: string }[] }[] };
  const ids = (hits: readonly { id: string; lang: string }[]) => hits.map((h) => docKey(h.id, h.lang)).join(' ');
  // The API places interpretation sections after the first hits (issue 14): the same step on the
  // engine's order, so the check stays strict about everything else.
  const engineHits = (direct.results[0]?.hits ?? []) as unknown as Doc[];
  const directHits = interpretationLater(engineHits.map((doc) => ({ doc, via: 'search' as const }))).map((h) => h.doc);
  return ids(api.hits) === ids(directHits)
    ? undefined
    : `for "${q}" the API returned [${ids(api.hits)}] but the direct request [${ids(directHits)}]`;
}

export interface EngineWork {
  requests: number;
  /** Calls to Meilisearch per API request (each a round trip; the build-id lookup, reused, not counted). */
  roundTrips: number;
  /** Searches in those calls per API request (a multi-search holds several). */
  queries: number;
  /** Requests answered with one query in one round trip, as the direct request is. */
  single: number;
}

/**
 * What the API asks of the engine per search of the mix: the app (the same code the API process
 * runs) answers each request in this process while its calls to Meilisearch are counted. A first
 * pass warms what is kept per index build (the offence catalogue); the second pass is counted.
 */
export async function measureEngineWork(meili: { url: string; searchKey: string }, index: string, set: readonly Judgement[]): Promise<EngineWork> {
  const app = createApp({ MEILI_URL: meili.url, MEILI_SEARCH_KEY: meili.searchKey, MEILI_INDEX: index, MEILI_BUILD_TTL_MS: String(3_600_000) }, { thesaurus: readThesaurus() });
  const build = `/indexes/${buildIndexName(index)}/`;
  let calls: { queries: number }[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin === new URL(meili.url).origin && !url.pathname.startsWith(build)) {
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as { queries?: unknown[] }) : {};
      calls.push({ queries: url.pathname === '/multi-search' ? (body.queries?.length ?? 0) : 1 });
    }
    return realFetch(input, init);
  }) as typeof fetch;
  try {
    for (const j of set) await (await app.request(apiSearchPath(j.query))).text();
    const work: EngineWork = { requests: 0, roundTrips: 0, queries: 0, single: 0 };
    for (const j of set) {
      calls = [];
      const res = await app.request(apiSearchPath(j.query));
      if (res.status !== 200) throw new Error(`the API answered ${res.status} for "${j.query}"`);
      await res.text();
      work.requests++;
      work.roundTrips += calls.length;
      work.queries += calls.reduce((n, c) => n + c.queries, 0);
      if (calls.length === 1 && calls[0]!.queries === 1) work.single++;
    }
    return { ...work, roundTrips: work.roundTrips / work.requests, queries: work.queries / work.requests };
  } finally {
    globalThis.fetch = realFetch;
  }
}
