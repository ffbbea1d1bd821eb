/**
 * What the analysis reads: a provision's front matter and its verbatim plain text. The document
 * build derives the text with the corpus's provisionText(); tests do the same on the real corpus.
 */
import type { ProvisionFrontMatter } from '../../../src/schema/provision.js';

export interface ProvisionText {
  meta: ProvisionFrontMatter;
  text: string;
}

/** Id of section `number` of `act`: `atipsom` + `26A` → `atipsom-s26a`. */
export const sectionId = (act: string, number: string): string =>
  `${act}-s${number.toLowerCase()}`;

/** The section a provision belongs to: itself, or for a definition its interpretation section. */
export const ownSectionId = (meta: ProvisionFrontMatter): string =>
  meta.kind === 'definition' && meta.parent ? meta.parent : sectionId(meta.act, meta.number);

/** Whitespace-insensitive containment, for checking that quoted words are verbatim. */
export const normalise = (s: string): string => s.replace(/\s+/g, ' ').trim();
export const containsVerbatim = (text: string, words: string): boolean =>
  normalise(text).includes(normalise(words));
