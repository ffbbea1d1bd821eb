import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { Gap, GapKind, Coverage } from '../../schema/gap.js';
import { Overlap } from '../../schema/overlap.js';
import { ANALYSIS_LABEL } from '../../schema/relation.js';
import type { ProvisionSearch } from '../../search/client.js';
import { TOPICS, TOPIC_SLUGS } from '../../registry/topics.js';
import { GapsAnswer, OverlapsAnswer } from '../analysis-schemas.js';
import { ActParam, IdParam, TopicParam } from '../params.js';
import { ApiProblem, resourceApp } from '../problem.js';
import { ERRORS } from './errors.js';

const ProvisionFilter = IdParam.openapi({ param: { name: 'id', in: 'query' }, description: 'Only records that name this provision.' });

/** Articles of the UN Trafficking Protocol (2000). */
const PROTOCOL_ARTICLES = 20;

const ArticleParam = z
  .string({ error: 'article must be given once, as a Protocol article such as "6" or "6(3)"' })
  .regex(/^\d+(?:\(\d+\))?(?:\([a-z]\))?$/, 'article must be a UN Trafficking Protocol article such as "5", "6(3)" or "3(c)"')
  // The Protocol has 20 articles: any other number can only be a mistake, not an empty answer.
  .refine((a) => Number.parseInt(a, 10) >= 1 && Number.parseInt(a, 10) <= PROTOCOL_ARTICLES, `article must name one of the Protocol's articles, 1 to ${PROTOCOL_ARTICLES}, e.g. "6" or "6(3)"`)
  .openapi({ description: 'Protocol article; "6" also finds 6(1), 6(3), ...', example: '6' });

const overlapsRoute = createRoute({
  method: 'get',
  path: '/overlaps',
  summary: 'Overlaps between Acts',
  description:
    'Offences in different Acts that reach the same conduct: computed from shared elements (score = share of element ' +
    'categories in common, with the shared elements), or curated with a rationale. Analysis, not legal advice.',
  request: { query: z.object({ act: ActParam.optional(), id: ProvisionFilter.optional() }) },
  responses: {
    200: { description: 'The overlap records, curated first.', content: { 'application/json': { schema: OverlapsAnswer } } },
    400: ERRORS[400], 404: ERRORS[404], 503: ERRORS[503],
  },
});

const gapsRoute = createRoute({
  method: 'get',
  path: '/gaps',
  summary: 'Gaps',
  description:
    'Where the statutes fall short of the UN Trafficking Protocol (by article, full / partial / none, with the words ' +
    'compared) or of each other: non-punishment coverage, penalty disparities, definitions that differ. Analysis, not legal advice.',
  request: {
    query: z.object({
      act: ActParam.optional(),
      topic: TopicParam.optional(),
      article: ArticleParam.optional(),
      kind: z.enum(GapKind.options, { error: `kind must be one of ${GapKind.options.map((k) => `"${k}"`).join(', ')}` }).optional(),
      coverage: z.enum(Coverage.options, { error: 'coverage must be "full", "partial" or "none"' }).optional(),
      id: ProvisionFilter.optional(),
    }),
  },
  responses: {
    200: { description: 'The gap records.', content: { 'application/json': { schema: GapsAnswer } } },
    400: ERRORS[400], 404: ERRORS[404], 503: ERRORS[503],
  },
});

/** A provision filter must name a provision that exists: an empty list would hide a typo. */
async function needProvision(search: ProvisionSearch, id: string | undefined): Promise<void> {
  if (id === undefined) return;
  const found = await search.find({ id }, { limit: 1, attributes: ['id'] });
  if (!found.length) throw new ApiProblem('not-found', 404, `No provision has the id "${id}". Ids look like "atipsom-s14"; find them with /v1/search or /v1/cite.`);
}

const inArticle = (article: string | undefined, wanted: string) => article === wanted || (article?.startsWith(`${wanted}(`) ?? false);

export function relationsApi(search: ProvisionSearch): OpenAPIHono {
  const app = resourceApp();
  app.openapi(overlapsRoute, async (c) => {
    const { act, id } = c.req.valid('query');
    await needProvision(search, id);
    const hits = await search.relations({ kind: 'overlap', acts: act, provisions: id });
    const overlaps = hits.map((h) => Overlap.parse(h.record));
    return c.json({ total: overlaps.length, overlaps, label: ANALYSIS_LABEL }, 200);
  });

  app.openapi(gapsRoute, async (c) => {
    const q = c.req.valid('query');
    if (q.topic && !TOPIC_SLUGS.has(q.topic)) {
      throw new ApiProblem('invalid-request', 400, `topic "${q.topic}" is not in the vocabulary. Topics: ${TOPICS.map((t) => t.slug).join(', ')}.`, {
        errors: [{ parameter: 'topic', message: `unknown topic "${q.topic}"` }],
      });
    }
    await needProvision(search, q.id);
    const hits = await search.relations({ kind: 'gap', acts: q.act, topics: q.topic, gap_kind: q.kind, coverage: q.coverage, provisions: q.id });
    const gaps = hits.map((h) => Gap.parse(h.record)).filter((g) => q.article === undefined || inArticle(g.article, q.article));
    return c.json({ total: gaps.length, gaps, label: ANALYSIS_LABEL }, 200);
  });
  return app;
}
