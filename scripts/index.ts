/**
 * `npm run index`: corpus → Meilisearch, built fresh and swapped in atomically.
 * Server: MEILI_URL with MEILI_ADMIN_KEY (or MEILI_MASTER_KEY); without MEILI_URL, the local
 * one in .meili-data/ is started for the duration.
 */
import { indexCorpus } from './pipeline/index/index-corpus.js';
import { localMeili } from './ops/local-meili.js';
import { corpusFingerprint, recordIndexed } from './ops/index-state.js';

const meili = await localMeili(['admin']);
try {
  console.log(`indexing corpus/acts into ${meili.url}`);
  const fingerprint = await corpusFingerprint();
  await indexCorpus({ url: meili.url, adminKey: meili.adminKey, log: (line) => console.log(`  ${line}`) });
  await recordIndexed(fingerprint);
} catch (error) {
  console.error(`indexing failed; the live index is unchanged.\n${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await meili.stop();
}
