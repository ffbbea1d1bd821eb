/**
 * A short strict page known before the first round trip, from the words' counts of provisions, so
 * that the loose query rides in that trip (src/api/search-plan.ts) instead of a second one. The
 * answer is the same either way (loose hits are read only for a short page); a wrong guess costs a
 * query (guessed short, the page full) or the second round trip as before (guessed full, the page
 * short).
 *
 * Why a count says it: the strict query matches with `frequency` (the engine drops the query's
 * most frequent words while a page is short, never the rarest, which it tells by the documents
 * holding the word as typed) or, for a description searched words first, with `last` (never the
 * first word). Every hit holds that word, so the page is short when it is in fewer than `limit`
 * provisions, counted with everything the engine may take for it (a superset): the words one or
 * two typos away (the index's typo settings), the word split in two, the word joined with a
 * neighbour, and the synonyms of a phrase the thesaurus expands that holds it. Measured on the
 * bench mix: BENCHMARKS.md section 22.
 */
import type { Doc, Kept, ProvisionSearch } from '../search/client.js';
import { INDEX_SETTINGS } from '../search/settings.js';
import { perThesaurus, thesaurusSynonyms, typoBudget, typoDistance, type Thesaurus } from '../search/thesaurus.js';

export interface Vocabulary {
  /** Each word of the searched attributes with the provisions (numbered ids, either language) it is in, in order. */
  readonly provisions: ReadonlyMap<string, Uint32Array>;
  /** Documents (a provision in each language it is held in) each word is in, as typed: how the engine tells the rarest word. */
  readonly documents: ReadonlyMap<string, number>;
  /** The words by length and first letter (`5:c`): typo neighbours keep the first letter, within a length or two. */
  readonly byShape: ReadonlyMap<string, readonly string[]>;
  /** The words by all but their first letter. */
  readonly byTail: ReadonlyMap<string, readonly string[]>;
  /** Provisions a word may match, already worked out (words recur across searches). */
  readonly reached: Map<string, ReadonlySet<number>>;
}

/** Words worked out kept per vocabulary before the memo starts afresh (bounds the memory). */
const REACHED_MAX = 20_000;
/**
 * Documents one read returns at most (the index's pagination.maxTotalHits): a larger index keeps
 * no vocabulary and its short pages take the second round trip (2 MB of JSON for the corpus's
 * 1,637 documents; 100,000 would be a heavy read per build and process).
 */
export const VOCABULARY_MAX_DOCS = INDEX_SETTINGS.pagination?.maxTotalHits ?? 1_000;

const SEARCHED = (INDEX_SETTINGS.searchableAttributes ?? []) as string[];

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

const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

/** The words of the searched attributes of `docs`, each with the provisions (ids) and the documents it is in. */
export function vocabularyOf(docs: readonly Doc[]): Vocabulary {
  const ids = new Map<string, number>();
  const lists = new Map<string, number[]>();
  const documents = new Map<string, number>();
  for (const doc of docs) {
    let n = ids.get(doc.id);
    if (n === undefined) ids.set(doc.id, (n = ids.size));
    const text = SEARCHED.flatMap((attribute) => strings(attribute.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), doc)));
    for (const w of new Set(tokens(text.join(' ')))) {
      documents.set(w, (documents.get(w) ?? 0) + 1);
      const list = lists.get(w);
      if (list) list.push(n);
      else lists.set(w, [n]);
    }
  }
  const provisions = new Map<string, Uint32Array>();
  const byShape = new Map<string, string[]>();
  const byTail = new Map<string, string[]>();
  for (const [w, list] of lists) {
    // A provision's languages are separate documents: its number once.
    const sorted = Uint32Array.from(list).sort();
    provisions.set(w, sorted.filter((n, i) => i === 0 || sorted[i - 1] !== n));
    for (const [by, key] of [[byShape, `${w.length}:${w[0]}`], [byTail, w.slice(1)]] as const) {
      const words = by.get(key);
      if (words) words.push(w);
      else by.set(key, [w]);
    }
  }
  return { provisions, documents, byShape, byTail, reached: new Map() };
}

/** Every document's searched attributes in one read, unless the index holds more than VOCABULARY_MAX_DOCS. */
export async function readVocabulary(search: ProvisionSearch): Promise<Vocabulary | undefined> {
  const [all] = await search.multiSearch([{ q: '', page: 1, hitsPerPage: VOCABULARY_MAX_DOCS, attributesToRetrieve: ['id', ...SEARCHED] }]);
  if (all!.totalHits === undefined || all!.totalHits > all!.hits.length) return undefined;
  return vocabularyOf(all!.hits);
}

const latest = new WeakMap<ProvisionSearch, Vocabulary>();

/**
 * The vocabulary last read for this engine (the live build's once keepVocabulary has read it; a
 * guess from an older build only costs a query or a round trip). Nothing is read here.
 */
export const keptVocabulary = (search: ProvisionSearch): Vocabulary | undefined => latest.get(search);

/**
 * Reads the live build's vocabulary in the background if it has not been (kept per build,
 * src/search/client.ts perBuild); nobody waits for it. Node reads it at start-up and the route
 * keeps it fresh once a search has its answer (a new build's read never shares the engine with the
 * search that noticed it).
 */
export function keepVocabulary(search: ProvisionSearch): void {
  search
    .perBuild('vocabulary', () => readVocabulary(search))
    .then(({ value, reading }: Kept<Vocabulary | undefined>) => {
      if (value) latest.set(search, value);
      // Once read, it is kept for the next search.
      if (reading) void reading.then(() => keepVocabulary(search));
      else if (!value) latest.delete(search);
    })
    .catch(() => undefined);
}

/** Typos the engine allows in a word (none in a number: disableOnNumbers). */
const typosIn = (w: string): number => (/^\p{N}+$/u.test(w) ? 0 : typoBudget(w));

const add = (into: Set<number>, from: Iterable<number> | undefined) => {
  if (from) for (const n of from) into.add(n);
};

/** Provisions that may hold `w` as the engine matches it: the word, its typos, its split in two (both halves). */
function reach(v: Vocabulary, w: string): ReadonlySet<number> {
  const known = v.reached.get(w);
  if (known) return known;
  const out = new Set<number>(v.provisions.get(w));
  const k = typosIn(w);
  for (let len = w.length - k; k && len <= w.length + k; len++) {
    for (const other of v.byShape.get(`${len}:${w[0]}`) ?? []) if (other !== w && typoDistance(w, other, k) <= k) add(out, v.provisions.get(other));
  }
  // A typo on the first letter costs two: with two allowed, the rest is as typed (the first
  // letter replaced, dropped, added before, or swapped with the second).
  if (k > 1) {
    for (const other of [...(v.byTail.get(w.slice(1)) ?? []), ...(v.byTail.get(w) ?? []), w.slice(1), `${w[1]}${w[0]}${w.slice(2)}`]) {
      if (other[0] !== w[0]) add(out, v.provisions.get(other));
    }
  }
  for (let i = 1; i < w.length; i++) {
    const a = v.provisions.get(w.slice(0, i));
    const b = a && v.provisions.get(w.slice(i));
    if (a && b) add(out, intersection([new Set(a), new Set(b)]));
  }
  if (v.reached.size >= REACHED_MAX) v.reached.clear();
  v.reached.set(w, out);
  return out;
}

const intersection = (sets: readonly ReadonlySet<number>[]): number[] => {
  const [first, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return first ? [...first].filter((n) => rest.every((s) => s.has(n))) : [];
};

/** A query word as the thesaurus keys it (src/search/understand.ts). */
const keyOf = (w: string): string => w.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * Whether the strict query `q` (the engine's text; `ordered`: matched with `last`) finds fewer
 * than `limit` provisions: the word it keeps (with `frequency` the one in the fewest documents as
 * typed, with `last` the first) is in fewer, counted with its typos, its split, its joins with the
 * neighbouring words and the synonyms of the thesaurus phrases that hold it.
 */
export function shortPage(v: Vocabulary, thesaurus: Thesaurus, q: string, ordered: boolean, limit: number): boolean {
  const typed = q.split(/\s+/).filter(Boolean);
  const synonyms = synonymsOf(thesaurus);
  // Per typed word, the phrases the thesaurus expands that hold it (their synonyms match there too).
  const expansions = typed.map(() => [] as string[]);
  const ks = typed.map(keyOf);
  for (let i = 0; i < ks.length; i++) {
    for (let n = 1; n <= 3 && i + n <= ks.length; n++) {
      const terms = synonyms[ks.slice(i, i + n).join(' ')];
      if (terms) for (let p = i; p < i + n; p++) expansions[p]!.push(...terms);
    }
  }
  // The words in engine order, each with the typed word it came from.
  const ws = typed.flatMap((t, i) => tokens(t).map((w) => ({ w, from: i }))).map((x, c) => ({ ...x, c }));
  // The word the engine keeps: the first with `last`; with `frequency` the one in the fewest
  // documents as typed (every one of them, when several are equally rare).
  const fewest = Math.min(...ws.map(({ w }) => v.documents.get(w) ?? 0));
  const kept = ordered ? ws.slice(0, 1) : ws.filter(({ w }) => (v.documents.get(w) ?? 0) === fewest);
  return kept.length > 0 && kept.every(({ w, from, c }) => {
    // A word in `limit` provisions or more as typed never makes a page short (most words).
    if ((v.provisions.get(w)?.length ?? 0) >= limit) return false;
    const own = reach(v, w);
    if (own.size >= limit) return false;
    const found = new Set(own);
    // Joined with the one or two words before or after (the engine's n-grams).
    for (const [s, e] of [[c - 2, c], [c - 1, c], [c - 1, c + 1], [c, c + 1], [c, c + 2]] as const) {
      if (s >= 0 && e < ws.length && found.size < limit) add(found, reach(v, ws.slice(s, e + 1).map((x) => x.w).join('')));
    }
    // A synonym phrase matches where all its words are.
    for (const term of expansions[from]!) {
      if (found.size >= limit) return false;
      add(found, intersection(tokens(term).map((t) => reach(v, t))));
    }
    return found.size < limit;
  });
}

const synonymsOf = perThesaurus(thesaurusSynonyms);
