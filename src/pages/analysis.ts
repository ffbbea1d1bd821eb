/**
 * Reading the optional analysis and history fields of a provision document. They arrive from
 * other build steps (issue 5: references, penalties, elements, relations; amendments: versions),
 * so each is read leniently: absent → undefined (the page says it is not available yet),
 * present but in a shape we do not read → undefined as well, never a broken page.
 */
import { z } from 'zod';
import { Elements } from '../schema/elements.js';
import { Penalty } from '../schema/penalty.js';

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

const OutRef = z.union([
  z.string().transform((id): Link => ({ id, words: id })),
  z
    .object({ words: z.string(), id: z.string().optional(), status: z.string().optional(), target: z.record(z.string(), z.unknown()).optional() })
    .transform((r): Link => ({ id: r.id, words: r.words, note: r.status && r.status !== 'resolved' ? r.status : undefined })),
]);
const InRef = z.union([
  z.string().transform((id): Link => ({ id, words: id })),
  z.object({ from: z.string(), words: z.string() }).transform((r): Link => ({ id: r.from, words: r.words })),
]);

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
  penalty?: unknown;
  elements?: unknown;
  refs_out?: unknown;
  refs_in?: unknown;
  overlaps?: unknown;
  gaps?: unknown;
  versions?: unknown;
  amendments?: unknown;
  unavailable?: unknown;
}

export const penaltyOf = (doc: AnalysedDoc) => read(Penalty, doc.penalty);
export const elementsOf = (doc: AnalysedDoc) => read(Elements, doc.elements);
export const refsOutOf = (doc: AnalysedDoc) => read(z.array(OutRef), doc.refs_out);
export const refsInOf = (doc: AnalysedDoc) => read(z.array(InRef), doc.refs_in);
export const overlapsOf = (doc: AnalysedDoc) => read(z.array(z.string()), doc.overlaps);
export const gapsOf = (doc: AnalysedDoc) => read(z.array(z.string()), doc.gaps);
export const versionsOf = (doc: AnalysedDoc) => read(z.array(Version), doc.versions);
export const amendmentsOf = (doc: AnalysedDoc) => read(z.array(Amendment), doc.amendments);
export const unavailableOf = (doc: AnalysedDoc) => read(Unavailable, doc.unavailable);
