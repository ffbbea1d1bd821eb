/**
 * Corpus → Meilisearch, never half-built: documents are built and validated first, loaded into
 * fresh indexes `<live>-<timestamp>` with settings kept in code, every task is awaited and
 * checked, and only then are all fresh indexes swapped into their live names in ONE swapIndexes
 * call (atomic across pairs), so readers see the old contents until the swap, the new after, and
 * companion indexes (e.g. `relations`) always come from the same build as `provisions`.
 * One indexer at a time per live index (leftovers of crashed runs are removed at start).
 */
import { Meilisearch, MeilisearchApiError, type EnqueuedTaskPromise, type Settings, type Task } from 'meilisearch';
import { connectionOptions } from '../../../src/search/connection.js';
import { INDEX_SETTINGS, LIVE_INDEX } from '../../../src/search/settings.js';
import { RELATIONS_INDEX, RELATION_SETTINGS } from '../../../src/search/relations.js';
import { buildIndexes } from '../documents/build.js';

/** One index to build: its live name, documents (with a string `primaryKey` field) and settings. */
export interface IndexSpec {
  live: string;
  primaryKey: string;
  settings: Settings;
  documents: readonly Record<string, unknown>[];
}

export interface IndexOptions {
  url: string;
  adminKey: string;
  /** Live name of the provisions index (default `provisions`). */
  indexName?: string;
  /** Corpus folder; ignored when `documents` is given. */
  root?: string;
  /** Provision documents to index instead of the corpus (then no `relations` unless in `companions`). */
  documents?: readonly Record<string, unknown>[];
  /** Indexes built and swapped together with the provisions; from the corpus, `relations` is one. */
  companions?: readonly IndexSpec[];
  /** Live name of the relations index built from the corpus (default `relations`). */
  relationsName?: string;
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

async function removeLeftovers(client: Meilisearch, live: string, log: (line: string) => void): Promise<void> {
  const leftover = new RegExp(`^${live}-\\d+$`);
  const uids = (await client.getIndexes({ limit: 1000 })).results.map((i) => i.uid).filter((uid) => leftover.test(uid));
  for (const uid of uids) {
    await settle(`delete leftover ${uid}`, client.deleteIndex(uid));
    log(`removed leftover index ${uid}`);
  }
}

/** Creates `built`, applies the settings, adds the documents and checks the count. */
async function fill(client: Meilisearch, built: string, spec: IndexSpec, log: (line: string) => void): Promise<void> {
  await settle(`create ${built}`, client.createIndex(built, { primaryKey: spec.primaryKey }));
  const index = client.index(built);
  await settle(`settings of ${built}`, index.updateSettings(spec.settings));
  log(`created ${built} with settings`);
  const docs = spec.documents as Record<string, unknown>[];
  for (let i = 0; i < docs.length; i += BATCH) {
    await settle(`documents ${i}+ into ${built}`, index.addDocuments(docs.slice(i, i + BATCH), { primaryKey: spec.primaryKey }));
    log(`added ${Math.min(i + BATCH, docs.length)}/${docs.length} documents to ${built}`);
  }
  const stats = await index.getStats();
  if (stats.numberOfDocuments !== docs.length) {
    throw new Error(`${built} holds ${stats.numberOfDocuments} documents, expected ${docs.length}`);
  }
}

export async function indexCorpus(options: IndexOptions): Promise<IndexReport> {
  const started = Date.now();
  const log = options.log ?? ((line: string) => console.log(line));
  const live = options.indexName ?? LIVE_INDEX;

  // Build and validate everything before touching the engine: a bad corpus changes nothing.
  const built = options.documents ? undefined : await buildIndexes(options.root);
  const documents = options.documents ?? built!.provisions;
  log(`built ${documents.length} documents${built ? ` and ${built.relations.length} relation records` : ''}`);
  const relations: IndexSpec[] = built
    ? [{ live: options.relationsName ?? RELATIONS_INDEX, primaryKey: 'key', settings: RELATION_SETTINGS, documents: built.relations as unknown as Record<string, unknown>[] }]
    : [];
  const specs: IndexSpec[] = [
    { live, primaryKey: 'key', settings: INDEX_SETTINGS, documents },
    ...relations,
    ...(options.companions ?? []),
  ];

  const client = new Meilisearch({ host: options.url, apiKey: options.adminKey, ...connectionOptions(options.url) });
  for (const spec of specs) await removeLeftovers(client, spec.live, log);

  const at = stamp();
  const builds = specs.map((spec) => ({ spec, built: `${spec.live}-${at}` }));
  try {
    for (const { spec, built } of builds) await fill(client, built, spec, log);
  } catch (error) {
    for (const { built } of builds) await client.deleteIndex(built).waitTask().catch(() => undefined);
    throw error;
  }

  // First run of an index: rename the fresh one to the live name. Later runs: swap the two, so
  // the fresh contents take the live name and the old contents the fresh name (then deleted).
  const replaced = await Promise.all(builds.map(({ spec }) => exists(client, spec.live)));
  const swaps = builds.map(({ spec, built }, i) => ({ indexes: [built, spec.live] as [string, string], rename: !replaced[i] }));
  await settle(`swap ${builds.map((b) => `${b.built} into ${b.spec.live}`).join(', ')}`, client.swapIndexes(swaps));
  for (const [i, { built }] of builds.entries()) {
    if (replaced[i]) await settle(`delete old ${built}`, client.deleteIndex(built));
  }
  const ms = Date.now() - started;
  log(`${specs.map((s) => `${s.live} (${s.documents.length})`).join(', ')} now served (${replaced[0] ? 'swapped' : 'first build'}, ${ms} ms)`);
  return { live, built: builds[0]!.built, documents: documents.length, replaced: replaced[0]!, ms };
}
