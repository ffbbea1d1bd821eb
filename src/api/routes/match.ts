import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { matchFacts, offencesFor, type OffenceElements } from '../../compute/match.js';
import { FACT_FIELDS, Facts, type FactField } from '../../schema/match.js';
import type { ProvisionSearch } from '../../search/client.js';
import { MatchAnswer } from '../analysis-schemas.js';
import { provisionUrl } from '../present.js';
import { ApiProblem, resourceApp } from '../problem.js';
import { ERRORS } from './errors.js';
import { docKey } from '../../schema/ids.js';

const DESCRIPTION =
  'Facts of a case as structured input (victim age, disability, migrant status, employment; conduct, means, purpose, place, ' +
  'aggravating circumstances in the fact vocabulary) → the charges across Acts whose conduct the facts meet, by the share ' +
  'of required elements met; each with the elements met, still to prove, not required by the text, the state of mind to ' +
  'prove, the penalty and its alternatives in other Acts. Offences whose victim class excludes the victim are ruled out, ' +
  'not ranked; abetment, conspiracy and attempt are listed as ways of charging. Analysis, not legal advice.';

/** A query value given once, several times, or comma-separated → a list. */
const listed = (v: unknown): unknown =>
  v === undefined ? undefined : (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(',')).map((s) => s.trim()).filter(Boolean);
const blankless = (v: unknown): unknown => (v === '' ? undefined : v);
const BOOLEAN: Record<string, boolean> = { true: true, yes: true, '1': true, false: false, no: false, '0': false };

const list = (f: FactField, example?: string) =>
  z.preprocess(listed, Facts.shape[f]).openapi({ type: 'string', description: `Codes, repeated or comma-separated (the ${f} facts).`, ...(example ? { example } : {}) });
const flag = (f: 'victim_child' | 'victim_disabled' | 'victim_employee') =>
  z.preprocess((v) => (typeof v === 'string' ? (v === '' ? undefined : (BOOLEAN[v.toLowerCase()] ?? v)) : v), Facts.shape[f]).openapi({ type: 'boolean' });

const FactsQuery = z
  .object({
    // First, so the docs form (which fills only the first example) asks something that meets an offence's conduct.
    conduct: list('conduct', 'recruit'),
    victim_age: z.preprocess((v) => (v === undefined || v === '' ? undefined : Number(v)), Facts.shape.victim_age).openapi({ type: 'integer', example: 15 }),
    victim_child: flag('victim_child'),
    victim_disabled: flag('victim_disabled'),
    migrant_status: z.preprocess(blankless, Facts.shape.migrant_status),
    victim_employee: flag('victim_employee'),
    means: list('means'),
    purpose: list('purpose'),
    place: list('place'),
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

const OFFENCE_FIELDS = ['id', 'act', 'lang', 'elements', 'penalties', 'short_citation', 'heading'];
/** Both languages of every offence (≈ 900 documents with the Penal Code and the Employment Act). */
const MOST_OFFENCES = 3_000;

export function matchApi(search: ProvisionSearch): OpenAPIHono {
  const app = resourceApp();
  const answer = async (facts: Facts) => {
    const given = facts.victim_age !== undefined || facts.victim_child !== undefined || facts.victim_disabled !== undefined || facts.migrant_status !== undefined ||
      facts.victim_employee !== undefined || FACT_FIELDS.some((f) => facts[f].length > 0);
    if (!given) {
      throw new ApiProblem('invalid-request', 400, `Give at least one fact: victim_age, victim_child, victim_disabled, migrant_status, victim_employee, ${FACT_FIELDS.join(', ')} (see /docs).`);
    }
    const docs = await search.find({ type: 'offence' }, { limit: MOST_OFFENCES, attributes: OFFENCE_FIELDS });
    const byKey = new Map(docs.map((d) => [docKey(d.id, d.lang), d]));
    const offences: OffenceElements[] = docs.flatMap((d) => (d.elements ? [{ id: d.id, act: d.act, lang: d.lang, elements: d.elements, penalties: d.penalties ?? [] }] : []));
    const result = matchFacts(facts, offencesFor(facts.lang, offences));
    const cite = (id: string, lang: string) => byKey.get(docKey(id, lang));
    return {
      facts,
      ...result,
      offences: result.offences.map((m) => {
        const d = cite(m.id, m.lang)!;
        return { ...m, short_citation: d.short_citation, heading: d.heading, url: provisionUrl(m.id, m.lang) };
      }),
      ruled_out: result.ruled_out.map((r) => ({ ...r, short_citation: cite(r.id, r.lang)!.short_citation, url: provisionUrl(r.id, r.lang) })),
    };
  };
  app.openapi(getRoute, async (c) => c.json(await answer(c.req.valid('query') as Facts), 200));
  app.openapi(postRoute, async (c) => c.json(await answer(c.req.valid('json')), 200));
  return app;
}
