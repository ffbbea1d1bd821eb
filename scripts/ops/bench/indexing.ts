/**
 * Indexing cost: the full rebuild (`npm run index -- --full`: corpus files → validated documents
 * → standby refilled with settings → swap); the incremental run `npm run index` does after one
 * corpus file was corrected, from the file (read through the parse cache) until a search with the
 * search key finds the new words ("live"); the same correction indexed as `npm start -- --watch`
 * indexes it (one HeldIndexer keeping its work between runs); the index step of such a run alone
 * (documents already built); and, for comparison, that one document updated in place in the live index.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { ProvisionSearch } from '../../../src/search/client.js';
import { buildDocuments } from '../../pipeline/documents/build.js';
import { ParsedFiles, readerFingerprint } from '../../pipeline/corpus/parsed-cache.js';
import { indexCorpus } from '../../pipeline/index/index-corpus.js';
import { HeldIndexer } from '../held-indexer.js';
import { LIVE_INDEX } from '../../../src/search/settings.js';
import { median } from './stats.js';
import type { ProvisionDoc } from '../../../src/schema/document.js';

export interface IndexingResult {
  documents: number;
  /** Reading, parsing and validating the corpus into documents, ms. */
  buildMs: number;
  /** Each full rebuild (`npm run index -- --full`), corpus → swapped-in index, ms. */
  rebuildMs: number[];
  /**
   * Each incremental run after one corpus file was corrected (`npm run index` after start-up:
   * parse cache opened, corpus read through it, documents built, index brought up to date), ms.
   */
  corpusEditMs: number[];
  /** Corpus files each of those runs parsed (1 expected: the others are unchanged). */
  corpusEditParsed: number[];
  /** Each of those runs from its start until a search (search key) finds the corrected words, ms. */
  corpusEditLiveMs: number[];
  /**
   * The same corrections indexed as `npm start -- --watch` indexes them (one HeldIndexer since a
   * start-up run, keeping its work between runs): each run from the corrected file until live, ms.
   */
  heldEditMs: number[];
  /** Each of those until a search (search key) finds the corrected words, ms. */
  heldEditLiveMs: number[];
  /** Documents each of those runs sent to the provisions index (1 expected). */
  heldEditSent: number[];
  /** The index step of such a run alone (documents already built), ms. */
  incrementalMs: number[];
  /** Documents each incremental run sent (1 expected). */
  incrementalSent: number[];
  /** Whether each incremental run sent settings (false expected: they did not change). */
  incrementalSettings: boolean[];
  /** Each index step alone from its start until a search (search key) finds the edited words, ms. */
  liveMs: number[];
  /** One document updated in place in the live index, request → task succeeded, ms (client side). */
  updateMs: number[];
  /** The same updates as Meilisearch timed them (task duration), ms. */
  updateEngineMs: number[];
  updatedKey: string;
}

/** ISO 8601 duration of a task ("PT0.012345S") in ms. */
export function taskDurationMs(iso: string | null | undefined): number {
  const m = /^PT(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(iso ?? '');
  return m ? (Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 1000 : Number.NaN;
}

const UPDATED_KEY = 'atipsom-s14_en';
/** The corpus file of UPDATED_KEY, under corpus/acts. */
const UPDATED_FILE = join('atipsom', 'en', 's14.md');
const UPDATES = 6;

/** Polls with the search key until `word` is found once; ms since `start`. */
async function untilFound(reader: ProvisionSearch, word: string, start: number): Promise<number> {
  while ((await reader.search({ q: word, limit: 0, offset: 0, exactTotal: true })).total !== 1) {
    if (performance.now() - start > 60_000) throw new Error(`${word} not searchable a minute after the index run`);
  }
  return performance.now() - start;
}

export async function measureIndexing(
  meili: { url: string; adminKey: string; searchKey: string },
  rebuilds: number,
  log: (line: string) => void,
): Promise<IndexingResult> {
  const t0 = performance.now();
  const docs = await buildDocuments();
  const buildMs = performance.now() - t0;

  const rebuildMs: number[] = [];
  for (let i = 0; i < rebuilds; i++) {
    const report = await indexCorpus({ url: meili.url, adminKey: meili.adminKey, full: true, log: () => {} });
    rebuildMs.push(report.ms);
    log(`full rebuild ${i + 1}/${rebuilds}: ${report.documents} documents in ${report.ms} ms`);
  }

  // A corpus correction changes a section's words. The bench index is a throwaway, so the edit is
  // a marker appended to the text (alternating with the original); the real index never sees it.
  const original = docs.find((d) => d.key === UPDATED_KEY);
  if (!original) throw new Error(`${UPDATED_KEY} is not in the corpus`);
  const edit = (n: number): ProvisionDoc => ({ ...original, text: `${original.text} benchmarkedit${n}`, markdown: `${original.markdown}\n\nbenchmarkedit${n}` });
  // What `npm run index` does after a corpus correction, minus reading the corpus (buildMs):
  // a different edit each run, so each run has exactly one document to send.
  const incrementalMs: number[] = [];
  const incrementalSent: number[] = [];
  const incrementalSettings: boolean[] = [];
  const liveMs: number[] = [];
  const reader = new ProvisionSearch({ url: meili.url, searchKey: meili.searchKey, buildTtlMs: 0 });
  for (let i = 0; i < UPDATES; i++) {
    const start = performance.now();
    const report = await indexCorpus({ url: meili.url, adminKey: meili.adminKey, documents: docs.map((d) => (d.key === UPDATED_KEY ? edit(i) : d)), log: () => {} });
    // The swap has succeeded when the run returns; the first search shows whether readers see it.
    liveMs.push(await untilFound(reader, `benchmarkedit${i}`, start));
    incrementalMs.push(report.ms);
    incrementalSent.push(report.changes[0]!.sent.length);
    incrementalSettings.push(report.changes.some((c) => c.settings));
  }
  log(`index step alone, one section changed, live: median ${median(liveMs).toFixed(0)} ms (index run ${median(incrementalMs).toFixed(0)} ms), sent ${incrementalSent.join(', ')}, settings sent ${incrementalSettings.filter(Boolean).length}/${UPDATES}`);

  // The same correction as it happens: a corpus file changes, and `npm run index` reads the
  // corpus through the parse cache, builds every document and brings the index up to date. On a
  // throwaway copy of corpus/acts with a cache of its own, so neither the committed corpus nor
  // the cache `npm run index` keeps is touched; the first run (not timed) fills that cache.
  const copy = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
  const corpusEditMs: number[] = [];
  const corpusEditParsed: number[] = [];
  const corpusEditLiveMs: number[] = [];
  const heldEditMs: number[] = [];
  const heldEditLiveMs: number[] = [];
  const heldEditSent: number[] = [];
  try {
    const root = join(copy, 'acts');
    cpSync('corpus/acts', root, { recursive: true });
    const file = join(root, UPDATED_FILE);
    const fileText = readFileSync(file, 'utf8');
    const cache = join(copy, 'parsed.json');
    const code = await readerFingerprint();
    await indexCorpus({ url: meili.url, adminKey: meili.adminKey, root, parsed: ParsedFiles.open(cache, code), log: () => {} });
    for (let i = 0; i < UPDATES; i++) {
      // The section's last words gain a word: a correction to its text.
      writeFileSync(file, fileText.replace(/\n*$/, ` corpusedit${i}\n`));
      const start = performance.now();
      const parsed = ParsedFiles.open(cache, await readerFingerprint());
      await indexCorpus({ url: meili.url, adminKey: meili.adminKey, root, parsed, log: () => {} });
      corpusEditMs.push(performance.now() - start);
      corpusEditParsed.push(parsed.parsed);
      corpusEditLiveMs.push(await untilFound(reader, `corpusedit${i}`, start));
    }
    log(`one corpus file corrected, live: median ${median(corpusEditLiveMs).toFixed(0)} ms (run ${median(corpusEditMs).toFixed(0)} ms), files parsed ${corpusEditParsed.join(', ')}`);

    // The same corrections under `npm start -- --watch`: its indexer's start-up run (nothing to do:
    // the index holds this corpus) fills what it keeps between runs, then each correction is a run
    // of the same indexer. Its fingerprint record goes nowhere: the bench engine is not npm start's.
    const held = new HeldIndexer({ root, cacheFile: cache, record: async () => {}, log: () => {} });
    await held.run(meili);
    for (let i = 0; i < UPDATES; i++) {
      writeFileSync(file, fileText.replace(/\n*$/, ` heldedit${i}\n`));
      const start = performance.now();
      const report = await held.run(meili);
      heldEditMs.push(performance.now() - start);
      heldEditSent.push(report.changes[0]?.sent.length ?? 0);
      heldEditLiveMs.push(await untilFound(reader, `heldedit${i}`, start));
      await held.saved();
    }
    log(`one corpus file corrected under npm start -- --watch, live: median ${median(heldEditLiveMs).toFixed(0)} ms (run ${median(heldEditMs).toFixed(0)} ms), sent ${heldEditSent.join(', ')}`);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }

  const edited = edit(-1);
  const index = new Meilisearch({ host: meili.url, apiKey: meili.adminKey }).index(LIVE_INDEX);
  const updateMs: number[] = [];
  const updateEngineMs: number[] = [];
  for (let i = 0; i < UPDATES; i++) {
    const start = performance.now();
    const task = await index.updateDocuments([i % 2 === 0 ? edited : original]).waitTask({ interval: 5, timeout: 60_000 });
    if (task.status !== 'succeeded') throw new Error(`update task ${task.uid} ${task.status}: ${task.error?.message}`);
    updateMs.push(performance.now() - start);
    updateEngineMs.push(taskDurationMs(task.duration));
  }
  log(`one-section update: median ${median(updateMs).toFixed(0)} ms (engine ${median(updateEngineMs).toFixed(0)} ms)`);
  return {
    documents: docs.length,
    buildMs,
    rebuildMs,
    corpusEditMs,
    corpusEditParsed,
    corpusEditLiveMs,
    heldEditMs,
    heldEditLiveMs,
    heldEditSent,
    incrementalMs,
    incrementalSent,
    incrementalSettings,
    liveMs,
    updateMs,
    updateEngineMs,
    updatedKey: UPDATED_KEY,
  };
}
