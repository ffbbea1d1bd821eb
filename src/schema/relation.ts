/**
 * What overlap and gap records share: every record is analysis (never law text), names the
 * provisions it relates, quotes their words verbatim, states its basis, and carries the label
 * "analysis, not legal advice".
 */
import { z } from 'zod';
import { ActSlug, DateOrYear, Lang, ProvisionId } from './provision.js';

export const ANALYSIS_LABEL = 'analysis, not legal advice' as const;
export const AnalysisLabel = z.literal(ANALYSIS_LABEL);

/**
 * A record's own words in Malay (`*_ms` beside the English field): our analysis translated, with
 * statutory concepts in the Malay reprints' terms. Absent where the record is still English only;
 * the pages then show the English, marked lang="en". Quotes are never translated: a Malay record's
 * quotes of an Act held in Malay are taken from the Malay reprint (`quotes_ms`).
 */
export const MalayWords = z.string().min(1).optional();

export const RELATION_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const RelationId = z.string().regex(RELATION_ID_PATTERN).max(160);

/**
 * Statutory words compared, verbatim from the provision in that language. By default from the
 * current text; `version` (a version's valid_from, e.g. "2007") quotes a past version instead
 * (corpus/acts/<act>/<lang>/history/), for findings about the law as it stood then.
 */
export const Quote = z
  .object({ id: ProvisionId, lang: Lang.default('en'), words: z.string().min(1), version: DateOrYear.optional() })
  .strict();
export type Quote = z.infer<typeof Quote>;

/** A provision of an Act whose text the corpus does not hold (Penal Code, Immigration Act). */
export const ExternalProvision = z
  .object({
    act: ActSlug,
    section: z.string().min(1).optional(),
    /** What the provision is understood to concern: analysis, not its text. */
    about: z.string().min(1),
    about_ms: MalayWords,
    note: z.string().min(1).default('text not held in our corpus'),
    note_ms: MalayWords,
  })
  .strict();
export type ExternalProvision = z.infer<typeof ExternalProvision>;
