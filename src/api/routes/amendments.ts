/**
 * GET /v1/amendments?act=…: what each amending Act changed in an Act — its number, short title
 * and in-force date, every provision it changed and a redline of each change (unit by unit:
 * words kept, deleted, inserted). `by` narrows to one amending Act.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { AmendableDoc, amendingNumber, changesByAmendingAct } from '../../compute/amendments.js';
import { actBySlug } from '../../registry/acts.js';
import { BlockKind } from '../../schema/provision.js';
import type { ProvisionSearch } from '../../search/client.js';
import { ActParam, LangParam } from '../params.js';
import { provisionUrl } from '../present.js';
import { ApiProblem, resourceApp } from '../problem.js';
import { ERRORS } from './errors.js';

export const RedlinePiece = z
  .object({ value: z.string(), op: z.enum(['same', 'del', 'ins']).openapi({ description: 'same: in both texts; del: only before; ins: only after.' }) })
  .openapi('RedlinePiece');

export const RedlineUnit = z
  .object({
    status: z.enum(['same', 'changed', 'added', 'removed']),
    path: z.string().openapi({ description: 'Pinpoint of the unit, e.g. "(1)(a)"; "" for the opening words.', example: '(1)(a)' }),
    depth: z.number().int().nonnegative(),
    kind: BlockKind,
    label: z.string().optional(),
    old_label: z.string().optional().openapi({ description: 'The label before, when the unit was relabelled.' }),
    pieces: z.array(RedlinePiece),
  })
  .openapi('RedlineUnit', { description: 'One subsection, paragraph or other unit, aligned by its number, with its word changes.' });

export const ProvisionChange = z
  .object({
    id: z.string(),
    number: z.string(),
    heading: z.string(),
    short_citation: z.string(),
    url: z.string(),
    change: z.enum(['amended', 'inserted', 'deleted', 'text-not-held']).openapi({
      description: 'text-not-held: the reprint lists this provision as changed, but the text before or after is not in our sources.',
    }),
    before: z.string().optional().openapi({ description: 'First day of the version before the change.', example: '2008-02-28' }),
    after: z.string().optional().openapi({ description: 'First day of the version the change made.', example: '2022-02-22' }),
    redline: z.array(RedlineUnit),
  })
  .openapi('ProvisionChange');

export const AmendingAct = z
  .object({
    act: z.string().openapi({ example: 'Act A1644' }),
    number: z.string().openapi({ example: 'A1644' }),
    title: z.string().optional().openapi({ example: 'Anti-Trafficking in Persons and Anti-Smuggling of Migrants (Amendment) Act 2022' }),
    in_force: z.string().optional().openapi({ example: '2022-02-22' }),
    provisions: z.array(ProvisionChange),
  })
  .openapi('AmendingAct');

export const AmendmentsAnswer = z
  .object({ act: z.string(), lang: LangParam, amending_acts: z.array(AmendingAct) })
  .openapi('AmendmentsAnswer');

const ByParam = z
  .string({ error: 'by must be given once, as an amending Act number such as "A1644"' })
  .regex(/^(?:(?:Act|Akta)\s+)?A\d{3,5}$/i, 'by must be an amending Act number such as "A1644" (or "Act A1644")')
  .openapi({ description: 'Only this amending Act.', example: 'A1644' });

const route = createRoute({
  method: 'get',
  path: '/',
  summary: 'Changes by amending Act',
  description:
    'Each amending Act of an Act (number, short title, in-force date, from the official reprint), oldest first, with every ' +
    'provision it changed and a redline of each change: units aligned by number, then words marked kept, deleted or inserted. ' +
    'Definitions are shown within their interpretation section.',
  request: { query: z.object({ act: ActParam, lang: LangParam.default('en'), by: ByParam.optional() }) },
  responses: {
    200: { description: 'The changes.', content: { 'application/json': { schema: AmendmentsAnswer } } },
    400: ERRORS[400],
    404: ERRORS[404],
    503: ERRORS[503],
  },
});

const FIELDS = ['id', 'lang', 'kind', 'number', 'heading', 'short_citation', 'order', 'status', 'blocks', 'version', 'versions', 'past', 'amended_by'];

export function amendmentsApi(search: ProvisionSearch): OpenAPIHono {
  const app = resourceApp();
  app.openapi(route, async (c) => {
    const { act, lang, by } = c.req.valid('query');
    const config = actBySlug(act)!;
    if (!config.sources.length) {
      throw new ApiProblem('text-not-held', 404, `The text of ${config.title.en} is not held, so its amendments cannot be shown; see /v1/acts.`);
    }
    const docs = await search.find({ act, lang }, { limit: 5000, attributes: FIELDS });
    const all = changesByAmendingAct(docs.map((d) => AmendableDoc.parse(d)));
    const wanted = by ? amendingNumber(by.toUpperCase().replace(/^(ACT|AKTA)\s+/, '')) : undefined;
    const acts = wanted ? all.filter((a) => a.number === wanted) : all;
    if (wanted && !acts.length) {
      const known = all.map((a) => a.number).join(', ') || 'none held';
      throw new ApiProblem('not-found', 404, `No amending Act ${wanted} changed ${config.shortCitation} in our sources. Its amending Acts: ${known}.`);
    }
    const amending_acts = acts.map((a) => ({ ...a, provisions: a.provisions.map((p) => ({ ...p, url: provisionUrl(p.id, lang) })) }));
    return c.json({ act, lang, amending_acts: AmendmentsAnswer.shape.amending_acts.parse(amending_acts) }, 200);
  });
  return app;
}
