/**
 * The indexer of `npm start -- --watch`: one process indexes the corpus again and again, and keeps
 * what each run read and built for the next (the parse cache in memory, the build's and the
 * index's memos: IndexMemo in scripts/pipeline/index/index-corpus.ts; the fingerprint's file
 * hashes by stat), so a one-section correction costs about that section's work.
 *
 * Every run goes through indexCorpus, which finds "nothing to do" when the live indexes already
 * hold this build: the start-up run therefore fills the memos even when the index is current, and
 * the first correction is as quick as the later ones. The fingerprint of what was indexed is
 * recorded as `npm start` and `npm run index` record it (index-state.ts), so a later start without
 * --watch knows the index is current; the parse cache is written once runs pause (and before the
 * engine stops), off the way to live.
 */
import { openParsedFiles, type ParsedFiles } from '../pipeline/corpus/parsed-cache.js';
import { StatMemo } from '../pipeline/corpus/stat-memo.js';
import { IndexMemo, indexCorpus, type IndexOptions, type IndexReport } from '../pipeline/index/index-corpus.js';
import { corpusFingerprint, recordIndexed, shapingRoots } from './index-state.js';

/**
 * The parse cache is written once no run has followed for this long: writing it (6 MB of JSON) takes
 * ~0.1 s of the process's CPU, which a burst of corrections need not spend after every run.
 */
const SAVE_AFTER_MS = 2_000;

export interface HeldIndexerOptions {
  /** Corpus folder (default corpus/acts). */
  root?: string;
  /** Live index names (default those the API reads). */
  names?: Pick<IndexOptions, 'indexName' | 'relationsName'>;
  /** The parse cache's file (default: the one `npm run index` keeps). */
  cacheFile?: string;
  /** Where the fingerprint of what was indexed goes (default: recordIndexed, for `npm start`). */
  record?: (fingerprint: string) => Promise<void>;
  log?: (line: string) => void;
}

export class HeldIndexer {
  readonly memo = new IndexMemo();
  readonly #hashes = new StatMemo<string>();
  #parsed: ParsedFiles | undefined;
  #saving: Promise<void> = Promise.resolve();
  #unsaved: { parsed: ParsedFiles; timer: NodeJS.Timeout } | undefined;

  constructor(private readonly options: HeldIndexerOptions = {}) {}

  /**
   * One run: the corpus as it is now, live in `meili` (nothing sent when it already is). Returns
   * once it is live; its parse cache is written once no run has followed for SAVE_AFTER_MS, or by `saved()`.
   */
  async run(meili: { url: string; adminKey: string }): Promise<IndexReport> {
    const { root, names, cacheFile, record = recordIndexed, log = (line: string) => console.log(`  ${line}`) } = this.options;
    // Before the corpus is read: a file changed meanwhile makes the record older than the index, never newer.
    const fingerprint = await corpusFingerprint(shapingRoots(root), this.#hashes);
    const parsed = (this.#parsed = this.#parsed ? this.#parsed.next() : await openParsedFiles({ file: cacheFile }));
    const report = await indexCorpus({ url: meili.url, adminKey: meili.adminKey, ...names, root, parsed, memo: this.memo, log });
    await record(fingerprint);
    // This run's cache holds every file it read: an earlier run's waiting one need not be written.
    if (this.#unsaved) clearTimeout(this.#unsaved.timer);
    this.#unsaved = { parsed, timer: setTimeout(() => void this.saved(), SAVE_AFTER_MS).unref() };
    return report;
  }

  /** Writes the last run's parse cache now if it is waiting (one write at a time); settles once it is written. */
  saved(): Promise<void> {
    if (this.#unsaved) {
      clearTimeout(this.#unsaved.timer);
      const { parsed } = this.#unsaved;
      this.#unsaved = undefined;
      // A cache that cannot be written only costs a later start its parsing.
      this.#saving = this.#saving.then(() => parsed.save()).catch(() => undefined);
    }
    return this.#saving;
  }
}
