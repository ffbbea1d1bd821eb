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
 * index larger than one read (maxTotalHits). The counts are about a quarter of that and need no
 * tokenizing where they are read; a common word is kept as a count only, so they stay small
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

/** Words as the engine's tokenizer cuts Latin text: lower case, no accents, split at anything not a letter or digit. */
export function tokens(s: string): string[] {
  const out: string[] = [];
  // ASCII first (most of the corpus); a piece with other characters is cut by Unicode classes.
  for (const piece of s.toLowerCase().split(/[^a-z0-9\u0080-\uffff]+/)) {
    if (/^[a-z0-9]+$/.test(piece)) out.push(piece);
    else if (piece) for (const w of piece.normalize('NFKD').replace(/\p{M}/gu, '').split(/[^\p{L}\p{N}]+/u)) if (w) out.push(w);
  }
  return out;
}

const SEARCHED = (INDEX_SETTINGS.searchableAttributes ?? []) as string[];

const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

/** The distinct words of a document's searched attributes (`part.heading`: a nested field). */
export function wordsOf(doc: object): Set<string> {
  const text = SEARCHED.flatMap((attribute) => strings(attribute.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), doc)));
  return new Set(tokens(text.join(' ')));
}

const hex = (w: string): string => Array.from(new TextEncoder().encode(w), (b) => b.toString(16).padStart(2, '0')).join('');
/** The engine's limit on a document id (511 bytes): a longer "word" (none in the corpus) is left out, as if unknown. */
const MAX_KEY = 511;

/**
 * Counts words document by document, so a corpus streamed in (the scale bench's million) is counted
 * without being held: memory grows with the vocabulary, each word holding at most WORD_LIST_MAX numbers.
 */
export class WordCounter {
  readonly #words = new Map<string, { d: number; p: string[] | undefined }>();

  /** A provision's document in one language: its `id` names the provision. */
  add(doc: object): void {
    const id = String((doc as { id?: unknown }).id);
    for (const w of wordsOf(doc)) {
      const word = this.#words.get(w);
      if (!word) {
        this.#words.set(w, { d: 1, p: [id] });
        continue;
      }
      word.d++;
      // A provision's languages are separate documents: its id once.
      if (word.p && !word.p.includes(id)) {
        word.p.push(id);
        if (word.p.length >= WORD_LIST_MAX) word.p = undefined;
      }
    }
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

export function wordDocs(docs: readonly object[]): WordDoc[] {
  const counter = new WordCounter();
  for (const doc of docs) counter.add(doc);
  return counter.docs();
}
