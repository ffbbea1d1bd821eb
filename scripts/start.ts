/**
 * `npm start [-- --watch]`: local Meilisearch (.meili-data/), a reindex when the corpus changed
 * since the last one, then the API and pages on PORT (default 8787) under Node. Ctrl-C stops both.
 * The API runs as its own process and is given the search-only key: the master and admin keys
 * stay in this one. With --watch, a change under corpus/acts or corpus/annotations is indexed
 * while the server runs (scripts/ops/watch-corpus.ts).
 */
import { parseArgs } from 'node:util';
import { apiProcessEnv } from './ops/api-env.js';
import { indexedLocalMeili } from './ops/ensure-index.js';
import { HeldIndexer } from './ops/held-indexer.js';
import { spawnApi, superviseWith } from './ops/processes.js';
import { watchCorpus } from './ops/watch-corpus.js';

const { values } = parseArgs({ options: { watch: { type: 'boolean', default: false } }, strict: true });
// With --watch, one indexer indexes at start and after every change, keeping its work between runs.
const held = values.watch ? new HeldIndexer() : undefined;
const meili = await indexedLocalMeili(held && ((m) => held.run(m)));

const api = spawnApi(apiProcessEnv(process.env, meili), 'inherit');
const roots = ['corpus/acts', 'corpus/annotations'];
const watching = held ? watchCorpus({ roots, run: async () => void (await held.run(meili)) }) : undefined;
void watching?.ready.then(() => console.log(`watching ${roots.join(' and ')}: a saved change is indexed while the server runs`));
superviseWith(meili, api, watching && (() => watching.close().then(() => held?.saved())));
