/**
 * Search latency and throughput at fixed concurrency: the query mix through the API and the
 * same searches straight to Meilisearch, interleaved per concurrency level so both see the same
 * background load. The ratio API/direct is what our code (and its Node/Workers runtime) adds.
 */
import { apiSearchPath, DIRECT_SEARCH_PATH, directHeaders, directSearchBody, MIX_LIMIT } from './mix.js';
import type { Judgement } from './relevance.js';
import { readThesaurus } from '../../pipeline/corpus/thesaurus.js';
import { createApp } from '../../../src/app.js';
import { buildIndexName } from '../../../src/search/build.js';
import { poolRuns, runLoad, type LoadResult, type MixRequest } from './wrk.js';
import { LOAD_ROUNDS } from './options.js';
import { docKey } from '../../../src/schema/ids.js';
import { searchOrder } from '../../../src/api/search-plan.js';
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

/**
 * Each target and concurrency runs in rounds, a share of the time each, the targets' order reversed
 * every round, and a target's runs are pooled. On this shared 2-core machine the speed drifts over a
 * minute (two quiet runs of the same code, 13 minutes apart, gave API/direct p50 1.15x and 1.29x with
 * each target measured once, one after the other); rounds give every target the same drift. Rounds
 * shorter than 2 s are not split further.
 */
export const loadRounds = (seconds: number, requested: number): number => Math.max(1, Math.min(requested, Math.floor(seconds / 2)));

export async function measureLatency(
  targets: readonly Target[],
  concurrencies: readonly number[],
  seconds: number,
  log: (line: string) => void,
  requestedRounds = LOAD_ROUNDS,
): Promise<LatencyRow[]> {
  for (const t of targets) await runLoad({ ...t, connections: 4, seconds: WARMUP_SECONDS });
  const rounds = loadRounds(seconds, requestedRounds);
  const rows: LatencyRow[] = [];
  for (const connections of concurrencies) {
    const runs = targets.map(() => [] as LoadResult[]);
    for (let round = 0; round < rounds; round++) {
      const order = targets.map((_, i) => (round % 2 ? targets.length - 1 - i : i));
      for (const i of order) {
        const t = targets[i]!;
        runs[i]!.push(await runLoad({ baseUrl: t.baseUrl, mix: t.mix, headers: t.headers, connections, seconds: Math.round(seconds / rounds) }));
      }
    }
    targets.forEach((t, i) => {
      const result = poolRuns(runs[i]!);
      log(`${t.name} c=${connections}: ${result.throughput.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, errors ${result.errors} (${rounds} rounds)`);
      rows.push({ target: t.name, result });
    });
  }
  return rows;
}

export interface Parity {
  /** Mix queries compared (those that do not read as facts). */
  checked: number;
  /** The first query whose answers differ, and how; undefined when none did. */
  failure?: string;
}

/**
 * Before measuring: the direct body must be the API's work. For every mix query that does not read
 * as facts (the matcher's offences are fused with the search hits by rank, reordering them), the
 * API's search hits must be the direct request's main query's hits, the same provisions in the same
 * order, after the steps the API takes on them: its search order (src/api/search-plan.ts searchOrder:
 * definitions after the first hits for a description, interpretation sections after the first hits;
 * issue 14), and a cited provision put first (its other listing dropped). A short page's
 * loose fill (\`via: loose\`) comes from the API's second round trip and is not compared.
 */
export async function checkParity(
  apiUrl: string,
  meili: { url: string; searchKey: string },
  index: string,
  queries: readonly string[],
): Promise<Parity> {
  type Hit = { id: string; lang: string; via?: string };
  const ids = (hits: readonly Hit[]) => hits.map((h) => docKey(h.id, h.lang)).join(' ');
  let checked = 0;
  for (const q of queries) {
    const api = (await (await fetch(`${apiUrl}${apiSearchPath(q)}`)).json()) as { hits: Hit[]; understanding: { facts: unknown } };
    if (api.understanding.facts) continue;
    const body = directSearchBody(q, index);
    const direct = (await (
      await fetch(`${meili.url}${DIRECT_SEARCH_PATH}`, {
        method: 'POST',
        headers: directHeaders(meili.searchKey),
        body: JSON.stringify(body),
      })
    ).json()) as { results: { hits: Doc[] }[] };
    // The plan sends an ordered query (a description's words reordered) with `last` matching, and only it.
    const ordered = body.queries[0]?.matchingStrategy === 'last';
    checked++;
    const cited = api.hits.find((h) => h.via === 'citation')?.id;
    const searched = api.hits.filter((h) => h.via === 'search');
    const expected = searchOrder((direct.results[0]?.hits ?? []).map((doc) => ({ doc, via: 'search' as const })), ordered)
      .map((h) => h.doc)
      .filter((d) => d.id !== cited)
      .slice(0, MIX_LIMIT - (cited ? 1 : 0));
    if (ids(searched) !== ids(expected)) {
      return { checked, failure: `for "${q}" the API's search hits were [${ids(searched)}] but the direct request's [${ids(expected)}]` };
    }
  }
  return { checked };
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
  // As the Node API process (src/node.ts) runs it: reading ahead what it keeps per build.
  const app = createApp({ MEILI_URL: meili.url, MEILI_SEARCH_KEY: meili.searchKey, MEILI_INDEX: index, MEILI_BUILD_TTL_MS: String(3_600_000) }, { thesaurus: readThesaurus(), readAhead: true });
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
