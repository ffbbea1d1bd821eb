/**
 * Request parameters, as zod schemas worded for people: each message names the parameter and
 * what it accepts. They validate requests and document them in /openapi.json.
 */
import { z } from '@hono/zod-openapi';
import { ACTS } from '../registry/acts.js';
import { FACETS } from '../search/settings.js';
import { ACT_SLUG_PATTERN, LANGS, PROVISION_ID_PATTERN, ProvisionKind, ProvisionType } from '../schema/provision.js';

const ACT_SLUGS = ACTS.map((a) => a.slug) as [string, ...string[]];
const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

export const LangParam = z
  .enum(LANGS, { error: 'lang must be "en" (English) or "ms" (Malay)' })
  .openapi({ description: 'Language of the text: en or ms.', example: 'en' });

export const ActParam = z
  .enum(ACT_SLUGS, { error: `act must be one of ${list(ACT_SLUGS)}` })
  .openapi({ description: 'Act slug.', example: 'atipsom' });

export const ActSlugParam = z
  .string()
  .max(60, 'act is too long: Act slugs are short, e.g. "atipsom"')
  .regex(ACT_SLUG_PATTERN, 'act must be an Act slug such as "atipsom" or "child-act" (see /v1/acts)')
  .openapi({ param: { name: 'act', in: 'path' }, example: 'atipsom' });

export const TypeParam = z
  .enum(ProvisionType.options, { error: `type must be one of ${list(ProvisionType.options)}` })
  .openapi({ description: 'What the provision does.', example: 'offence' });

export const KindParam = z
  .enum(ProvisionKind.options, { error: `kind must be one of ${list(ProvisionKind.options)}` })
  .openapi({ description: 'section, definition (a defined term) or schedule.', example: 'section' });

export const TopicParam = z
  .string({ error: 'topic must be given once, as a topic slug such as "child-trafficking"' })
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'topic must be a topic slug such as "child-trafficking"')
  .max(60, 'topic must be a topic slug of at most 60 characters')
  .openapi({ description: 'Topic slug.', example: 'victim-protection' });

export const IdParam = z
  .string({ error: 'id must be a provision id such as "atipsom-s14"' })
  .max(120, 'id is too long: provision ids are at most 120 characters, e.g. "atipsom-s14"')
  .regex(PROVISION_ID_PATTERN, 'id must be a provision id such as "atipsom-s14" (lowercase letters, digits and "-")')
  .openapi({ param: { name: 'id', in: 'path' }, example: 'atipsom-s14' });

export const MAX_LIMIT = 100;
export const LimitParam = z.coerce
  .number({ error: `limit must be a whole number from 1 to ${MAX_LIMIT}` })
  .int(`limit must be a whole number from 1 to ${MAX_LIMIT}`)
  .min(1, `limit must be at least 1`)
  .max(MAX_LIMIT, `limit must be at most ${MAX_LIMIT}`)
  .default(20)
  .openapi({ description: `Hits per page, 1–${MAX_LIMIT}.`, example: 20 });

export const MAX_OFFSET = 4_900;
export const OffsetParam = z.coerce
  .number({ error: `offset must be a whole number from 0 to ${MAX_OFFSET}` })
  .int(`offset must be a whole number from 0 to ${MAX_OFFSET}`)
  .min(0, 'offset must be 0 or more')
  .max(MAX_OFFSET, `offset must be at most ${MAX_OFFSET}: narrow the search with act, type or topic instead`)
  .default(0)
  .openapi({ description: 'Hits to skip, for paging.', example: 0 });

export const QueryText = (name: string, example: string) =>
  z
    .string({ error: `${name} must be given once, as text` })
    .max(300, `${name} is too long: keep it under 300 characters`)
    .openapi({ example });

/** A real calendar day, YYYY-MM-DD. */
const isDay = (s: string): boolean => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

export const AtParam = z
  .string({ error: 'at must be given once, as a date YYYY-MM-DD such as 2012-06-01' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'at must be a date written YYYY-MM-DD, e.g. 2012-06-01')
  .refine(isDay, 'at must be a real calendar day, e.g. 2012-06-01 (month 01–12, a day that month has)')
  .openapi({ description: 'A day (YYYY-MM-DD): answer the version in force on that day, with its date range.', example: '2012-06-01' });

/** Facet counts cost the engine work per value: a caller names the ones it shows. */
const FACET_NAMES = FACETS;
export const FacetsParam = z
  .string({ error: `facets must be given once, as a comma-separated list of ${list(FACET_NAMES)}` })
  .regex(new RegExp(`^(?:${FACET_NAMES.join('|')})(?:,(?:${FACET_NAMES.join('|')}))*$`), `facets must be a comma-separated list of ${list(FACET_NAMES)}, e.g. "act,type"`)
  .transform((s) => [...new Set(s.split(','))] as (typeof FACET_NAMES)[number][])
  .openapi({ type: 'string', description: `Facet counts to return, comma-separated: ${list(FACET_NAMES)}. None unless asked.`, example: 'act,type' });

export const TotalParam = z
  .enum(['estimate', 'exact'], { error: 'total must be "estimate" (default) or "exact"' })
  .default('estimate')
  .openapi({ description: 'exact counts every match (slower); estimate is the engine\'s estimate, exact on the last page.', example: 'exact' });
