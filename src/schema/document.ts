/**
 * The indexed document: one provision in one language, as Meilisearch stores it and the API
 * returns it. Built from the corpus by scripts/build/documents.ts; the API reads it back with
 * this same schema. Analysis fields (issue 5: cross-references, penalties, elements, relations)
 * are optional so they can be added without touching search or API code.
 */
import { z } from 'zod';
import {
  ActSlug,
  AmendmentRecord,
  Block,
  Division,
  Lang,
  ProvisionId,
  ProvisionKind,
  ProvisionStatus,
  ProvisionType,
  ProvisionVersion,
  SourceRef,
  Unavailable,
} from './provision.js';

/** Meilisearch primary key: `<id>_<lang>`, see docKey(). */
export const DOC_KEY_PATTERN = /^[a-z][a-z0-9-]*_(en|ms)$/;

export const ProvisionDoc = z
  .object({
    key: z.string().regex(DOC_KEY_PATTERN),
    id: ProvisionId,
    act: ActSlug,
    /** Official short title of the Act in this document's language (falls back to English). */
    act_title: z.string().min(1),
    act_number: z.string().min(1),
    lang: Lang,
    kind: ProvisionKind,
    number: z.string().min(1),
    heading: z.string(),
    term: z.string().min(1).optional(),
    parent: ProvisionId.optional(),
    part: Division.optional(),
    chapter: Division.optional(),
    order: z.number().int().nonnegative(),
    status: ProvisionStatus,
    type: ProvisionType,
    topics: z.array(z.string().min(1)),
    /** Verbatim plain text (whitespace collapsed). */
    text: z.string(),
    /** Verbatim text with its structure as markdown. */
    markdown: z.string(),
    /** The structured text, for pinpoints like s 48(1)(a). */
    blocks: z.array(Block),
    /** Enumerator paths present in the text, e.g. "(1)", "(1)(a)": what a pinpoint may name. */
    pinpoints: z.array(z.string()),
    /** Full citation, e.g. "Anti-Trafficking in Persons ... Act 2007 [Act 670], section 14". */
    citation: z.string().min(1),
    /** Short citation, e.g. "ATIPSOM 2007 s 14" or "ATIPSOM 2007 s 2 (“exploitation”)". */
    short_citation: z.string().min(1),
    /** Citation strings people type, so a search for "Act 670 s 14" finds the section. */
    aliases: z.array(z.string().min(1)),
    source: SourceRef,
    // Amendments (scripts/amend), as in the corpus front matter.
    version: ProvisionVersion.optional(),
    versions: z.array(ProvisionVersion).optional(),
    amendments: z.array(AmendmentRecord).optional(),
    /** Why this language has no text, and the document key where the text is. */
    unavailable: Unavailable.optional(),
    // Analysis (issue 5), optional until that build step exists.
    refs_out: z.array(ProvisionId).optional(),
    refs_in: z.array(ProvisionId).optional(),
    penalty: z.unknown().optional(),
    elements: z.unknown().optional(),
    overlaps: z.array(z.string()).optional(),
    gaps: z.array(z.string()).optional(),
  })
  .strict();
export type ProvisionDoc = z.infer<typeof ProvisionDoc>;
