/**
 * Scale: the synthetic corpus (scripts/ops/bench/synthetic.ts) in a Meilisearch of its own, with
 * the live index's settings, served by its own API process. Measures index time, disk, query
 * latency for the same mix through the API and straight, and resident memory of both processes.
 * The synthetic index is deleted with its server at the end.
 *
 * The documents are streamed (generated batch by batch, a bounded number of batches in flight)
 * rather than handed to the index library as one array: at 1,000,000 documents of ~6 KB the
 * array alone would outgrow a Node heap. There is no swap: the throwaway server has no readers.
 */
import { execFileSync } from 'node:child_process';
import { Meilisearch, type EnqueuedTaskPromise } from 'meilisearch';
import { buildDocuments } from '../../pipeline/documents/build.js';
import { readThesaurus } from '../../pipeline/corpus/thesaurus.js';
import { connectionOptions } from '../../../src/search/connection.js';
import { indexSettings, LIVE_INDEX } from '../../../src/search/settings.js';
import { measureLatency, type LatencyRow } from './latency.js';
import { apiMix, directHeaders, directMix } from './mix.js';
import { memoryOf, startNodeApi } from './processes.js';
import type { Judgement } from './relevance.js';
import { startBenchMeili } from './stack.js';
import { syntheticDocs } from './synthetic.js';

export interface ScaleResult {
  documents: number;
  indexMs: number;
  /** Size of the server's data folder after indexing (du, MiB). */
  diskMiB: number;
  latency: LatencyRow[];
  meiliMemory: { rssMiB: number; peakMiB: number };
  apiMemory: { rssMiB: number; peakMiB: number };
}

const BATCH = 1_000;
/** Batches enqueued but not yet processed: bounds what Node holds while Meilisearch works. */
const IN_FLIGHT = 8;

async function succeeded(what: string, pending: EnqueuedTaskPromise): Promise<void> {
  // Large batches on a busy 2-core machine: wait as long as it takes, the run is measured, not judged.
  const task = await pending.waitTask({ timeout: 24 * 3_600_000, interval: 200 });
  if (task.status !== 'succeeded') throw new Error(`${what}: task ${task.uid} ${task.status}: ${task.error?.message ?? ''}`);
}

/** Streams n synthetic documents into a fresh live index with the live settings; returns ms. */
async function loadSynthetic(url: string, adminKey: string, n: number, log: (line: string) => void): Promise<number> {
  const started = Date.now();
  const client = new Meilisearch({ host: url, apiKey: adminKey, ...connectionOptions(url) });
  await succeeded('create index', client.createIndex(LIVE_INDEX, { primaryKey: 'key' }));
  const index = client.index(LIVE_INDEX);
  await succeeded('settings', index.updateSettings(indexSettings(readThesaurus())));
  const inFlight: Promise<void>[] = [];
  let batch: Record<string, unknown>[] = [];
  let sent = 0;
  let lastLog = Date.now();
  const send = async () => {
    // One upload at a time (concurrent multi-MB uploads got EPIPE); the engine works meanwhile.
    const pending = index.addDocuments(batch, { primaryKey: 'key' });
    await pending;
    inFlight.push(succeeded(`documents ${sent}+`, pending));
    sent += batch.length;
    batch = [];
    if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
    if (Date.now() - lastLog > 30_000) {
      lastLog = Date.now();
      log(`  ${sent.toLocaleString('en')}/${n.toLocaleString('en')} sent, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  };
  for (const doc of syntheticDocs(await buildDocuments(), n)) {
    batch.push(doc as unknown as Record<string, unknown>);
    if (batch.length === BATCH) await send();
  }
  if (batch.length) await send();
  await Promise.all(inFlight);
  const stats = await index.getStats();
  if (stats.numberOfDocuments !== n) throw new Error(`the synthetic index holds ${stats.numberOfDocuments} documents, expected ${n}`);
  return Date.now() - started;
}

function diskMiB(folder: string): number {
  return Number(execFileSync('du', ['-sk', folder], { encoding: 'utf8' }).split(/\s/)[0]) / 1024;
}

export async function measureScale(
  n: number,
  set: readonly Judgement[],
  concurrencies: readonly number[],
  seconds: number,
  log: (line: string) => void,
): Promise<ScaleResult> {
  log(`synthetic corpus: ${n.toLocaleString('en')} documents, streamed in batches of ${BATCH.toLocaleString('en')}`);
  const meili = await startBenchMeili('scale');
  try {
    const indexMs = await loadSynthetic(meili.url, meili.adminKey, n, log);
    const disk = diskMiB(meili.dataDir);
    log(`indexed in ${(indexMs / 1000).toFixed(0)} s, data folder ${disk.toFixed(0)} MiB`);
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
      return { documents: n, indexMs, diskMiB: disk, latency, meiliMemory: memoryOf(meili.pid), apiMemory: memoryOf(api.pid) };
    } finally {
      await api.stop();
    }
  } finally {
    await meili.stop();
  }
}
