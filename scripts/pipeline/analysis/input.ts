/**
 * What the analysis reads: a provision's front matter and its verbatim plain text. The document
 * build derives the text with the corpus's provisionText(); tests do the same on the real corpus.
 */
import { sectionId } from '../../../src/schema/ids.js';
import type { ProvisionFrontMatter } from '../../../src/schema/provision.js';
import { normalizeSpace } from '../structure/whitespace.js';

export interface ProvisionText {
  meta: ProvisionFrontMatter;
  text: string;
}

/** The section a provision belongs to: itself, or for a definition its interpretation section. */
export const ownSectionId = (meta: ProvisionFrontMatter): string =>
  meta.kind === 'definition' && meta.parent ? meta.parent : sectionId(meta.act, meta.number);

/** Whitespace-insensitive containment, for checking that quoted words are verbatim. */
export const containsVerbatim = (text: string, words: string): boolean =>
  normalizeSpace(text).includes(normalizeSpace(words));
