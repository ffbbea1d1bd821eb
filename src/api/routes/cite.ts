import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { parseCitation } from '../../cite/parse.js';
import { blockText, findPinpoint } from '../../cite/pinpoint.js';
import { resolveCitation } from '../../cite/resolve.js';
import type { ProvisionSearch } from '../../search/client.js';
import { LangParam, QueryText } from '../params.js';
import { languages, listing, pickLanguage, provisionUrl } from '../present.js';
import { ApiProblem, resourceApp } from '../problem.js';
import { CiteAnswer } from '../schemas.js';
import { ERRORS } from './errors.js';

const route = createRoute({
  method: 'get',
  path: '/',
  summary: 'Resolve a citation',
  description:
    'Reads a citation as people type it — "ATIPSOM s 14", "s.14 ATIPSOM 2007", "section 14 of Act 670", ' +
    '"Akta 670 seksyen 14", "Child Act s 48(1)(a)", "s 2 ATIPSOM \'exploitation\'" — and returns the provision, ' +
    'the pinpointed words, and the citation to use. 400 when it cannot be read, 404 (with suggestions) when it names nothing held.',
  request: {
    query: z.object({
      q: QueryText('q', 'ATIPSOM s 14(1)').min(1, 'q is empty: give a citation, e.g. "ATIPSOM s 14"'),
      lang: LangParam.optional(),
    }),
  },
  responses: {
    200: { description: 'The cited provision.', content: { 'application/json': { schema: CiteAnswer } } },
    400: ERRORS[400], 404: ERRORS[404], 503: ERRORS[503],
  },
});

export function citeApi(search: ProvisionSearch): OpenAPIHono {
  const app = resourceApp();
  app.openapi(route, async (c) => {
    const { q, lang } = c.req.valid('query');
    const parsed = parseCitation(q);
    if (!parsed.ok) throw new ApiProblem('unreadable-citation', 400, parsed.message);

    const resolution = await resolveCitation(search, parsed.citation);
    if (resolution.status === 'not-held') {
      const name = resolution.act?.title.en ?? parsed.citation.act;
      const caveat = resolution.act?.caveats[0] ?? '';
      throw new ApiProblem('text-not-held', 404, `The text of the ${name} is not held in this knowledge base, so ${parsed.citation.kind === 'schedule' ? 'Schedule' : 's'} ${parsed.citation.section} cannot be shown. ${caveat}`.trim());
    }
    if (resolution.status === 'absent') {
      const suggestions = resolution.suggestions.map((d) => ({
        id: d.id,
        short_citation: d.short_citation,
        heading: d.heading,
        url: provisionUrl(d.id, d.lang),
      }));
      throw new ApiProblem('citation-not-found', 404, resolution.detail, { suggestions });
    }

    const doc = pickLanguage(resolution.docs, lang);
    if (!doc) {
      const held = resolution.docs.map((d) => d.lang).join(', ');
      throw new ApiProblem('not-found', 404, `${resolution.citeAs} is held only in ${held}: ask for lang=${resolution.docs[0]!.lang}.`);
    }
    const path = parsed.citation.pinpoint.join('');
    const block = path ? findPinpoint(doc.blocks, parsed.citation.pinpoint) : undefined;
    return c.json(
      {
        query: q,
        citation: parsed.citation,
        cite_as: resolution.citeAs,
        provision: listing(doc),
        languages: languages(resolution.docs),
        pinpoint: block ? { path, text: blockText(block) } : null,
      },
      200,
    );
  });
  return app;
}
