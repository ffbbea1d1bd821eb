/**
 * The official PDF's own text, read with pdf.js directly (not through the reader's pdf.ts), for
 * the checks on lines given the PDF's word spacing.
 */
import { readFile } from 'node:fs/promises';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { lawSourcePath } from '../../../../scripts/pipeline/sources/law-sources.js';

const docs = new Map<string, Promise<PDFDocumentProxy>>();

/** The PDF at a path inside the sources folder, opened once per test file. */
export function openPdf(file: string): Promise<PDFDocumentProxy> {
  if (!docs.has(file)) docs.set(file, readFile(lawSourcePath(file)).then((b) => getDocument({ data: new Uint8Array(b), isEvalSupported: false, verbosity: 0 }).promise));
  return docs.get(file)!;
}

/**
 * A page's lines as pdf.js's text items print them, each item taken as one word: its letters
 * closed up, one space where pdf.js puts a whitespace item (a gap wider than tracking). That is
 * how a letter-spaced line reads as printed; a normally set line comes out run together.
 */
export async function closedUpLines(file: string, page: number): Promise<string[]> {
  const { items } = await (await (await openPdf(file)).getPage(page)).getTextContent();
  let text = '';
  for (const i of items) {
    if (!('str' in i)) continue;
    text += i.str.trim() ? i.str.replace(/\s+/g, '') : ' ';
    if (i.hasEOL) text += '\n';
  }
  return text.split('\n').map((l) => l.replace(/ +/g, ' ').trim());
}

/**
 * Whether `line` (a respaced text file line) is printed on the page: one of `printed` (closedUpLines)
 * is it, spaces included, except letters lower case in the line and upper case in the PDF's
 * reading (a small capital pdf.js maps to its capital).
 */
export const printedOn = (printed: readonly string[], line: string): boolean =>
  printed.some((pdf) => pdf.length === line.length && [...pdf].every((c, i) => c === line[i] || (c !== line[i] && c === line[i]!.toUpperCase())));
