/**
 * `npm start`: local Meilisearch (.meili-data/), a reindex when the corpus changed since the
 * last one, then the API and pages on PORT (default 8787) under Node. Ctrl-C stops both.
 * The API runs as its own process and is given the search-only key: the master and admin keys
 * stay in this one.
 */
import { spawn } from 'node:child_process';
import { indexCorpus } from './lib/index-corpus.js';
import { corpusFingerprint, indexedFingerprint, recordIndexed } from './lib/index-state.js';
import { localMeili } from './lib/local-meili.js';
import { LIVE_INDEX } from '../src/search/settings.js';

const meili = await localMeili();
console.log(`meilisearch on ${meili.url}`);

const liveExists = async (): Promise<boolean> =>
  (await fetch(`${meili.url}/indexes/${LIVE_INDEX}`, { headers: { Authorization: `Bearer ${meili.adminKey}` } })).ok;

try {
  const fingerprint = await corpusFingerprint();
  if (fingerprint !== (await indexedFingerprint()) || !(await liveExists())) {
    console.log('corpus changed since the last index (or no index yet): indexing');
    await indexCorpus({ url: meili.url, adminKey: meili.adminKey, log: (line) => console.log(`  ${line}`) });
    await recordIndexed(fingerprint);
  } else {
    console.log('index is current');
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await meili.stop();
  process.exit(1);
}

const { MEILI_MASTER_KEY: _master, MEILI_ADMIN_KEY: _admin, ...inherited } = process.env;
const api = spawn(process.execPath, ['--import', 'tsx', 'src/node.ts'], {
  stdio: 'inherit',
  env: { ...inherited, MEILI_URL: meili.url, MEILI_SEARCH_KEY: meili.searchKey, PORT: process.env.PORT ?? '8787' },
});

let stopping = false;
async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  if (api.exitCode === null && api.signalCode === null) {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
  }
  await meili.stop();
  console.log('stopped');
  process.exit(code);
}
process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));
api.once('exit', (code) => void shutdown(code ?? 1));
