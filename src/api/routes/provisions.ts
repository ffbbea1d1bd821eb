import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ProvisionSearch } from '../../search/client.js';
import { IdParam, LangParam } from '../params.js';
import { languages, pickLanguage } from '../present.js';
import { ApiProblem, resourceApp } from '../problem.js';
import { ProvisionAnswer } from '../schemas.js';
import { ERRORS } from './errors.js';

const route = createRoute({
  method: 'get',
  path: '/{id}',
  summary: 'One provision',
  description:
    'The full provision: verbatim text, structure, citations and source. `languages` lists the ' +
    'languages it exists in and whether each text is held. Without `lang`, English is shown when it exists.',
  request: {
    params: z.object({ id: IdParam }),
    query: z.object({ lang: LangParam.optional() }),
  },
  responses: {
    200: { description: 'The provision.', content: { 'application/json': { schema: ProvisionAnswer } } },
    400: ERRORS[400], 404: ERRORS[404], 503: ERRORS[503],
  },
});

export function provisionsApi(search: ProvisionSearch): OpenAPIHono {
  const app = resourceApp();
  app.openapi(route, async (c) => {
    const { id } = c.req.valid('param');
    const { lang } = c.req.valid('query');
    const docs = await search.find({ id });
    const doc = pickLanguage(docs, lang);
    if (!doc) {
      const detail = docs.length
        ? `${id} exists only in ${docs.map((d) => d.lang).join(', ')}: ask for ?lang=${docs[0]!.lang}.`
        : `No provision has the id "${id}". Ids look like "atipsom-s14" or "atipsom-s2-exploitation"; find one with /v1/search or /v1/cite.`;
      throw new ApiProblem('not-found', 404, detail);
    }
    // The document was validated when the index was built, and find() retrieves the schema's fields only.
    return c.json({ provision: doc, languages: languages(docs) }, 200);
  });
  return app;
}
