/**
 * Corpus → Meilisearch, never half-built: documents are built and validated first, loaded into a
 * fresh index `<live>-<timestamp>` with the settings from src/search/settings.ts, every task is
 * awaited and checked, and only then is the fresh index swapped into the live name in one atomic
 * step. Readers of the live index see the old contents until the swap, the new ones after.
 * One indexer at a time per live index (leftovers of crashed runs are removed at start).
 */
import { Meilisearch, MeilisearchApiError, type EnqueuedTaskPromise, type Task } from 'meilisearch';
import type { ProvisionDoc } from '../../src/schema/document.js';
import { INDEX_SETTINGS, LIVE_INDEX } from '../../src/search/settings.js';
import { buildDocuments } from '../build/documents.js';

export interface IndexOptions {
  url: string;
  adminKey: string;
  indexName?: string;
  /** Corpus folder; ignored when `documents` is given. */
  root?: string;
  documents?: ProvisionDoc[];
  log?: (line: string) => void;
}

export interface IndexReport {
  live: string;
  built: string;
  documents: number;
  replaced: boolean;
  ms: number;
}

const BATCH = 500;
const TASK_TIMEOUT_MS = 300_000;

/** Waits for a task and fails loudly unless it succeeded. */
async function settle(what: string, pending: EnqueuedTaskPromise): Promise<Task> {
  const task = await pending.waitTask({ timeout: TASK_TIMEOUT_MS, interval: 50 });
  if (task.status !== 'succeeded') {
    throw new Error(`Meilisearch task ${task.uid} (${what}) ${task.status}: ${task.error?.message ?? 'no error given'}`);
  }
  return task;
}

async function exists(client: Meilisearch, uid: string): Promise<boolean> {
  try {
    await client.getIndex(uid);
    return true;
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return false;
    throw error;
  }
}

const stamp = (): string => new Date().toISOString().replace(/\D/g, '');

export async function indexCorpus(options: IndexOptions): Promise<IndexReport> {
  const started = Date.now();
  const log = options.log ?? ((line: string) => console.log(line));
  const live = options.indexName ?? LIVE_INDEX;

  // Build and validate everything before touching the engine: a bad corpus changes nothing.
  const docs = options.documents ?? (await buildDocuments(options.root));
  log(`built ${docs.length} documents`);

  const client = new Meilisearch({ host: options.url, apiKey: options.adminKey });
  const leftovers = (await client.getIndexes({ limit: 1000 })).results
    .map((i) => i.uid)
    .filter((uid) => new RegExp(`^${live}-\\d+$`).test(uid));
  for (const uid of leftovers) {
    await settle(`delete leftover ${uid}`, client.deleteIndex(uid));
    log(`removed leftover index ${uid}`);
  }

  const built = `${live}-${stamp()}`;
  try {
    await settle(`create ${built}`, client.createIndex(built, { primaryKey: 'key' }));
    const index = client.index<ProvisionDoc>(built);
    await settle(`settings of ${built}`, index.updateSettings(INDEX_SETTINGS));
    log(`created ${built} with settings`);
    for (let i = 0; i < docs.length; i += BATCH) {
      await settle(`documents ${i}+ into ${built}`, index.addDocuments(docs.slice(i, i + BATCH), { primaryKey: 'key' }));
      log(`added ${Math.min(i + BATCH, docs.length)}/${docs.length} documents`);
    }
    const stats = await index.getStats();
    if (stats.numberOfDocuments !== docs.length) {
      throw new Error(`${built} holds ${stats.numberOfDocuments} documents, expected ${docs.length}`);
    }
  } catch (error) {
    await client.deleteIndex(built).waitTask().catch(() => undefined);
    throw error;
  }

  const replaced = await exists(client, live);
  // First run: rename the fresh index to the live name. Later runs: swap the two, so the fresh
  // contents take the live name atomically and the old contents take the fresh name.
  await settle(`swap ${built} into ${live}`, client.swapIndexes([{ indexes: [built, live], rename: !replaced }]));
  if (replaced) await settle(`delete old ${built}`, client.deleteIndex(built));
  const ms = Date.now() - started;
  log(`${live} now serves ${docs.length} documents (${replaced ? 'swapped' : 'first build'}, ${ms} ms)`);
  return { live, built, documents: docs.length, replaced, ms };
}
