/**
 * The official PDF beside a reprint's text file, read with pdf.js for the few lines whose letters
 * `pdftotext -layout` spaced out ("T h e M i n i s t e r"): the text file has every character but
 * not where the words end, and the PDF's glyph positions have it. Only the pages holding such
 * lines are read; the characters always stay the text file's (see respaceLine).
 *
 * pdf.js (legacy build: Node without a canvas) gives a page as text items in reading order. It
 * measures the gap before each glyph: a gap of 0.1–0.6 em becomes a space inside an item, a wider
 * one ends the item and adds a whitespace item. On a letter-spaced (tracked) line the tracking is
 * the narrow gap and the word space the wide one, so the words are the runs between whitespace
 * items and the spaces inside an item are tracking.
 */
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * One line of a PDF page as pdf.js reads it: its words; `mixed` when an item holds spaces that may
 * be word spaces (its words then tell nothing).
 */
export interface PdfLine {
  words: string[];
  mixed: boolean;
}

/** The lines of each page read, by 1-based page index (the text file's page: one form feed a page). */
export type PdfPages = ReadonlyMap<number, readonly PdfLine[]>;

interface Item {
  str: string;
  hasEOL: boolean;
}

/**
 * A tracked item's pieces are single glyphs (a letter, "ff" the ligature, "y," a letter with its
 * comma set close). A longer piece beside a space means the item's spaces may be word spaces of
 * normally set text, which tells nothing about the tracked words: the line is not used.
 */
const GLYPH = 2;

/** Split a page's items into lines (pdf.js marks a line's end) and each line into words. */
export function pdfLines(items: readonly Item[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let words: string[] = [];
  let word = '';
  let mixed = false;
  const endWord = () => {
    if (word) words.push(word);
    word = '';
  };
  const endLine = () => {
    endWord();
    if (words.length) lines.push({ words, mixed });
    words = [];
    mixed = false;
  };
  for (const { str, hasEOL } of items) {
    if (!str.trim()) endWord();
    else {
      const pieces = str.split(/\s+/).filter(Boolean);
      if (pieces.length > 1 && pieces.some((p) => p.length > GLYPH)) mixed = true;
      word += pieces.join('');
    }
    if (hasEOL) endLine();
  }
  endLine();
  return lines;
}

/** The lines of the given pages (1-based) of the PDF at `path`. */
export async function readPdfPages(path: string, pages: readonly number[]): Promise<PdfPages> {
  const out = new Map<number, PdfLine[]>();
  if (!pages.length) return out;
  const doc = await getDocument({ data: new Uint8Array(await readFile(path)), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    for (const page of [...new Set(pages)].sort((a, b) => a - b)) {
      const content = await (await doc.getPage(page)).getTextContent();
      out.set(page, pdfLines(content.items.filter((i): i is Item & (typeof content.items)[number] => 'str' in i)));
    }
  } finally {
    await doc.destroy();
  }
  return out;
}

const nonSpace = (s: string): string => s.replace(/\s+/g, '');

/**
 * The PDF's characters are the text file's but for small capitals: where they differ, the text file
 * has a lower-case letter and pdf.js its capital (the glyph is mapped to upper case). Any other
 * difference (an upper-case letter read as lower case) means the lines are not the same.
 */
const smallCapitalsAside = (pdf: readonly string[], text: readonly string[]): boolean =>
  pdf.length === text.length && pdf.every((c, i) => c === text[i] || (text[i] !== text[i]!.toUpperCase() && c === text[i]!.toUpperCase()));

/**
 * `line` (a text file line) with the word boundaries of the line of `pdf` whose characters, spaces
 * aside, are the same in the same order; else why not. The text is built from `line`'s own
 * characters: only spaces move. A line that matches only with small capitals aside (pdf.js reads
 * "4A" where the text file has "4a") still gives its spacing, with a note.
 */
export function respaceLine(line: string, pdf: readonly PdfLine[]): { text: string; note?: string } | { why: string } {
  const chars = [...nonSpace(line)];
  const same = pdf.filter((l) => l.words.join('') === chars.join(''));
  const exact = same.find((l) => !l.mixed);
  const caseless = exact ? undefined : pdf.find((l) => !l.mixed && smallCapitalsAside([...l.words.join('')], chars));
  const match = exact ?? caseless;
  if (!match) {
    if (same.length) return { why: 'its line with these characters mixes tracked and normally spaced words' };
    // Said so a reader of the report sees which character differs.
    const near = pdf.find((l) => l.words.join('').toLowerCase() === chars.join('').toLowerCase());
    return { why: `no line has these characters (spaces aside)${near ? `; pdf.js reads "${near.words.join(' ')}"` : ''}` };
  }
  const out: string[] = [];
  let at = 0;
  for (const w of match.words) {
    const n = [...w].length;
    out.push(chars.slice(at, at + n).join(''));
    at += n;
  }
  const text = out.join(' ');
  return caseless ? { text, note: `small capitals: pdf.js reads "${match.words.join(' ')}", the text file's letters are kept` } : { text };
}
