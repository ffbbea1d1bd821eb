/** Index the corpus into a server unless its live index already holds the current corpus. */
import { LIVE_INDEX } from '../../src/search/settings.js';
import { indexCorpus } from '../pipeline/index/index-corpus.js';
import { corpusFingerprint, indexedFingerprint, recordIndexed } from './index-state.js';
import { localMeili } from './local-meili.js';
import type { MeiliServer } from './meili-server.js';

export async function ensureIndexed(meili: MeiliServer, log = (line: string) => console.log(line)): Promise<void> {
  const live = await fetch(`${meili.url}/indexes/${LIVE_INDEX}`, { headers: { Authorization: `Bearer ${meili.adminKey}` } });
  const fingerprint = await corpusFingerprint();
  if (live.ok && fingerprint === (await indexedFingerprint())) {
    log('index is current');
    return;
  }
  log(live.ok ? 'corpus changed since the last index: indexing' : 'no index yet: indexing');
  await indexCorpus({ url: meili.url, adminKey: meili.adminKey, log: (line) => log(`  ${line}`) });
  await recordIndexed(fingerprint);
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
