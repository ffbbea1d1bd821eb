/**
 * The indexed document: one provision in one language, as Meilisearch stores it and the API
 * returns it. Built from the corpus by scripts/pipeline/documents/build.ts; the API reads it back with
 * this same schema, including the analysis (cross-references, penalties, elements, relations).
 */
import { z } from 'zod';
import {
  Block,
  Division,
  ExtractionIssue,
  ProvisionStatus,
  provisionIdentity,
  provisionRecord,
  ProvisionNote,
  ProvisionType,
  ProvisionVersion,
  SourceRef,
  Unavailable,
} from './provision.js';
import { Elements } from './elements.js';
import { Penalty } from './penalty.js';
import { IncomingReference, Reference } from './reference.js';
import { RelationId } from './relation.js';

/** A relation record named by a provision: its id and a short label. */
export const RelationRef = z.object({ id: RelationId, title: z.string().min(1), title_ms: z.string().min(1).optional() }).strict();
export type RelationRef = z.infer<typeof RelationRef>;

/**
 * An earlier version of the provision in this language (corpus history/), for `?at=`: its text as
 * it stood, where that text came from, and its date range. Not searched (not a searchable attribute).
 */
export const PastVersion = z
  .object({
    version: ProvisionVersion,
    heading: z.string(),
    part: Division.optional(),
    status: ProvisionStatus,
    text: z.string(),
    markdown: z.string(),
    blocks: z.array(Block),
    source: SourceRef,
    unavailable: Unavailable.optional(),
  })
  .strict();
export type PastVersion = z.infer<typeof PastVersion>;

/** Meilisearch primary key: `<id>_<lang>`, see docKey(). */
export const DOC_KEY_PATTERN = /^[a-z][a-z0-9-]*_(en|ms)$/;

export const ProvisionDoc = z
  .object({
    key: z.string().regex(DOC_KEY_PATTERN),
    ...provisionIdentity,
    /** Official short title of the Act in this document's language (falls back to English). */
    act_title: z.string().min(1),
    act_number: z.string().min(1),
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
    ...provisionRecord,
    /** Earlier versions with their text, oldest first (amended provisions only). */
    past: z.array(PastVersion).optional(),
    /** Why this language has no text, and the document key where the text is. */
    unavailable: Unavailable.optional(),
    /** The official reprint's footnotes on the provision (not law text). */
    notes: z.array(ProvisionNote).optional(),
    /** Lines of the source text file whose words are not as printed (kept as extracted, not searchable as words). */
    extraction: z.array(ExtractionIssue).optional(),
    // Analysis (scripts/pipeline/analysis, issue 5): analysis, not legal advice.
    /** References in the text, resolved to ids where the corpus holds the target, else external. */
    refs_out: z.array(Reference),
    /** Provisions (same language) whose text refers to this one. */
    refs_in: z.array(IncomingReference),
    /** Offences: the penalty clauses, verbatim and normalised (several where the text has several). */
    penalties: z.array(Penalty).optional(),
    /** Offences: elements in the UN Trafficking Protocol frame, with the statutory words. */
    elements: Elements.optional(),
    /** Overlap and gap records (relations index) that name this provision, with short labels. */
    overlaps: z.array(RelationRef),
    gaps: z.array(RelationRef),
  })
  .strict();
export type ProvisionDoc = z.infer<typeof ProvisionDoc>;
