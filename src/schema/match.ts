/**
 * /v1/match: facts of a case as structured input → offences whose elements the facts meet,
 * ranked, with the elements matched and those still to prove. Analysis, not legal advice.
 */
import { z } from 'zod';
import { FACT_FIELD_NAMES, factCodes, type FactField } from './facts.js';
import { Penalty } from './penalty.js';
import { ElementCategory } from './elements.js';
import { Lang, LANGS, ProvisionId } from './provision.js';
import { AnalysisLabel } from './relation.js';

/** The fact fields: each a list of codes of the fact vocabulary (src/facts.ts). */
export const FACT_FIELDS = FACT_FIELD_NAMES;
export type { FactField };

const codes = (field: FactField) => {
  const allowed = factCodes(field);
  return z
    .array(z.enum(allowed as [string, ...string[]], { error: (issue) => `${field}: "${String(issue.input)}" is not one of ${allowed.join(', ')}` }), {
      error: `${field} must be a list of codes, e.g. ["${allowed[0]}"]`,
    })
    .max(30, `${field}: at most 30 codes`)
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
    /** The victim is a child (under eighteen) whose age is not given; `victim_age`, when given, decides. */
    victim_child: z.boolean({ error: 'victim_child must be true or false' }).optional(),
    /** The victim is unable to fully take care of or protect himself (disability or condition). */
    victim_disabled: z.boolean({ error: 'victim_disabled must be true or false' }).optional(),
    migrant_status: MigrantStatus.optional(),
    /** The victim worked for the suspect (employer and employee). */
    victim_employee: z.boolean({ error: 'victim_employee must be true or false' }).optional(),
    /** What the suspect did, e.g. recruit, transport, harbour, kidnap. */
    conduct: codes('conduct'),
    /** How, e.g. deception, threat, debt, withheld-documents, confined, unpaid-wages. */
    means: codes('means'),
    /** For what, e.g. sexual-exploitation, forced-labour. */
    purpose: codes('purpose'),
    /** Where the person was found or kept, e.g. brothel, plantation, fishing-boat. */
    place: codes('place'),
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

const Option = z.object({ code: z.string(), words: z.string(), source: ProvisionId });

export const OffenceMatch = z
  .object({
    id: ProvisionId,
    act: z.string(),
    lang: Lang,
    /** Share of the required elements (state of mind aside) the facts meet (0..1). */
    score: z.number().min(0).max(1),
    matched: z.array(ElementCheck),
    to_prove: z.array(ElementCheck),
    not_required: z.array(ElementCheck),
    /** The state of mind the words require: never a fact of the form, always proved from the evidence. */
    state_of_mind: z.array(z.object({ options: z.array(Option) })),
    /** The punishment, normalised, with the clause verbatim. */
    penalties: z.array(Penalty),
    /** Other candidate charges in other Acts reaching the same conduct or purpose on these facts. */
    alternatives: z.array(ProvisionId),
  })
  .strict();
export type OffenceMatch = z.infer<typeof OffenceMatch>;

/** An offence the facts rule out: its victim class excludes the victim (e.g. "not being a child"). */
export const RuledOut = z
  .object({ id: ProvisionId, lang: Lang, contradicted: z.array(ElementCheck) })
  .strict();
export type RuledOut = z.infer<typeof RuledOut>;

export const FactUse = z
  .object({
    field: z.string(),
    code: z.string(),
    label: z.string(),
    /** The same label in Malay (our words; statutory concepts in the Malay reprints' terms). */
    label_ms: z.string(),
    supports: z.array(z.object({ category: ElementCategory, code: z.string() })),
    because: z.string().optional(),
    because_ms: z.string().optional(),
  })
  .strict();

export const MatchPointer = z
  .object({ fact: z.string(), id: ProvisionId, why: z.string(), why_ms: z.string(), warning: z.string().optional(), warning_ms: z.string().optional() })
  .strict();

export const MatchResult = z
  .object({
    facts: Facts,
    offences: z.array(OffenceMatch),
    ruled_out: z.array(RuledOut),
    /** How each fact was read: the element codes it meets, and why where that is our analysis. */
    facts_used: z.array(FactUse),
    /** Abetment, conspiracy, attempt: ways of charging any of the offences, not matches of their own. */
    ways_of_charging: z.array(z.object({ id: ProvisionId, how: z.string(), how_ms: z.string() })),
    pointers: z.array(MatchPointer),
    label: AnalysisLabel,
  })
  .strict();
export type MatchResult = z.infer<typeof MatchResult>;
