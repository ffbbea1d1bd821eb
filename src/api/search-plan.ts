/**
 * One search request, planned: the query understood (src/search/understand.ts), then the engine
 * queries it needs sent in ONE multi-search round trip (a second only for a short page), and the
 * answers blended:
 *  - strict: the words as typed (ages and an Act name taken out), the configured matching
 *            strategy (`frequency` unless MEILI_MATCHING_STRATEGY says otherwise); a long query
 *            thesaurus words first, `last` matching (src/search/understand.ts wordsFirst); with
 *            `exactTotal` or facets asked for, a count of every match carrying those facets
 *            (otherwise the engine's estimate, exact on the last page, and no facets);
 *  - fallback: with a language asked for, provisions of Acts not held in that language, in the
 *            language they are held in, merged by ranking score (the route labels the language);
 *  - facts:  when the query reads as facts, the offences the facts → charges matcher ranks for
 *            them (src/compute/match.ts), blended in and labelled; the matcher runs in-process
 *            over the offence catalogue, read once per index build (no engine query per search);
 *  - loose:  only when the first page is still short of `limit` after those, the same words with
 *            `last` matching (an ordered query: as typed, the configured strategy), filling the
 *            page below every other hit: in the first round trip when the page is expected short
 *            (a citation; a word in fewer provisions than the page holds, src/api/short-page.ts),
 *            else in a second round trip, only if it is (a fact description with one word
 *            the statutes never use would otherwise come back empty). Loose hits count in no
 *            total, so a full page (about two requests in three of the bench mix) never needs them.
 * Each hit says where it came from (`via`).
 */
import { ACTS } from '../registry/acts.js';
import { factElements, offencesFor, rankOffences, type OffenceElements } from '../compute/match.js';
import type { Facts } from '../schema/match.js';
import { LANGS, type Lang } from '../schema/provision.js';
import type { MultiSearchQuery } from 'meilisearch';
import { highlightParams, type Doc, type Kept, type MultiAnswer, type ProvisionSearch } from '../search/client.js';
import { filterExpression, type Filter, type FilterValue } from '../search/filter.js';
import { engineQuery } from '../search/query.js';
import { INDEX_SETTINGS, POSITION_FIELD } from '../search/settings.js';
import { expansionsOf, type Expansion, type Thesaurus } from '../search/thesaurus.js';
import { understandQuery, type QueryUnderstanding } from '../search/understand.js';
import { shortPage, type Vocabulary } from './short-page.js';

export type Via = 'search' | 'facts' | 'loose';
export interface PlannedHit {
  doc: Doc;
  via: Via;
}

/** One engine query of a multi-search (the index is the client's). */
export type Query = Omit<MultiSearchQuery, 'indexUid'>;

export interface PlanRequest {
  q: string;
  filter: Filter;
  limit: number;
  offset: number;
  /** Facet counts cost the engine work per value: only those the caller shows. */
  facets: readonly string[];
  /** Count every match (one more query per searched language set); else the engine's estimate. */
  exactTotal: boolean;
  attributes: string[];
  highlight: { attributes: string[]; crop: string[]; cropLength: number; pre: string; post: string };
  /** The caller's own queries (the route's citation lookup), sent in the first round trip; answered in `alongside`. */
  alongside?: readonly Query[];
  /**
   * The caller expects a short first page (a citation-shaped query: 29 of the bench mix's 30 are):
   * the loose query rides in the first round trip instead of a second one. The answer is the same.
   */
  shortExpected?: boolean;
  /**
   * The words' counts of provisions (src/api/short-page.ts; the route passes the one kept for the
   * live build): a page they show to be short sends the loose query in the first round trip too.
   */
  vocabulary?: Vocabulary;
  /** Work to let finish after the answer (the offence catalogue's read): Workers' waitUntil. */
  later?: (work: Promise<unknown>) => void;
}

export interface PlanAnswer {
  hits: PlannedHit[];
  /** Provisions the strict query matches (plus fallback-language ones): what pages count. */
  total: number;
  /** False when `total` is the engine's estimate. */
  totalExact: boolean;
  facets: Record<string, Record<string, number>>;
  understanding: Omit<QueryUnderstanding, 'spelling'> & { expansions: Expansion[] };
  /** The answers to `alongside`, in its order. */
  alongside: MultiAnswer[];
}

/** The matcher's offences fused with the search hits (measured on the relevance set: 3 → facts 0.628, 10 → 0.630). */
export const FACT_HITS = 10;
/** Candidates the matcher ranks: the first offences in corpus order whose conduct a fact meets. */
const FACT_CANDIDATES = 300;
/**
 * Offences with elements kept in memory up to this many (the corpus has 548, both languages; the
 * synthetic 100,000-document index 33,458): beyond, the engine picks the candidates per search.
 * Kept, an offence costs about 0.75 KB of heap (its listing fields; elements and penalties are
 * shared between offences that have the same; measured, BENCHMARKS.md section 14), so the
 * catalogue stays under about 40 MB.
 */
export const CATALOGUE_MAX = 50_000;
/** Loose hits cost a query; a one-word query has nothing to loosen. */
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Acts held, but not in `lang`: their provisions are shown in the language they are held in. */
export function actsNotHeldIn(lang: Lang): string[] {
  return ACTS.filter((a) => a.sources.length > 0 && !a.sources.some((s) => s.lang === lang)).map((a) => a.slug);
}

const score = (d: Doc): number => (d as Doc & { _rankingScore?: number })._rankingScore ?? 0;

/**
 * Matches of one ranked query: its exact count when one was asked, else the end of a short page
 * (exact whatever the estimate), else the engine's estimate.
 */
function countOf(ranked: { hits: Doc[]; estimatedTotalHits?: number }, counted: { totalHits?: number } | undefined, limit: number, offset: number): { n: number; exact: boolean } {
  if (counted?.totalHits !== undefined) return { n: counted.totalHits, exact: true };
  const seen = offset + ranked.hits.length;
  if (ranked.hits.length < limit && (ranked.hits.length > 0 || offset === 0)) return { n: seen, exact: true };
  return { n: Math.max(ranked.estimatedTotalHits ?? 0, seen), exact: false };
}

/**
 * The engine queries of a search's first (usually only) round trip, and what planSearch needs to
 * read their answers. Pure: the bench sends the same first round trip straight to the engine.
 */
function plan(thesaurus: Thesaurus | undefined, req: PlanRequest) {
  const lang = typeof req.filter.lang === 'string' ? (req.filter.lang as Lang) : undefined;
  const understood = thesaurus
    ? understandQuery(req.q, thesaurus, { ...(lang ? { lang } : {}), actFilter: req.filter.act !== undefined })
    : { text: req.q, ages: [], spelling: [] };
  const filter: Filter = { ...req.filter, ...(understood.act ? { act: understood.act.slug } : {}) };
  // A long query is searched thesaurus words first, from the front (src/search/understand.ts wordsFirst).
  const q = engineQuery(understood.ordered ?? understood.text);
  // Otherwise the client's configured strategy (MEILI_MATCHING_STRATEGY).
  const matching = understood.ordered ? { matchingStrategy: 'last' as const } : {};
  const common = {
    q,
    attributesToRetrieve: req.attributes,
    ...highlightParams(req.highlight),
    showRankingScore: true,
    ...(lang ? {} : { distinct: 'id' }),
  };

  // Fallback: only Acts the filter allows.
  const wanted = filter.act === undefined ? undefined : ([] as (string | number)[]).concat(filter.act as string | number);
  const fallbackActs = lang ? actsNotHeldIn(lang).filter((a) => !wanted || wanted.includes(a)) : [];
  const fallbackFilter: Filter | undefined = lang && fallbackActs.length
    ? { ...filter, act: fallbackActs, lang: LANGS.filter((l) => l !== lang) }
    : undefined;
  // Merging two ranked lists needs both from the top; without a fallback the engine pages.
  const merged = fallbackFilter !== undefined;
  const top = req.offset + req.limit;

  const strictLimit = merged ? top : req.limit;
  const strictOffset = merged ? 0 : req.offset;
  const queries: Query[] = [
    { ...common, filter: filterExpression(filter), ...matching, limit: strictLimit, offset: strictOffset },
  ];
  const at: Partial<Record<'count' | 'fallback' | 'fallbackCount' | 'loose', number>> = {};
  // With one hit per provision, the engine keeps one document per id only among the hits it
  // ranked (how many depends on the page and, sharded, on each shard's contents), so the
  // estimate and the facet counts of a ranked query count some provisions twice. Page mode
  // (totalHits) keeps one per id over every match: the count, and the facets, come from it.
  const counted = req.exactTotal || req.facets.length > 0;
  const facets = req.facets.length ? { facets: [...req.facets] } : {};
  const count = (f: Filter, distinct: boolean): Query => ({ q, filter: filterExpression(f), ...matching, ...(distinct ? { distinct: 'id' } : {}), ...facets, page: 1, hitsPerPage: 0 });
  if (counted) {
    at.count = queries.length;
    queries.push(count(filter, !lang));
  }
  if (fallbackFilter) {
    at.fallback = queries.length;
    queries.push({ ...common, filter: filterExpression(fallbackFilter), ...matching, limit: top });
    if (counted) {
      at.fallbackCount = queries.length;
      queries.push(count(fallbackFilter, false));
    }
  }
  // Loose hits only ever fill a short first page of a query of two or more words.
  const loosens = req.offset === 0 && words(q) > 1;
  const looseFilter = fallbackFilter ? `(${filterExpression(filter)}) OR (${filterExpression(fallbackFilter)})` : filterExpression(filter);
  // An ordered query already matches from the front; its looser form is the words as typed,
  // requiring the rarest (when its first word is one no provision uses, it finds nothing).
  const loose = understood.ordered ? { q: engineQuery(understood.text) } : { q, matchingStrategy: 'last' as const };
  const looseQuery: Query = { ...common, ...loose, filter: looseFilter, limit: req.limit, distinct: 'id' };
  // Sent in the first round trip only when a short page is expected (by the caller, or from the
  // words' counts); else in a second round trip, only when the page is short (most pages are
  // full). Not guessed for facts: the matcher's offences may fill the page. With a fallback, the
  // strict and fallback hits together are at most the word's provisions (both queries keep the
  // same word: measured, BENCHMARKS.md section 22, `lang=ms` and `lang=en`).
  const guessed = () =>
    req.vocabulary !== undefined && thesaurus !== undefined && !understood.facts && shortPage(req.vocabulary, thesaurus, q, understood.ordered !== undefined, req.limit);
  if (loosens && (req.shortExpected || guessed())) {
    at.loose = queries.length;
    queries.push(looseQuery);
  }
  return { lang, understood, filter, q, fallbackFilter, top, strictLimit, strictOffset, queries, at, loosens, looseQuery, trip: [...queries, ...(req.alongside ?? [])] };
}

/** The engine queries of the first round trip planSearch sends for `req` (the client adds the index and its default strategy). */
export const firstRoundTrip = (thesaurus: Thesaurus | undefined, req: PlanRequest): Query[] => plan(thesaurus, req).trip;

/**
 * `work`, run once the round trip's request has left. node:http writes a request on the tick after
 * it is created (a kept-alive socket is handed over with process.nextTick), after every promise job
 * already queued, so work queued as a promise job would still delay the request; setImmediate runs
 * after that tick. A runtime without it runs the work after the jobs queued.
 */
function whileEngineWorks<T>(work: () => Promise<T>): Promise<T> {
  return new Promise<void>((start) => (typeof setImmediate === 'function' ? setImmediate(start) : queueMicrotask(start))).then(work);
}

export async function planSearch(search: ProvisionSearch, thesaurus: Thesaurus | undefined, req: PlanRequest): Promise<PlanAnswer> {
  const { lang, understood, filter, q, fallbackFilter, top, strictLimit, strictOffset, queries, at, loosens, looseQuery, trip } = plan(thesaurus, req);
  const firstPage = req.offset === 0;
  const facts = understood.facts;
  /** Facts hits come in the language asked for (English without one), else in the language held. */
  const shown: Lang = lang ?? 'en';
  // The matcher ranks only offences whose conduct a fact meets: the candidates are those (fact codes
  // are not element codes: "confined" meets the act "confine").
  const factCodes = facts ? [...(factElements(facts.input).codes.get('act') ?? [])] : [];
  const attributes = factAttributes(req.attributes);
  // A facts query keeps the catalogue fresh (read in the background after a new build) and never
  // waits for it: until it is kept, the engine picks the candidates. Other queries leave it alone, so
  // a heavy read shares the engine only with the queries that will use it.
  const catalogue = firstPage && facts && factCodes.length ? offenceCatalogue(search, attributes) : undefined;

  const { spelling, ordered, ...rest } = understood;
  const own = queries.length;
  // The matcher's offences and the expansions need nothing from the engine's answer: worked out
  // while the engine works on the round trip, not after it (at 1 connection the API's CPU is
  // serial with the engine's otherwise).
  const [results, early] = await Promise.all([
    search.multiSearch(trip),
    whileEngineWorks(async () => {
      const kept = await catalogue;
      // Only a read under way is handed to the runtime (still during the request: the answer waits
      // for the candidates). Asking Hono for an execution context Node lacks throws: measured at
      // about 1% of the Node API's CPU per search when every facts query did it.
      if (kept?.reading) req.later?.(kept.reading);
      const offences = !kept ? undefined : kept.value ? factCandidates(kept.value, factCodes, shown, filter.act) : await factCandidatesOnEngine(search, attributes, factCodes, shown, filter.act);
      return {
        factHits: offences && facts ? factHits(facts.input, offences, shown) : undefined,
        expansions: [...spelling, ...(thesaurus ? expansionsOf(thesaurus, understood.text) : [])],
      };
    }),
  ]);
  const strict = results[0]!;
  let ranked: PlannedHit[] = strict.hits.map((doc) => ({ doc, via: 'search' as Via }));
  const strictCount = countOf(strict, at.count === undefined ? undefined : results[at.count], strictLimit, strictOffset);
  let total = strictCount.n;
  let totalExact = strictCount.exact;
  const facetCounts = { ...((at.count === undefined ? undefined : results[at.count]!.facetDistribution) ?? {}) };
  if (at.fallback !== undefined) {
    const fb = results[at.fallback]!;
    ranked = [...ranked, ...fb.hits.map((doc) => ({ doc, via: 'search' as Via }))]
      .sort((a, b) => score(b.doc) - score(a.doc))
      .slice(req.offset, top);
    const fbCount = countOf(fb, at.fallbackCount === undefined ? undefined : results[at.fallbackCount], top, 0);
    total += fbCount.n;
    totalExact &&= fbCount.exact;
    for (const [facet, counts] of Object.entries((at.fallbackCount === undefined ? undefined : results[at.fallbackCount]!.facetDistribution) ?? {})) {
      const into = { ...(facetCounts[facet] ?? {}) };
      for (const [value, n] of Object.entries(counts)) into[value] = (into[value] ?? 0) + n;
      facetCounts[facet] = into;
    }
  }

  ranked = searchOrder(ranked, understood.ordered !== undefined);
  const seen = new Set(ranked.map((r) => r.doc.id));
  if (early.factHits) {
    ranked = blendFacts(ranked, early.factHits);
    ranked.forEach((h) => seen.add(h.doc.id));
  }
  if (loosens && ranked.length < req.limit) {
    const looseAnswer = at.loose !== undefined ? results[at.loose] : (await search.multiSearch([looseQuery]))[0];
    const loose = looseAnswer!.hits
      .filter((d) => !seen.has(d.id))
      .slice(0, req.limit - ranked.length)
      .map((doc) => ({ doc, via: 'loose' as Via }));
    ranked = [...ranked, ...loose];
  }
  return {
    hits: ranked.slice(0, req.limit),
    total,
    totalExact,
    facets: facetCounts,
    understanding: { ...rest, expansions: early.expansions },
    alongside: results.slice(own),
  };
}

type Offence = OffenceElements & { doc: Doc };

/** What the matcher reads of an offence besides what a hit shows (no highlighting: only FACT_HITS of the candidates are shown). */
export const factAttributes = (shown: readonly string[]): string[] => [...shown.filter((a) => a !== 'text'), 'elements', 'penalties'];

const asOffences = (docs: readonly Doc[]): Offence[] =>
  docs.flatMap((doc) => (doc.elements ? [{ id: doc.id, act: doc.act, lang: doc.lang, elements: doc.elements, penalties: doc.penalties ?? [], doc }] : []));

const OFFENCES = `${filterExpression({ type: 'offence' })} AND elements.elements.options.code EXISTS`;
/**
 * Offences read per engine search: at most the index's pagination.maxTotalHits (one search returns
 * no more), and few enough (about 1.3 MB of JSON) that a loaded engine answers within the
 * client's deadline.
 */
const READ_RANGE = Math.min(1_000, INDEX_SETTINGS.pagination?.maxTotalHits ?? 1_000);

type Positioned = Doc & { [POSITION_FIELD]: number };

/**
 * Every offence with elements, in corpus order (the engine's order for an empty query: by
 * position, then the engine's own), read once per index build and kept (src/search/client.ts
 * perBuild): the facts → charges matcher then runs in-process, with no engine query per search.
 * After a count by Act, the offences are read READ_RANGE at a time (one search returns at most
 * maxTotalHits), in ranges of position, each from the last position the range before may not have
 * finished; elements and penalties equal between offences (a provision's two languages, the
 * synthetic index's copies) are kept once. `value` is undefined while it is read, without a build
 * id, with more than `max` offences, or if `perSearch` of them share one position: then the engine
 * picks the candidates per search, with the same answers. A failed read is tried again after a
 * back-off.
 */
export function offenceCatalogue(search: ProvisionSearch, attributes: readonly string[], max = CATALOGUE_MAX, perSearch = READ_RANGE): Promise<Kept<Offence[] | undefined>> {
  return search.perBuild(`offences:${max}:${perSearch}:${attributes.join(',')}`, async (): Promise<Offence[] | undefined> => {
    const [counted] = await search.multiSearch([{ q: '', filter: OFFENCES, facets: ['act'], limit: 0 }]);
    const total = Object.values(counted!.facetDistribution?.act ?? {}).reduce((n, count) => n + count, 0);
    if (total > max) return undefined;
    const read: Positioned[] = [];
    for (let from: number | undefined; ; ) {
      const [range] = await search.multiSearch([{
        q: '',
        filter: from === undefined ? OFFENCES : `${OFFENCES} AND ${POSITION_FIELD} >= ${from}`,
        limit: perSearch,
        attributesToRetrieve: [...attributes, POSITION_FIELD],
      }]);
      const hits = range!.hits as Positioned[];
      if (hits.length < perSearch) {
        read.push(...hits);
        break;
      }
      // The last position may go on in the next range: it is read whole there.
      const last = hits.at(-1)![POSITION_FIELD];
      const done = hits.filter((h) => h[POSITION_FIELD] < last);
      if (!done.length) return undefined;
      read.push(...done);
      from = last;
    }
    if (read.length !== total) return undefined;
    const shared = new Map<string, unknown>();
    const once = <T>(value: T): T => {
      const key = JSON.stringify(value);
      if (!shared.has(key)) shared.set(key, value);
      return shared.get(key) as T;
    };
    return asOffences(read.map(({ [POSITION_FIELD]: _, ...doc }) => ({ ...doc, elements: once(doc.elements), penalties: once(doc.penalties) }) as Doc));
  });
}

/** Offences sharing an element code with the facts, in the shown language or the language their Act is held in, within the Acts asked for. */
const candidateFilter = (codes: readonly string[], shown: Lang, act: FilterValue | undefined): string => {
  const elsewhere = actsNotHeldIn(shown);
  const languages = elsewhere.length ? `(${filterExpression({ lang: shown })} OR ${filterExpression({ act: elsewhere })})` : filterExpression({ lang: shown });
  return `${filterExpression({ type: 'offence', 'elements.elements.options.code': codes, ...(act !== undefined ? { act } : {}) })} AND ${languages}`;
};

/** The first FACT_CANDIDATES offences of candidateFilter, picked by the engine (one query). */
export async function factCandidatesOnEngine(search: ProvisionSearch, attributes: readonly string[], codes: readonly string[], shown: Lang, act: FilterValue | undefined): Promise<Offence[]> {
  const [answer] = await search.multiSearch([{ q: '', filter: candidateFilter(codes, shown, act), limit: FACT_CANDIDATES, attributesToRetrieve: [...attributes] }]);
  return asOffences(answer!.hits);
}

/**
 * The matcher's offences to blend in, best first: an offence met only through its victim (a child)
 * says nothing about what was done, so those whose conduct or purpose the facts name are kept, most
 * elements met first (stable: the matcher's own order breaks ties).
 */
function factHits(facts: Facts, offences: readonly Offence[], shown: Lang): PlannedHit[] {
  const byKey = new Map(offences.map((o) => [`${o.id}_${o.lang}`, o.doc]));
  return rankOffences(facts, offencesFor(shown, offences))
    .filter((m) => m.matched.some((e) => e.category === 'act' || e.category === 'purpose'))
    .map((m, i) => ({ m, i }))
    .sort((a, b) => b.m.matched.length - a.m.matched.length || a.i - b.i)
    .slice(0, FACT_HITS)
    .map(({ m }) => ({ doc: byKey.get(`${m.id}_${m.lang}`)!, via: 'facts' as Via }));
}

/**
 * Each element code's offences in a kept catalogue, as their places in it (ascending): built once per
 * catalogue, so a facts query looks up its codes instead of walking every offence's elements.
 */
const placesByCode = new WeakMap<readonly Offence[], Map<string, number[]>>();
function offencesByCode(catalogue: readonly Offence[]): Map<string, number[]> {
  let index = placesByCode.get(catalogue);
  if (!index) {
    index = new Map();
    for (const [i, o] of catalogue.entries()) {
      for (const code of new Set(o.elements.elements.flatMap((e) => e.options.map((opt) => opt.code)))) {
        const places = index.get(code);
        if (places) places.push(i);
        else index.set(code, [i]);
      }
    }
    placesByCode.set(catalogue, index);
  }
  return index;
}

/** The same candidates picked in-process from the kept catalogue (the same order: corpus order). */
export function factCandidates(catalogue: readonly Offence[], codes: readonly string[], shown: Lang, act: FilterValue | undefined): Offence[] {
  const index = offencesByCode(catalogue);
  const elsewhere = new Set(actsNotHeldIn(shown));
  const acts = act === undefined ? undefined : new Set(([] as (string | number)[]).concat(act).map(String));
  const places = [...new Set(codes.flatMap((code) => index.get(code) ?? []))].sort((a, b) => a - b);
  const picked: Offence[] = [];
  for (const i of places) {
    const o = catalogue[i]!;
    if ((o.lang === shown || elsewhere.has(o.act)) && (!acts || acts.has(o.act))) picked.push(o);
    if (picked.length === FACT_CANDIDATES) break;
  }
  return picked;
}

/**
 * The hits with those `moved` placed after the first `after` others, both in their own order (all
 * moved ones together there; a page of moved hits only is unchanged).
 */
function placedAfter(hits: readonly PlannedHit[], moved: (h: PlannedHit) => boolean, after: number): PlannedHit[] {
  const others = hits.filter((h) => !moved(h));
  return [...others.slice(0, after), ...hits.filter(moved), ...others.slice(after)];
}

/** Hits an interpretation section is placed after (measured on the relevance set: 2 → 0.771, 4 → 0.773 overall). */
export const INTERPRETATION_AFTER = 4;

/**
 * An interpretation section (a section whose type is definition: "2. Interpretation") holds every
 * definition of its Act, each also indexed on its own, so it matches most words and would come
 * first for many queries; it is moved below the first INTERPRETATION_AFTER other hits of the page.
 */
export const interpretationLater = (hits: readonly PlannedHit[]): PlannedHit[] =>
  placedAfter(hits, (h) => h.doc.kind === 'section' && h.doc.type === 'definition', INTERPRETATION_AFTER);

/** Hits a definition is placed after in a description of facts (measured on the relevance set, facts MRR: 1 → 0.755, 2 → 0.776, 3 → 0.773). */
export const DEFINITION_AFTER = 2;

/**
 * A description of facts (a long query, searched words first) names what was done and to whom, and a
 * defined term ("medical officer", "prostitution", "child witness") matches its words in the first
 * attribute searched: each definition is moved below the first DEFINITION_AFTER other hits. The
 * definitions keep their order; a page of definitions only is unchanged.
 */
export const definitionsLater = (hits: readonly PlannedHit[], after = DEFINITION_AFTER): PlannedHit[] =>
  placedAfter(hits, (h) => h.doc.kind === 'definition', after);

/**
 * The search hits in the order the page shows them: for a description of facts (an `ordered`
 * query, the one sent with `last` matching first), which asks what was done, a definition does not
 * say, so definitions go later; an interpretation section always does.
 */
export const searchOrder = (hits: readonly PlannedHit[], ordered: boolean): PlannedHit[] => interpretationLater(ordered ? definitionsLater(hits) : hits);

/**
 * Reciprocal-rank fusion weights (measured on the relevance set, facts MRR: interleaving from the
 * 2nd place 0.579; k 1-2, weight 1 → 0.59; k 3-5, weight 1.1-1.5 → 0.625-0.630).
 */
export const FUSION_K = 3;
export const FACTS_WEIGHT = 1.2;

/**
 * The search hits and the matcher's offences fused by reciprocal rank: a provision both rank comes
 * first (the words and the elements agree), and at equal ranks the matched offence goes before the
 * search hit (its conduct is what the description says was done). A provision in both lists stays
 * a search hit; one only the matcher found is labelled `facts`.
 */
export function blendFacts(search: readonly PlannedHit[], facts: readonly PlannedHit[]): PlannedHit[] {
  const fused = new Map<string, { hit: PlannedHit; score: number; order: number }>();
  search.forEach((hit, r) => fused.set(hit.doc.id, { hit, score: 1 / (FUSION_K + r), order: fused.size }));
  facts.forEach((hit, r) => {
    const have = fused.get(hit.doc.id);
    if (have) have.score += FACTS_WEIGHT / (FUSION_K + r);
    else fused.set(hit.doc.id, { hit, score: FACTS_WEIGHT / (FUSION_K + r), order: fused.size });
  });
  return [...fused.values()].sort((a, b) => b.score - a.score || a.order - b.order).map((x) => x.hit);
}
