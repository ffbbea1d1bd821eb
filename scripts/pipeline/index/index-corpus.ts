/**
 * Corpus → Meilisearch, incremental and never half-built. Documents are built and validated
 * first; each carries `content_hash` (SHA-256 of its JSON). Every live index `<live>` has a
 * standby `<live>-standby` holding the contents it had before the last swap. A run:
 *
 *  1. reads the live build record (`<live>-build`, src/search/build.ts): if every index's digest
 *     (settings + document hashes) is what this run would build, nothing is touched;
 *  2. brings each standby to the new contents: it reads the standby's keys and hashes, sends only
 *     documents that are new or changed, deletes those that vanished, and sends the settings only
 *     when they differ from the live index's (a fresh standby, or `full`, gets everything): a
 *     settings task can take seconds on a busy engine, a one-document task milliseconds. The
 *     standbys are prepared side by side; within one, uploads go a few at a time, each task is
 *     awaited and checked, and the document count verified;
 *  3. swaps every standby with its live index, the build record's included, in ONE swapIndexes
 *     call (atomic across pairs): readers see the old contents until then, the new after, and
 *     `relations` always comes from the same build as `provisions`. The old contents become the
 *     standbys, the base of the next run's difference.
 *
 * The cost is twice the disk of the live indexes. One indexer at a time per live index.
 */
import { hash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { Meilisearch, MeilisearchApiError, type EnqueuedTaskPromise, type Settings, type Task } from 'meilisearch';
import { connectionOptions } from '../../../src/search/connection.js';
import { BUILD_KEY, BUILD_SETTINGS, buildIndexName, type BuildRecord } from '../../../src/search/build.js';
import { corpusPosition, indexSettings, LIVE_INDEX, POSITION_FIELD } from '../../../src/search/settings.js';
import { readThesaurus } from '../corpus/thesaurus.js';
import { RELATIONS_INDEX, RELATION_SETTINGS } from '../../../src/search/relations.js';
import { WordCounter, WordTally, wordsIndexName, WORDS_SETTINGS, type WordDoc } from '../../../src/search/words.js';
import { BuildMemo, buildIndexes } from '../documents/build.js';
import type { ParsedFiles } from '../corpus/parsed-cache.js';

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
  /** Corpus files as read last time (scripts/pipeline/corpus/parsed-cache.ts): only changed files are parsed. */
  parsed?: ParsedFiles;
  /** What this process's last run built (a long-lived indexer: IndexMemo); with `parsed` carried over from it. */
  memo?: IndexMemo;
  /** Provision documents to index instead of the corpus (then no `relations` unless in `companions`). */
  documents?: readonly Record<string, unknown>[];
  /** Indexes built and swapped together with the provisions; from the corpus, `relations` is one. */
  companions?: readonly IndexSpec[];
  /** Live name of the relations index built from the corpus (default `relations`). */
  relationsName?: string;
  /** Refill every standby from scratch instead of sending differences (`npm run index -- --full`). */
  full?: boolean;
  /** Settings of the provisions index instead of src/search/settings.ts' (the bench's on/off variants). */
  settings?: Settings;
  log?: (line: string) => void;
}

export interface IndexChange {
  live: string;
  /** Keys sent (new or changed documents). */
  sent: string[];
  /** Keys deleted from the standby (vanished documents). */
  deleted: string[];
  /** Whether the settings were sent (fresh standby, or settings not already those wanted). */
  settings: boolean;
}

export interface IndexReport {
  live: string;
  /** The build id now served (unchanged when nothing changed). */
  build: string;
  documents: number;
  /** `full`: standbys filled from scratch; `incremental`: differences sent; `unchanged`: nothing to do. */
  mode: 'full' | 'incremental' | 'unchanged';
  /** Whether a live index existed before (false on a first build: the standby was renamed). */
  replaced: boolean;
  changes: IndexChange[];
  ms: number;
}

/**
 * Documents per upload. The engine takes each upload as a task and, when idle, starts indexing
 * the first one the moment it lands: a corpus split into uploads of 500 was indexed in two
 * passes (500 alone, then 1,137 merged in: 3.6 + 4.4 s) where one pass over the 1,637 takes one
 * (BENCHMARKS.md "Findings", the rebuild). 5,000 documents of this corpus are ~30 MB, well under
 * the engine's 100 MB payload limit.
 */
const BATCH = 5_000;
/** Document uploads in flight at once. */
const UPLOADS = 4;
const READ_PAGE = 10_000;
const TASK_TIMEOUT_MS = 600_000;
export const HASH_FIELD = 'content_hash';

export const standbyName = (live: string): string => `${live}-standby`;

/** One-shot (no Hash object): a run hashes ~10,000 documents, most of them a word's few bytes. */
const sha256 = (text: string): string => hash('sha256', text, 'hex');

/** The document with its content hash (of everything but the hash itself). */
export function withHash(doc: Record<string, unknown>): Record<string, unknown> {
  const { [HASH_FIELD]: _old, ...content } = doc;
  return { ...content, [HASH_FIELD]: sha256(JSON.stringify(content)) };
}

/** What a live index holds: its settings and every document's hash, order-independent. */
const digest = (spec: IndexSpec, hashed: readonly Record<string, unknown>[]): string =>
  sha256(JSON.stringify([spec.primaryKey, spec.settings, hashed.map((d) => `${String(d[spec.primaryKey])}:${String(d[HASH_FIELD])}`).sort()]));

const settingsDigest = (settings: Settings): string => sha256(JSON.stringify(settings));

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Waits for a task and fails loudly unless it succeeded. Polled soon at first, then less often
 * (5 ms doubling to 50 ms): a one-document task takes tens of milliseconds, and the client's
 * fixed 50 ms interval left each of a run's sequential waits ~25 ms late on average; an upload
 * of thousands runs for seconds, where 50 ms polls cost the engine nothing.
 */
async function settle(client: Meilisearch, what: string, pending: EnqueuedTaskPromise): Promise<Task> {
  const { taskUid } = await pending;
  const deadline = Date.now() + TASK_TIMEOUT_MS;
  for (let wait = 5; ; wait = Math.min(wait * 2, 50)) {
    const task = await client.tasks.getTask(taskUid);
    if (task.status === 'succeeded') return task;
    if (task.status !== 'enqueued' && task.status !== 'processing') {
      throw new Error(`Meilisearch task ${task.uid} (${what}) ${task.status}: ${task.error?.message ?? 'no error given'}`);
    }
    if (Date.now() > deadline) throw new Error(`Meilisearch task ${taskUid} (${what}) still ${task.status} after ${TASK_TIMEOUT_MS / 1000} s`);
    await sleep(wait);
  }
}

/** An index's primary key (null: none yet) and when its contents last changed, as the engine wrote it; undefined: no such index. */
async function indexOf(client: Meilisearch, uid: string): Promise<{ pk: string | null; updatedAt: string } | undefined> {
  try {
    const raw = await client.getRawIndex(uid);
    return { pk: raw.primaryKey ?? null, updatedAt: String(raw.updatedAt) };
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return undefined;
    throw error;
  }
}

const primaryKeyOf = async (client: Meilisearch, uid: string): Promise<string | null | undefined> => (await indexOf(client, uid))?.pk;

/** Indexes of the single-shot builds of earlier versions (`<live>-<timestamp>`), left by a crash. */
async function removeLeftovers(client: Meilisearch, live: string, log: (line: string) => void): Promise<void> {
  const leftover = new RegExp(`^${live}-\\d+$`);
  const uids = (await client.getIndexes({ limit: 1000 })).results.map((i) => i.uid).filter((uid) => leftover.test(uid));
  for (const uid of uids) {
    await settle(client, `delete leftover ${uid}`, client.deleteIndex(uid));
    log(`removed leftover index ${uid}`);
  }
}

/** Key → content hash of every document in an index (admin key: reads documents). */
async function storedHashes(client: Meilisearch, uid: string, primaryKey: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let offset = 0; ; offset += READ_PAGE) {
    const page = await client.index(uid).getDocuments<Record<string, unknown>>({ fields: [primaryKey, HASH_FIELD], limit: READ_PAGE, offset });
    for (const d of page.results) out.set(String(d[primaryKey]), String(d[HASH_FIELD] ?? ''));
    if (page.results.length < READ_PAGE) return out;
  }
}

async function readBuild(client: Meilisearch, uid: string): Promise<BuildRecord | undefined> {
  try {
    return await client.index(uid).getDocument<BuildRecord>(BUILD_KEY);
  } catch (error) {
    if (error instanceof MeilisearchApiError && ['index_not_found', 'document_not_found'].includes(error.cause?.code ?? '')) return undefined;
    throw error;
  }
}

/**
 * Whether a kept standby already has the wanted settings: the live index was built with them (its
 * build record says so) and the engine reports the standby's settings equal to the live index's.
 * Asking the engine, rather than trusting a record, covers a standby changed by a crashed run.
 */
async function settingsInPlace(client: Meilisearch, spec: IndexSpec, liveHasThem: boolean): Promise<boolean> {
  if (!liveHasThem) return false;
  const [standby, live] = await Promise.all([client.index(standbyName(spec.live)).getSettings(), client.index(spec.live).getSettings()]);
  return isDeepStrictEqual(standby, live);
}

/** What a standby holds: its primary key (undefined: no such index) and, when it is kept, each document's hash. */
interface StandbyContents {
  pk: string | null | undefined;
  fresh: boolean;
  stored: Map<string, string>;
  /** The engine's `updatedAt` for the standby, read before its hashes. */
  updatedAt?: string;
}

/**
 * Reads a standby's contents (it changes nothing: one indexer at a time per live index). `known`:
 * what a long-lived indexer knows the standby holds, as of the engine's `updatedAt` then; while the
 * engine reports the same, its hashes are not read again (IndexMemo).
 */
async function standbyContents(client: Meilisearch, live: string, key: string, full: boolean, known?: KnownStandby): Promise<StandbyContents> {
  const uid = standbyName(live);
  const index = await indexOf(client, uid);
  const pk = index?.pk;
  const fresh = full || pk === undefined || (pk !== null && pk !== key);
  if (fresh) return { pk, fresh, stored: new Map() };
  const stored = known && known.updatedAt === index?.updatedAt ? new Map(known.hashes) : await storedHashes(client, uid, key);
  return { pk, fresh, stored, updatedAt: index?.updatedAt };
}

/**
 * Brings `<live>-standby` from what it holds to the spec's contents: fresh when missing,
 * mismatched or `full`, else only the differences (settings included: `liveHasSettings` when the
 * live index's build record names the wanted settings). Returns what was sent and deleted.
 */
async function prepareStandby(
  client: Meilisearch,
  spec: IndexSpec,
  docs: readonly Record<string, unknown>[],
  holds: StandbyContents,
  liveHasSettings: boolean,
  log: (line: string) => void,
  refreshed?: PendingTask,
): Promise<IndexChange & { fresh: boolean }> {
  const uid = standbyName(spec.live);
  const key = spec.primaryKey;
  const { fresh, stored } = holds;
  const settingsTask = fresh ? (refreshed ?? (await refreshStandby(client, spec, holds))) : undefined;
  const keepSettings = !fresh && (await settingsInPlace(client, spec, liveHasSettings));
  const wanted = new Set(docs.map((d) => String(d[key])));
  const changed = docs.filter((d) => stored.get(String(d[key])) !== d[HASH_FIELD]);
  const vanished = [...stored.keys()].filter((k) => !wanted.has(k));

  const index = client.index(uid);
  // Enqueued a few requests at a time, the tasks awaited after, in order: the engine batches
  // consecutive tasks of one index. Starting every upload at once (200 of ~3 MB for 100,000
  // documents) outran the engine's request timeout: 408 and EPIPE in the scale bench.
  const pending: [string, EnqueuedTaskPromise][] = [];
  const uploading: Promise<unknown>[] = [];
  const enqueue = async (what: string, task: EnqueuedTaskPromise): Promise<void> => {
    pending.push([what, task]);
    uploading.push(task.catch(() => undefined)); // a failed upload is thrown by settle() below
    if (uploading.length >= UPLOADS) await uploading.shift();
  };
  if (settingsTask) pending.push(settingsTask);
  else if (!keepSettings) pending.push(await settingsSent(client, spec));
  if (vanished.length) await enqueue(`delete ${vanished.length} vanished from ${uid}`, index.deleteDocuments(vanished));
  for (let i = 0; i < changed.length; i += BATCH) {
    await enqueue(`documents ${i}+ into ${uid}`, index.addDocuments(changed.slice(i, i + BATCH) as Record<string, unknown>[], { primaryKey: key }));
  }
  for (const [what, task] of pending) await settle(client, what, task);
  const stats = await index.getStats();
  if (stats.numberOfDocuments !== docs.length) {
    throw new Error(`${uid} holds ${stats.numberOfDocuments} documents, expected ${docs.length}`);
  }
  log(`${uid}: ${fresh ? 'filled' : 'updated'}, ${changed.length} sent, ${vanished.length} deleted, settings ${keepSettings ? 'unchanged' : 'sent'}`);
  return { live: spec.live, sent: changed.map((d) => String(d[key])), deleted: vanished, settings: !keepSettings, fresh };
}

type PendingTask = [string, EnqueuedTaskPromise];
/** An index without its documents. */
type IndexShape = Omit<IndexSpec, 'documents'>;

/**
 * The settings task of a standby, returned once the engine has enqueued it: uploads race each
 * other, and documents that reach a fresh index before its settings are indexed under the
 * default settings, then all again under these.
 */
async function settingsSent(client: Meilisearch, spec: IndexShape): Promise<PendingTask> {
  const task = client.index(standbyName(spec.live)).updateSettings(spec.settings);
  await task.catch(() => undefined); // a failed request is thrown when the task is settled
  return [`settings of ${standbyName(spec.live)}`, task];
}

/** A standby emptied for a refill: deleted if it exists, created, its settings enqueued. */
async function refreshStandby(client: Meilisearch, spec: IndexShape, holds: StandbyContents): Promise<PendingTask> {
  const uid = standbyName(spec.live);
  if (holds.pk !== undefined) await settle(client, `delete ${uid}`, client.deleteIndex(uid));
  await settle(client, `create ${uid}`, client.createIndex(uid, { primaryKey: spec.primaryKey }));
  return settingsSent(client, spec);
}

/**
 * What a long-lived indexer (`npm start -- --watch`) keeps between runs, so a run after a
 * one-section correction does the work of that section: the build's (BuildMemo), and by document
 * object (a document the build reused is the very object of last run) its positioned and hashed
 * form; and the words index's counts (WordTally), whose untouched word documents keep their
 * hashes too. Runs through it send exactly what runs without it send
 * (test/pipeline/index/held-index.test.ts).
 */
export class IndexMemo {
  readonly build = new BuildMemo();
  readonly #hashed = new WeakMap<object, Record<string, unknown>>();
  readonly words = new WordTally();
  /** The build the live indexes held after this process's last run, and its indexes' contents (key → hash). */
  last?: { build: string; contents: ReadonlyMap<string, ReadonlyMap<string, string>> };
  /** What each standby holds, known from this process's last run (remember, rememberServed). */
  standbys = new Map<string, KnownStandby>();

  /** `withHash(make())`, kept for `doc`. */
  hashed(doc: object, make: () => Record<string, unknown>): Record<string, unknown> {
    let h = this.#hashed.get(doc);
    if (!h) this.#hashed.set(doc, (h = withHash(make())));
    return h;
  }
}

/** A standby's contents (key → hash) as of the engine's `updatedAt` for it. */
interface KnownStandby {
  updatedAt: string;
  hashes: ReadonlyMap<string, string>;
}

/** Documents counted between two looks at the engine's answers. */
const WORD_SLICE = 100;

/**
 * The words index's documents (src/search/words.ts) of `docs`, counted a slice at a time: between
 * slices the engine's answers are taken (this run's reads, the other standbys' tasks), so the
 * counting fills the waits instead of adding to them.
 */
async function countWords(docs: readonly object[]): Promise<WordDoc[]> {
  const counter = new WordCounter();
  for (let i = 0; i < docs.length; i += WORD_SLICE) {
    await new Promise((next) => setImmediate(next));
    for (const doc of docs.slice(i, i + WORD_SLICE)) counter.add(doc);
  }
  return counter.docs();
}

/** Each index's documents as key → content hash. */
const contentsOf = (specs: readonly IndexShape[], hashed: readonly (readonly Record<string, unknown>[])[]) =>
  new Map(specs.map((spec, i) => [spec.live, new Map(hashed[i]!.map((d) => [String(d[spec.primaryKey]), String(d[HASH_FIELD])]))]));

/**
 * After a swap by a long-lived indexer: each standby now holds what its live index held before.
 * When that was the build this process knew (the live build record said so), its contents are
 * known, so the next run need not read them back; they are kept with the engine's `updatedAt` for
 * the standby read now, and any later change to the standby (another indexer's failed run) changes
 * that and has the hashes read again. Otherwise nothing is known of the standbys.
 */
async function remember(
  client: Meilisearch,
  memo: IndexMemo,
  before: string | undefined,
  build: string,
  specs: readonly IndexSpec[],
  hashed: readonly (readonly Record<string, unknown>[])[],
): Promise<void> {
  const previous = memo.last?.build === before ? memo.last?.contents : undefined;
  memo.standbys = new Map();
  if (previous) {
    const updated = await Promise.all(specs.map((spec) => indexOf(client, standbyName(spec.live))));
    specs.forEach((spec, i) => {
      const hashes = previous.get(spec.live);
      const updatedAt = updated[i]?.updatedAt;
      if (hashes && updatedAt) memo.standbys.set(spec.live, { updatedAt, hashes });
    });
  }
  memo.last = { build, contents: contentsOf(specs, hashed) };
}

/**
 * A long-lived indexer's run that found the live indexes holding this build (its start-up run,
 * usually): the live contents are the ones it built (the digests are equal), and the standbys'
 * are what this run read of them, so its first correction runs as quickly as later ones. The
 * build record's index is not among them: its standby is read next time (one document).
 */
async function rememberServed(
  memo: IndexMemo,
  build: string,
  served: { specs: readonly IndexShape[]; hashed: readonly (readonly Record<string, unknown>[])[] },
  standbys: { shapes: readonly IndexShape[]; held: readonly Promise<StandbyContents>[] },
): Promise<void> {
  memo.last = { build, contents: contentsOf(served.specs, served.hashed) };
  memo.standbys = new Map();
  const read = await Promise.allSettled(standbys.held);
  read.forEach((r, i) => {
    if (r.status === 'fulfilled' && !r.value.fresh && r.value.updatedAt) {
      memo.standbys.set(standbys.shapes[i]!.live, { updatedAt: r.value.updatedAt, hashes: r.value.stored });
    }
  });
}

const stamp = (): string => new Date().toISOString().replace(/\D/g, '');

export async function indexCorpus(options: IndexOptions): Promise<IndexReport> {
  const started = Date.now();
  const log = options.log ?? ((line: string) => console.log(line));
  const live = options.indexName ?? LIVE_INDEX;
  const full = options.full ?? false;
  const client = new Meilisearch({ host: options.url, apiKey: options.adminKey, ...connectionOptions(options.url) });
  const buildIndex = buildIndexName(live);
  const fromCorpus = !options.documents;
  // Every index's name, key and settings are known before its documents. The words index
  // (src/search/words.ts) is counted from the provisions sent, whatever they are.
  const words: IndexShape = { live: wordsIndexName(live), primaryKey: 'key', settings: WORDS_SETTINGS };
  const shapes: IndexShape[] = [
    { live, primaryKey: 'key', settings: options.settings ?? indexSettings(readThesaurus()) },
    ...(fromCorpus ? [{ live: options.relationsName ?? RELATIONS_INDEX, primaryKey: 'key', settings: RELATION_SETTINGS }] : []),
    ...(options.companions ?? []),
    words,
    { live: buildIndex, primaryKey: 'key', settings: BUILD_SETTINGS },
  ];
  const names = shapes.map((s) => s.live);
  // What the engine holds is asked for while the documents are built and hashed (CPU here), so a
  // one-section change waits for the longer of the two, not their sum.
  const engineState = Promise.all([readBuild(client, buildIndex), Promise.all(names.map((n) => primaryKeyOf(client, n).then((pk) => pk !== undefined)))]);
  const held = shapes.map((s) => standbyContents(client, s.live, s.primaryKey, full, options.memo?.standbys.get(s.live)));
  // A full rebuild empties its standbys and sends their settings while the corpus is read (the
  // engine idle meanwhile): nothing served changes, and a failed build leaves empty standbys,
  // which the next run fills like any other (it trusts only the hashes a standby holds).
  const refreshed = shapes.map((s, i) => (full ? held[i]!.then((h) => refreshStandby(client, s, h)) : undefined));
  // Not awaited when nothing is to be done; a failed read then has nobody to tell.
  for (const p of [...held, ...refreshed]) p?.catch(() => undefined);

  // Build and validate everything before anything served changes: a bad corpus changes nothing.
  let built: Awaited<ReturnType<typeof buildIndexes>> | undefined;
  try {
    built = fromCorpus ? await buildIndexes(options.root, undefined, options.parsed, options.memo?.build) : undefined;
  } catch (error) {
    // Nothing of this run is still writing when its caller learns that it failed.
    const sent = await Promise.allSettled(refreshed);
    await Promise.allSettled(sent.flatMap((p) => (p.status === 'fulfilled' && p.value ? [settle(client, ...p.value)] : [])));
    throw error;
  }
  const documents = options.documents ?? built!.provisions;
  const reading = options.parsed ? ` (${options.parsed.parsed} corpus files parsed, ${options.parsed.reused} unchanged since the last run)` : '';
  log(`built ${documents.length} documents${built ? ` and ${built.relations.length} relation records` : ''}${reading}`);
  const memo = options.memo;
  // withHash(make()); through the memo, kept by `doc` (a document the build reused is last run's object).
  const hashedOf = (doc: object, make: () => Record<string, unknown>) => (memo ? memo.hashed(doc, make) : withHash(make()));
  const position = (d: Record<string, unknown>) => ({ ...d, [POSITION_FIELD]: corpusPosition(d as Parameters<typeof corpusPosition>[0]) });
  const provisionsHashed = documents.map((d) => hashedOf(d, () => position(d)));
  // The words index is counted from the provisions while the engine answers this run's reads and
  // works on the other standbys (~0.1 s of CPU for the corpus, in slices): the rest is known now.
  const counting = memo ? Promise.resolve().then(() => memo.words.update(documents)) : countWords(provisionsHashed);
  const fixed: IndexSpec[] = [
    { ...shapes[0]!, documents: provisionsHashed },
    ...(built ? [{ ...shapes[1]!, documents: built.relations as unknown as Record<string, unknown>[] }] : []),
    ...(options.companions ?? []),
  ];
  const hashed = fixed.map((spec, i) => (i === 0 ? provisionsHashed : spec.documents.map(withHash)));
  const digests = Object.fromEntries(fixed.map((spec, i) => [spec.live, digest(spec, hashed[i]!)]));
  const counted = counting.then((docs) => {
    const spec: IndexSpec = { ...words, documents: docs };
    const wordsHashed = docs.map((d) => hashedOf(d, () => d));
    return { spec, hashed: wordsHashed, digest: digest(spec, wordsHashed) };
  });
  counted.catch(() => undefined); // thrown where it is awaited

  const [current, exists] = await engineState;
  const specCount = fixed.length + 1;
  const liveExists = exists.slice(0, specCount);
  const same =
    current && liveExists.every(Boolean) && fixed.every((s) => current.digests[s.live] === digests[s.live]) && current.digests[words.live] === (await counted).digest;
  if (same && !full) {
    const ms = Date.now() - started;
    if (options.memo) await rememberServed(options.memo, current.build, { specs: [...fixed, words], hashed: [...hashed, (await counted).hashed] }, { shapes, held });
    log(`${[...fixed, words].map((s) => s.live).join(', ')} already hold this build (${current.build}): nothing to do (${ms} ms)`);
    return { live, build: current.build, documents: documents.length, mode: 'unchanged', replaced: true, changes: [], ms };
  }

  for (const spec of [...fixed, words]) await removeLeftovers(client, spec.live, log);
  const settings = Object.fromEntries([...fixed, words].map((s) => [s.live, settingsDigest(s.settings)]).concat([[buildIndex, settingsDigest(BUILD_SETTINGS)]]));

  // The standbys are independent until the swap: prepared side by side, so the build record's
  // and the relations' round trips do not queue behind the provisions'; the words' and the build
  // record's once the words are counted (the build id names every index's digest). Every
  // preparation is let finish (or fail) before the first failure, in spec order, is thrown:
  // nothing of this run is still writing when its caller learns that it failed.
  const prepare = async (spec: IndexSpec, docs: readonly Record<string, unknown>[], i: number) => {
    const liveHasSettings = exists[i]! && current?.settings?.[spec.live] === settings[spec.live];
    return prepareStandby(client, spec, docs, await held[i]!, liveHasSettings, log, await refreshed[i]);
  };
  const early = fixed.map((spec, i) => prepare(spec, hashed[i]!, i));
  for (const p of early) p.catch(() => undefined); // thrown below, after every preparation has settled
  const wordsAndRecord = counted.then(({ spec, hashed: wordsHashed, digest: wordsDigest }) => {
    digests[words.live] = wordsDigest;
    const record: BuildRecord = { key: BUILD_KEY, build: `${stamp()}-${sha256(JSON.stringify(digests)).slice(0, 12)}`, digests, settings, built_at: new Date().toISOString() };
    const recordSpec: IndexSpec = { ...shapes.at(-1)!, documents: [record as unknown as Record<string, unknown>] };
    return { record, specs: [spec, recordSpec], hashed: [wordsHashed, [withHash(record as unknown as Record<string, unknown>)]] };
  });
  const late = [0, 1].map((k) => wordsAndRecord.then((w) => prepare(w.specs[k]!, w.hashed[k]!, fixed.length + k)));
  const prepared = await Promise.allSettled([...early, ...late]);
  const failed = prepared.find((p) => p.status === 'rejected');
  if (failed) throw failed.reason;
  const { record, specs: lateSpecs } = await wordsAndRecord;
  const build = record.build;
  const all: IndexSpec[] = [...fixed, ...lateSpecs];
  const specs = all.slice(0, specCount);
  const changes = prepared.map((p) => (p as PromiseFulfilledResult<IndexChange & { fresh: boolean }>).value);

  // First run of an index: rename the standby to the live name. Later runs: swap the two, so
  // the new contents take the live name and the old ones the standby's, the next run's base.
  const swaps = all.map((spec, i) => ({ indexes: [standbyName(spec.live), spec.live] as [string, string], rename: !exists[i] }));
  await settle(client, `swap ${all.map((s) => s.live).join(', ')}`, client.swapIndexes(swaps));
  const ms = Date.now() - started;
  if (options.memo) await remember(client, options.memo, current?.build, build, all, [...hashed, ...(await wordsAndRecord).hashed]);
  const mode = changes.slice(0, specs.length).some((c) => c.fresh) ? 'full' : 'incremental';
  log(`${specs.map((s) => `${s.live} (${s.documents.length})`).join(', ')} now served as build ${build} (${mode}, ${ms} ms)`);
  return {
    live,
    build,
    documents: documents.length,
    mode,
    replaced: exists[0]!,
    changes: changes.slice(0, specs.length).map(({ fresh: _f, ...c }) => c),
    ms,
  };
}
