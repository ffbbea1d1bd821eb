/**
 * `npm start`: local Meilisearch (.meili-data/), a reindex when the corpus changed since the
 * last one, then the API and pages on PORT (default 8787) under Node. Ctrl-C stops both.
 * The API runs as its own process and is given the search-only key: the master and admin keys
 * stay in this one.
 */
import { apiProcessEnv } from './ops/api-env.js';
import { indexedLocalMeili } from './ops/ensure-index.js';
import { spawnApi, superviseWith } from './ops/processes.js';

const meili = await indexedLocalMeili();

const api = spawnApi(apiProcessEnv(process.env, meili), 'inherit');
superviseWith(meili, api);
