/**
 * Akoma Ntoso 3.0 by FRBR URI: `/akn/my/act/{year}/{number}[/{lang}@{date}][/~{eId}]` answers the
 * Act (or one unit of it) as application/akn+xml, built from the indexed documents of the Act in
 * that language (the Worker has no filesystem). The URI grammar is src/akn/uri.ts's.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ACTS, type ActConfig } from '../../registry/acts.js';
import { editionAt, firstDate, isBefore, withPast } from '../../akn/at.js';
import { actToAkn, AKN_MEDIA_TYPE, portionToAkn } from '../../akn/build.js';
import { AKN_LANGS, isEid, langOfAkn, parseUri, workUri, actWork } from '../../akn/uri.js';
import type { Lang } from '../../schema/provision.js';
import type { ProvisionSearch } from '../../search/client.js';
import { ApiProblem, resourceApp } from '../problem.js';
import { ERRORS } from './errors.js';

/** What the document needs of each indexed provision (not the analysis it also carries). */
const AKN_FIELDS = ['id', 'act', 'lang', 'kind', 'number', 'heading', 'term', 'parent', 'part', 'chapter', 'order', 'status', 'blocks', 'source', 'version', 'versions', 'past', 'refs_out'];

const EID_PART = String.raw`[a-z]+(?:_[A-Za-z0-9][A-Za-z0-9-]*)?`;
const EID = String.raw`${EID_PART}(?:__${EID_PART})*`;
const LANG_AT = String.raw`[a-z]{3}(?:@(?:\d{4}(?:-\d{2}-\d{2})?)?)?`;
const COMPONENT = String.raw`!main(?:\.xml)?`;

/** No date, or a day that exists (2022-02-30 does not). */
const realDate = (d: string | undefined): boolean => d === undefined || (!Number.isNaN(Date.parse(d)) && new Date(d).toISOString().startsWith(d));

const Year = z
  .string()
  .regex(/^\d{4}$/, 'year must be the four-digit year of the Act, e.g. 2007')
  .openapi({ param: { name: 'year', in: 'path' }, example: '2007' });
const ActNumber = z
  .string()
  .regex(/^[0-9A-Za-z]{1,10}$/, 'number must be the Act number in the Laws of Malaysia, e.g. 670')
  .openapi({ param: { name: 'number', in: 'path' }, example: '670' });
const Expression = z
  .string()
  .max(200, 'the expression part is too long')
  .regex(
    new RegExp(`^(?:${LANG_AT}|~${EID}|${COMPONENT})$`),
    'after the Act number give a language and date such as "eng@2022-02-22" ("eng@" or "eng" for the latest; eng or msa), a portion such as "~sec_14", or "!main"',
  )
  .refine((s) => realDate(/@(\d{4}-\d{2}-\d{2})$/.exec(s)?.[1]), 'the date after "@" is not a real day: write YYYY-MM-DD, e.g. eng@2022-02-22')
  .openapi({ param: { name: 'expression', in: 'path' }, example: 'eng@2022-02-22' });
const Portion = z
  .string()
  .max(200, 'the portion is too long')
  .regex(new RegExp(`^(?:~${EID}|${COMPONENT})$`), 'the last part must be a portion such as "~sec_14" or "~sec_14__subsec_2", or "!main"')
  .openapi({ param: { name: 'portion', in: 'path' }, example: '~sec_14' });

const XML = { [AKN_MEDIA_TYPE]: { schema: z.string().openapi({ description: 'An Akoma Ntoso 3.0 document (akomaNtoso/act or akomaNtoso/portion).' }) } };
const responses = {
  200: { description: 'The Akoma Ntoso document.', content: XML },
  400: ERRORS[400],
  404: ERRORS[404],
  503: ERRORS[503],
};
const DESCRIPTION =
  'Akoma Ntoso 3.0 (OASIS LegalDocML) by FRBR URI. eIds follow the AKN naming convention: `sec_14`, ' +
  '`sec_14__subsec_2__para_a`, `part_IIIA`, `part_V__chp_1`, `sec_2__def_exploitation`, `sch_1`. ' +
  'A date gives the text in force on that day; a date before the Act, or an Act or language not held, is a 404.';

const workRoute = createRoute({
  method: 'get',
  path: '/{year}/{number}',
  summary: 'An Act as Akoma Ntoso (latest, English where held)',
  description: DESCRIPTION,
  request: { params: z.object({ year: Year, number: ActNumber }) },
  responses,
});
const expressionRoute = createRoute({
  method: 'get',
  path: '/{year}/{number}/{expression}',
  summary: 'An Act in one language as at a date, or one unit of it, as Akoma Ntoso',
  description: DESCRIPTION,
  request: { params: z.object({ year: Year, number: ActNumber, expression: Expression }) },
  responses,
});
const portionRoute = createRoute({
  method: 'get',
  path: '/{year}/{number}/{expression}/{portion}',
  summary: 'One unit of an Act in one language as at a date, as Akoma Ntoso',
  description: DESCRIPTION,
  request: { params: z.object({ year: Year, number: ActNumber, expression: Expression, portion: Portion }) },
  responses,
});

const LANG_CODES = Object.values(AKN_LANGS).join(' or ');

/** Mounted at /akn/my/act: the FRBR URI space of Malaysian Acts. */
export function aknApi(search: ProvisionSearch): OpenAPIHono {
  const app = resourceApp();
  const handler = async (c: Context) => {
    const { year, number, expression, portion } = c.req.param() as Record<string, string | undefined>;
    const path = ['/akn/my/act', year, number, expression, portion].filter((s) => s !== undefined).join('/');
    const uri = parseUri(path);
    if (!uri || (uri.component !== undefined && uri.component !== 'main')) {
      throw new ApiProblem('not-found', 404, `${path} is not an Akoma Ntoso address this API answers: use /akn/my/act/{year}/{number}[/eng@YYYY-MM-DD][/~sec_14].`);
    }
    const act = ACTS.find((a) => String(a.year) === uri.date && a.actNumber === uri.number);
    if (!act) throw new ApiProblem('not-found', 404, `No Act ${uri.number} of ${uri.date} is known. Acts: ${ACTS.map((a) => workUri(actWork(a))).join(', ')}.`);
    const held = [...new Set(act.sources.map((s) => s.lang))];
    if (!held.length) throw new ApiProblem('text-not-held', 404, `The text of the ${act.title.en} is not held in this knowledge base. ${act.caveats[0] ?? ''}`.trim());
    const lang = uri.language === undefined ? (held.includes('en') ? 'en' : held[0]!) : langOfAkn(uri.language);
    if (!lang || !held.includes(lang)) {
      const codes = held.map((l) => AKN_LANGS[l]).join(', ');
      throw new ApiProblem('not-found', 404, `The ${act.title.en} is held in ${codes} only (language codes ${LANG_CODES}); "${uri.language}" is not one of them.`);
    }
    const xml = await document(search, act, lang, uri.expressionDate || undefined, uri.portion);
    return c.body(xml, 200, { 'Content-Type': `${AKN_MEDIA_TYPE}; charset=utf-8` });
  };
  app.openapi(workRoute, handler);
  app.openapi(expressionRoute, handler);
  app.openapi(portionRoute, handler);
  return app;
}

async function document(search: ProvisionSearch, act: ActConfig, lang: Lang, date: string | undefined, portion: string | undefined): Promise<string> {
  // Each document with the earlier versions it carries: the texts a date can ask for.
  const docs = (await search.find({ act: act.slug, lang }, { limit: 5000, attributes: AKN_FIELDS })).flatMap(withPast);
  if (!docs.length) throw new ApiProblem('not-found', 404, `No provisions of the ${act.title.en} are indexed in ${AKN_LANGS[lang]}.`);
  const first = firstDate(docs) ?? String(act.year);
  if (date && isBefore(date, first)) {
    throw new ApiProblem('not-found', 404, `The ${act.title.en} has no text as at ${date}: the earliest text held is as at ${first}. Ask for a later date, or leave it out for the latest.`);
  }
  const at = editionAt(docs, date);
  if (!at.ok) {
    const ids = at.missing.slice(0, 5).map((d) => d.id).join(', ');
    throw new ApiProblem('not-found', 404, `The text as at ${date} of ${at.missing.length} provision(s) (${ids}${at.missing.length > 5 ? ', …' : ''}) is an earlier version than this knowledge base serves. Ask for a later date, or leave it out for the latest.`);
  }
  const input = { act, lang, date: at.date ?? first, provisions: at.docs };
  if (portion === undefined) return actToAkn(input);
  const xml = isEid(portion) ? portionToAkn(input, portion) : undefined;
  if (xml === undefined) throw new ApiProblem('not-found', 404, `The ${act.title.en} (${AKN_LANGS[lang]}) has no unit "${portion}" to serve as a portion. Units are Parts, Chapters, sections and their subdivisions, definitions and schedules: sec_14, sec_14__subsec_2__para_a, part_III, sec_2__def_exploitation, sch_1; the whole Act lists their eIds.`);
  return xml;
}
