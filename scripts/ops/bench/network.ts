/**
 * The path past one machine: the corpus sharded by Act over three Meilisearch instances joined
 * by `/network` (scripts/ops/shards.ts), searched as one by remote federated search. Measures
 * how often the merged top 10 equals the single instance's (per matching strategy), and the
 * latency/throughput cost, straight to the engine and through the API, against the single instance.
 */
import type { ProvisionDoc } from '../../../src/schema/document.js';
import { actShards, startShards } from '../shards.js';
import { measureLatency, type LatencyRow } from './latency.js';
import { apiMix, DIRECT_SEARCH_PATH, directHeaders, directMix, directSearchBody, federatedMix, federatedSearchBody, mixVocabulary } from './mix.js';
import { memoryOf, pidByCommandLine, startNodeApi } from './processes.js';
import type { Judgement } from './relevance.js';

export interface NetworkResult {
  shards: { acts: string[]; documents: number }[];
  /** Queries whose top 10 (ids, order) equal the single instance's, per matching strategy. */
  identical: { strategy: string; same: number; of: number }[];
  latency: LatencyRow[];
  memoryMiB: number[];
}

type Hits = { hits: { id: string; lang: string }[] };
const ids = (r: Hits) => r.hits.map((h) => `${h.id}_${h.lang}`).join(' ');

async function post(url: string, key: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${url}${DIRECT_SEARCH_PATH}`, { method: 'POST', headers: directHeaders(key), body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${url}${DIRECT_SEARCH_PATH}: ${res.status} ${await res.text()}`);
  return res.json();
}

export async function measureNetwork(
  single: { url: string; searchKey: string },
  docs: readonly ProvisionDoc[],
  set: readonly Judgement[],
  concurrencies: readonly number[],
  seconds: number,
  log: (line: string) => void,
): Promise<NetworkResult> {
  const groups = actShards(docs);
  const shards = await startShards(groups.map((g) => g.documents), log);
  try {
    const identical: NetworkResult['identical'] = [];
    for (const strategy of ['frequency', 'all'] as const) {
      let same = 0;
      for (const j of set) {
        const one = (await post(single.url, single.searchKey, {
          queries: [directSearchBody(j.query, undefined, strategy).queries[0]],
        })) as { results: Hits[] };
        const many = (await post(shards.entry.url, shards.entry.searchKey, federatedSearchBody(j.query, shards.remotes, undefined, strategy))) as Hits;
        if (ids(one.results[0]!) === ids(many)) same++;
      }
      identical.push({ strategy, same, of: set.length });
      log(`shards vs single, matchingStrategy ${strategy}: ${same}/${set.length} identical top 10`);
    }
    const singleApi = await startNodeApi(single);
    const shardedApi = await startNodeApi(shards.entry, undefined, { MEILI_REMOTES: shards.remotes.join(',') });
    try {
      const latency = await measureLatency(
        [
          { name: 'one instance: direct', baseUrl: single.url, mix: directMix(set, undefined, await mixVocabulary(single)), headers: directHeaders(single.searchKey) },
          { name: '3 shards: direct (federated)', baseUrl: shards.entry.url, mix: federatedMix(set, shards.remotes), headers: directHeaders(shards.entry.searchKey) },
          { name: 'one instance: API (Node)', baseUrl: singleApi.url, mix: apiMix(set) },
          { name: '3 shards: API (Node)', baseUrl: shardedApi.url, mix: apiMix(set) },
        ],
        concurrencies,
        seconds,
        log,
      );
      const memoryMiB = shards.servers.map((s) => {
        const pid = pidByCommandLine(new URL(s.url).port);
        return pid ? memoryOf(pid).rssMiB : Number.NaN;
      });
      return { shards: groups.map((g) => ({ acts: g.acts, documents: g.documents.length })), identical, latency, memoryMiB };
    } finally {
      await singleApi.stop();
      await shardedApi.stop();
    }
  } finally {
    await shards.stop();
  }
}
