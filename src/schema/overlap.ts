/**
 * Overlap: offences in different Acts that reach the same conduct. Computed from shared elements
 * (score + shared elements), or curated with a rationale.
 */
import { z } from 'zod';
import { ElementCategory } from './elements.js';
import { ProvisionId } from './provision.js';
import { AnalysisLabel, ExternalProvision, MalayWords, Quote, RelationId } from './relation.js';

export const SharedElement = z
  .object({ category: ElementCategory, code: z.string().min(1) })
  .strict();
export type SharedElement = z.infer<typeof SharedElement>;

export const Overlap = z
  .object({
    id: RelationId,
    provisions: z.array(ProvisionId).min(1),
    external: z.array(ExternalProvision).default([]),
    basis: z.enum(['computed', 'curated']),
    /** Share of the two offences' element codes in common (0..1), computed records only. */
    score: z.number().min(0).max(1).optional(),
    shared: z.array(SharedElement).default([]),
    rationale: z.string().min(1),
    rationale_ms: MalayWords,
    quotes: z.array(Quote).default([]),
    label: AnalysisLabel,
  })
  .strict()
  .refine((o) => o.provisions.length + o.external.length >= 2, {
    message: 'an overlap relates at least two provisions',
  });
export type Overlap = z.infer<typeof Overlap>;
