/**
 * Search latency and throughput at fixed concurrency: the query mix through the API and the
 * same searches straight to Meilisearch, interleaved per concurrency level so both see the same
 * background load. The ratio API/direct is what our code (and its Node/Workers runtime) adds.
 */
import { apiSearchPath, DIRECT_SEARCH_PATH, directHeaders, directSearchBody } from './mix.js';
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
