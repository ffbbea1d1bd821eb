/**
 * `npm run index [-- --full]`: corpus → Meilisearch. Sends only the documents that changed since
 * the standby's contents (new or changed, and deletes vanished ones), then swaps atomically;
 * `--full` refills from scratch. See scripts/lib/index-corpus.ts.
 * Server: MEILI_URL with MEILI_ADMIN_KEY (or MEILI_MASTER_KEY); without MEILI_URL, the local
 * one in .meili-data/ is started for the duration.
 */
import { parseArgs } from 'node:util';
import { openParsedFiles } from './pipeline/corpus/parsed-cache.js';
import { indexCorpus } from './pipeline/index/index-corpus.js';
import { localMeili } from './ops/local-meili.js';
import { corpusFingerprint, recordIndexed } from './ops/index-state.js';

const { values } = parseArgs({ options: { full: { type: 'boolean', default: false } }, strict: true });
const meili = await localMeili(['admin']);
try {
  console.log(`indexing corpus/acts into ${meili.url}${values.full ? ' (full rebuild)' : ''}`);
  const fingerprint = await corpusFingerprint();
  // --full reads every corpus file afresh too.
  const parsed = await openParsedFiles({ fresh: values.full });
  await indexCorpus({ url: meili.url, adminKey: meili.adminKey, full: values.full, parsed, log: (line) => console.log(`  ${line}`) });
  await recordIndexed(fingerprint);
} catch (error) {
  console.error(`indexing failed; the live index is unchanged.\n${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await meili.stop();
}
