/**
 * Gap: where the statutes fall short of an obligation or of each other.
 *  - protocol: a UN Trafficking Protocol obligation, cited by article, mapped to our provisions
 *    as full / partial / none. The obligation is paraphrased as analysis, never quoted as text
 *    we hold (we do not hold the Protocol's text).
 *  - non-punishment: offences a trafficked person may commit that the immunity provision covers
 *    or leaves out.
 *  - penalty-disparity: the same conduct punished far more lightly in one Act than another.
 *  - definition: a term defined differently in different Acts, or relied on but not defined.
 *  - regime: two regimes of different Acts for the same person (a trafficked child's care, a
 *    child's evidence) that do not refer to each other.
 */
import { z } from 'zod';
import { ActSlug, DateOrYear, Lang, ProvisionId } from './provision.js';
import { AnalysisLabel, ExternalProvision, MalayWords, Quote, RelationId } from './relation.js';
import { TopicSlug } from './topic.js';

export const Coverage = z.enum(['full', 'partial', 'none']);
export type Coverage = z.infer<typeof Coverage>;

export const GapKind = z.enum(['protocol', 'non-punishment', 'penalty-disparity', 'definition', 'regime']);
export type GapKind = z.infer<typeof GapKind>;

/**
 * A finding for a past period of the law (amended Acts): from / to are the valid_from of the
 * versions compared (to exclusive), its quotes name the version they come from.
 */
export const CoverageAt = z
  .object({
    from: DateOrYear,
    to: DateOrYear.optional(),
    coverage: Coverage,
    note: z.string().min(1),
    note_ms: MalayWords,
    quotes: z.array(Quote).default([]),
  })
  .strict();
export type CoverageAt = z.infer<typeof CoverageAt>;

/** One provision weighed against the obligation, with the words compared (current text). */
export const Assessment = z
  .object({
    id: ProvisionId,
    coverage: Coverage,
    quotes: z.array(Quote).min(1),
    /** The same words in the Malay text, where it is held (the Malay record's quotes): verbatim, never translated. */
    quotes_ms: z.array(Quote).min(1).optional(),
    rationale: z.string().min(1),
    rationale_ms: MalayWords,
    /** Earlier findings where the provision's text was different. */
    history: z.array(CoverageAt).default([]),
  })
  .strict();
export type Assessment = z.infer<typeof Assessment>;

export const Gap = z
  .object({
    id: RelationId,
    kind: GapKind,
    title: z.string().min(1),
    title_ms: MalayWords,
    /**
     * The term a definition record is about, verbatim in its text's language: the Malay title does
     * not carry it (an English term is not Malay), the pages show it quoted beside the title.
     */
    term: z.object({ words: z.string().min(1), lang: Lang }).strict().optional(),
    /** Protocol article, e.g. "5(1)", "6(3)(a)" (protocol gaps). */
    article: z.string().regex(/^\d+(?:\(\d+\))?(?:\([a-z]\))?$/).optional(),
    /** The obligation or question, paraphrased as analysis. */
    obligation: z.string().min(1),
    obligation_ms: MalayWords,
    /** Coverage under the current text. */
    coverage: Coverage,
    /** Coverage in earlier periods, oldest first, where it differed or rested on other words. */
    history: z.array(CoverageAt).default([]),
    assessments: z.array(Assessment).default([]),
    external: z.array(ExternalProvision).default([]),
    acts: z.array(ActSlug).default([]),
    topics: z.array(TopicSlug).default([]),
    basis: z.string().min(1),
    basis_ms: MalayWords,
    label: AnalysisLabel,
  })
  .strict()
  .refine((g) => g.kind !== 'protocol' || g.article !== undefined, {
    message: 'a protocol gap cites its article',
  });
export type Gap = z.infer<typeof Gap>;

/** Provision ids a gap names (for the build's existence check and per-provision gap ids). */
export const gapProvisionIds = (g: Gap): string[] => g.assessments.map((a) => a.id);
