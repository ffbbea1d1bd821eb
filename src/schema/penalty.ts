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

/**
 * The words our penalty summaries are made of, per interface language (our summary, not the
 * clause, which is always shown verbatim beside it). The Malay follows the Malay reprints' own
 * penalty wording ("pemenjaraan ... tidak melebihi", "denda", "hukuman sebat", "seumur hidup",
 * "atau kedua-duanya"); test/schema/malay-terms.test.ts checks each statutory term against them.
 */
export interface PenaltyWords {
  death: string;
  imprisonment: string;
  life: string;
  fine: string;
  whipping: string;
  forfeiture: string;
  mandatory: string;
  or: string;
  orBoth: string;
  noAmount: string;
  noImprisonment: string;
  /** The chart's axis unit. */
  yearsShort: string;
  years: (n: number) => string;
  strokes: (n: number) => string;
  upTo: (x: string) => string;
  atLeast: (x: string) => string;
  between: (min: string, max: string) => string;
  /** A life term with a minimum: "5 years to life". */
  toLife: (min: string) => string;
}

export const PENALTY_WORDS: Readonly<Record<Lang, PenaltyWords>> = {
  en: {
    death: 'death',
    imprisonment: 'imprisonment',
    life: 'life',
    fine: 'fine',
    whipping: 'whipping',
    forfeiture: 'forfeiture of profits',
    mandatory: '(mandatory)',
    or: 'or',
    orBoth: '(or both)',
    noAmount: '(no amount stated)',
    noImprisonment: 'no imprisonment term',
    yearsShort: 'y',
    years: (n) => `${n} year${n === 1 ? '' : 's'}`,
    strokes: (n) => `${n} strokes`,
    upTo: (x) => `up to ${x}`,
    atLeast: (x) => `at least ${x}`,
    between: (min, max) => `${min} to ${max}`,
    toLife: (min) => `${min} to life`,
  },
  ms: {
    death: 'hukuman mati',
    imprisonment: 'pemenjaraan',
    life: 'seumur hidup',
    fine: 'denda',
    whipping: 'hukuman sebat',
    forfeiture: 'dilucuthakkan keuntungan',
    mandatory: '(wajib)',
    or: 'atau',
    orBoth: '(atau kedua-duanya)',
    noAmount: '(amaun tidak dinyatakan)',
    noImprisonment: 'tiada tempoh pemenjaraan',
    yearsShort: 'thn',
    years: (n) => `${n} tahun`,
    strokes: (n) => `${n} sebatan`,
    upTo: (x) => `tidak melebihi ${x}`,
    atLeast: (x) => `tidak kurang daripada ${x}`,
    between: (min, max) => `tidak kurang daripada ${min} tetapi tidak melebihi ${max}`,
    toLife: (min) => `seumur hidup atau tidak kurang daripada ${min}`,
  },
};

/** The statutory Malay terms the Malay summary words use (each occurs in a Malay reprint's penalty wording). */
export const MALAY_PENALTY_TERMS = ['hukuman mati', 'pemenjaraan', 'seumur hidup', 'denda', 'hukuman sebat', 'sebatan', 'dilucuthakkan keuntungan', 'atau kedua-duanya', 'tidak melebihi', 'tidak kurang daripada', 'tetapi tidak melebihi'] as const;
