import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { compare, refIds, type ComparedProvision } from '../../compute/compare.js';
import { PROVISION_ID_PATTERN } from '../../schema/provision.js';
import type { Doc, ProvisionSearch } from '../../search/client.js';
import { CompareAnswer } from '../analysis-schemas.js';
import { LangParam } from '../params.js';
import { provisionIn, provisionUrl } from '../present.js';
import { ApiProblem, resourceApp } from '../problem.js';
import { ERRORS } from './errors.js';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 6;

const IdsParam = z
  .string({ error: `ids must be given once, as ${MIN_COMPARED} to ${MAX_COMPARED} provision ids separated by commas` })
  .max(800, 'ids is too long: give at most 6 provision ids')
  .transform((s) => [...new Set(s.split(',').map((id) => id.trim()).filter(Boolean))])
  .pipe(
    z
      .array(z.string().max(120).regex(PROVISION_ID_PATTERN, 'each id must be a provision id such as "atipsom-s14" (lowercase letters, digits and "-")'))
      .min(MIN_COMPARED, `ids must name at least ${MIN_COMPARED} different provisions, e.g. ids=atipsom-s12,atipsom-s14`)
      .max(MAX_COMPARED, `ids must name at most ${MAX_COMPARED} provisions`),
  )
  .openapi({ type: 'string', description: `${MIN_COMPARED}–${MAX_COMPARED} provision ids, comma-separated.`, example: 'atipsom-s12,atipsom-s14,child-act-s48' });

const route = createRoute({
  method: 'get',
  path: '/',
  summary: 'Compare provisions side by side',
  description:
    'Verbatim text, an elements matrix (UN Trafficking Protocol frame), normalised penalties, the differences in our own ' +
    'words and the relations among them (references, shared overlap and gap records). Without `lang`, each provision ' +
    'is shown in English, or in the language whose text is held. Analysis, not legal advice.',
  request: { query: z.object({ ids: IdsParam, lang: LangParam.optional() }) },
  responses: {
    200: { description: 'The comparison.', content: { 'application/json': { schema: CompareAnswer } } },
    400: ERRORS[400], 404: ERRORS[404], 503: ERRORS[503],
  },
});

const compared = (d: Doc): ComparedProvision => ({
  id: d.id,
  lang: d.lang,
  short_citation: d.short_citation,
  heading: d.heading,
  status: d.status,
  text: d.text,
  unavailable: d.unavailable,
  elements: d.elements,
  penalties: d.penalties ?? [],
  refs_out: refIds(d.refs_out, d.id),
  overlaps: d.overlaps.map((o) => o.id),
  gaps: d.gaps.map((g) => g.id),
});

export function compareApi(search: ProvisionSearch): OpenAPIHono {
  const app = resourceApp();
  app.openapi(route, async (c) => {
    const { ids, lang } = c.req.valid('query');
    const docs = await search.find({ id: ids }, { limit: ids.length * 2 });
    // A provision held in another language only is compared as text-unavailable in this one (provisionIn).
    const chosen = ids.map((id) => ({ id, doc: provisionIn(docs.filter((d) => d.id === id), lang) }));
    const unknown = chosen.filter((x) => !x.doc).map((x) => x.id);
    if (unknown.length) {
      throw new ApiProblem('not-found', 404, `No provision has the id ${unknown.map((id) => `"${id}"`).join(', ')}. Ids look like "atipsom-s14"; find them with /v1/search or /v1/cite.`);
    }
    const result = compare(chosen.map((x) => compared(x.doc!)));
    return c.json({ ...result, provisions: result.provisions.map((p) => ({ ...p, url: provisionUrl(p.id, p.lang) })) }, 200);
  });
  return app;
}
