/**
 * An offence's punishment, normalised from its penalty clause, with the clause kept verbatim.
 * A clause can carry several variants ("where such person is an individual ... where such person
 * is a body corporate ...", "(aa) in the case of offences under paragraphs (a) to (h) ...").
 */
import { z } from 'zod';
import { Lang, ProvisionId } from './provision.js';

/** mandatory: "shall be punished with" / "hendaklah ... dihukum"; otherwise "liable to". */
const Mandatory = z.boolean();

export const Imprisonment = z
  .object({
    min_years: z.number().nonnegative().optional(),
    max_years: z.number().positive().optional(),
    life: z.boolean(),
    mandatory: Mandatory,
  })
  .strict();

export const Fine = z
  .object({
    min_ringgit: z.number().nonnegative().optional(),
    max_ringgit: z.number().positive().optional(),
    mandatory: Mandatory,
  })
  .strict();

export const Whipping = z
  .object({
    min_strokes: z.number().int().positive().optional(),
    max_strokes: z.number().int().positive().optional(),
    mandatory: Mandatory,
  })
  .strict();

export const PenaltyVariant = z
  .object({
    /** The words saying when this variant applies (verbatim), absent for a single variant. */
    applies_to: z.string().min(1).optional(),
    imprisonment: Imprisonment.optional(),
    fine: Fine.optional(),
    whipping: Whipping.optional(),
    death: z.boolean(),
    /** "or to both" / "atau kedua-duanya": the court may impose either or both. */
    either_or_both: z.boolean(),
    /** Forfeiture of the profits of the offence ("dilucuthakkan keuntungan"). */
    forfeiture: z.boolean(),
    /**
     * A punishment outside imprisonment/fine/whipping/death, verbatim: a bond ("be released on a
     * bond"), or one stated relative to another ("penalti yang lebih berat", a term "twice as long as
     * the maximum term" of the offence committed).
     */
    other: z.string().min(1).optional(),
  })
  .strict();
export type PenaltyVariant = z.infer<typeof PenaltyVariant>;

export const Penalty = z
  .object({
    /** The penalty words verbatim, from "on conviction" / "apabila disabitkan" to the clause end. */
    clause: z.string().min(1),
    variants: z.array(PenaltyVariant).min(1),
    /** "own": stated in the provision; "general": the Act's general penalty applies. */
    basis: z.enum(['own', 'general']),
    /** The general penalty provision relied on (basis "general"). */
    general_penalty: ProvisionId.optional(),
    /**
     * Language of `clause` where it is not the provision's own: the general penalty quoted from
     * the other language because our sources lack its text in this one (ATIPSOM s 63 in English
     * since the Malay-only 2010 Act). Never translated.
     */
    clause_lang: Lang.optional(),
  })
  .strict();
export type Penalty = z.infer<typeof Penalty>;

/** Why an offence's penalty could not be parsed (listed in the corpus report). */
export const UnparsedPenalty = z
  .object({ id: ProvisionId, lang: z.string(), reason: z.string().min(1), words: z.string() })
  .strict();
export type UnparsedPenalty = z.infer<typeof UnparsedPenalty>;

/** The heaviest punishment over all variants of all penalty clauses, for comparing offences. */
export const NormalisedPenalty = z.object({
  id: z.string(),
  basis: z.enum(['own', 'general', 'none']),
  life: z.boolean(),
  death: z.boolean(),
  min_years: z.number().optional(),
  max_years: z.number().optional(),
  max_fine_ringgit: z.number().optional(),
  fine: z.boolean(),
  whipping: z.boolean(),
  mandatory_imprisonment: z.boolean(),
});
export type NormalisedPenalty = z.infer<typeof NormalisedPenalty>;
