/**
 * Topics: a controlled vocabulary for what provisions are about (child-trafficking,
 * non-punishment, places-of-refuge, ...). The vocabulary itself is data in src/registry/topics.ts.
 */
import { z } from 'zod';

export const TOPIC_SLUG_PATTERN = /^[a-z]+(?:-[a-z]+)*$/;
export const TopicSlug = z.string().regex(TOPIC_SLUG_PATTERN, 'topic slug: lowercase words joined by "-"');

export const Topic = z
  .object({
    slug: TopicSlug,
    label: z.object({ en: z.string().min(1), ms: z.string().min(1) }).strict(),
    description: z.object({ en: z.string().min(1), ms: z.string().min(1) }).strict(),
  })
  .strict();
export type Topic = z.infer<typeof Topic>;

/** Why a provision has a topic: a wording rule (with the words that fired it) or curation. */
export const TopicAssignment = z
  .object({
    topic: TopicSlug,
    basis: z.enum(['rule', 'curated', 'type']),
    /** The words that fired a rule (verbatim), or the curator's rationale. */
    because: z.string().min(1),
  })
  .strict();
export type TopicAssignment = z.infer<typeof TopicAssignment>;
