import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { parseCitation } from '../../cite/parse.js';
import { resolveCitation } from '../../cite/resolve.js';
import type { Citation } from '../../schema/citation.js';
import type { Doc, ProvisionSearch } from '../../search/client.js';
import type { Filter } from '../../search/filter.js';
import type { Thesaurus } from '../../search/thesaurus.js';
import { planSearch, type PlannedHit } from '../search-plan.js';
import { ActParam, FacetsParam, KindParam, LangParam, LimitParam, OffsetParam, QueryText, TopicParam, TotalParam, TypeParam } from '../params.js';
import { HIGHLIGHT, HIT_FIELDS, toHit } from '../present.js';
import { SearchAnswer } from '../schemas.js';
import { resourceApp } from '../problem.js';
import { ERRORS } from './errors.js';

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
  request: {
    query: z.object({
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
    }),
  },
  responses: {
    200: { description: 'Hits, best first.', content: { 'application/json': { schema: SearchAnswer } } },
    400: ERRORS[400], 503: ERRORS[503],
  },
});

export function searchApi(search: ProvisionSearch, thesaurus?: Thesaurus): OpenAPIHono {
  const app = resourceApp();
  app.openapi(route, async (c) => {
    const p = c.req.valid('query');
    const filter: Filter = { act: p.act, lang: p.lang, type: p.type, topics: p.topic, kind: p.kind };
    const [answer, cited] = await Promise.all([
      planSearch(search, thesaurus, {
        q: p.q, filter, limit: p.limit, offset: p.offset, facets: p.facets ?? [], exactTotal: p.total === 'exact', highlight: HIGHLIGHT, attributes: HIT_FIELDS,
      }),
      citedProvision(search, p.q, filter),
    ]);
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

/** The provision a citation-shaped query names, if it exists and passes the filters. */
async function citedProvision(
  search: ProvisionSearch,
  q: string,
  filter: Filter,
): Promise<{ citation: Citation; doc: Doc } | undefined> {
  const parsed = parseCitation(q);
  if (!parsed.ok) return undefined;
  const resolution = await resolveCitation(search, { ...parsed.citation, pinpoint: [] });
  if (resolution.status !== 'found') return undefined;
  const id = resolution.docs[0]!.id;
  const { hits } = await search.search({ q: '', filter: { ...filter, id }, limit: 2, offset: 0, highlight: HIGHLIGHT, attributesToRetrieve: HIT_FIELDS });
  const doc = hits.find((h) => h.lang === 'en') ?? hits[0];
  return doc ? { citation: parsed.citation, doc } : undefined;
}
