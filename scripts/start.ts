/**
 * `npm start`: local Meilisearch (.meili-data/), a reindex when the corpus changed since the
 * last one, then the API and pages on PORT (default 8787) under Node. Ctrl-C stops both.
 * The API runs as its own process and is given the search-only key: the master and admin keys
 * stay in this one.
 */
import { spawn } from 'node:child_process';
import { apiProcessEnv } from './ops/api-env.js';
import { indexedLocalMeili } from './ops/ensure-index.js';
import { superviseWith } from './ops/processes.js';

const meili = await indexedLocalMeili();

const api = spawn(process.execPath, ['--import', 'tsx', 'src/node.ts'], { stdio: 'inherit', env: apiProcessEnv(process.env, meili) });
superviseWith(meili, api);
