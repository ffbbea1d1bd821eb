/**
 * Query understanding (pure): what a typed query says besides its words.
 *  - ages: a number next to "years old", "aged", "girl of", "umur", "tahun" … is an age, not a
 *    section number, so it is taken out of the engine query (else "girl of 15" ranks every s 15);
 *  - an Act named in the query ("penal code kidnapping") filters to that Act;
 *  - a query that reads as facts (actors and actions, several words) yields the facts the
 *    facts → charges matcher takes (src/compute/match.ts), from the thesaurus's fact words.
 */
import { ACTS, type ActConfig } from '../registry/acts.js';
import type { Facts } from '../schema/match.js';
import type { Lang } from '../schema/provision.js';
import { correctSpelling, factWordsIn, normalise, perThesaurus, thesaurusKeys, type Expansion, type Thesaurus } from './thesaurus.js';

export interface QueryUnderstanding {
  /** The words the engine gets: ages and an Act name taken out, misspelt thesaurus words put right. */
  text: string;
  /** Misspelt thesaurus words put right (kind `spelling`). */
  spelling: Expansion[];
  /** A long query's words, the thesaurus's first (see wordsFirst): searched matching from the front. */
  ordered?: string;
  ages: number[];
  /** The Act a name in the query refers to, when the request has no act filter of its own. */
  act?: { slug: string; words: string };
  /** Set when the query reads as a description of facts. */
  facts?: { input: Facts; words: string[] };
}

const AGE_PATTERNS: readonly RegExp[] = [
  /\b(\d{1,2})[\s-]*(?:years?|yrs?|year)[\s-]*old\b/giu,
  /\b(?:aged|age|umur|berumur|berusia|usia)\s+(\d{1,2})\b/giu,
  /\b(\d{1,2})\s+tahun\b/giu,
  /\b(?:girl|boy|child|children|daughter|son|baby|minor|victim|kid|budak|kanak-kanak|anak|gadis|remaja)\s+(?:of\s+|aged\s+)?(\d{1,2})\b/giu,
  /\b(?:under|below|bawah)\s+(?:the\s+age\s+of\s+)?(\d{1,2})\b/giu,
  /\b(\d{1,2})[\s-]*year[\s-]*old\b/giu,
];

/**
 * "thought she was over 18": an age bound, not a section number, and not the victim's age either
 * (it says what someone believed), so it is taken out of the text but not read as an age.
 */
const AGE_BOUND = /\b(?:over|above|atas)\s+(?:the\s+age\s+of\s+)?(\d{1,2})\b/giu;

/** Every age pattern and the age bound hold a number: without a digit the text only has its spaces tidied. */
const DIGIT = /\d/;

/** Numbers that are ages, with the query text they were found in removed. */
export function readAges(q: string): { ages: number[]; text: string } {
  if (!DIGIT.test(q)) return { ages: [], text: q.replace(/\s+/g, ' ').trim() };
  const ages: number[] = [];
  let text = q.replace(AGE_BOUND, (match: string, n: string) => match.replace(n, ' '));
  for (const pattern of AGE_PATTERNS) {
    text = text.replace(pattern, (match: string, n: string) => {
      ages.push(Number(n));
      // Keep the words around the number ("girl of", "years old"): they still describe the facts.
      return match.replace(n, ' ');
    });
  }
  return { ages: [...new Set(ages)], text: text.replace(/\s+/g, ' ').trim() };
}

/**
 * "definition of exploitation", "takrif eksploitasi": the words asking for a definition are in no
 * definition's text, and as the rarest words of a short query `frequency` matching would require
 * them; the defined term alone finds its definition first (the term is the first attribute searched).
 */
const DEFINITION_CUE = /^\s*(?:(?:the\s+)?(?:definition|meaning)\s+of|define|takrif|maksud|definisi)\s+(?=\S)/iu;

export const withoutDefinitionCue = (q: string): string => q.replace(DEFINITION_CUE, '');

/** Names long enough not to be ordinary words ("PC", "KK" are left to the citation reader). */
const actNames = (acts: readonly ActConfig[]): { slug: string; name: string }[] =>
  acts
    .filter((a) => a.sources.length > 0)
    .flatMap((a) => [a.title.en, ...(a.title.ms ? [a.title.ms] : []), ...a.aliases].map((name) => ({ slug: a.slug, name: normalise(name) })))
    .filter(({ name }) => name.length >= 4)
    .sort((x, y) => y.name.length - x.name.length);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each Act name with its whole-word pattern, built once per list of Acts (not per request). */
const namePatterns = new WeakMap<readonly ActConfig[], { slug: string; name: string; re: RegExp }[]>();
const actPatterns = (acts: readonly ActConfig[]) => {
  let patterns = namePatterns.get(acts);
  if (!patterns) {
    patterns = actNames(acts).map(({ slug, name }) => ({ slug, name, re: new RegExp(`(^|[^\\p{L}\\p{N}])${escape(name)}(?=$|[^\\p{L}\\p{N}])`, 'u') }));
    namePatterns.set(acts, patterns);
  }
  return patterns;
};

/** The first Act named in the query, and the query without the name (unless nothing else is left). */
export function readAct(q: string, acts: readonly ActConfig[] = ACTS): { slug: string; words: string; text: string } | undefined {
  const text = normalise(q);
  for (const { slug, name, re } of actPatterns(acts)) {
    // Most queries name no Act: a substring test spares the whole-word pattern (about 2% of the Node API's CPU per search).
    if (!text.includes(name)) continue;
    const m = re.exec(text);
    if (!m) continue;
    const rest = (text.slice(0, m.index) + m[1] + text.slice(m.index + m[0].length)).replace(/\s+/g, ' ').trim();
    if (!rest) return undefined;
    return { slug, words: name, text: rest };
  }
  return undefined;
}

/**
 * Letters from which a word of a thesaurus phrase, met alone, counts as a thesaurus word (measured on the
 * relevance set, all MRR: every word 0.843, from 5 letters 0.840, 6 → 0.846, 7 → 0.845, 8 → 0.843).
 */
export const MIN_PHRASE_WORD = 6;

/** Meaningful words from which a query is searched thesaurus words first (measured on the relevance set). */
export const MIN_ORDERED_WORDS = 5;

/** A typed word as the thesaurus keys it: normalised, without the punctuation around it. */
const key = (w: string): string => normalise(w).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** wordsFirst's word sets, built once per thesaurus. */
const orderWords = perThesaurus((t: Thesaurus) => {
  const keys = thesaurusKeys(t);
  return {
    keys,
    // Words of the phrases the engine expands; the statutes' terms' own words ("that", "person") would promote anything,
    // and so would the short words of lay phrases ("never" of "never paid", "sent", "home", "mahu").
    known: new Set([...keys].flatMap((k) => (k.includes(' ') ? k.split(' ').filter((w) => w.length >= MIN_PHRASE_WORD) : [k]))),
    fn: new Set(t.function_words),
    actors: new Set(t.actors),
  };
});

/**
 * A long query (a description of facts), its words reordered for `last` matching, which requires
 * the first word and drops words from the end: the words of the thesaurus's phrases (lay words,
 * inflections, the two languages' terms) in the order typed, a phrase kept whole so its synonyms still apply,
 * phrases of two meaningful words or more first ("told no one", "find jobs" say more than "pupil" or
 * "shelter"; "for money", "at night" do not), then the people named (every description names some: "worker", "victim"), then the other words
 * longest first, function words last. With `frequency` matching the rarest
 * word is the one required, and in a description that is a lay word ("showed", "landlord") that
 * picks the wrong provisions. Undefined for short queries.
 */
export function wordsFirst(t: Thesaurus, text: string): string | undefined {
  const { keys, known, fn, actors } = orderWords(t);
  const ws = text.split(/\s+/).filter(Boolean);
  const ks = ws.map(key);
  if (ks.filter((k) => !fn.has(k)).length < MIN_ORDERED_WORDS) return undefined;
  const phrases: string[] = [];
  const first: string[] = [];
  const people: string[] = [];
  const others: string[] = [];
  const last: string[] = [];
  for (let i = 0; i < ws.length; ) {
    const n = [3, 2].find((n) => i + n <= ws.length && keys.has(ks.slice(i, i + n).join(' ')));
    const unit = ws.slice(i, i + (n ?? 1)).join(' ');
    i += n ?? 1;
    const k = key(unit);
    if (n) (actors.has(k) ? people : k.split(' ').filter((w) => !fn.has(w)).length >= 2 ? phrases : first).push(unit);
    else (fn.has(k) ? last : actors.has(k) ? people : known.has(k) ? first : others).push(unit);
  }
  return [...phrases, ...first, ...people, ...others.sort((a, b) => b.length - a.length), ...last].join(' ');
}

/** English articles: "sale of a child" names the thesaurus phrase "sale of child" (the engine expands whole phrases only). */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/**
 * The query without an article that stands inside a thesaurus phrase ("sale of a child" -> "sale of
 * child"), so the phrase's synonyms apply; an article no phrase spans stays as typed.
 */
export function withoutPhraseArticles(t: Thesaurus, text: string): string {
  const { keys } = orderWords(t);
  const ws = text.split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (ARTICLES.has(key(ws[i]!)) && kept.length && i + 1 < ws.length) {
      const before = kept.slice(-2).map(key);
      const after = ws.slice(i + 1, i + 3).map(key);
      // A phrase of 2 or 3 words holding the words on both sides of the article.
      const spans = [[1, 1], [1, 2], [2, 1]].some(([b, a]) => b! <= before.length && a! <= after.length && keys.has([...before.slice(-b!), ...after.slice(0, a!)].join(' ')));
      if (spans) continue;
    }
    kept.push(ws[i]!);
  }
  return kept.length === ws.length ? text : kept.join(' ');
}

/** Fewer words than this reads as a topic ("forced labour"), not as facts. */
const MIN_FACT_WORDS = 4;

export function understandQuery(
  q: string,
  thesaurus: Thesaurus,
  options: { lang?: Lang; actFilter?: boolean } = {},
): QueryUnderstanding {
  const { ages, text: ageless } = readAges(q);
  const act = options.actFilter ? undefined : readAct(ageless);
  const { text, corrections } = correctSpelling(thesaurus, withoutPhraseArticles(thesaurus, withoutDefinitionCue(act ? act.text : ageless)));
  const ordered = wordsFirst(thesaurus, text);
  const out: QueryUnderstanding = {
    text,
    ages,
    spelling: corrections,
    ...(ordered ? { ordered } : {}),
    ...(act ? { act: { slug: act.slug, words: act.words } } : {}),
  };

  const normalised = normalise(q);
  const wordCount = normalised.split(' ').length;
  const padded = ` ${normalised} `;
  const actor = thesaurus.actors.some((a) => padded.includes(` ${a} `));
  // The fact words (every phrase of the thesaurus's facts looked for) only for a query that can read as facts: most cannot.
  const found = wordCount >= MIN_FACT_WORDS && (actor || ages.length > 0) ? factWordsIn(thesaurus, q) : [];
  const acting = found.some(({ entry }) => entry.conduct || entry.means || entry.purpose || entry.place || entry.circumstances);
  if (acting) {
    const codes = (pick: (e: (typeof found)[number]['entry']) => readonly string[] | undefined) =>
      [...new Set(found.flatMap(({ entry }) => pick(entry) ?? []))];
    const migrant = found.map(({ entry }) => entry.migrant_status).find((s) => s !== undefined);
    out.facts = {
      words: found.map((f) => f.words),
      input: {
        conduct: codes((e) => e.conduct),
        means: codes((e) => e.means),
        purpose: codes((e) => e.purpose),
        place: codes((e) => e.place),
        circumstances: codes((e) => e.circumstances),
        ...(ages.length ? { victim_age: Math.min(...ages) } : found.some(({ entry }) => entry.victim_child) ? { victim_child: true } : {}),
        ...(migrant ? { migrant_status: migrant } : {}),
        ...(found.some(({ entry }) => entry.victim_employee) ? { victim_employee: true } : {}),
        lang: options.lang ?? 'en',
      },
    };
  }
  return out;
}
