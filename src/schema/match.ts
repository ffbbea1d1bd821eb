/**
 * /v1/match: facts of a case as structured input → offences whose elements the facts meet,
 * ranked, with the elements matched and those still to prove. Analysis, not legal advice.
 */
import { z } from 'zod';
import { ELEMENT_CODES } from '../elements.js';
import { ElementCategory } from './elements.js';
import { Lang, ProvisionId } from './provision.js';
import { AnalysisLabel } from './relation.js';

const codes = (category: keyof typeof ELEMENT_CODES) =>
  z
    .array(z.enum(ELEMENT_CODES[category] as [string, ...string[]]))
    .max(20)
    .default([]);

export const MigrantStatus = z.enum(['citizen-or-resident', 'foreign-national', 'smuggled-migrant']);
export type MigrantStatus = z.infer<typeof MigrantStatus>;

export const Facts = z
  .object({
    /** Age of the victim in years at the time of the conduct. */
    victim_age: z.number().int().min(0).max(130).optional(),
    /** The victim is unable to fully take care of or protect himself (disability or condition). */
    victim_disabled: z.boolean().optional(),
    migrant_status: MigrantStatus.optional(),
    /** What was done: act codes, e.g. recruit, transport, harbour, smuggle. */
    conduct: codes('act'),
    means: codes('means'),
    purpose: codes('purpose'),
    /** Aggravating circumstances, e.g. grievous-hurt, organised-crime. */
    circumstances: codes('circumstance'),
    /** Language of the offences' words in the answer (falls back to the other where missing). */
    lang: Lang.default('en'),
  })
  .strict();
export type Facts = z.infer<typeof Facts>;

export const ElementStatus = z.enum(['met', 'to-prove', 'not-required', 'contradicted']);
export type ElementStatus = z.infer<typeof ElementStatus>;

export const ElementCheck = z
  .object({
    category: ElementCategory,
    status: ElementStatus,
    /** Codes of the facts that meet the element (met), or the options the facts exclude. */
    matched: z.array(z.string()),
    /** The options any one of which would satisfy the element, with the statutory words. */
    options: z.array(z.object({ code: z.string(), words: z.string(), source: ProvisionId })),
  })
  .strict();
export type ElementCheck = z.infer<typeof ElementCheck>;

export const OffenceMatch = z
  .object({
    id: ProvisionId,
    lang: Lang,
    /** Share of required elements the facts meet (0..1). */
    score: z.number().min(0).max(1),
    /** False when a fact contradicts an element (e.g. an adult-only offence and a child victim). */
    applicable: z.boolean(),
    matched: z.array(ElementCheck),
    to_prove: z.array(ElementCheck),
    contradicted: z.array(ElementCheck),
    not_required: z.array(ElementCheck),
  })
  .strict();
export type OffenceMatch = z.infer<typeof OffenceMatch>;

export const MatchResult = z
  .object({ facts: Facts, offences: z.array(OffenceMatch), label: AnalysisLabel })
  .strict();
export type MatchResult = z.infer<typeof MatchResult>;
