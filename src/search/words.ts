/**
 * The words index `<live>-words`: every word of the provisions' searched attributes, with the
 * documents it is in as typed and, for a word in fewer than WORD_LIST_MAX provisions, which ones.
 * The indexer counts them from the documents it sends (scripts/pipeline/index/index-corpus.ts) and
 * swaps this index with the provisions, so it always describes the provisions served; the API reads
 * it once per build to tell a short page before it asks the engine (src/api/short-page.ts).
 *
 * Why at index time (BENCHMARKS.md findings 22 and 26): the API used to read every document's
 * searched text (2 MB of JSON for the corpus) and cut it into words itself, once per build and
 * process: too heavy for a Workers isolate, which therefore kept no counts, and impossible for an
 * index larger than one read (maxTotalHits). The counts are under a third of that (0.6 MB) and need
 * no tokenizing where they are read; a common word is kept as a count only, so they stay small
 * however many provisions hold it.
 */
import type { Settings } from 'meilisearch';
import { INDEX_SETTINGS } from './settings.js';

export const wordsIndexName = (live: string): string => `${live}-words`;

/**
 * Which provisions hold a word is kept while they are fewer than this: a page holds at most this
 * many (src/api/params.ts MAX_LIMIT, a test checks), so a word in more never makes a page short.
 */
export const WORD_LIST_MAX = 100;
/** Words one read returns. */
export const WORDS_PAGE = 10_000;

/** Nothing in it is searched: it is read whole, a page at a time, in the order written. */
export const WORDS_SETTINGS: Settings = { searchableAttributes: [], pagination: { maxTotalHits: 10_000_000 } };

/** A type, not an interface: the indexer sends it as any other document (a record). */
export type WordDoc = {
  /** The word's UTF-8 bytes in hex: a valid document id in any script, the same in every build. */
  key: string;
  w: string;
  /** Documents (a provision in one language) holding the word as typed: how the engine tells the rarest word. */
  d: number;
  /**
   * The provisions (ids) holding it, when fewer than WORD_LIST_MAX; absent: at least that many. Ids,
   * not numbers: a provision added or deleted changes only its own words' documents (numbered in
   * corpus order, one section deleted changed nearly every word's list).
   */
  p?: string[];
};

export const WORD_FIELDS = ['w', 'd', 'p'] as const;

/**
 * Each word as the engine's tokenizer cuts Latin text: lower case, no accents, split at anything not
 * a letter or digit. Scanned by character code, a piece sliced only where it ends: the indexer cuts
 * the whole corpus on every run (a split and a match per piece doubled the cost, most of it garbage).
 */
function eachToken(s: string, take: (w: string) => void): void {
  const lower = s.toLowerCase();
  let start = -1;
  let ascii = true;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    // a-z, 0-9, or any code unit outside ASCII (sorted out below)
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 0x80) {
      if (start < 0) {
        start = i;
        ascii = true;
      }
      if (c >= 0x80) ascii = false;
      continue;
    }
    if (start < 0) continue;
    const piece = lower.slice(start, i);
    start = -1;
    // ASCII first (most of the corpus); a piece with other characters is cut by Unicode classes.
    if (ascii) take(piece);
    else for (const w of piece.normalize('NFKD').replace(/\p{M}/gu, '').split(/[^\p{L}\p{N}]+/u)) if (w) take(w);
  }
}

/** The words of `s` as the engine's tokenizer cuts Latin text, in order. */
export function tokens(s: string): string[] {
  const out: string[] = [];
  eachToken(s, (w) => out.push(w));
  return out;
}

const SEARCHED = ((INDEX_SETTINGS.searchableAttributes ?? []) as string[]).map((attribute) => attribute.split('.'));

/** Every string in a value (a field may hold a list or an object of them). */
function eachString(v: unknown, take: (s: string) => void): void {
  if (typeof v === 'string') take(v);
  else if (Array.isArray(v)) for (const x of v) eachString(x, take);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) eachString(x, take);
}

/** Each word of a document's searched attributes (`part.heading`: a nested field), repeats included. */
function eachWord(doc: object, take: (w: string) => void): void {
  for (const path of SEARCHED) {
    const value = path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), doc);
    eachString(value, (s) => eachToken(s, take));
  }
}

/** The word's UTF-8 bytes in hex. */
function hex(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x80) return Array.from(new TextEncoder().encode(w), (b) => b.toString(16).padStart(2, '0')).join('');
    out += (c < 16 ? '0' : '') + c.toString(16);
  }
  return out;
}
/** The engine's limit on a document id (511 bytes): a longer "word" (none in the corpus) is left out, as if unknown. */
const MAX_KEY = 511;

/**
 * Counts words document by document, so a corpus streamed in (the scale bench's million) is counted
 * without being held: memory grows with the vocabulary, each word holding fewer than WORD_LIST_MAX ids.
 */
export class WordCounter {
  readonly #words = new Map<string, { d: number; p: string[] | undefined; seen: number }>();
  #documents = 0;

  /** A provision's document in one language: its `id` names the provision. */
  add(doc: object): void {
    const id = String((doc as { id?: unknown }).id);
    const seen = ++this.#documents;
    eachWord(doc, (w) => {
      const word = this.#words.get(w);
      if (!word) {
        this.#words.set(w, { d: 1, p: [id], seen });
        return;
      }
      // Once per document.
      if (word.seen === seen) return;
      word.seen = seen;
      word.d++;
      // A provision's languages are separate documents: its id once.
      if (word.p && !word.p.includes(id)) {
        word.p.push(id);
        if (word.p.length >= WORD_LIST_MAX) word.p = undefined;
      }
    });
  }

  docs(): WordDoc[] {
    const out: WordDoc[] = [];
    for (const [w, { d, p }] of this.#words) {
      const key = hex(w);
      if (key.length <= MAX_KEY) out.push({ key, w, d, ...(p ? { p: [...p].sort() } : {}) });
    }
    return out;
  }
}

/**
 * The words index's documents kept up to date from one set of documents to the next, for a
 * long-lived indexer (`npm start -- --watch`): a changed document's old words are taken out and its
 * new ones counted, so a run after a one-section correction counts that section, not the corpus;
 * the word documents it did not touch are the very objects of the last call (their hashes are kept
 * by the caller). The same documents as `wordDocs` of the same documents, up to order
 * (test/search/words.test.ts).
 */
export class WordTally {
  /** Word → provision id → how many of the documents (its languages) hold it. */
  readonly #ids = new Map<string, Map<string, number>>();
  /** Document key → what it was counted as. */
  #counted = new Map<string, { doc: object; id: string; words: readonly string[] }>();
  /** Word → its current document. */
  readonly #out = new Map<string, WordDoc>();

  /** The word documents of `docs` (each with a unique `key` and its provision's `id`). */
  update(docs: readonly object[]): WordDoc[] {
    const touched = new Set<string>();
    const next = new Map<string, { doc: object; id: string; words: readonly string[] }>();
    for (const doc of docs) {
      const { key, id } = doc as { key?: unknown; id?: unknown };
      const was = this.#counted.get(String(key));
      if (was?.doc === doc) {
        next.set(String(key), was);
        continue;
      }
      if (was) this.#count(was.id, was.words, -1, touched);
      const now = { doc, id: String(id), words: documentWords(doc) };
      this.#count(now.id, now.words, 1, touched);
      next.set(String(key), now);
    }
    for (const [key, was] of this.#counted) if (!next.has(key)) this.#count(was.id, was.words, -1, touched);
    this.#counted = next;
    for (const w of touched) {
      const ids = this.#ids.get(w);
      const key = hex(w);
      if (!ids || key.length > MAX_KEY) {
        this.#out.delete(w);
        continue;
      }
      let d = 0;
      for (const n of ids.values()) d += n;
      this.#out.set(w, { key, w, d, ...(ids.size < WORD_LIST_MAX ? { p: [...ids.keys()].sort() } : {}) });
    }
    return [...this.#out.values()];
  }

  #count(id: string, words: readonly string[], by: 1 | -1, touched: Set<string>): void {
    for (const w of words) {
      touched.add(w);
      let ids = this.#ids.get(w);
      if (!ids) this.#ids.set(w, (ids = new Map()));
      const n = (ids.get(id) ?? 0) + by;
      if (n > 0) ids.set(id, n);
      else ids.delete(id);
      if (ids.size === 0) this.#ids.delete(w);
    }
  }
}

/** A document's words, each once. */
function documentWords(doc: object): string[] {
  const words = new Set<string>();
  eachWord(doc, (w) => words.add(w));
  return [...words];
}

export function wordDocs(docs: readonly object[]): WordDoc[] {
  const counter = new WordCounter();
  for (const doc of docs) counter.add(doc);
  return counter.docs();
}
