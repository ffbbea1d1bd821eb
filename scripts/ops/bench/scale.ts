/**
 * Scale: the synthetic corpus (scripts/ops/bench/synthetic.ts) in a Meilisearch of its own, with
 * the live index's settings, served by its own API process. The documents are streamed in, and
 * at each size on the way (10,000, 100,000, 1,000,000, ... and the full size) the run pauses to
 * measure: index time so far, disk, resident memory, and search at 1 connection through the API
 * and straight; at the full size also at more connections. Then the settings that matter
 * switched one at a time (each variant a full index of its own at `variantDocs`, queried straight
 * at 1 connection, deleted after). The synthetic indexes are deleted with their server at the end.
 *
 * Streamed, not built as one array and handed to the index library: a million documents of ~6 KB
 * do not fit a Node heap as one array (nor as the library's hashed copy). Node holds the batch it
 * is building and the one it is uploading; one upload at a time (concurrent multi-MB uploads
 * outran the engine's request timeout, EPIPE) and a bounded number of tasks queued in the engine.
 * No swap and no standby: the throwaway server has no readers while it fills.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Meilisearch, type EnqueuedTaskPromise, type Settings } from 'meilisearch';
import { buildDocuments } from '../../pipeline/documents/build.js';
import { readThesaurus } from '../../pipeline/corpus/thesaurus.js';
import { BUILD_KEY, buildIndexName, type BuildRecord } from '../../../src/search/build.js';
import { DEFAULT_BUILD_TTL_MS } from '../../../src/search/client.js';
import { connectionOptions } from '../../../src/search/connection.js';
import { corpusPosition, indexSettings, LIVE_INDEX, POSITION_FIELD } from '../../../src/search/settings.js';
import { WordCounter, wordsIndexName, WORDS_SETTINGS } from '../../../src/search/words.js';
import type { ProvisionDoc } from '../../../src/schema/document.js';
import { measureCpuPerRequest } from './cpu.js';
import { measureLatency, type LatencyRow } from './latency.js';
import { apiMix, directHeaders, directMix, mixVocabulary } from './mix.js';
import { memoryOf, startNodeApi } from './processes.js';
import type { Judgement } from './relevance.js';
import { startBenchMeili } from './stack.js';
import { syntheticDocs } from './synthetic.js';

type Memory = { rssMiB: number; peakMiB: number };
/** The requests' own latencies, and wrk's coordinated-omission-corrected p99 (wrk.ts). */
type Percentiles = { p50: number; p99: number; correctedP99: number; requests: number; errors: number };

/** One size on the way to the full corpus. */
export interface SizeRow {
  documents: number;
  /** From the empty index to this size, measuring pauses left out, ms. */
  indexMs: number;
  /** The engine's data folder (blocks in use), MiB. */
  diskMiB: number;
  meiliMemory: Memory;
  apiMemory: Memory;
  /** This bench process: what streaming keeps bounded. */
  benchMemory: Memory;
  /** 1 connection. */
  api: Percentiles;
  direct: Percentiles;
}

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
  sizes: SizeRow[];
  /** At the full size, every connection count. */
  latency: LatencyRow[];
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
  { name: 'proximity by attribute', change: 'proximityPrecision "byAttribute" (ours "byWord")', settings: (s) => ({ ...s, proximityPrecision: 'byAttribute' }) },
  { name: 'facet search on', change: 'facetSearch true (ours false: nothing asks for facet values)', settings: (s) => ({ ...s, facetSearch: true }) },
];

const BATCH = 1_000;
/** Batches queued in the engine and not yet indexed: bounds the engine's task queue on disk. */
const QUEUED = 8;
/** Where the run pauses to measure, below the full size. */
const CHECKPOINTS = [10_000, 100_000, 1_000_000, 10_000_000];

/** The sizes measured for a run of n documents. */
export const scaleSizes = (n: number): number[] => [...CHECKPOINTS.filter((c) => c < n), n];

/** Disk blocks in use under a folder (LMDB files are sparse: their length is not their size). */
function diskMiB(dir: string): number {
  let bytes = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) bytes += statSync(join(e.parentPath, e.name)).blocks * 512;
  }
  return bytes / 2 ** 20;
}

async function succeeded(what: string, pending: EnqueuedTaskPromise): Promise<void> {
  // Large batches on a busy 2-core machine: wait as long as it takes, the run is measured, not judged.
  const task = await pending.waitTask({ timeout: 24 * 3_600_000, interval: 200 });
  if (task.status !== 'succeeded') throw new Error(`${what}: task ${task.uid} ${task.status}: ${task.error?.message ?? 'no error given'}`);
}

/**
 * Fills index `uid` (created with `settings`) with the synthetic documents, calling `pause` at each
 * of `sizes` once every document up to it is indexed; the time spent in `pause` is not counted.
 * With `words`, the words index is counted as the documents stream (src/search/words.ts) and written
 * whole at each size, as the index script builds it with the provisions: counted as index time.
 */
async function streamSynthetic(
  client: Meilisearch,
  uid: string,
  settings: Settings,
  real: readonly ProvisionDoc[],
  sizes: readonly number[],
  pause: (documents: number, indexMs: number) => Promise<void>,
  log: (line: string) => void,
  words?: WordCounter,
): Promise<void> {
  let counted = 0;
  let since = Date.now();
  const elapsed = () => counted + (Date.now() - since);
  await succeeded(`create ${uid}`, client.createIndex(uid, { primaryKey: 'key' }));
  const index = client.index(uid);
  await succeeded(`settings of ${uid}`, index.updateSettings(settings));
  if (words) {
    await succeeded(`create ${wordsIndexName(uid)}`, client.createIndex(wordsIndexName(uid), { primaryKey: 'key' }));
    await succeeded(`settings of ${wordsIndexName(uid)}`, client.index(wordsIndexName(uid)).updateSettings(WORDS_SETTINGS));
  }
  const queued: Promise<void>[] = [];
  // A failed task is thrown where it is awaited, in order; until then it must not go unhandled.
  const watch = (p: Promise<void>) => {
    p.catch(() => undefined);
    return p;
  };
  let batch: Record<string, unknown>[] = [];
  let sent = 0;
  let lastLog = Date.now();
  const send = async () => {
    const pending = index.addDocuments(batch, { primaryKey: 'key' });
    await pending;
    queued.push(watch(succeeded(`documents ${sent}+ into ${uid}`, pending)));
    sent += batch.length;
    batch = [];
    if (queued.length >= QUEUED) await queued.shift();
    if (Date.now() - lastLog > 30_000) {
      lastLog = Date.now();
      log(`  ${uid}: ${sent.toLocaleString('en')} sent, ${(elapsed() / 1000).toFixed(0)} s`);
    }
  };
  const last = sizes.at(-1)!;
  let next = 0;
  let i = 0;
  for (const doc of syntheticDocs(real, last)) {
    batch.push({ ...doc, [POSITION_FIELD]: corpusPosition(doc) });
    words?.add(doc);
    i++;
    if (batch.length === BATCH || i === sizes[next]) await send();
    if (i === sizes[next]) {
      for (const q of queued.splice(0)) await q;
      const stats = await index.getStats();
      if (stats.numberOfDocuments !== i) throw new Error(`${uid} holds ${stats.numberOfDocuments} documents, expected ${i}`);
      // The vocabulary only grows: every word written again, none to delete.
      if (words) await succeeded(`words of ${uid}`, client.index(wordsIndexName(uid)).addDocuments(words.docs(), { primaryKey: 'key' }));
      counted = elapsed();
      await pause(i, counted);
      since = Date.now();
      next++;
    }
  }
}

const percentiles = (row: LatencyRow | undefined): Percentiles =>
  row
    ? { p50: row.result.p50, p99: row.result.p99, correctedP99: row.result.corrected.p99, requests: row.result.requests, errors: row.result.errors }
    : { p50: NaN, p99: NaN, correctedP99: NaN, requests: 0, errors: 0 };

export async function measureScale(
  n: number,
  variantDocs: number,
  set: readonly Judgement[],
  concurrencies: readonly number[],
  seconds: number,
  log: (line: string) => void,
): Promise<ScaleResult> {
  const real = await buildDocuments();
  const sizes = scaleSizes(n);
  log(`synthetic corpus: ${n.toLocaleString('en')} documents streamed in batches of ${BATCH.toLocaleString('en')}, measured at ${sizes.map((s) => s.toLocaleString('en')).join(', ')}`);
  const meili = await startBenchMeili('scale');
  try {
    const admin = new Meilisearch({ host: meili.url, apiKey: meili.adminKey, ...connectionOptions(meili.url) });
    // A build record as the index script writes one, so the API serves as it does in production (ETag,
    // cache keys), and a new one at each size, as a reindex writes: the API reads what it keeps per
    // build (the offence catalogue, the words' counts) again, not the smaller index's.
    const record = (documents: number): Promise<void> => {
      const r: BuildRecord = { key: BUILD_KEY, build: `synthetic-${documents}-of-${n}`, digests: {}, built_at: new Date().toISOString() };
      return succeeded('build record', admin.index(buildIndexName(LIVE_INDEX)).addDocuments([r], { primaryKey: 'key' }));
    };
    await record(0);
    const empty = diskMiB(meili.dataDir);
    const ours = indexSettings(readThesaurus());
    const api = await startNodeApi(meili);
    const rows: SizeRow[] = [];
    let latency: LatencyRow[] = [];
    try {
      await streamSynthetic(admin, LIVE_INDEX, ours, real, sizes, async (documents, indexMs) => {
        await record(documents);
        // Once the API has seen the new build id, one pass of the mix through it, one request at a time:
        // the new build's offence catalogue and words' counts are read in the background as its first
        // searches arrive (a production API reads them once per build, not under this load), and the
        // pass lets those reads finish before anything is measured.
        await new Promise((r) => setTimeout(r, DEFAULT_BUILD_TTL_MS + 500));
        // cpu.ts's replay (one request at a time, every answer a 200), no process counted.
        const warm = await measureCpuPerRequest(api.url, {}, apiMix(set).map((r) => r.path));
        log(`  warm pass through the API after the new build id: ${((warm.wallMs * warm.requests) / 1000).toFixed(1)} s`);
        // The direct request is the API's first round trip, which the words' counts shape.
        const targets = [
          { name: 'API (Node)', baseUrl: api.url, mix: apiMix(set) },
          { name: 'Meilisearch direct', baseUrl: meili.url, mix: directMix(set, LIVE_INDEX, await mixVocabulary(meili)), headers: directHeaders(meili.searchKey) },
        ];
        const disk = diskMiB(meili.dataDir) - empty;
        const meiliMemory = memoryOf(meili.pid);
        log(`${documents.toLocaleString('en')} documents: indexed in ${(indexMs / 1000).toFixed(1)} s, ${disk.toFixed(0)} MiB on disk, Meilisearch RSS ${meiliMemory.rssMiB.toFixed(0)} MiB (peak ${meiliMemory.peakMiB.toFixed(0)})`);
        const measured = await measureLatency(targets, documents === n ? concurrencies : [1], seconds, log);
        if (documents === n) latency = measured;
        const at1 = (target: string) => measured.find((r) => r.target === target && r.result.connections === 1);
        rows.push({ documents, indexMs, diskMiB: disk, meiliMemory, apiMemory: memoryOf(api.pid), benchMemory: memoryOf(process.pid), api: percentiles(at1('API (Node)')), direct: percentiles(at1('Meilisearch direct')) });
      }, log, new WordCounter());
    } finally {
      await api.stop();
    }

    const variants: VariantResult[] = [];
    for (const [i, v] of VARIANTS.entries()) {
      const same = i === 0 ? rows.find((r) => r.documents === variantDocs) : undefined;
      if (same) {
        variants.push({ name: v.name, change: v.change, documents: same.documents, indexMs: same.indexMs, diskMiB: same.diskMiB, p50: same.direct.p50, p99: same.direct.p99 });
        continue;
      }
      const uid = `variant${i}`;
      const before = diskMiB(meili.dataDir);
      let result: VariantResult | undefined;
      await streamSynthetic(admin, uid, v.settings(ours), real, [variantDocs], async (documents, indexMs) => {
        const disk = diskMiB(meili.dataDir) - before;
        const [row] = await measureLatency([{ name: v.name, baseUrl: meili.url, mix: directMix(set, uid), headers: directHeaders(meili.searchKey) }], [1], seconds, log);
        result = { name: v.name, change: v.change, documents, indexMs, diskMiB: disk, p50: row!.result.p50, p99: row!.result.p99 };
      }, log);
      variants.push(result!);
      log(`settings variant "${v.name}": index ${(result!.indexMs / 1000).toFixed(1)} s, ${result!.diskMiB.toFixed(0)} MiB, p50 ${result!.p50.toFixed(1)} ms, p99 ${result!.p99.toFixed(1)} ms`);
      await succeeded(`delete ${uid}`, admin.deleteIndex(uid));
    }
    return { documents: n, sizes: rows, latency, variants };
  } finally {
    await meili.stop();
  }
}
