/**
 * A provision's references as the page lists them, and its history fields read leniently
 * (absent, or in a shape we do not read → the page says history is not available).
 */
import { z } from 'zod';
import { actBySlug } from '../../registry/acts.js';
import type { ProvisionDoc } from '../../schema/document.js';

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
    id: r.id,
    words: r.words,
    note:
      r.status === 'external'
        ? `in ${r.target.act_name ?? (r.target.act && actBySlug(r.target.act)?.shortCitation) ?? 'another Act'}${r.target.section ? ` s ${r.target.section}` : ''}, whose text we do not hold`
        : r.status === 'unresolved'
          ? `not resolved: ${r.reason ?? 'no such provision in the corpus'}`
          : undefined,
  }));
export const refsIn = (doc: Doc): Link[] => doc.refs_in.map((r) => ({ id: r.from, words: r.words }));

const Version = z.object({
  valid_from: z.string(),
  valid_to: z.string().optional(),
  approximate: z.boolean().optional(),
  bill: z.string(),
  status: z.string(),
});
export type Version = z.infer<typeof Version>;
const Amendment = z.object({ bill: z.string(), year: z.number(), clause: z.string(), words: z.string(), effect: z.string(), outcome: z.string() });
export type Amendment = z.infer<typeof Amendment>;
const Unavailable = z.object({ note: z.string(), see: z.string() });

/** The fields of a provision document these readers look at (all optional). */
export interface AnalysedDoc {
  versions?: unknown;
  amendments?: unknown;
  unavailable?: unknown;
}

export const versionsOf = (doc: AnalysedDoc) => read(z.array(Version), doc.versions);
export const amendmentsOf = (doc: AnalysedDoc) => read(z.array(Amendment), doc.amendments);
export const unavailableOf = (doc: AnalysedDoc) => read(Unavailable, doc.unavailable);
