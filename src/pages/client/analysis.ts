/**
 * A provision's references as the page lists them, and its history fields read leniently
 * (absent, or in a shape we do not read → the page says history is not available).
 */
import { z } from 'zod';
import { actBySlug } from '../../registry/acts.js';
import { sectionId } from '../../schema/ids.js';
import type { ProvisionDoc } from '../../schema/document.js';
import { AmendmentRecord, ProvisionVersion, Unavailable } from '../../schema/provision.js';

export type Availability<T> = { state: 'absent' } | { state: 'present'; value: T };

const read = <T>(schema: z.ZodType<T>, value: unknown): Availability<T> => {
  if (value === undefined || value === null) return { state: 'absent' };
  const parsed = schema.safeParse(value);
  return parsed.success ? { state: 'present', value: parsed.data } : { state: 'absent' };
};

/** A cross-reference as a page shows it: the words, and the provision when it resolved. */
export interface Link {
  id?: string | undefined;
  words: string;
  note?: string | undefined;
}

type Doc = Pick<ProvisionDoc, 'refs_out' | 'refs_in'>;

/** References out: resolved ones link; external ones say which Act (not held), unresolved ones why. */
export const refsOut = (doc: Doc): Link[] =>
  doc.refs_out.map((r) => ({
    // A section of an Act not held links to its page, which says so and links the official source.
    id: r.id ?? (r.status === 'external' && r.target.act && r.target.section && actBySlug(r.target.act) ? sectionId(r.target.act, r.target.section) : undefined),
    words: r.words,
    note:
      r.status === 'external'
        ? `in ${r.target.act_name ?? (r.target.act && actBySlug(r.target.act)?.shortCitation) ?? 'another Act'}${r.target.section ? ` s ${r.target.section}` : ''}, whose text we do not hold`
        : r.status === 'unresolved'
          ? `not resolved: ${r.reason ?? 'no such provision in the corpus'}`
          : undefined,
  }));
export const refsIn = (doc: Doc): Link[] => doc.refs_in.map((r) => ({ id: r.from, words: r.words }));

export type Version = ProvisionVersion;
export type Amendment = AmendmentRecord;

/** The fields of a provision document these readers look at (all optional). */
export interface AnalysedDoc {
  versions?: unknown;
  amendments?: unknown;
  unavailable?: unknown;
}

export const versionsOf = (doc: AnalysedDoc) => read(z.array(ProvisionVersion), doc.versions);
export const amendmentsOf = (doc: AnalysedDoc) => read(z.array(AmendmentRecord), doc.amendments);
export const unavailableOf = (doc: AnalysedDoc) => read(Unavailable, doc.unavailable);
