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

/** The notes on references out, per interface language (our words; the reason a reference did not resolve is the analysis step's, in English). */
const REF_NOTES = {
  en: {
    external: (act: string, section: string | undefined) => `in ${act}${section ? ` s ${section}` : ''}, whose text we do not hold`,
    anotherAct: 'another Act',
    unresolved: (reason: string | undefined, _section: string | undefined) => `not resolved: ${reason ?? 'no such provision in the corpus'}`,
  },
  ms: {
    external: (act: string, section: string | undefined) => `dalam ${act}${section ? ` seksyen ${section}` : ''}, yang teksnya tiada dalam simpanan kami`,
    anotherAct: 'Akta lain',
    unresolved: (_reason: string | undefined, section: string | undefined) =>
      `tidak dapat dikenal pasti: ${section ? `tiada seksyen ${section}` : 'tiada peruntukan itu'} dalam teks korpus kami`,
  },
} as const;

/** References out: resolved ones link; external ones say which Act (not held), unresolved ones why; notes in the interface language. */
export const refsOut = (doc: Doc, lang: 'en' | 'ms' = 'en'): Link[] =>
  doc.refs_out.map((r) => {
    const act = r.target.act ? actBySlug(r.target.act) : undefined;
    const notes = REF_NOTES[lang];
    return {
      // A section of an Act not held links to its page, which says so and links the official source.
      id: r.id ?? (r.status === 'external' && r.target.act && r.target.section && act ? sectionId(r.target.act, r.target.section) : undefined),
      words: r.words,
      note:
        r.status === 'external'
          ? notes.external((lang === 'ms' && act?.title.ms) || r.target.act_name || act?.shortCitation || notes.anotherAct, r.target.section)
          : r.status === 'unresolved'
            ? notes.unresolved(r.reason, r.target.section)
            : undefined,
    };
  });
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
