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

export const Provision = ProvisionDoc.omit({ past: true }).extend({ blocks: z.array(NamedBlock) }).openapi('Provision');

export const LanguageVersion = z
  .object({ lang: Lang, status: ProvisionStatus, url: z.string() })
  .openapi('LanguageVersion', { description: 'A language the provision exists in, and whether its text is held.' });

export const PointInTime = z
  .object({
    date: z.string().openapi({ description: 'The day asked for (`at`).', example: '2012-06-01' }),
    valid_from: z.string().openapi({ description: 'First day this version was in force.', example: '2010-11-15' }),
    valid_to: z.string().optional().openapi({ description: 'First day it was no longer in force; absent while in force.', example: '2022-02-22' }),
    current: z.boolean().openapi({ description: 'Whether this is the version in force now.' }),
    act: z.string().optional().openapi({ description: 'The Act that made this version (amending Act, or the Act as enacted).', example: 'Act A1385' }),
    bill: z.string().optional().openapi({ description: 'D.R. number of the Bill whose text this version is.', example: 'D.R.22/2010' }),
    in_force: z.string().optional().openapi({ description: 'Where valid_from comes from (the reprint and line).' }),
    note: z.string().openapi({ description: 'What the answer is, in words.' }),
  })
  .openapi('PointInTime', { description: 'The version in force on the day asked for, and its date range.' });

export const AknLinks = z
  .object({
    work: z.string().openapi({ example: '/akn/my/act/2007/670/~sec_14' }),
    expression: z.string().openapi({ example: '/akn/my/act/2007/670/eng@2022-02-22/~sec_14' }),
  })
  .openapi('AknLinks', {
    description: 'FRBR URIs of the provision (Akoma Ntoso naming convention): the work (latest, any language) and this language as at its version. Both answer application/akn+xml.',
  });

export const ProvisionAnswer = z
  .object({ provision: Provision, languages: z.array(LanguageVersion), akn: AknLinks, at: PointInTime.optional() })
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
    akn: AknLinks,
    highlight: z
      .object({ heading: z.string(), term: z.string().optional(), text: z.string() })
      .openapi({ description: 'HTML-escaped excerpts; matched words are wrapped in <mark>.' }),
  })
  .openapi('SearchHit');

const Counts = z.record(z.string(), z.number().int());

/** A search hit with where it came from (src/api/search-plan.ts). */
export const RankedHit = SearchHit.extend({
  via: z.enum(['citation', 'search', 'facts', 'loose']).openapi({
    description:
      'citation: the provision the query cites; search: matches the words; facts: an offence the facts → charges matcher finds for a ' +
      'query that reads as facts (analysis, not legal advice); loose: matches only some of the words, listed because fewer than a page matched them all.',
  }),
  lang_fallback: z.boolean().openapi({
    description: 'True when `lang` asked for another language and this provision is shown in the language it is held in (one hit per provision).',
  }),
}).openapi('RankedHit');

export const QueryUnderstanding = z
  .object({
    text: z.string().openapi({ description: 'The words searched for: ages, an Act name and a leading "definition of" taken out, misspelt thesaurus words put right.' }),
    ages: z.array(z.number().int()).openapi({ description: 'Numbers read as ages ("girl of 15"), not as section numbers.' }),
    act: z.object({ slug: z.string(), words: z.string() }).nullable().openapi({ description: 'The Act named in the query, used as a filter.' }),
    facts: z
      .object({ words: z.array(z.string()), input: z.record(z.string(), z.unknown()) })
      .nullable()
      .openapi({ description: 'Set when the query reads as facts: the fact words found and the facts given to the matcher (/v1/match).' }),
    expansions: z
      .array(z.object({ words: z.string(), terms: z.array(z.string()), kind: z.enum(['plain', 'pair', 'group', 'spelling']) }))
      .openapi({
        description:
          'Thesaurus expansions the engine applied (corpus/thesaurus.yaml): the query words and what was also searched for; ' +
          '`spelling`: a misspelt thesaurus word searched as the word it is one or two letters off.',
      }),
  })
  .openapi('QueryUnderstanding');

export const SearchAnswer = z
  .object({
    query: z.string(),
    citation: Citation.nullable().openapi({ description: 'Set when the query reads as a citation; its provision is the first hit.' }),
    limit: z.number().int(),
    offset: z.number().int(),
    hits: z.array(RankedHit),
    total: z.number().int().openapi({ description: 'Number of provisions matching every word that counts (one per provision; loose and facts hits come on top): exact when `total_exact`, else the engine\'s estimate (ask `total=exact`).' }),
    total_exact: z.boolean().openapi({ description: 'Whether `total` is exact: with `total=exact` or `facets` (both count every match), or on the last page.' }),
    understanding: QueryUnderstanding,
    facets: z
      .object({ act: Counts.optional(), lang: Counts.optional(), type: Counts.optional(), topics: Counts.optional() })
      .openapi({ description: 'The facets asked for in `facets`: matching provisions per value, each provision counted once (in the language it is shown in).' }),
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
    languages: z.array(Lang).openapi({ description: 'The languages whose text is held.' }),
    official_source: z
      .object({ url: z.string(), label: z.string() })
      .openapi({ description: 'Where the official text is published: read it there where we do not hold it.' }),
    caveats: z.array(z.string()),
    caveats_ms: z.array(z.string()).openapi({ description: 'The same caveats in Malay, one for one.' }),
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
  .object({
    act: ActSummary,
    lang: Lang,
    contents: z.array(TocPart),
    not_held: z
      .string()
      .optional()
      .openapi({ description: 'Present when the text of the Act in this language is not held: says so and where the official text is.' }),
  })
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
