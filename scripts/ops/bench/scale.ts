/**
 * Scale: the synthetic corpus (scripts/ops/bench/synthetic.ts) in a Meilisearch of its own, indexed
 * by the real index script's library, served by its own API process. Measures index time,
 * query latency for the same mix through the API and straight, and resident memory of both
 * processes. The synthetic index is deleted with its server at the end.
 */
import { buildDocuments } from '../../pipeline/documents/build.js';
import { indexCorpus } from '../../pipeline/index/index-corpus.js';
import { LIVE_INDEX } from '../../../src/search/settings.js';
import { measureLatency, type LatencyRow } from './latency.js';
import { apiMix, directHeaders, directMix } from './mix.js';
import { memoryOf, startNodeApi } from './processes.js';
import type { Judgement } from './relevance.js';
import { startBenchMeili } from './stack.js';
import { syntheticCorpus } from './synthetic.js';

export interface ScaleResult {
  documents: number;
  indexMs: number;
  latency: LatencyRow[];
  meiliMemory: { rssMiB: number; peakMiB: number };
  apiMemory: { rssMiB: number; peakMiB: number };
}

export async function measureScale(
  n: number,
  set: readonly Judgement[],
  concurrencies: readonly number[],
  seconds: number,
  log: (line: string) => void,
): Promise<ScaleResult> {
  const docs = syntheticCorpus(await buildDocuments(), n);
  log(`synthetic corpus: ${docs.length} documents`);
  const meili = await startBenchMeili('scale');
  try {
    let lastLog = 0;
    const report = await indexCorpus({
      url: meili.url,
      adminKey: meili.adminKey,
      documents: docs,
      log: (line) => {
        if (Date.now() - lastLog > 15_000 || !line.startsWith('added')) {
          lastLog = Date.now();
          log(`  ${line}`);
        }
      },
    });
    const api = await startNodeApi(meili);
    try {
      const latency = await measureLatency(
        [
          { name: 'API (Node)', baseUrl: api.url, mix: apiMix(set) },
          { name: 'Meilisearch direct', baseUrl: meili.url, mix: directMix(set, LIVE_INDEX), headers: directHeaders(meili.searchKey) },
        ],
        concurrencies,
        seconds,
        log,
      );
      return { documents: docs.length, indexMs: report.ms, latency, meiliMemory: memoryOf(meili.pid), apiMemory: memoryOf(api.pid) };
    } finally {
      await api.stop();
    }
  } finally {
    await meili.stop();
  }
}
