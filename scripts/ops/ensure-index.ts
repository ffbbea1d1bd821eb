/** Index the corpus into a server unless its live index already holds the current corpus. */
import { Meilisearch, MeilisearchApiError } from 'meilisearch';
import { connectionOptions } from '../../src/search/connection.js';
import { LIVE_INDEX } from '../../src/search/settings.js';
import { openParsedFiles } from '../pipeline/corpus/parsed-cache.js';
import { indexCorpus } from '../pipeline/index/index-corpus.js';
import { corpusFingerprint, indexedFingerprint, recordIndexed } from './index-state.js';
import { localMeili } from './local-meili.js';
import type { MeiliServer } from './meili-server.js';

export async function ensureIndexed(meili: MeiliServer, log = (line: string) => console.log(line)): Promise<void> {
  const client = new Meilisearch({ host: meili.url, apiKey: meili.adminKey, ...connectionOptions(meili.url) });
  // Any refusal (no such index, a key that cannot read it) means: index; indexCorpus then says why it cannot.
  const live = await client.getIndex(LIVE_INDEX).then(
    () => true,
    (error: unknown) => {
      if (error instanceof MeilisearchApiError) return false;
      throw error;
    },
  );
  const fingerprint = await corpusFingerprint();
  if (live && fingerprint === (await indexedFingerprint())) {
    log('index is current');
    return;
  }
  log(live ? 'corpus changed since the last index: indexing' : 'no index yet: indexing');
  await indexCorpus({ url: meili.url, adminKey: meili.adminKey, parsed: await openParsedFiles(), log: (line) => log(`  ${line}`) });
  await recordIndexed(fingerprint);
}

/**
 * `npm start` and `npm run dev:worker`: the local Meilisearch, indexed (by `index`: ensureIndexed
 * unless given), or exit saying why.
 */
export async function indexedLocalMeili(index: (meili: MeiliServer) => Promise<unknown> = ensureIndexed): Promise<MeiliServer> {
  const meili = await localMeili();
  console.log(`meilisearch on ${meili.url}`);
  try {
    await index(meili);
  } catch (error) {
    console.error(`indexing failed: ${error instanceof Error ? error.message : String(error)}`);
    await meili.stop();
    process.exit(1);
  }
  return meili;
}
