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

/** A source file: its path inside the sources folder (`LAW_SOURCES`), e.g. atipsom/reprint-2022-02-22-en.txt */
export const SourceFile = z.string().regex(/^[a-z0-9-]+\/[A-Za-z0-9.-]+\.(?:md|txt)$/, 'source file: <act>/<file> inside the sources folder');
const LineRange = z.tuple([z.number().int().positive(), z.number().int().positive()]);

/** Where a provision's words come from: a source file and its lines (and pages, for a reprint). */
export const SourceRef = z
  .object({
    file: SourceFile,
    /** First and last line (1-based, inclusive) of the provision in that file. */
    lines: LineRange,
    /** First and last page of the PDF the text file was extracted from (reprints). */
    pages: LineRange.optional(),
    /** The Bill's D.R. number, e.g. "D.R.07/2007" (text taken from a Bill). */
    bill: z.string().min(1).optional(),
    /** The reprint's "as at" date (text taken from an official reprint). */
    as_at: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    /** Year of the text: the Bill's, or the reprint's "as at" year. */
    year: z.number().int().min(1900).max(2100),
    /** What the text is, e.g. "official reprint as at 22 February 2022". */
    basis: z.string().min(1),
    /**
     * Lines of the text file whose letters `pdftotext` spaced out ("T h e M i n i s t e r"): their
     * characters are the line's, their word spacing that of the same line on this page of the
     * official PDF beside the text file (same name, `.pdf`).
     */
    spacing_from_pdf: z.array(z.object({ line: z.number().int().positive(), page: z.number().int().positive() }).strict()).min(1).optional(),
  })
  .strict();
export type SourceRef = z.infer<typeof SourceRef>;

/** A reprint's official PDF: beside its text file in the sources folder, under the same name. */
export const reprintPdf = (file: string): string => file.replace(/\.txt$/, '.pdf');

export const Division = z.object({ number: z.string().min(1), heading: z.string() });
export type Division = z.infer<typeof Division>;

/** A date "YYYY-MM-DD", or a year "YYYY" where our sources give no day (approximate). */
export const DateOrYear = z.string().regex(/^\d{4}(?:-\d{2}-\d{2})?$/, 'date: YYYY-MM-DD or YYYY');

/**
 * Amendments and versions (scripts/pipeline/history). A provision's text as at a date is one version; the
 * current version is the corpus file, past ones live under history/. Dates are the in-force
 * dates the official reprint states (its commencement note for the Act as enacted, its List of
 * Amendments for each amending Act); a year alone, marked approximate, only where no reprint
 * states a day.
 */
export const ProvisionVersion = z
  .object({
    valid_from: DateOrYear,
    /** Exclusive; absent while the version is in force. */
    valid_to: DateOrYear.optional(),
    approximate: z.boolean(),
    /**
     * D.R. number of the Bill whose text this version is (the original Bill for the first);
     * absent where no Bill we hold has its words (e.g. the Child Act as amended by Act A1511).
     */
    bill: z.string().min(1).optional(),
    /** The Act that made this version: the amending Act ("Act A1385"), or the Act itself ("Act 670"). */
    act: z.string().min(1).optional(),
    /** Where valid_from comes from, e.g. "List of Amendments, reprint as at 22 February 2022: Act A1385 in force from 15-11-2010". */
    in_force: z.string().min(1).optional(),
    status: ProvisionStatus,
    /**
     * The sources do not say when the provision came in: valid_from is the first change the reprint's
     * List of Sections Amended names for it (a lettered Penal Code section no held Bill inserts), so a
     * day before it is not known to be before the provision existed.
     */
    start_not_stated: z.literal(true).optional(),
  })
  .strict();
export type ProvisionVersion = z.infer<typeof ProvisionVersion>;

/**
 * An amending law the reprint's List of Sections Amended names for this provision, with the date
 * its change came into force (the List of Amendments' date for that law).
 */
export const AmendedBy = z
  .object({
    /** As the reprint prints it in this language: "Act A1511", "Akta A1511", "P.U. (A) 7/2003". */
    act: z.string().min(1),
    title: z.string().min(1),
    in_force: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** The row of the list, e.g. "26D-26K" or "Part IIIA" when it names more than this provision. */
    row: z.string().min(1),
    /** Reprint file (in the sources folder) and the line of the row. */
    source: z.object({ file: z.string().min(1), line: z.number().int().positive() }).strict(),
  })
  .strict();
export type AmendedBy = z.infer<typeof AmendedBy>;

/** The same defined term's definition in the other language (corpus/definitions-pairs.yaml). */
export const Counterpart = z.object({ id: z.string().min(1), lang: Lang, term: z.string().min(1) }).strict();
export type Counterpart = z.infer<typeof Counterpart>;

/** One instruction of an amending Bill that named or changed this provision. */
export const AmendmentRecord = z
  .object({
    bill: z.string().min(1),
    year: z.number().int(),
    /** Language of the Bill text the instruction is quoted from. */
    lang: Lang,
    /** Clause and item, e.g. "4(b)". */
    clause: z.string().min(1),
    /** The instruction's words as printed, quoted new text included in full. */
    words: z.string().min(1),
    effect: z.string(),
    outcome: z.enum(['applied', 'resolved', 'not-applicable']),
    note: z.string().optional(),
    source: z.object({ file: SourceFile, lines: LineRange }).strict(),
  })
  .strict();
export type AmendmentRecord = z.infer<typeof AmendmentRecord>;

/** Why a provision has no text in this language, and where its text is (a document key). */
export const Unavailable = z
  .object({ note: z.string(), see: z.string(), since: z.string() })
  .strict();

/**
 * A reprint's footnote on the provision (`*NOTE—Previously "…"–see section 9 of … [Act A1644]`):
 * not law text, kept beside it. `previously`: the earlier words it quotes; `amending_act`: the
 * Act it names in brackets.
 */
export const ProvisionNote = z
  .object({
    text: z.string().min(1),
    previously: z.string().min(1).optional(),
    amending_act: z.string().min(1).optional(),
    page: z.number().int().positive(),
    lines: LineRange,
  })
  .strict();
export type ProvisionNote = z.infer<typeof ProvisionNote>;

/**
 * A line of the provision's source text file that is not as printed, though its words are kept as
 * extracted (law text is verbatim: nothing is joined or guessed). `letter-spaced`: `pdftotext`
 * spaced out the letters of the line's words ("T h e M i n i s t e r") and no line of the official
 * PDF's page has the same characters to take the word spacing from (`source.spacing_from_pdf`
 * names the lines that had one); `page` is the page of the official PDF that prints them.
 */
export const ExtractionIssue = z
  .object({
    issue: z.enum(['letter-spaced']),
    /** The line (1-based) in the provision's source file (`source.file`). */
    line: z.number().int().positive(),
    page: z.number().int().positive(),
  })
  .strict();
export type ExtractionIssue = z.infer<typeof ExtractionIssue>;

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

/**
 * Where a provision's words come from and what changed them (scripts/pipeline/history): shared
 * by the corpus front matter and the indexed document, in this order (the order the front matter
 * is written in).
 */
export const provisionRecord = {
  source: SourceRef,
  /** This file's version (amended Acts only). */
  version: ProvisionVersion.optional(),
  /** Every version of the provision, oldest first. */
  versions: z.array(ProvisionVersion).optional(),
  /** Every amending instruction that named or changed the provision, in order. */
  amendments: z.array(AmendmentRecord).optional(),
  /** The amending laws the reprint lists for this provision, oldest first, with in-force dates. */
  amended_by: z.array(AmendedBy).optional(),
  /** A definition's counterpart in the other language. */
  counterpart: Counterpart.optional(),
};

/** Front matter of one corpus file `corpus/acts/<act>/<lang>/<file>.md`. */
export const ProvisionFrontMatter = z
  .object({
    ...provisionIdentity,
    ...provisionRecord,
    unavailable: Unavailable.optional(),
    /** The reprint's footnotes on this provision, in page order. */
    notes: z.array(ProvisionNote).optional(),
    /** Lines of its source text file whose words are not as printed (kept as extracted), in line order. */
    extraction: z.array(ExtractionIssue).optional(),
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
  'exception', // "Exception 1—"
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
