/**
 * /v1/protections: the provisions that protect a victim, grouped by need, one entry per provision
 * (in the requested language, else English, else the language whose text is held), so counts are
 * per provision, never per language copy. Grouping is analysis, not legal advice.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { PROTECTION_NEEDS, answersNeed } from '../../registry/protections.js';
import { ANALYSIS_LABEL } from '../../schema/relation.js';
import type { ProvisionSearch } from '../../search/client.js';
import { ProtectionsAnswer } from '../analysis-schemas.js';
import { LangParam } from '../params.js';
import { pickLanguage, provisionUrl } from '../present.js';
import { resourceApp } from '../problem.js';
import { ERRORS } from './errors.js';

const route = createRoute({
  method: 'get',
  path: '/',
  summary: 'Protections by need',
  description:
    'Provisions that protect a trafficked person, a smuggled migrant or a child, grouped by need (immunity, shelter and ' +
    'release, protection orders, moving freely and working, compensation and wages, privacy, children, witnesses); ' +
    'offences and definitions are never listed. One entry per provision. Analysis, not legal advice.',
  request: { query: z.object({ lang: LangParam.optional() }) },
  responses: {
    200: { description: 'The needs and their provisions.', content: { 'application/json': { schema: ProtectionsAnswer } } },
    400: ERRORS[400], 503: ERRORS[503],
  },
});

const FIELDS = ['id', 'lang', 'act', 'short_citation', 'heading', 'type', 'status', 'topics', 'order'];
/** Both languages of every provision on the protection topics (≈ 600 documents). */
const MOST_DOCUMENTS = 3_000;

export function protectionsApi(search: ProvisionSearch): OpenAPIHono {
  const app = resourceApp();
  app.openapi(route, async (c) => {
    const { lang } = c.req.valid('query');
    const topics = [...new Set(PROTECTION_NEEDS.flatMap((n) => n.topics))];
    const ids = [...new Set(PROTECTION_NEEDS.flatMap((n) => n.ids))];
    const [byTopic, byId] = await Promise.all([
      search.find({ topics }, { limit: MOST_DOCUMENTS, attributes: FIELDS }),
      search.find({ id: ids }, { limit: ids.length * 2, attributes: FIELDS }),
    ]);
    const docs = [...byTopic, ...byId.filter((d) => !byTopic.some((t) => t.id === d.id && t.lang === d.lang))];
    const chosen = [...new Set(docs.map((d) => d.id))].flatMap((id) => pickLanguage(docs.filter((d) => d.id === id), lang) ?? []);
    const needs = PROTECTION_NEEDS.map((need) => {
      const provisions = chosen
        .filter((d) => answersNeed(need, { id: d.id, type: d.type, topics: d.topics ?? [] }))
        .map((d) => ({ id: d.id, lang: d.lang, act: d.act, short_citation: d.short_citation, heading: d.heading, type: d.type, url: provisionUrl(d.id, d.lang) }));
      return { key: need.key, title: need.title, topics: [...need.topics], count: provisions.length, provisions };
    });
    return c.json({ needs, label: ANALYSIS_LABEL }, 200);
  });
  return app;
}
