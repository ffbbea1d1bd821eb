/**
 * A short strict page known before the first round trip, from the words' counts of provisions (the
 * words index built with the provisions, src/search/words.ts), so that the loose query rides in that
 * trip (src/api/search-plan.ts) instead of a second one. The answer is the same either way (loose
 * hits are read only for a short page); a wrong guess costs a query (guessed short, the page full)
 * or the second round trip as before (guessed full, the page short).
 *
 * Why a count says it: the strict query matches with `frequency` (the engine drops the query's
 * most frequent words while a page is short, never the rarest, which it tells by the documents
 * holding the word as typed) or, for a description searched words first, with `last` (never the
 * first word). Every hit holds that word, so the page is short when it is in fewer than `limit`
 * provisions, counted with everything the engine may take for it (a superset): the words one or
 * two typos away (the index's typo settings), the word split in two, the word joined with a
 * neighbour, and the synonyms of a phrase the thesaurus expands that holds it. Measured on the
 * bench mix: BENCHMARKS.md section 22 (read from the words index since findings 26).
 */
import type { Kept, ProvisionSearch } from '../search/client.js';
import { perThesaurus, thesaurusSynonyms, typoBudget, typoDistance, type Thesaurus } from '../search/thesaurus.js';
import { tokens, type WordDoc } from '../search/words.js';

export interface Vocabulary {
  /** Documents (a provision in each language it is held in) each word is in, as typed: how the engine tells the rarest word. Every word. */
  readonly documents: ReadonlyMap<string, number>;
  /** The provisions (ids numbered as read) each word in fewer than WORD_LIST_MAX is in; a word not here but in `documents` is in more. */
  readonly provisions: ReadonlyMap<string, Uint32Array>;
  /** The words by length and first letter (`5:c`): typo neighbours keep the first letter, within a length or two. */
  readonly byShape: ReadonlyMap<string, readonly string[]>;
  /** The words by all but their first letter. */
  readonly byTail: ReadonlyMap<string, readonly string[]>;
  /** Provisions a word may match, already worked out (words recur across searches). */
  readonly reached: Map<string, Reach>;
}

/** Provisions that may hold a word, or MANY: at least WORD_LIST_MAX, more than any page holds. */
type Reach = ReadonlySet<number> | typeof MANY;
const MANY = null;

/** Words worked out kept per vocabulary before the memo starts afresh (bounds the memory). */
const REACHED_MAX = 20_000;

/** The vocabulary of the words index's documents (src/search/words.ts). */
export function vocabularyFrom(words: readonly WordDoc[]): Vocabulary {
  const documents = new Map<string, number>();
  const provisions = new Map<string, Uint32Array>();
  // Each provision's id as a number, for cheap sets.
  const ids = new Map<string, number>();
  const number = (id: string): number => {
    let n = ids.get(id);
    if (n === undefined) ids.set(id, (n = ids.size));
    return n;
  };
  const byShape = new Map<string, string[]>();
  const byTail = new Map<string, string[]>();
  for (const { w, d, p } of words) {
    documents.set(w, d);
    if (p) provisions.set(w, Uint32Array.from(p, number));
    for (const [by, key] of [[byShape, `${w.length}:${w[0]}`], [byTail, w.slice(1)]] as const) {
      const same = by.get(key);
      if (same) same.push(w);
      else by.set(key, [w]);
    }
  }
  return { documents, provisions, byShape, byTail, reached: new Map() };
}

/** The live build's words index (one read), or undefined without one. */
export async function readVocabulary(search: ProvisionSearch): Promise<Vocabulary | undefined> {
  const words = await search.words();
  return words && vocabularyFrom(words);
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
 * search that noticed it). `later` (Workers: waitUntil) is given the whole of it, the build id's
 * lookup included: a Workers request's I/O that outlives it unregistered is cancelled. With only the
 * read registered, later searches' engine calls timed out (2 of 291 in the second pass of the mix
 * through the Worker, most likely a build id lookup started after an answer and cancelled with its
 * request; not traced further); with all of it registered, none in three passes. Since then no
 * request awaits a build id lookup another started (ProvisionSearch.buildId: on Workers that
 * request resumed in the other's context, BENCHMARKS.md section 28).
 */
export function keepVocabulary(search: ProvisionSearch, later?: (work: Promise<unknown>) => void): Promise<void> {
  const kept: Promise<void> = search
    .perBuild('vocabulary', () => readVocabulary(search))
    .then(({ value, reading }: Kept<Vocabulary | undefined>) => {
      if (value) latest.set(search, value);
      else if (!reading) latest.delete(search);
      // Once read, it is kept for the next search.
      return reading?.then(() => keepVocabulary(search));
    })
    .catch(() => undefined);
  later?.(kept);
  return kept;
}

/** Typos the engine allows in a word (none in a number: disableOnNumbers). */
const typosIn = (w: string): number => (/^\p{N}+$/u.test(w) ? 0 : typoBudget(w));

const add = (into: Set<number>, from: Iterable<number> | undefined) => {
  if (from) for (const n of from) into.add(n);
};

/** The provisions holding `w` as typed: their list, MANY, or undefined for a word in none. */
const holding = (v: Vocabulary, w: string): Uint32Array | typeof MANY | undefined => v.provisions.get(w) ?? (v.documents.has(w) ? MANY : undefined);

/** Provisions in all of `sets`; one of MANY bounds nothing (the others' give a superset), all of MANY is MANY. */
function intersection(sets: readonly (Iterable<number> | typeof MANY)[]): Reach {
  const known = sets.flatMap((s) => (s === MANY ? [] : [s instanceof Set ? (s as ReadonlySet<number>) : new Set(s)]));
  if (!known.length) return sets.length ? MANY : new Set();
  const [first, ...rest] = known.sort((a, b) => a.size - b.size);
  return new Set([...first!].filter((n) => rest.every((s) => s.has(n))));
}

/** Provisions that may hold `w` as the engine matches it: the word, its typos, its split in two (both halves). */
function reach(v: Vocabulary, w: string): Reach {
  const known = v.reached.get(w);
  if (known !== undefined) return known;
  const out = reachOf(v, w);
  if (v.reached.size >= REACHED_MAX) v.reached.clear();
  v.reached.set(w, out);
  return out;
}

function reachOf(v: Vocabulary, w: string): Reach {
  const out = new Set<number>();
  /** Adds a word's provisions; false when they are MANY (then so is the whole). */
  const take = (word: string): boolean => {
    const held = holding(v, word);
    if (held === MANY) return false;
    add(out, held);
    return true;
  };
  if (!take(w)) return MANY;
  const k = typosIn(w);
  for (let len = w.length - k; k && len <= w.length + k; len++) {
    for (const other of v.byShape.get(`${len}:${w[0]}`) ?? []) if (other !== w && typoDistance(w, other, k) <= k && !take(other)) return MANY;
  }
  // A typo on the first letter costs two: with two allowed, the rest is as typed (the first
  // letter replaced, dropped, added before, or swapped with the second).
  if (k > 1) {
    for (const other of [...(v.byTail.get(w.slice(1)) ?? []), ...(v.byTail.get(w) ?? []), w.slice(1), `${w[1]}${w[0]}${w.slice(2)}`]) {
      if (other[0] !== w[0] && !take(other)) return MANY;
    }
  }
  for (let i = 1; i < w.length; i++) {
    const a = holding(v, w.slice(0, i));
    const b = a === undefined ? undefined : holding(v, w.slice(i));
    if (a === undefined || b === undefined) continue;
    const both = intersection([a, b]);
    if (both === MANY) return MANY;
    add(out, both);
  }
  return out;
}

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
    const held = holding(v, w);
    if (held === MANY || (held?.length ?? 0) >= limit) return false;
    const own = reach(v, w);
    if (own === MANY || own.size >= limit) return false;
    const found = new Set(own);
    // Joined with the one or two words before or after (the engine's n-grams).
    for (const [s, e] of [[c - 2, c], [c - 1, c], [c - 1, c + 1], [c, c + 1], [c, c + 2]] as const) {
      if (s < 0 || e >= ws.length || found.size >= limit) continue;
      const joined = reach(v, ws.slice(s, e + 1).map((x) => x.w).join(''));
      if (joined === MANY) return false;
      add(found, joined);
    }
    // A synonym phrase matches where all its words are.
    for (const term of expansions[from]!) {
      if (found.size >= limit) return false;
      const where = intersection(tokens(term).map((t) => reach(v, t)));
      if (where === MANY) return false;
      add(found, where);
    }
    return found.size < limit;
  });
}

const synonymsOf = perThesaurus(thesaurusSynonyms);
