/**
 * `npm start [-- --watch]`: local Meilisearch (.meili-data/), a reindex when the corpus changed
 * since the last one, then the API and pages on PORT (default 8787) under Node. Ctrl-C stops both.
 * The API runs as its own process and is given the search-only key: the master and admin keys
 * stay in this one. With --watch, a change under corpus/acts or corpus/annotations is indexed
 * while the server runs (scripts/ops/watch-corpus.ts).
 */
import { parseArgs } from 'node:util';
import { apiProcessEnv } from './ops/api-env.js';
import { heldIndexer, indexedLocalMeili } from './ops/ensure-index.js';
import { spawnApi, superviseWith } from './ops/processes.js';
import { watchCorpus } from './ops/watch-corpus.js';

const { values } = parseArgs({ options: { watch: { type: 'boolean', default: false } }, strict: true });
const meili = await indexedLocalMeili();

const api = spawnApi(apiProcessEnv(process.env, meili), 'inherit');
const roots = ['corpus/acts', 'corpus/annotations'];
const watching = values.watch ? watchCorpus({ roots, run: heldIndexer(meili) }) : undefined;
void watching?.ready.then(() => console.log(`watching ${roots.join(' and ')}: a saved change is indexed while the server runs`));
superviseWith(meili, api, watching?.close);
