import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { mayBeCitation, parseCitation } from '../../cite/parse.js';
import { citedNumber, heldAct, resolveCitation } from '../../cite/resolve.js';
import type { Citation } from '../../schema/citation.js';
import { highlightParams, type Doc, type MultiAnswer, type ProvisionSearch } from '../../search/client.js';
import { filterExpression, type Filter } from '../../search/filter.js';
import type { Thesaurus } from '../../search/thesaurus.js';
import { later } from '../middleware/cache.js';
import { factAttributes, firstRoundTrip, offenceCatalogue, planSearch, type PlannedHit, type PlanRequest, type Query } from '../search-plan.js';
import { ActParam, FacetsParam, KindParam, LangParam, LimitParam, OffsetParam, QueryText, TopicParam, TotalParam, TypeParam } from '../params.js';
import { HIGHLIGHT, HIT_FIELDS, toHit } from '../present.js';
import { keepVocabulary, keptVocabulary, type Vocabulary } from '../short-page.js';
import { SearchAnswer } from '../schemas.js';
import { resourceApp } from '../problem.js';
import { ERRORS } from './errors.js';

const SearchQuery = z.object({
  q: QueryText('q', 'exploitation').default('').openapi({ description: 'Words or a citation; empty lists everything.' }),
  act: ActParam.optional(),
  lang: LangParam.optional(),
  type: TypeParam.optional(),
  topic: TopicParam.optional(),
  kind: KindParam.optional(),
  limit: LimitParam,
  offset: OffsetParam,
  facets: FacetsParam.optional(),
  total: TotalParam,
});
type SearchQuery = z.infer<typeof SearchQuery>;

const route = createRoute({
  method: 'get',
  path: '/',
  summary: 'Search provisions',
  description:
    'Full-text search over every provision, in English and Malay, with highlights and the facet counts asked for (`facets`). ' +
    'Without `lang`, each provision appears once, in its best-matching language; with `lang`, provisions of Acts not held in ' +
    'that language appear in the language they are held in (`lang_fallback`). ' +
    'A query that reads as a citation ("ATIPSOM s 14") puts that provision first. Ages ("girl of 15") are not read as section ' +
    'numbers, an Act named in the query filters, thesaurus expansions are reported (`understanding`), a query that reads as ' +
    'facts also gets the offences the facts → charges matcher finds (`via: facts`), and fewer than a page of hits is filled ' +
    'with hits matching only some of the words (`via: loose`).',
  request: { query: SearchQuery },
  responses: {
    200: { description: 'Hits, best first.', content: { 'application/json': { schema: SearchAnswer } } },
    400: ERRORS[400], 503: ERRORS[503],
  },
});

export function searchApi(search: ProvisionSearch, thesaurus?: Thesaurus, options: { readAhead?: boolean } = {}): OpenAPIHono {
  const app = resourceApp();
  // On Node the offence catalogue is read at start-up, not by the first facts query (planSearch
  // keeps it fresh after a reindex). Nothing to wait for: a failed read is tried again later.
  // The words' counts too (src/api/short-page.ts); every runtime keeps them fresh after each
  // search's answer: a Workers isolate reads them after its first search (waitUntil), ~0.6 MB of
  // counts from the words index, no tokenizing (BENCHMARKS.md findings 26).
  if (options.readAhead) {
    void offenceCatalogue(search, factAttributes(HIT_FIELDS));
    keepVocabulary(search);
  }
  app.openapi(route, async (c) => {
    const p = c.req.valid('query');
    const { filter, lookup, request } = planned(p);
    // Only a first page is ever filled with loose hits.
    const vocabulary = p.offset === 0 ? keptVocabulary(search) : undefined;
    const [answer, termCited] = await Promise.all([
      planSearch(search, thesaurus, { ...request, ...(vocabulary ? { vocabulary } : {}), later: (work) => later(c, work) }),
      lookup && !lookup.queries.length ? citedTerm(search, lookup.citation, filter) : undefined,
    ]);
    // Node has no execution context to ask for (asking throws: ~1% of its CPU per search).
    keepVocabulary(search, options.readAhead ? undefined : (work) => later(c, work));
    const cited = lookup?.queries.length ? await citedNumbered(search, lookup.citation, answer.alongside, filter) : termCited;
    let hits: { doc: Doc; via: PlannedHit['via'] | 'citation' }[] = answer.hits;
    if (cited && p.offset === 0) {
      hits = [{ doc: cited.doc, via: 'citation' as const }, ...hits.filter((h) => h.doc.id !== cited.doc.id)].slice(0, p.limit);
    }
    const { act, facts, ...understanding } = answer.understanding;
    return c.json(
      {
        query: p.q,
        citation: cited?.citation ?? null,
        total: answer.total,
        total_exact: answer.totalExact,
        limit: p.limit,
        offset: p.offset,
        hits: hits.map(({ doc, via }) => ({ ...toHit(doc), via, lang_fallback: p.lang !== undefined && doc.lang !== p.lang })),
        facets: Object.fromEntries((p.facets ?? []).map((f) => [f, answer.facets[f] ?? {}])),
        understanding: { ...understanding, act: act ?? null, facts: facts ?? null },
      },
      200,
    );
  });
  return app;
}

/** What a search request asks of the search plan, with the citation it reads as (citationLookup). */
function planned(p: SearchQuery): { filter: Filter; lookup: ReturnType<typeof citationLookup>; request: PlanRequest } {
  const filter: Filter = { act: p.act, lang: p.lang, type: p.type, topics: p.topic, kind: p.kind };
  const lookup = citationLookup(p.q, filter);
  return {
    filter,
    lookup,
    request: {
      q: p.q, filter, limit: p.limit, offset: p.offset, facets: p.facets ?? [], exactTotal: p.total === 'exact', highlight: HIGHLIGHT, attributes: HIT_FIELDS,
      alongside: lookup?.queries ?? [],
      // A citation's words rarely fill a page (29 of the bench mix's 30 citation-shaped queries):
      // their loose hits are asked in the first round trip.
      shortExpected: lookup !== undefined,
    },
  };
}

/**
 * The engine queries of the first round trip `GET /v1/search` sends for these query parameters
 * (the same validation and plan as the route, with the words' counts the API keeps): the bench's
 * "direct" request.
 */
export function firstSearchQueries(thesaurus: Thesaurus | undefined, query: Record<string, string>, vocabulary?: Vocabulary): Query[] {
  return firstRoundTrip(thesaurus, { ...planned(SearchQuery.parse(query)).request, ...(vocabulary ? { vocabulary } : {}) });
}

/** Documents one number may have: its languages. A full answer would mean several provisions share the number. */
const NUMBERED_DOCS = 10;

/**
 * The citation a query reads as (pinpoints aside: the provision is shown), with the queries that
 * find what it cites, sent in the search's own round trip: the first document numbered as cited
 * in Act order (the provision resolveCitation finds), and the documents so numbered that pass the
 * filters, highlighted. A defined term has no such queries: its section must be known first.
 * Undefined when the query is no citation or its Act is not held.
 */
function citationLookup(q: string, filter: Filter): { citation: Citation; queries: Query[] } | undefined {
  if (!mayBeCitation(q)) return undefined;
  const parsed = parseCitation(q);
  if (!parsed.ok) return undefined;
  const citation = parsed.citation;
  const act = heldAct(citation);
  if (!act) return undefined;
  if (citation.term) return { citation, queries: [] };
  const numbered = filterExpression(citedNumber(act, citation))!;
  return {
    citation,
    queries: [
      { q: '', filter: numbered, sort: ['order:asc'], limit: 1, attributesToRetrieve: ['id'] },
      {
        q: '',
        filter: [filterExpression(filter), numbered].filter(Boolean).join(' AND '),
        limit: NUMBERED_DOCS,
        attributesToRetrieve: HIT_FIELDS,
        ...highlightParams(HIGHLIGHT),
      },
    ],
  };
}

/** The cited section or Schedule from citationLookup's answers: its documents the filters allow, in English when it has one. */
async function citedNumbered(search: ProvisionSearch, citation: Citation, [first, numbered]: MultiAnswer[], filter: Filter): Promise<Cited | undefined> {
  const id = first!.hits[0]?.id;
  if (!id) return undefined;
  // Every document so numbered came back, so every one of the cited provision's.
  if (numbered!.hits.length < NUMBERED_DOCS) return shown(citation, numbered!.hits.filter((d) => d.id === id));
  return shown(citation, await highlighted(search, filter, id));
}

/** A cited defined term: resolved (its section, then its definitions), then its documents the filters allow. */
async function citedTerm(search: ProvisionSearch, citation: Citation, filter: Filter): Promise<Cited | undefined> {
  // The provision is shown whole: a pinpoint the term does not have is no reason to show nothing.
  const resolution = await resolveCitation(search, { ...citation, pinpoint: [] });
  if (resolution.status !== 'found') return undefined;
  return shown(citation, await highlighted(search, filter, resolution.docs[0]!.id));
}

type Cited = { citation: Citation; doc: Doc };

async function highlighted(search: ProvisionSearch, filter: Filter, id: string): Promise<Doc[]> {
  const { hits } = await search.search({ q: '', filter: { ...filter, id }, limit: 2, offset: 0, highlight: HIGHLIGHT, attributesToRetrieve: HIT_FIELDS });
  return hits;
}

const shown = (citation: Citation, docs: Doc[]): Cited | undefined => {
  const doc = docs.find((h) => h.lang === 'en') ?? docs[0];
  return doc ? { citation, doc } : undefined;
};
