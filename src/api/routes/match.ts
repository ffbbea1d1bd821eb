import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { matchOffences, offencesFor, type OffenceElements } from '../../compute/match.js';
import { FACT_FIELDS, Facts, type FactField } from '../../schema/match.js';
import { ANALYSIS_LABEL } from '../../schema/relation.js';
import type { ProvisionSearch } from '../../search/client.js';
import { MatchAnswer } from '../analysis-schemas.js';
import { provisionUrl } from '../present.js';
import { ApiProblem, resourceApp } from '../problem.js';
import { ERRORS } from './errors.js';
import { docKey } from '../../schema/ids.js';

const DESCRIPTION =
  'Facts of a case as structured input (victim age, disability, migrant status, conduct, means, purpose, aggravating ' +
  'circumstances, in the element vocabulary) → the offences whose elements the facts meet, applicable ones first, then ' +
  'by the share of required elements met; each with the elements met, still to prove, contradicted by the facts, or ' +
  'not required by the text. Analysis, not legal advice.';

/** A query value given once, several times, or comma-separated → a list. */
const listed = (v: unknown): unknown =>
  v === undefined ? undefined : (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(',')).map((s) => s.trim()).filter(Boolean);
const blankless = (v: unknown): unknown => (v === '' ? undefined : v);
const BOOLEAN: Record<string, boolean> = { true: true, yes: true, '1': true, false: false, no: false, '0': false };

const list = (f: FactField) =>
  z.preprocess(listed, Facts.shape[f]).openapi({ type: 'string', description: `Codes, repeated or comma-separated (the ${FACT_FIELDS[f]} vocabulary).` });

const FactsQuery = z
  .object({
    victim_age: z.preprocess((v) => (v === undefined || v === '' ? undefined : Number(v)), Facts.shape.victim_age).openapi({ type: 'integer', example: 15 }),
    victim_disabled: z.preprocess((v) => (typeof v === 'string' ? (BOOLEAN[v.toLowerCase()] ?? v) : v), Facts.shape.victim_disabled).openapi({ type: 'boolean' }),
    migrant_status: z.preprocess(blankless, Facts.shape.migrant_status),
    conduct: list('conduct'),
    means: list('means'),
    purpose: list('purpose'),
    circumstances: list('circumstances'),
    lang: z.preprocess(blankless, Facts.shape.lang),
  })
  .strict();

const response = { 200: { description: 'The offences, best first.', content: { 'application/json': { schema: MatchAnswer } } }, 400: ERRORS[400], 503: ERRORS[503] };

const getRoute = createRoute({ method: 'get', path: '/', summary: 'Match facts to offences', description: DESCRIPTION, request: { query: FactsQuery }, responses: response });
const postRoute = createRoute({
  method: 'post',
  path: '/',
  summary: 'Match facts to offences (JSON)',
  description: DESCRIPTION,
  request: { body: { content: { 'application/json': { schema: Facts } }, required: true } },
  responses: response,
});

const OFFENCE_FIELDS = ['id', 'lang', 'elements', 'short_citation', 'heading'];
/** Both languages of every offence (≈ 250 documents). */
const MOST_OFFENCES = 1_000;

export function matchApi(search: ProvisionSearch): OpenAPIHono {
  const app = resourceApp();
  const answer = async (facts: Facts) => {
    const given = facts.victim_age !== undefined || facts.victim_disabled !== undefined || facts.migrant_status !== undefined ||
      (Object.keys(FACT_FIELDS) as FactField[]).some((f) => facts[f].length > 0);
    if (!given) {
      throw new ApiProblem('invalid-request', 400, 'Give at least one fact: victim_age, victim_disabled, migrant_status, conduct, means, purpose or circumstances (see /docs).');
    }
    const docs = await search.find({ type: 'offence' }, { limit: MOST_OFFENCES, attributes: OFFENCE_FIELDS });
    const byKey = new Map(docs.map((d) => [docKey(d.id, d.lang), d]));
    const offences: OffenceElements[] = docs.flatMap((d) => (d.elements ? [{ id: d.id, lang: d.lang, elements: d.elements }] : []));
    const matches = matchOffences(facts, offencesFor(facts.lang, offences)).map((m) => {
      const d = byKey.get(docKey(m.id, m.lang))!;
      return { ...m, short_citation: d.short_citation, heading: d.heading, url: provisionUrl(m.id, m.lang) };
    });
    return { facts, offences: matches, label: ANALYSIS_LABEL };
  };
  app.openapi(getRoute, async (c) => c.json(await answer(c.req.valid('query') as Facts), 200));
  app.openapi(postRoute, async (c) => c.json(await answer(c.req.valid('json')), 200));
  return app;
}
