/**
 * /v1/match: facts of a case as structured input → offences whose elements the facts meet,
 * ranked, with the elements matched and those still to prove. Analysis, not legal advice.
 */
import { z } from 'zod';
import { ELEMENT_CODES, ElementCategory } from './elements.js';
import { Lang, LANGS, ProvisionId } from './provision.js';
import { AnalysisLabel } from './relation.js';

/** The facts' names for each element category, as the API and the facts form call them. */
export const FACT_FIELDS = { conduct: 'act', means: 'means', purpose: 'purpose', circumstances: 'circumstance' } as const;
export type FactField = keyof typeof FACT_FIELDS;

const codes = (field: FactField) => {
  const allowed = ELEMENT_CODES[FACT_FIELDS[field]];
  return z
    .array(z.enum(allowed as [string, ...string[]], { error: (issue) => `${field}: "${String(issue.input)}" is not one of ${allowed.join(', ')}` }), {
      error: `${field} must be a list of codes, e.g. ["${allowed[0]}"]`,
    })
    .max(20, `${field}: at most 20 codes`)
    .default([]);
};

export const MIGRANT_STATUSES = ['citizen-or-resident', 'foreign-national', 'smuggled-migrant'] as const;
export const MigrantStatus = z.enum(MIGRANT_STATUSES, { error: `migrant_status must be one of ${MIGRANT_STATUSES.join(', ')}` });
export type MigrantStatus = z.infer<typeof MigrantStatus>;

export const Facts = z
  .object({
    /** Age of the victim in years at the time of the conduct. */
    victim_age: z
      .number({ error: 'victim_age must be a number of years' })
      .int('victim_age must be whole years')
      .min(0, 'victim_age must be 0 or more')
      .max(130, 'victim_age must be at most 130')
      .optional(),
    /** The victim is unable to fully take care of or protect himself (disability or condition). */
    victim_disabled: z.boolean({ error: 'victim_disabled must be true or false' }).optional(),
    migrant_status: MigrantStatus.optional(),
    /** What was done: act codes, e.g. recruit, transport, harbour, smuggle. */
    conduct: codes('conduct'),
    means: codes('means'),
    purpose: codes('purpose'),
    /** Aggravating circumstances, e.g. grievous-hurt, organised-crime. */
    circumstances: codes('circumstances'),
    /** Language of the offences' words in the answer (falls back to the other where missing). */
    lang: z.enum(LANGS, { error: 'lang must be "en" (English) or "ms" (Malay)' }).default('en'),
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
