/**
 * How a definition names its term (`"exploitation" means …`, `"eksploitasi" ertinya …`): the
 * pipeline finds definitions with it, and the runtime names a definition's unit by its term
 * (src/akn/eids.ts). Runtime code (Workers).
 */

/** `"term" means …` (English) / `"istilah" ertinya …` (Malay); the Bills mix quote styles. */
export const DEFINITION =
  /^["“'‘]([^"”“]+?)["”'’]\s*(?:[—–]|,|or\b|atau\b|and\b|dan\b|means\b|includes\b|has\b|shall\b|in relation\b|ertinya\b|termasuklah\b|termasuk\b|mempunyai\b|hendaklah\b|berhubung\b)/;

/**
 * A term whose quotes the converter lost (Child Act ms s 2 prints `## pemunya —`): lowercase
 * words (one or two), a space, a dash, nothing else. The space before the dash keeps opening words
 * ("the Court may—") out.
 */
export const UNQUOTED_DEFINITION = /^([a-z][a-z-]*(?: [a-z-]+)?) [—–]$/;

/** The defined term of a definition block, verbatim without its quotes. */
export function definedTerm(text: string): string | undefined {
  return (DEFINITION.exec(text) ?? UNQUOTED_DEFINITION.exec(text))?.[1]?.trim();
}
