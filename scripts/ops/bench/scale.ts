/**
 * Scale: the synthetic corpus (scripts/ops/bench/synthetic.ts) in a Meilisearch of its own, indexed
 * by the real index script's library, served by its own API process. Measures index time, disk,
 * query latency for the same mix through the API and straight, and resident memory of both
 * processes; then the settings that matter switched one at a time (each variant a full index of
 * its own at `variantDocs`, queried straight at 1 connection, deleted after). The synthetic
 * indexes are deleted with their server at the end.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Meilisearch, type Settings } from 'meilisearch';
import { buildDocuments } from '../../pipeline/documents/build.js';
import { readThesaurus } from '../../pipeline/corpus/thesaurus.js';
import { indexCorpus } from '../../pipeline/index/index-corpus.js';
import { indexSettings, LIVE_INDEX } from '../../../src/search/settings.js';
import { measureLatency, type LatencyRow } from './latency.js';
import { apiMix, directHeaders, directMix } from './mix.js';
import { memoryOf, startNodeApi } from './processes.js';
import type { Judgement } from './relevance.js';
import { startBenchMeili } from './stack.js';
import { syntheticCorpus } from './synthetic.js';

export interface VariantResult {
  name: string;
  change: string;
  documents: number;
  indexMs: number;
  diskMiB: number;
  /** Meilisearch direct, 1 connection. */
  p50: number;
  p99: number;
}

export interface ScaleResult {
  documents: number;
  indexMs: number;
  /** The engine's data folder after indexing (blocks in use), MiB. */
  diskMiB: number;
  latency: LatencyRow[];
  meiliMemory: { rssMiB: number; peakMiB: number };
  apiMemory: { rssMiB: number; peakMiB: number };
  variants: VariantResult[];
}

/**
 * The settings issue 17 names, one switched at a time from ours. `filterableAttributes` keeps
 * `id`: one hit per provision (distinct) needs it.
 */
const VARIANTS: { name: string; change: string; settings: (ours: Settings) => Settings }[] = [
  { name: 'as configured', change: 'src/search/settings.ts', settings: (s) => s },
  { name: 'searchable attributes off', change: 'searchableAttributes ["*"] (every field, in document order)', settings: (s) => ({ ...s, searchableAttributes: ['*'] }) },
  { name: 'filterable attributes off', change: 'filterableAttributes ["id"] (no filters, no facets)', settings: (s) => ({ ...s, filterableAttributes: ['id'] }) },
  { name: 'proximity by attribute', change: 'proximityPrecision "byAttribute" (default "byWord")', settings: (s) => ({ ...s, proximityPrecision: 'byAttribute' }) },
  { name: 'facet search off', change: 'facetSearch false (default true)', settings: (s) => ({ ...s, facetSearch: false }) },
];

/** Disk blocks in use under a folder (LMDB files are sparse: their length is not their size). */
function diskMiB(dir: string): number {
  let bytes = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) bytes += statSync(join(e.parentPath, e.name)).blocks * 512;
  }
  return bytes / 2 ** 20;
}

/** Logs an index run's lines at most every 15 s (a large corpus sends hundreds of batches). */
function throttled(log: (line: string) => void): (line: string) => void {
  let last = 0;
  return (line) => {
    if (Date.now() - last > 15_000) {
      last = Date.now();
      log(`  ${line}`);
    }
  };
}

export async function measureScale(
  n: number,
  variantDocs: number,
  set: readonly Judgement[],
  concurrencies: readonly number[],
  seconds: number,
  log: (line: string) => void,
): Promise<ScaleResult> {
  const real = await buildDocuments();
  const docs = syntheticCorpus(real, n);
  log(`synthetic corpus: ${docs.length} documents`);
  const meili = await startBenchMeili('scale');
  try {
    const empty = diskMiB(meili.dataDir);
    const report = await indexCorpus({ url: meili.url, adminKey: meili.adminKey, documents: docs, log: throttled(log) });
    const disk = diskMiB(meili.dataDir) - empty;
    log(`indexed ${docs.length} documents in ${(report.ms / 1000).toFixed(1)} s, ${disk.toFixed(0)} MiB on disk`);
    const api = await startNodeApi(meili);
    let latency: LatencyRow[];
    let apiMemory: ScaleResult['apiMemory'];
    try {
      latency = await measureLatency(
        [
          { name: 'API (Node)', baseUrl: api.url, mix: apiMix(set) },
          { name: 'Meilisearch direct', baseUrl: meili.url, mix: directMix(set, LIVE_INDEX), headers: directHeaders(meili.searchKey) },
        ],
        concurrencies,
        seconds,
        log,
      );
      apiMemory = memoryOf(api.pid);
    } finally {
      await api.stop();
    }
    const meiliMemory = memoryOf(meili.pid);

    const variants: VariantResult[] = [];
    const variantCorpus = variantDocs === docs.length ? docs : syntheticCorpus(real, variantDocs);
    const ours = indexSettings(readThesaurus());
    const admin = new Meilisearch({ host: meili.url, apiKey: meili.adminKey });
    for (const [i, v] of VARIANTS.entries()) {
      if (i === 0 && variantCorpus === docs) {
        const direct = latency.find((r) => r.target === 'Meilisearch direct' && r.result.connections === 1)!.result;
        variants.push({ name: v.name, change: v.change, documents: docs.length, indexMs: report.ms, diskMiB: disk, p50: direct.p50, p99: direct.p99 });
        continue;
      }
      const index = `variant${i}`;
      const before = diskMiB(meili.dataDir);
      const run = await indexCorpus({ url: meili.url, adminKey: meili.adminKey, indexName: index, documents: variantCorpus, settings: v.settings(ours), log: throttled(log) });
      const variantDisk = diskMiB(meili.dataDir) - before;
      const [row] = await measureLatency(
        [{ name: v.name, baseUrl: meili.url, mix: directMix(set, index), headers: directHeaders(meili.searchKey) }],
        [1],
        seconds,
        log,
      );
      variants.push({ name: v.name, change: v.change, documents: variantCorpus.length, indexMs: run.ms, diskMiB: variantDisk, p50: row!.result.p50, p99: row!.result.p99 });
      log(`settings variant "${v.name}": index ${(run.ms / 1000).toFixed(1)} s, ${variantDisk.toFixed(0)} MiB, p50 ${row!.result.p50.toFixed(1)} ms, p99 ${row!.result.p99.toFixed(1)} ms`);
      const family = (await admin.getIndexes({ limit: 1000 })).results.map((x) => x.uid).filter((uid) => uid === index || uid.startsWith(`${index}-`));
      for (const uid of family) await admin.deleteIndex(uid).waitTask({ timeout: 600_000 });
    }
    return { documents: docs.length, indexMs: report.ms, diskMiB: disk, latency, meiliMemory, apiMemory, variants };
  } finally {
    await meili.stop();
  }
}
