import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { atDate, longDate } from '../../compute/at.js';
import { ProvisionDoc } from '../../schema/document.js';
import type { ProvisionVersion } from '../../schema/provision.js';
import type { ProvisionSearch } from '../../search/client.js';
import { AtParam, IdParam, LangParam } from '../params.js';
import { aknLinks, languages, provisionIn } from '../present.js';
import { ACTS } from '../../registry/acts.js';
import { ApiProblem, resourceApp } from '../problem.js';
import { PointInTime, ProvisionAnswer } from '../schemas.js';
import { ERRORS } from './errors.js';

const route = createRoute({
  method: 'get',
  path: '/{id}',
  summary: 'One provision',
  description:
    'The full provision: verbatim text, structure, citations and source. `languages` lists the ' +
    'languages it exists in and whether each text is held; `akn` its Akoma Ntoso URIs. Without `lang`, English is shown when it exists. ' +
    'With `at=YYYY-MM-DD`, the version in force on that day (its text as it stood, its source) and, in `at`, ' +
    'its date range; 404 when the provision was not yet in force on that day.',
  request: {
    params: z.object({ id: IdParam }),
    query: z.object({ lang: LangParam.optional(), at: AtParam.optional() }),
  },
  responses: {
    200: { description: 'The provision.', content: { 'application/json': { schema: ProvisionAnswer } } },
    400: ERRORS[400], 404: ERRORS[404], 503: ERRORS[503],
  },
});

const range = (v: ProvisionVersion): string => `from ${longDate(v.valid_from)}${v.valid_to ? ` to ${longDate(v.valid_to)} (exclusive)` : ''}`;
const madeBy = (v: ProvisionVersion): string => [v.act, v.bill && `Bill ${v.bill}`].filter(Boolean).join(', ');

function pointInTime(date: string, v: ProvisionVersion, current: boolean): z.infer<typeof PointInTime> {
  return {
    date,
    valid_from: v.valid_from,
    ...(v.valid_to ? { valid_to: v.valid_to } : {}),
    current,
    ...(v.act ? { act: v.act } : {}),
    ...(v.bill ? { bill: v.bill } : {}),
    ...(v.in_force ? { in_force: v.in_force } : {}),
    note: `The version in force on ${longDate(date)}: in force ${range(v)}${madeBy(v) ? `, made by ${madeBy(v)}` : ''}.`,
  };
}

export function provisionsApi(search: ProvisionSearch): OpenAPIHono {
  const app = resourceApp();
  app.openapi(route, async (c) => {
    const { id } = c.req.valid('param');
    const { lang, at } = c.req.valid('query');
    const docs = await search.find({ id });
    const doc = provisionIn(docs, lang);
    if (!doc) {
      const act = docs.length ? undefined : ACTS.find((a) => a.sources.length === 0 && id.startsWith(`${a.slug}-`));
      if (act) {
        throw new ApiProblem('text-not-held', 404, `The text of the ${act.title.en} is not held in this knowledge base, so ${id} cannot be shown. ${act.caveats[0] ?? ''} Read it at the official source: ${act.officialSource.label}, ${act.officialSource.url}`);
      }
      throw new ApiProblem('not-found', 404, `No provision has the id "${id}". Ids look like "atipsom-s14" or "atipsom-s2-exploitation"; find one with /v1/search or /v1/cite.`);
    }
    // The document was validated when the index was built, and find() retrieves the schema's fields only.
    const { _formatted, past: _past, ...current } = doc;
    const answer = { provision: current, languages: languages(docs), akn: aknLinks(doc) };
    if (!at) return c.json(answer, 200);

    const found = atDate(doc, at);
    switch (found.kind) {
      case 'current':
        if (!found.version) {
          return c.json({ ...answer, at: { date: at, valid_from: '', current: true, note: `No earlier versions of ${doc.short_citation} are held: this is its current text, whose date range our sources do not give.` } }, 200);
        }
        return c.json({ ...answer, at: pointInTime(at, found.version, true) }, 200);
      case 'before':
        throw new ApiProblem(
          'not-found',
          404,
          `${doc.short_citation} was not in force on ${longDate(at)}: its first version is in force ${range(found.first)}${madeBy(found.first) ? ` (${madeBy(found.first)})` : ''}. Ask for a day from ${found.first.valid_from} on.`,
        );
      case 'unstated':
        throw new ApiProblem(
          'not-found',
          404,
          `Our sources do not say whether ${doc.short_citation} was law on ${longDate(at)}, nor in what words: no Bill we hold inserts it, and the first change the reprint's List of Sections Amended names for it is ${madeBy(found.first) || 'an amending law'}, in force ${longDate(found.first.valid_from)}. Ask for a day from ${found.first.valid_from} on.`,
        );
      case 'not-held':
        throw new ApiProblem('not-found', 404, `The text of ${doc.short_citation} in force on ${longDate(at)} (${range(found.version)}) is not held in our sources.`);
      case 'past': {
        const p = found.past;
        // The text as it stood; the analysis (references, penalties, elements) describes the current text only.
        const provision = ProvisionDoc.omit({ past: true }).parse({
          ...answer.provision,
          heading: p.heading,
          ...(p.part ? { part: p.part } : {}),
          status: p.status,
          text: p.text,
          markdown: p.markdown,
          blocks: p.blocks,
          source: p.source,
          version: p.version,
          unavailable: p.unavailable,
          // The letter-spaced lines are the reprint's; an earlier version's words come from a Bill.
          extraction: undefined,
          refs_out: [],
          refs_in: [],
          penalties: undefined,
          elements: undefined,
          overlaps: [],
          gaps: [],
        });
        return c.json({ provision, languages: answer.languages, akn: answer.akn, at: pointInTime(at, found.version, false) }, 200);
      }
    }
  });
  return app;
}
