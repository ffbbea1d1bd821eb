import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { actsWithText } from '../../registry/acts.js';
import type { ProvisionSearch } from '../../search/client.js';
import { TOPICS, topicBySlug } from '../../registry/topics.js';
import { TopicAnswer, TopicsAnswer } from '../analysis-schemas.js';
import { LangParam, TopicParam } from '../params.js';
import { pickLanguage, provisionUrl } from '../present.js';
import { ApiProblem, resourceApp } from '../problem.js';
import { ANALYSIS_LABEL } from '../../schema/relation.js';
import { ERRORS } from './errors.js';

const listRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'The topics',
  description: 'The controlled topic vocabulary, with the number of provisions on each topic per Act and the Acts with none. Topics are analysis, not legal advice.',
  responses: {
    200: { description: 'The topics.', content: { 'application/json': { schema: TopicsAnswer } } },
    503: ERRORS[503],
  },
});

const topicRoute = createRoute({
  method: 'get',
  path: '/{topic}',
  summary: 'Provisions on one topic',
  description:
    'Provisions on the topic per Act, in the order of the Act, and the Acts we hold that have none. Without `lang`, ' +
    'each provision is listed in English, or in the language whose text is held.',
  request: {
    params: z.object({ topic: TopicParam.openapi({ param: { name: 'topic', in: 'path' } }) }),
    query: z.object({ lang: LangParam.optional() }),
  },
  responses: {
    200: { description: 'The topic and its provisions.', content: { 'application/json': { schema: TopicAnswer } } },
    400: ERRORS[400], 404: ERRORS[404], 503: ERRORS[503],
  },
});

const TopicRecord = z.object({ slug: z.string(), by_act: z.record(z.string(), z.array(z.string())), acts_without: z.array(z.string()) });

const LIST_FIELDS = ['id', 'lang', 'act', 'short_citation', 'heading', 'type', 'status', 'order'];
/** Both languages of every provision on the largest topic fit (≈ 400 documents). */
const MOST_DOCUMENTS = 2_000;

export function topicsApi(search: ProvisionSearch): OpenAPIHono {
  const app = resourceApp();
  app.openapi(listRoute, async (c) => {
    const records = new Map(
      (await search.relations({ kind: 'topic' })).map((h) => {
        const r = TopicRecord.parse(h.record);
        return [r.slug, r] as const;
      }),
    );
    const held = actsWithText().map((a) => a.slug);
    const topics = TOPICS.map((t) => {
      const r = records.get(t.slug);
      const provisions = Object.fromEntries(Object.entries(r?.by_act ?? {}).map(([act, ids]) => [act, ids.length]));
      return { ...t, provisions, acts_without: r?.acts_without ?? held, url: `/v1/topics/${t.slug}` };
    });
    return c.json({ topics, label: ANALYSIS_LABEL }, 200);
  });

  app.openapi(topicRoute, async (c) => {
    const { topic: slug } = c.req.valid('param');
    const { lang } = c.req.valid('query');
    const topic = topicBySlug(slug);
    if (!topic) {
      throw new ApiProblem('not-found', 404, `There is no topic "${slug}". Topics: ${TOPICS.map((t) => t.slug).join(', ')} (see /v1/topics).`);
    }
    const docs = await search.find({ topics: slug }, { limit: MOST_DOCUMENTS, attributes: LIST_FIELDS });
    const ids = [...new Set(docs.map((d) => d.id))];
    const chosen = ids.flatMap((id) => pickLanguage(docs.filter((d) => d.id === id), lang) ?? []);
    const acts = actsWithText().map((act) => ({
      act: act.slug,
      title: act.shortCitation,
      provisions: chosen
        .filter((d) => d.act === act.slug)
        .map((d) => ({ id: d.id, lang: d.lang, short_citation: d.short_citation, heading: d.heading, type: d.type, status: d.status, url: provisionUrl(d.id, d.lang) })),
    }));
    return c.json(
      {
        topic,
        acts: acts.filter((a) => a.provisions.length > 0),
        acts_without: acts.filter((a) => a.provisions.length === 0).map(({ act, title }) => ({ act, title })),
        label: ANALYSIS_LABEL,
      },
      200,
    );
  });
  return app;
}
