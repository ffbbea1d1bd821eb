/**
 * One search request, planned: the query understood (src/search/understand.ts), then every
 * engine query it needs sent in ONE multi-search round trip, and the answers blended:
 *  - strict: the words as typed (ages and an Act name taken out), `frequency` matching; a long
 *            query thesaurus words first, `last` matching (src/search/understand.ts wordsFirst);
 *  - loose:  the same words with `last` matching (an ordered query: as typed, `frequency`), filling answers shorter than the page, below
 *            every strict hit (a fact description with one word the statutes never use would
 *            otherwise come back empty);
 *  - fallback: with a language asked for, provisions of Acts not held in that language, in the
 *            language they are held in, merged by ranking score (the route labels the language);
 *  - facts:  when the query reads as facts, the offences the facts → charges matcher ranks for
 *            them (src/compute/match.ts), blended in and labelled.
 * Each hit says where it came from (`via`).
 */
import { ACTS } from '../registry/acts.js';
import { matchFacts, offencesFor, type OffenceElements } from '../compute/match.js';
import { LANGS, type Lang } from '../schema/provision.js';
import type { MultiSearchQuery } from 'meilisearch';
import type { Doc, ProvisionSearch } from '../search/client.js';
import { filterExpression, type Filter } from '../search/filter.js';
import { engineQuery } from '../search/query.js';
import { expansionsOf, type Expansion, type Thesaurus } from '../search/thesaurus.js';
import { understandQuery, type QueryUnderstanding } from '../search/understand.js';

export type Via = 'search' | 'facts' | 'loose';
export interface PlannedHit {
  doc: Doc;
  via: Via;
}

export interface PlanRequest {
  q: string;
  filter: Filter;
  limit: number;
  offset: number;
  facets: readonly string[];
  attributes: string[];
  highlight: { attributes: string[]; crop: string[]; cropLength: number; pre: string; post: string };
}

export interface PlanAnswer {
  hits: PlannedHit[];
  /** Provisions the strict query matches (plus fallback-language ones): what pages count. */
  total: number;
  facets: Record<string, Record<string, number>>;
  understanding: Omit<QueryUnderstanding, 'spelling'> & { expansions: Expansion[] };
}

/** Matched offences blended into a page: enough to surface the charges, few enough not to crowd it. */
export const FACT_HITS = 3;
/** Candidates the matcher ranks: offences sharing at least one element code with the facts. */
const FACT_CANDIDATES = 300;
/** Loose hits cost a query; a one-word query has nothing to loosen. */
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Acts held, but not in `lang`: their provisions are shown in the language they are held in. */
export function actsNotHeldIn(lang: Lang): string[] {
  return ACTS.filter((a) => a.sources.length > 0 && !a.sources.some((s) => s.lang === lang)).map((a) => a.slug);
}

const score = (d: Doc): number => (d as Doc & { _rankingScore?: number })._rankingScore ?? 0;

export async function planSearch(search: ProvisionSearch, thesaurus: Thesaurus | undefined, req: PlanRequest): Promise<PlanAnswer> {
  const lang = typeof req.filter.lang === 'string' ? (req.filter.lang as Lang) : undefined;
  const understood = thesaurus
    ? understandQuery(req.q, thesaurus, { ...(lang ? { lang } : {}), actFilter: req.filter.act !== undefined })
    : { text: req.q, ages: [], spelling: [] };
  const filter: Filter = { ...req.filter, ...(understood.act ? { act: understood.act.slug } : {}) };
  // A long query is searched thesaurus words first, from the front (src/search/understand.ts wordsFirst).
  const q = engineQuery(understood.ordered ?? understood.text);
  const matching = understood.ordered ? 'last' : 'frequency';
  const h = req.highlight;
  const common = {
    q,
    attributesToRetrieve: req.attributes,
    attributesToHighlight: h.attributes,
    attributesToCrop: h.crop,
    cropLength: h.cropLength,
    highlightPreTag: h.pre,
    highlightPostTag: h.post,
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

  type Query = Omit<MultiSearchQuery, 'indexUid'>;
  // Facets ride on the counting queries: in page mode the engine visits every match, so with one
  // hit per provision each provision is counted once; with limit/offset it stops early and counts
  // the language copies it skipped ("exploitation": facets summing to 16 for 12 provisions).
  const queries: Query[] = [
    { ...common, filter: filterExpression(filter), matchingStrategy: matching, ...(merged ? { limit: top } : { limit: req.limit, offset: req.offset }) },
    { q, filter: filterExpression(filter), matchingStrategy: matching, ...(lang ? {} : { distinct: 'id' }), facets: [...req.facets], page: 1, hitsPerPage: 0 },
  ];
  const at: Partial<Record<'fallback' | 'fallbackCount' | 'loose' | 'facts', number>> = {};
  if (fallbackFilter) {
    at.fallback = queries.length;
    queries.push({ ...common, filter: filterExpression(fallbackFilter), matchingStrategy: matching, limit: top });
    at.fallbackCount = queries.length;
    queries.push({ q, filter: filterExpression(fallbackFilter), matchingStrategy: matching, facets: [...req.facets], page: 1, hitsPerPage: 0 });
  }
  const firstPage = req.offset === 0;
  if (firstPage && words(q) > 1) {
    at.loose = queries.length;
    const looseFilter = fallbackFilter ? `(${filterExpression(filter)}) OR (${filterExpression(fallbackFilter)})` : filterExpression(filter);
    // An ordered query already matches from the front; its looser form is the words as typed,
    // requiring the rarest (when its first word is one no provision uses, it finds nothing).
    const loose = understood.ordered
      ? { q: engineQuery(understood.text), matchingStrategy: 'frequency' as const }
      : { q, matchingStrategy: 'last' as const };
    queries.push({ ...common, ...loose, filter: looseFilter, limit: req.limit, distinct: 'id' });
  }
  const facts = understood.facts;
  /** Facts hits come in the language asked for (English without one), else in the language held. */
  const shown: Lang = lang ?? 'en';
  const factCodes = facts
    ? [...facts.input.conduct, ...facts.input.means, ...facts.input.purpose, ...facts.input.circumstances, ...(facts.input.victim_age !== undefined ? [facts.input.victim_age < 18 ? 'child' : 'adult'] : [])]
    : [];
  if (firstPage && facts && factCodes.length) {
    at.facts = queries.length;
    const factFilter: Filter = { type: 'offence', 'elements.elements.options.code': factCodes, ...(filter.act !== undefined ? { act: filter.act } : {}) };
    const inLanguage: Filter = { lang: shown };
    const elsewhere = actsNotHeldIn(shown);
    // The shown language, or the language an Act is held in; no highlighting: a formatted copy
    // would repeat every candidate's elements, and only FACT_HITS of them are shown.
    const languages = elsewhere.length ? `(${filterExpression(inLanguage)} OR ${filterExpression({ act: elsewhere })})` : filterExpression(inLanguage);
    queries.push({
      q: '',
      filter: `${filterExpression(factFilter)} AND ${languages}`,
      limit: FACT_CANDIDATES,
      attributesToRetrieve: [...req.attributes.filter((a) => a !== 'text'), 'elements', 'penalties'],
    });
  }

  const { spelling, ordered, ...rest } = understood;
  const results = await search.multiSearch(queries);
  const strict = results[0]!;
  let ranked: PlannedHit[] = strict.hits.map((doc) => ({ doc, via: 'search' as Via }));
  let total = results[1]?.totalHits ?? 0;
  const facets = { ...(results[1]?.facetDistribution ?? {}) };
  if (at.fallback !== undefined) {
    const fb = results[at.fallback]!;
    ranked = [...ranked, ...fb.hits.map((doc) => ({ doc, via: 'search' as Via }))]
      .sort((a, b) => score(b.doc) - score(a.doc))
      .slice(req.offset, top);
    total += results[at.fallbackCount!]?.totalHits ?? 0;
    for (const [facet, counts] of Object.entries(results[at.fallbackCount!]?.facetDistribution ?? {})) {
      const into = { ...(facets[facet] ?? {}) };
      for (const [value, n] of Object.entries(counts)) into[value] = (into[value] ?? 0) + n;
      facets[facet] = into;
    }
  }

  ranked = interpretationLater(ranked);
  const seen = new Set(ranked.map((r) => r.doc.id));
  if (at.facts !== undefined && facts) {
    const candidates = results[at.facts]!.hits;
    const offences: OffenceElements[] = candidates.flatMap((d) => (d.elements ? [{ id: d.id, act: d.act, lang: d.lang, elements: d.elements, penalties: d.penalties ?? [] }] : []));
    const byKey = new Map(candidates.map((d) => [`${d.id}_${d.lang}`, d]));
    // An offence met only through its victim (a child) says nothing about what was done: keep
    // those whose conduct or purpose the facts name, most elements met first (stable: the
    // matcher's own order breaks ties).
    const matched = matchFacts(facts.input, offencesFor(shown, offences))
      .offences.filter((m) => m.matched.some((e) => e.category === 'act' || e.category === 'purpose'))
      .map((m, i) => ({ m, i }))
      .sort((a, b) => b.m.matched.length - a.m.matched.length || a.i - b.i)
      .map(({ m }) => m)
      .slice(0, FACT_HITS)
      .map((m) => byKey.get(`${m.id}_${m.lang}`)!)
      .filter((d) => !seen.has(d.id));
    ranked = blendFacts(ranked, matched.map((doc) => ({ doc, via: 'facts' as Via })));
    matched.forEach((d) => seen.add(d.id));
  }
  if (at.loose !== undefined && ranked.length < req.limit) {
    const loose = results[at.loose]!.hits
      .filter((d) => !seen.has(d.id))
      .slice(0, req.limit - ranked.length)
      .map((doc) => ({ doc, via: 'loose' as Via }));
    ranked = [...ranked, ...loose];
  }
  return {
    hits: ranked.slice(0, req.limit),
    total,
    facets,
    understanding: { ...rest, expansions: [...spelling, ...(thesaurus ? expansionsOf(thesaurus, understood.text) : [])] },
  };
}

/** Hits an interpretation section is placed after (measured on the relevance set: 2 → 0.771, 4 → 0.773 overall). */
export const INTERPRETATION_AFTER = 4;

/**
 * An interpretation section (a section whose type is definition: "2. Interpretation") holds every
 * definition of its Act, each also indexed on its own, so it matches most words and would come
 * first for many queries; it is moved below the first INTERPRETATION_AFTER other hits of the page.
 */
export function interpretationLater(hits: readonly PlannedHit[]): PlannedHit[] {
  const whole = (h: PlannedHit) => h.doc.kind === 'section' && h.doc.type === 'definition';
  const others = hits.filter((h) => !whole(h));
  return [...others.slice(0, INTERPRETATION_AFTER), ...hits.filter(whole), ...others.slice(INTERPRETATION_AFTER)];
}

/** Matched offences after the first search hit, then every other place: both kinds stay visible. */
export function blendFacts(search: readonly PlannedHit[], facts: readonly PlannedHit[]): PlannedHit[] {
  const out: PlannedHit[] = [];
  let s = 0;
  let f = 0;
  while (s < search.length || f < facts.length) {
    const takeSearch = f >= facts.length || (s < search.length && (out.length === 0 || out[out.length - 1]!.via === 'facts'));
    out.push(takeSearch ? search[s++]! : facts[f++]!);
  }
  return out;
}
