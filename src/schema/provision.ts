/**
 * The provision: the unit of the corpus and of search. One zod schema, shared by the corpus
 * scripts (which write it as markdown front matter), the index script and the API.
 *
 * Identifiers are a public contract, built and checked in ids.ts (ARCHITECTURE.md "Identifiers");
 * the corpus file name stem is the id's local part.
 */
import { z } from 'zod';
import { ActSlug, ProvisionId } from './ids.js';

export const LANGS = ['en', 'ms'] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

// The id contract lives in ids.ts; re-exported because every provision carries one.
export { ACT_SLUG_PATTERN, ActSlug, docKey, PROVISION_ID_PATTERN, ProvisionId } from './ids.js';

export const ProvisionKind = z.enum(['section', 'definition', 'schedule']);
export type ProvisionKind = z.infer<typeof ProvisionKind>;

/**
 * in-force: the text shown is the law as consolidated from our sources.
 * deleted: the section was deleted by an amending Act (kept so citations still resolve).
 * text-unavailable: the provision exists in law but our sources lack its text in this language
 *   (e.g. English text of provisions made by the 2010 ATIPSOM amendment, which we hold in Malay
 *   only). The product says so; it never translates.
 */
export const ProvisionStatus = z.enum(['in-force', 'deleted', 'text-unavailable']);
export type ProvisionStatus = z.infer<typeof ProvisionStatus>;

/** What a provision does, for filtering. Assigned by rules in the build step. */
export const ProvisionType = z.enum([
  'offence',
  'definition',
  'power',
  'procedure',
  'protection',
  'institution',
  'general',
]);
export type ProvisionType = z.infer<typeof ProvisionType>;

/** Where a provision's words come from: a file under corpus/sources and its lines. */
export const SourceRef = z.object({
  /** Path relative to the repository root, e.g. corpus/sources/atipsom/2007-bill-DR07-en.md */
  file: z.string().regex(/^corpus\/sources\/.+\.md$/),
  /** First and last line (1-based, inclusive) of the provision in that file. */
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  /** The Bill's D.R. number, e.g. "D.R.07/2007". */
  bill: z.string().min(1),
  year: z.number().int().min(1900).max(2100),
  /** What the text is, e.g. "text of the Bill as passed (D.R.07/2007)". */
  basis: z.string().min(1),
});
export type SourceRef = z.infer<typeof SourceRef>;

export const Division = z.object({ number: z.string().min(1), heading: z.string() });
export type Division = z.infer<typeof Division>;

/** A date "YYYY-MM-DD", or a year "YYYY" where our sources give no day (approximate). */
export const DateOrYear = z.string().regex(/^\d{4}(?:-\d{2}-\d{2})?$/, 'date: YYYY-MM-DD or YYYY');

/**
 * Amendments and versions (scripts/pipeline/history). A provision's text as at a date is one version; the
 * current version is the corpus file, past ones live under history/. Dates that are years only
 * are approximate: our sources state no commencement day.
 */
export const ProvisionVersion = z
  .object({
    valid_from: DateOrYear,
    /** Exclusive; absent while the version is in force. */
    valid_to: DateOrYear.optional(),
    approximate: z.boolean(),
    /** D.R. number of the Bill whose text made this version (the original Bill for the first). */
    bill: z.string().min(1),
    status: ProvisionStatus,
  })
  .strict();
export type ProvisionVersion = z.infer<typeof ProvisionVersion>;

/** One instruction of an amending Bill that named or changed this provision. */
export const AmendmentRecord = z
  .object({
    bill: z.string().min(1),
    year: z.number().int(),
    /** Language of the Bill text the instruction is quoted from. */
    lang: Lang,
    /** Clause and item, e.g. "4(b)". */
    clause: z.string().min(1),
    /** The instruction's words as printed; long quoted new text is cited by line range. */
    words: z.string().min(1),
    effect: z.string(),
    outcome: z.enum(['applied', 'resolved', 'not-applicable']),
    note: z.string().optional(),
    source: z.object({ file: z.string().regex(/^corpus\/sources\/.+\.md$/), lines: z.tuple([z.number().int().positive(), z.number().int().positive()]) }).strict(),
  })
  .strict();
export type AmendmentRecord = z.infer<typeof AmendmentRecord>;

/** Why a provision has no text in this language, and where its text is (a document key). */
export const Unavailable = z
  .object({ note: z.string(), see: z.string(), since: z.string() })
  .strict();

/**
 * The fields that say which provision a text is and where it stands in its Act: shared by the
 * corpus front matter and the indexed document (src/schema/document.ts).
 */
export const provisionIdentity = {
  id: ProvisionId,
  act: ActSlug,
  lang: Lang,
  kind: ProvisionKind,
  /** Section number as printed ("14", "26A"); for a definition, its section's number. */
  number: z.string().min(1),
  /** Marginal note (section heading); for a definition, the defined term. */
  heading: z.string(),
  /** Defined term, verbatim without quotes (definitions only). */
  term: z.string().min(1).optional(),
  /** The interpretation section a definition belongs to (definitions only). */
  parent: ProvisionId.optional(),
  part: Division.optional(),
  chapter: Division.optional(),
  /** Position in the Act's arrangement, for tables of contents. */
  order: z.number().int().nonnegative(),
  status: ProvisionStatus,
};

/** Front matter of one corpus file `corpus/acts/<act>/<lang>/<file>.md`. */
export const ProvisionFrontMatter = z
  .object({
    ...provisionIdentity,
    source: SourceRef,
    /** This file's version (amended Acts only). */
    version: ProvisionVersion.optional(),
    /** Every version of the provision, oldest first. */
    versions: z.array(ProvisionVersion).optional(),
    /** Every amending instruction that named or changed the provision, in order. */
    amendments: z.array(AmendmentRecord).optional(),
    unavailable: Unavailable.optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.kind === 'definition' && (!p.term || !p.parent)) {
      ctx.addIssue({ code: 'custom', message: 'a definition needs term and parent' });
    }
    if (p.kind !== 'definition' && (p.term || p.parent)) {
      ctx.addIssue({ code: 'custom', message: 'only definitions have term and parent' });
    }
  });
export type ProvisionFrontMatter = z.infer<typeof ProvisionFrontMatter>;

/**
 * The structure of a provision's text. Every `text` is verbatim source wording with whitespace
 * collapsed to single spaces (page furniture removed); `label` is the enumerator as printed,
 * e.g. "(1)", "(a)", "(ii)". A block's children are the units nested in it.
 */
export const BLOCK_KINDS = [
  'text', // unlabelled words: the section's opening words, or closing words after a list
  'subsection', // (1)
  'paragraph', // (a)
  'subparagraph', // (i)
  'subsubparagraph', // (A)
  'proviso', // "Provided that ..."
  'explanation', // "Explanation—"
  'illustration', // "Illustration(s)"
  'definition', // a "term" means ... entry inside an interpretation section
] as const;
export const BlockKind = z.enum(BLOCK_KINDS);
export type BlockKind = z.infer<typeof BlockKind>;

export interface Block {
  kind: BlockKind;
  label?: string | undefined;
  text: string;
  children: Block[];
}
export const Block: z.ZodType<Block> = z.lazy(() =>
  z
    .object({
      kind: BlockKind,
      label: z.string().min(1).optional(),
      text: z.string(),
      children: z.array(Block),
    })
    .strict(),
);

/** A provision as the corpus holds it: front matter plus its structured text. */
export const Provision = z.object({
  meta: ProvisionFrontMatter,
  blocks: z.array(Block),
});
export type Provision = z.infer<typeof Provision>;
