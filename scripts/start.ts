/**
 * `npm start`: local Meilisearch (.meili-data/), a reindex when the corpus changed since the
 * last one, then the API and pages on PORT (default 8787) under Node. Ctrl-C stops both.
 * The API runs as its own process and is given the search-only key: the master and admin keys
 * stay in this one.
 */
import { spawn } from 'node:child_process';
import { ensureIndexed } from './lib/ensure-index.js';
import { localMeili } from './lib/local-meili.js';
import { superviseWith } from './lib/processes.js';

const meili = await localMeili();
console.log(`meilisearch on ${meili.url}`);
try {
  await ensureIndexed(meili);
} catch (error) {
  console.error(`indexing failed: ${error instanceof Error ? error.message : String(error)}`);
  await meili.stop();
  process.exit(1);
}

const { MEILI_MASTER_KEY: _master, MEILI_ADMIN_KEY: _admin, ...inherited } = process.env;
const api = spawn(process.execPath, ['--import', 'tsx', 'src/node.ts'], {
  stdio: 'inherit',
  env: { ...inherited, MEILI_URL: meili.url, MEILI_SEARCH_KEY: meili.searchKey, PORT: process.env.PORT ?? '8787' },
});
superviseWith(meili, api);
