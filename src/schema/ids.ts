/**
 * The id contract (ARCHITECTURE.md "Identifiers"): how every stage names Acts, provisions and
 * documents. Source readers, the consolidator, the analysis, the index and the API all build and
 * check ids here, so an id means the same provision wherever it is made.
 *   `<act>-s<number>`                 a section             atipsom-s14, atipsom-s26a
 *   `<act>-s<number>-<term-slug>`     a defined term         atipsom-s2-exploitation
 *   `<act>-sch<n>`                    a schedule             child-act-sch1
 * An id names a provision independent of language; `<id>_<lang>` is one language's document.
 */
import { z } from 'zod';

export const ACT_SLUG_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const ActSlug = z.string().regex(ACT_SLUG_PATTERN, 'act slug: lowercase words joined by "-"');

export const PROVISION_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const ProvisionId = z
  .string()
  .max(120)
  .regex(PROVISION_ID_PATTERN, 'provision id: lowercase letters, digits and "-", e.g. atipsom-s14');
export type ProvisionId = z.infer<typeof ProvisionId>;

/** Meilisearch document key for a provision in one language: `atipsom-s14_en`. */
export const docKey = (id: string, lang: string): string => `${id}_${lang}`;

/** A section's id from its number as printed: `26A` → `atipsom-s26a`. */
export const sectionId = (act: string, number: string): string => `${act}-s${number.toLowerCase()}`;

/** The n-th schedule (1-based). */
export const scheduleId = (act: string, n: number | string): string => `${act}-sch${n}`;

/** A defined term as an id part: accents dropped, lowercase, runs of anything else one "-". */
export const termSlug = (term: string): string =>
  term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** One defined term's id under its section; for a whole section use definitionIds. */
export const definitionId = (section: string, term: string): string => `${section}-${termSlug(term)}`;

/** Sections headed Interpretation / Tafsiran: each of their definitions is also a provision. */
export const INTERPRETATION_HEADING = /\b(?:interpretation|tafsiran)\b/i;

/**
 * The ids of an interpretation section's definitions, in order. A term defined twice (a source's
 * slip) gets its position appended the second time, so ids never collide; `duplicate` says so.
 */
export function definitionIds(section: string, terms: readonly string[]): { id: string; duplicate: boolean }[] {
  const seen = new Set<string>();
  return terms.map((term, j) => {
    let slug = termSlug(term);
    const duplicate = seen.has(slug);
    if (duplicate) slug = `${slug}-${j + 1}`;
    seen.add(slug);
    return { id: `${section}-${slug}`, duplicate };
  });
}
