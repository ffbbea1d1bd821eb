/**
 * The bilingual legal thesaurus (corpus/thesaurus.yaml) as data: parsed and checked here (pure, runs
 * in the Worker), turned into Meilisearch synonyms for the index build, and read at query time to
 * say which expansions the engine applied and which fact words a description contains.
 */
import { parse } from 'yaml';
import { z } from 'zod';
import { MIGRANT_STATUSES } from '../schema/match.js';
import { factCodes, type FactField } from '../schema/facts.js';

/** Lower-case, one space between words: the form queries are compared in (the engine lowercases too). */
export const normalise = (s: string): string => s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();

const Phrase = z.string().trim().min(1).transform(normalise);
const Phrases = z.array(Phrase).min(1);

/** Codes of the facts vocabulary (src/schema/facts.ts): what the matcher takes, as the facts form gives it. */
const codes = (field: FactField) =>
  z.array(z.enum(factCodes(field) as [string, ...string[]])).optional();

const FactWords = z
  .object({
    words: Phrases,
    conduct: codes('conduct'),
    means: codes('means'),
    purpose: codes('purpose'),
    place: codes('place'),
    circumstances: codes('circumstances'),
    migrant_status: z.enum(MIGRANT_STATUSES).optional(),
    /** Words that name a child ("baby", "budak"): the victim is one when no age says otherwise. */
    victim_child: z.literal(true).optional(),
    /** Words that name a worker ("maid", "pekerja"): the victim is an employee. */
    victim_employee: z.literal(true).optional(),
  })
  .strict();
export type FactWords = z.infer<typeof FactWords>;

export const Thesaurus = z
  .object({
    groups: z.array(z.array(Phrase).min(2)),
    plain: z.array(z.object({ words: Phrases, terms: Phrases }).strict()),
    pairs: z.array(z.object({ en: Phrase, ms: Phrase }).strict()),
    facts: z.array(FactWords),
    /** People who act in a case: with a fact word, a query naming one reads as facts. */
    actors: Phrases,
    /** Words that carry no meaning of their own ("the", "dan"): searched last in a long query. */
    function_words: z.array(Phrase.refine((w) => !w.includes(' '), 'one word each')),
  })
  .strict();
export type Thesaurus = z.infer<typeof Thesaurus>;

export function parseThesaurus(yamlText: string, file = 'corpus/thesaurus.yaml'): Thesaurus {
  const parsed = Thesaurus.safeParse(parse(yamlText));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** `spelling`: a typed word one or two letters off a thesaurus word, searched as that word. */
export type ExpansionKind = 'plain' | 'pair' | 'group' | 'spelling';
interface Rule {
  kind: ExpansionKind;
  terms: string[];
}

/** Meilisearch looks synonyms up for query n-grams of 1 to 3 words only; longer keys never fire. */
const MAX_KEY_WORDS = 3;
const words = (s: string): string[] => s.split(/[^\p{L}\p{N}']+/u).filter(Boolean);

/**
 * A value derived from a thesaurus, built once per thesaurus object: a loaded thesaurus never
 * changes, and every search request reads these tables several times (spelling, expansions,
 * word order), so rebuilding them per request was work on the hot path.
 */
export function perThesaurus<T>(build: (t: Thesaurus) => T): (t: Thesaurus) => T {
  const memo = new WeakMap<Thesaurus, T>();
  return (t) => {
    if (!memo.has(t)) memo.set(t, build(t));
    return memo.get(t)!;
  };
}

/** Every key (a query phrase) → what it expands to, and the kind of entry it comes from. */
const rules = perThesaurus((t: Thesaurus): Map<string, Rule[]> => {
  const out = new Map<string, Rule[]>();
  const add = (key: string, kind: ExpansionKind, terms: readonly string[]) => {
    const others = terms.filter((x) => x !== key);
    if (others.length) out.set(key, [...(out.get(key) ?? []), { kind, terms: others }]);
  };
  for (const group of t.groups) for (const w of group) add(w, 'group', group);
  for (const { en, ms } of t.pairs) {
    add(en, 'pair', [ms]);
    add(ms, 'pair', [en]);
  }
  for (const { words: ws, terms } of t.plain) for (const w of ws) add(w, 'plain', terms);
  return out;
});

/** The index's synonyms setting: each key with every phrase it expands to. */
export function thesaurusSynonyms(t: Thesaurus): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, rs] of rules(t)) out[key] = [...new Set(rs.flatMap((r) => r.terms))];
  return out;
}

export interface Expansion {
  /** The words of the query that were expanded. */
  words: string;
  /** What the engine also searched for. */
  terms: string[];
  kind: ExpansionKind;
}

/** Word n-grams of a query (1..max words), in query order, longest first at each position. */
function ngrams(q: string, max: number): { phrase: string; start: number; end: number }[] {
  const ws = words(normalise(q));
  const out: { phrase: string; start: number; end: number }[] = [];
  for (let i = 0; i < ws.length; i++) {
    for (let n = Math.min(max, ws.length - i); n >= 1; n--) out.push({ phrase: ws.slice(i, i + n).join(' '), start: i, end: i + n });
  }
  return out;
}

/**
 * The expansions the engine applies to a query, as the results page shows them: a phrase inside
 * a longer matched phrase is not listed again (the longer one says it all).
 */
export function expansionsOf(t: Thesaurus, q: string): Expansion[] {
  const table = rules(t);
  const covered = new Set<number>();
  const out: Expansion[] = [];
  for (const g of ngrams(q, MAX_KEY_WORDS)) {
    const rs = table.get(g.phrase);
    if (!rs) continue;
    const positions = Array.from({ length: g.end - g.start }, (_, k) => g.start + k);
    if (positions.every((p) => covered.has(p))) continue;
    positions.forEach((p) => covered.add(p));
    for (const r of rs) out.push({ words: g.phrase, terms: r.terms, kind: r.kind });
  }
  return out;
}

/** Each fact-word entry with its phrases as whole words between spaces, the form a query is searched in. */
const factPhrases = perThesaurus((t: Thesaurus) =>
  t.facts.map((entry) => ({ entry, phrases: entry.words.map((w) => ({ w, padded: ` ${words(w).join(' ')} ` })) })),
);

/** Fact-word entries whose words occur in the text (whole words, any length). */
export function factWordsIn(t: Thesaurus, text: string): { words: string; entry: FactWords }[] {
  const padded = ` ${words(normalise(text)).join(' ')} `;
  const out: { words: string; entry: FactWords }[] = [];
  for (const { entry, phrases } of factPhrases(t)) {
    const hit = phrases.find((p) => padded.includes(p.padded));
    if (hit) out.push({ words: hit.w, entry });
  }
  return out;
}

/** typoDistance's three rows, kept between calls (grown for a longer word). */
let distanceRows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Edit distance with adjacent transpositions (optimal string alignment), as the engine counts
 * typos ("pornograhpy" is one typo off "pornography"); gives up past `max`.
 */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows (two back, one back, this one), reused: it runs for every unknown word of a query
  // against every correctable key, and (src/api/short-page.ts) every corpus word near a query word.
  if (distanceRows[0]!.length <= b.length) distanceRows = distanceRows.map(() => new Int32Array(b.length + 1));
  let [before, previous, row] = distanceRows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row[j] = d;
      if (d < least) least = d;
    }
    if (least > max) return max + 1;
    [before, previous, row] = [previous, row, before];
  }
  return previous[b.length]!;
}

/** The engine's own typo budget (src/search/settings.ts minWordSizeForTypos): 1 from 5 letters, 2 from 9. */
export const typoBudget = (word: string): number => (word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0);

/**
 * Misspelt thesaurus words, put right. The engine forgives typos in the words it indexes but looks
 * synonyms up by exact words only, so "pornograpy" found neither "pornography" (absent from SOCA)
 * nor the statute's "child sexual abuse material". A word the thesaurus knows (as a lay word or as
 * a statute's term) is never changed; only an unknown word within the engine's typo budget of a
 * lay word of a plain or pair entry, and only when one such word is nearest. Lay words count from
 * 9 letters: shorter ones sit one letter off everyday words ("deported" / "reported").
 */
const MIN_CORRECTED_KEY = 9;

/**
 * The lay words of plain and pair entries a misspelling may be read as, by length: a key whose length
 * differs from the typed word's by more than the budget is further off than the budget (most typed
 * words are shorter than any key), so only keys of the lengths within it are compared.
 */
const correctableKeys = perThesaurus((t: Thesaurus): Map<number, string[]> => {
  const byLength = new Map<number, string[]>();
  for (const [k, rs] of rules(t)) {
    if (k.length >= MIN_CORRECTED_KEY && /^\p{L}+$/u.test(k) && rs.some((r) => r.kind !== 'group')) {
      byLength.set(k.length, [...(byLength.get(k.length) ?? []), k]);
    }
  }
  return byLength;
});
const keysNear = (keys: Map<number, string[]>, length: number, budget: number): string[] => {
  const near: string[] = [];
  for (let n = length - budget; n <= length + budget; n++) near.push(...(keys.get(n) ?? []));
  return near;
};

export function correctSpelling(t: Thesaurus, q: string): { text: string; corrections: Expansion[] } {
  const known = thesaurusWords(t);
  const keys = correctableKeys(t);
  const corrections: Expansion[] = [];
  const text = q.replace(/\p{L}+/gu, (typed) => {
    const word = typed.toLowerCase();
    const budget = typoBudget(word);
    if (!budget || known.has(word)) return typed;
    // The one key nearest within the budget, if only one is.
    let best = budget + 1;
    let nearest = '';
    let ties = 0;
    // Only a unique nearest key is taken, so the order keys are compared in does not matter.
    for (const k of keysNear(keys, word.length, budget)) {
      const d = typoDistance(word, k, budget);
      if (d < best) [best, nearest, ties] = [d, k, 1];
      else if (d === best) ties++;
    }
    if (best > budget || ties !== 1) return typed;
    corrections.push({ words: word, terms: [nearest], kind: 'spelling' });
    return nearest;
  });
  return { text, corrections };
}

/** The phrases the engine expands (lay words, inflections, the two languages' terms), 1 to 3 words each. */
export const thesaurusKeys = perThesaurus((t: Thesaurus): ReadonlySet<string> => new Set(rules(t).keys()));

/** Every word of the thesaurus's phrases (lay words and the statutes' terms): the words the law is searched by. */
const thesaurusWords = perThesaurus((t: Thesaurus): ReadonlySet<string> => {
  const table = rules(t);
  return new Set([...table.keys(), ...[...table.values()].flat().flatMap((r) => r.terms)].flatMap((p) => words(p)));
});
