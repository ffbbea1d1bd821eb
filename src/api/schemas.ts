/** Response bodies, as zod schemas: the OpenAPI document is generated from these. */
import { z } from '@hono/zod-openapi';
import { ProvisionDoc } from '../schema/document.js';
import { Citation } from '../schema/citation.js';
import {
  BlockKind,
  Division,
  Lang,
  ProvisionKind,
  ProvisionStatus,
  ProvisionType,
  type Block,
} from '../schema/provision.js';

// The OpenAPI generator needs a recursive schema it can name; same shape as Block (typed so).
const NamedBlock: z.ZodType<Block> = z
  .lazy(() => z.object({ kind: BlockKind, label: z.string().optional(), text: z.string(), children: z.array(NamedBlock) }))
  .openapi('Block');

export const Provision = ProvisionDoc.extend({ blocks: z.array(NamedBlock) }).openapi('Provision');

export const LanguageVersion = z
  .object({ lang: Lang, status: ProvisionStatus, url: z.string() })
  .openapi('LanguageVersion', { description: 'A language the provision exists in, and whether its text is held.' });

export const ProvisionAnswer = z
  .object({ provision: Provision, languages: z.array(LanguageVersion) })
  .openapi('ProvisionAnswer');

export const SearchHit = z
  .object({
    id: z.string(),
    lang: Lang,
    act: z.string(),
    act_title: z.string(),
    kind: ProvisionKind,
    number: z.string(),
    heading: z.string(),
    term: z.string().optional(),
    type: ProvisionType,
    topics: z.array(z.string()),
    status: ProvisionStatus,
    short_citation: z.string(),
    citation: z.string(),
    url: z.string(),
    highlight: z
      .object({ heading: z.string(), term: z.string().optional(), text: z.string() })
      .openapi({ description: 'HTML-escaped excerpts; matched words are wrapped in <mark>.' }),
  })
  .openapi('SearchHit');

const Counts = z.record(z.string(), z.number().int());

export const SearchAnswer = z
  .object({
    query: z.string(),
    citation: Citation.nullable().openapi({ description: 'Set when the query reads as a citation; its provision is the first hit.' }),
    limit: z.number().int(),
    offset: z.number().int(),
    hits: z.array(SearchHit),
    total: z.number().int().openapi({ description: 'Number of matching provisions (one per provision without `lang`): exact when `total_exact`, else the engine\'s estimate (ask `total=exact`).' }),
    total_exact: z.boolean().openapi({ description: 'Whether `total` is exact: with `total=exact`, or on the last page.' }),
    facets: z
      .object({ act: Counts.optional(), lang: Counts.optional(), type: Counts.optional(), topics: Counts.optional() })
      .openapi({ description: 'The facets asked for in `facets`: matching documents per value; a provision held in two languages counts once in each.' }),
  })
  .openapi('SearchAnswer');

export const ActSummary = z
  .object({
    slug: z.string(),
    title: z.object({ en: z.string(), ms: z.string().optional() }),
    short_citation: z.string(),
    act_number: z.string(),
    year: z.number().int(),
    aliases: z.array(z.string()),
    held: z.boolean().openapi({ description: 'Whether this knowledge base holds the text of the Act.' }),
    languages: z.array(Lang),
    caveats: z.array(z.string()),
    provisions: z.record(z.string(), z.number().int()).openapi({ description: 'Indexed provisions per language.' }),
    url: z.string(),
  })
  .openapi('ActSummary');

export const ActsAnswer = z.object({ acts: z.array(ActSummary) }).openapi('ActsAnswer');

export const TocEntry = z
  .object({
    id: z.string(),
    kind: ProvisionKind,
    number: z.string(),
    heading: z.string(),
    status: ProvisionStatus,
    short_citation: z.string(),
    url: z.string(),
    definitions: z.array(z.object({ id: z.string(), term: z.string(), url: z.string() })),
  })
  .openapi('TocEntry');

export const TocPart = z
  .object({ part: Division.nullable(), chapter: Division.nullable(), provisions: z.array(TocEntry) })
  .openapi('TocPart');

export const ActAnswer = z
  .object({ act: ActSummary, lang: Lang, contents: z.array(TocPart) })
  .openapi('ActAnswer');

export const CiteAnswer = z
  .object({
    query: z.string(),
    citation: Citation,
    cite_as: z.string().openapi({ example: 'ATIPSOM 2007 s 14(1)' }),
    provision: SearchHit.omit({ highlight: true }),
    languages: z.array(LanguageVersion),
    pinpoint: z
      .object({ path: z.string(), text: z.string() })
      .nullable()
      .openapi({ description: 'The verbatim words of the pinpointed subsection or paragraph.' }),
  })
  .openapi('CiteAnswer');

export const Health = z
  .object({
    status: z.enum(['ok', 'degraded']),
    app: z.literal('ok'),
    search: z.object({ ok: z.boolean(), detail: z.string() }),
  })
  .openapi('Health');
