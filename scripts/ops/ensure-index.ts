/** Index the corpus into a server unless its live index already holds the current corpus. */
import { Meilisearch, MeilisearchApiError } from 'meilisearch';
import { connectionOptions } from '../../src/search/connection.js';
import { LIVE_INDEX } from '../../src/search/settings.js';
import { openParsedFiles, type ParsedFiles } from '../pipeline/corpus/parsed-cache.js';
import { StatMemo } from '../pipeline/corpus/stat-memo.js';
import { IndexMemo, indexCorpus } from '../pipeline/index/index-corpus.js';
import { corpusFingerprint, indexedFingerprint, recordIndexed } from './index-state.js';
import { localMeili } from './local-meili.js';
import type { MeiliServer } from './meili-server.js';

/** What a long-lived indexer carries from one run to the next (heldIndexer). */
interface Held {
  parsed: ParsedFiles;
  memo: IndexMemo;
  hashes: StatMemo<string>;
}

export async function ensureIndexed(meili: MeiliServer, log = (line: string) => console.log(line), held?: Held): Promise<void> {
  const client = new Meilisearch({ host: meili.url, apiKey: meili.adminKey, ...connectionOptions(meili.url) });
  // Any refusal (no such index, a key that cannot read it) means: index; indexCorpus then says why it cannot.
  const live = await client.getIndex(LIVE_INDEX).then(
    () => true,
    (error: unknown) => {
      if (error instanceof MeilisearchApiError) return false;
      throw error;
    },
  );
  const fingerprint = await corpusFingerprint(undefined, held?.hashes);
  if (live && fingerprint === (await indexedFingerprint())) {
    log('index is current');
    return;
  }
  log(live ? 'corpus changed since the last index: indexing' : 'no index yet: indexing');
  const parsed = held?.parsed ?? (await openParsedFiles());
  await indexCorpus({ url: meili.url, adminKey: meili.adminKey, parsed, memo: held?.memo, log: (line) => log(`  ${line}`) });
  await recordIndexed(fingerprint);
}

/**
 * The index runs of `npm start -- --watch`: one process keeps what each run read and built for
 * the next (the parse cache in memory, the build's and the index's memos: IndexMemo; the
 * fingerprint's file hashes by stat), so a one-section correction costs about that section's work.
 * The parse cache is written to disk after each run, off the way to live.
 */
export function heldIndexer(meili: MeiliServer, log?: (line: string) => void): () => Promise<void> {
  const memo = new IndexMemo();
  const hashes = new StatMemo<string>();
  let parsed: ParsedFiles | undefined;
  return async () => {
    parsed = parsed ? parsed.next() : await openParsedFiles();
    await ensureIndexed(meili, log, { parsed, memo, hashes });
    // A cache that cannot be written only costs a later start its parsing.
    await parsed.save().catch(() => undefined);
  };
}

/** `npm start` and `npm run dev:worker`: the local Meilisearch, indexed, or exit saying why. */
export async function indexedLocalMeili(): Promise<MeiliServer> {
  const meili = await localMeili();
  console.log(`meilisearch on ${meili.url}`);
  try {
    await ensureIndexed(meili);
  } catch (error) {
    console.error(`indexing failed: ${error instanceof Error ? error.message : String(error)}`);
    await meili.stop();
    process.exit(1);
  }
  return meili;
}
