/**
 * How source lines become one text: line breaks and runs of whitespace become one space, except
 * between a word-final hyphen and a letter, where the PDF broke a hyphenated word ("tempat-" + "tempat"): there
 * the break is dropped and the hyphen kept. Used for block text and for the cleaned source alike,
 * so verbatim comparisons compare like with like.
 */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = normalizeSpace(raw);
    if (!line) continue;
    out = out === '' ? line : /\p{L}-$/u.test(out) && /^\p{L}/u.test(line) ? out + line : `${out} ${line}`;
  }
  return out;
}

/** Collapse whitespace to single spaces. */
export const normalizeSpace = (s: string): string => s.replace(/\s+/g, ' ').trim();
