/**
 * Response bodies of the analysis routes (/v1/compare, /v1/topics, /v1/overlaps, /v1/gaps,
 * /v1/match), as zod schemas: the OpenAPI document is generated from these. Every answer carries
 * the label "analysis, not legal advice".
 */
import { z } from '@hono/zod-openapi';
import { ElementCategory } from '../schema/elements.js';
import { Gap } from '../schema/gap.js';
import { Facts, MatchResult, OffenceMatch, RuledOut } from '../schema/match.js';
import { Overlap } from '../schema/overlap.js';
import { NormalisedPenalty as NormalisedPenaltySchema } from '../schema/penalty.js';
import { Lang, ProvisionStatus, ProvisionType } from '../schema/provision.js';
import { ANALYSIS_LABEL } from '../schema/relation.js';
import { Topic } from '../schema/topic.js';

// A fresh schema: ones made before @hono/zod-openapi extends zod have no .openapi().
const Label = z.literal(ANALYSIS_LABEL).openapi({ description: 'Everything here is analysis, not legal advice.' });

const ComparedText = z.object({
  id: z.string(),
  lang: Lang,
  short_citation: z.string(),
  heading: z.string(),
  status: ProvisionStatus,
  text: z.string().openapi({ description: 'Verbatim text (empty where this language is not held).' }),
  unavailable: z.object({ note: z.string(), see: z.string() }).optional(),
  url: z.string(),
});

const MatrixCell = z.object({ required: z.boolean(), words: z.string(), source: z.string() }).nullable();

// A fresh object on the schema's shape: schemas made before zod-openapi loads have no .openapi().
const NormalisedPenalty = z
  .object(NormalisedPenaltySchema.shape)
  .openapi('NormalisedPenalty', { description: 'The heaviest punishment over all variants of all penalty clauses.' });

export const CompareAnswer = z
  .object({
    provisions: z.array(ComparedText),
    elements: z
      .array(z.object({ category: ElementCategory, code: z.string(), cells: z.record(z.string(), MatrixCell) }))
      .openapi({ description: 'One row per element code; a cell per provision id (null: not an element of it).' }),
    penalties: z.array(NormalisedPenalty),
    differences: z.array(z.string()).openapi({ description: 'Differences in our own words, never law text.' }),
    differences_ms: z.array(z.string()).openapi({ description: 'The same differences in Malay (our words; statutory concepts in the Malay reprints\' terms).' }),
    relations: z.object({
      references: z.array(z.object({ from: z.string(), to: z.string() })),
      overlaps: z.array(z.string()),
      gaps: z.array(z.string()),
    }),
    label: Label,
  })
  .openapi('CompareAnswer');

export const TopicSummary = Topic.extend({
  provisions: z.record(z.string(), z.number().int()).openapi({ description: 'Provisions on the topic per Act (each counted once, whatever its language).' }),
  acts_without: z.array(z.string()),
  url: z.string(),
}).openapi('TopicSummary');

export const TopicsAnswer = z.object({ topics: z.array(TopicSummary), label: Label }).openapi('TopicsAnswer');

const TopicProvision = z.object({
  id: z.string(),
  lang: Lang,
  short_citation: z.string(),
  heading: z.string(),
  type: ProvisionType,
  status: ProvisionStatus,
  url: z.string(),
});

export const TopicAnswer = z
  .object({
    topic: Topic,
    acts: z
      .array(z.object({ act: z.string(), title: z.string(), provisions: z.array(TopicProvision) }))
      .openapi({ description: 'Provisions on the topic, per Act in the order of the Act.' }),
    acts_without: z.array(z.object({ act: z.string(), title: z.string() })).openapi({ description: 'Acts we hold with no provision on the topic.' }),
    label: Label,
  })
  .openapi('TopicAnswer');

export const OverlapsAnswer = z.object({ total: z.number().int(), overlaps: z.array(Overlap), label: Label }).openapi('OverlapsAnswer');
export const GapsAnswer = z.object({ total: z.number().int(), gaps: z.array(Gap), label: Label }).openapi('GapsAnswer');

export const MatchedOffence = OffenceMatch.extend({ short_citation: z.string(), heading: z.string(), url: z.string() }).openapi('MatchedOffence');

export const RuledOutOffence = RuledOut.extend({ short_citation: z.string(), url: z.string() }).openapi('RuledOutOffence');
export const MatchAnswer = MatchResult.extend({ facts: Facts, offences: z.array(MatchedOffence), ruled_out: z.array(RuledOutOffence), label: Label })
  .openapi('MatchAnswer', { description: 'Charges whose conduct the facts meet, best first; offences the facts rule out; ways of charging; pointers.' });

const ProtectionProvision = z.object({ id: z.string(), lang: Lang, act: z.string(), short_citation: z.string(), heading: z.string(), type: ProvisionType, url: z.string() });
export const ProtectionsAnswer = z
  .object({
    needs: z.array(
      z.object({ key: z.string(), title: z.string(), topics: z.array(z.string()), count: z.number().int().openapi({ description: 'Provisions, not language copies.' }), provisions: z.array(ProtectionProvision) }),
    ),
    label: Label,
  })
  .openapi('ProtectionsAnswer');
