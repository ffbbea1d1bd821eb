/**
 * The Bill clause extractor: the words of provisions an amending Bill inserts or substitutes,
 * read between the quotation marks that follow its instruction ("… inserting after section 55
 * the following sections: “55A. …”."). Where an Act's text is not held, these words are the only
 * text of those provisions we have (Immigration Act ss 55A–55D, 1996; Passports Act s 12(1), 1995).
 *
 * The OCR'd Bills interleave the marginal notes with the text, line by line ("Conveying 55A. (1)
 * Any person …", "a person indirectly, in conveying …"). Which words are margin cannot be told
 * from the words alone ("contrary" is both margin and text on neighbouring lines), so the
 * registry gives each provision's marginal note as printed, one piece per line; the extractor
 * takes each piece off the start of consecutive lines and fails when a line does not start with
 * it. Nothing else is removed but page furniture and markup: every word kept is in the source.
 */
import { sectionId } from '../../../../src/schema/ids.js';
import type { BillExtract } from '../../../../src/registry/acts.js';
import type { Provision } from '../../../../src/schema/provision.js';
import { parseLinedBlocks, stripLines, type SourceLine } from '../../structure/blocks.js';
import { normalizeSpace } from '../../structure/whitespace.js';
import type { Anomaly } from '../../structure/anomalies.js';
import { cleanLines } from './clean.js';

/** A page's opening title the running-header rule does not catch: "PASSPORTS (AMENDMENT) 9", "2 BILL", "10". */
const PAGE_TITLE = /^(?:\d+\s+)?(?:[A-Z][A-Z() ]*[A-Z)])?(?:\s+\d+)?$/;
const PAGE_BREAK = /^-{3,}$/;
/** A provision's first line inside the quotation: its number as printed ("55A.", OCR'd "55e."). */
const SECTION_START = /^(\d+[A-Za-z]?)\.\s+/;
const OPEN_QUOTE = /^\s*["“]\s*/;
const CLOSE_QUOTE = /["”]([.;])?(?:\s+and)?\s*$/;

export interface ExtractedClauses {
  provisions: Provision[];
  anomalies: Anomaly[];
}

/** Blank what is not the Bill's words: furniture, markup, and the first line of each page when it is only a title or number. */
function furnitureFree(raw: readonly string[]): string[] {
  const lines = cleanLines(raw);
  raw.forEach((line, i) => {
    if (!PAGE_BREAK.test(line.trim())) return;
    const next = raw.findIndex((l, j) => j > i && l.trim() !== '');
    if (next > 0 && PAGE_TITLE.test(raw[next]!.trim()) && /\S/.test(raw[next]!)) lines[next] = '';
  });
  return lines;
}

/** Index of the line where `words` (whitespace aside) end, searching from `from`. */
function lineAfterWords(lines: readonly string[], words: string, from = 0): number {
  const want = normalizeSpace(words);
  let joined = '';
  for (let i = from; i < lines.length; i++) {
    joined = joined ? `${joined} ${normalizeSpace(lines[i]!)}` : normalizeSpace(lines[i]!);
    if (joined.includes(want)) return i;
  }
  return -1;
}

export function extractClauses(act: string, extract: BillExtract, text: string): ExtractedClauses {
  const where = `${extract.file} (${extract.bill})`;
  const raw = text.split('\n');
  const lines = furnitureFree(raw);

  const anchor = lineAfterWords(lines, extract.after);
  if (anchor < 0) throw new Error(`${where}: instruction words "${extract.after}" not found`);
  // The quotation opens on the next line with text: the instruction ends its own line.
  const open = lines.findIndex((l, j) => j > anchor && l.trim() !== '');
  if (open < 0 || !OPEN_QUOTE.test(lines[open]!)) throw new Error(`${where}: no opening quotation mark after "${extract.after}" (line ${open + 1})`);
  const close = lines.findIndex((l, j) => j >= open && CLOSE_QUOTE.test(l));
  if (close < 0) throw new Error(`${where}: no closing quotation mark after line ${open + 1}`);

  const body = lines.slice(open, close + 1);
  body[0] = body[0]!.replace(OPEN_QUOTE, '');
  body[body.length - 1] = body.at(-1)!.replace(CLOSE_QUOTE, '');

  // Marginal notes: each provision's pieces off the start of consecutive non-blank lines.
  const margins: string[] = [];
  let cursor = 0;
  for (const spec of extract.provisions) {
    for (const pieces of [spec.margin, spec.clauseNote]) {
      if (pieces.length) cursor = takeMargin(body, pieces, cursor, (i) => `${where}: line ${open + i + 1}, s ${spec.number}`);
    }
    margins.push(spec.margin.join(' '));
  }

  // Provisions: at their printed numbers, or the whole quotation when it is one unnumbered provision.
  const starts = body.map((l, i) => (SECTION_START.test(l.trim()) ? i : -1)).filter((i) => i >= 0);
  const numbered = starts.length > 0;
  if (numbered && starts.length !== extract.provisions.length) {
    throw new Error(`${where}: ${starts.length} numbered provisions in the quotation, the registry lists ${extract.provisions.length}`);
  }
  if (!numbered && extract.provisions.length !== 1) throw new Error(`${where}: an unnumbered quotation holds one provision`);
  const bounds = numbered ? starts : [0];

  const anomalies: Anomaly[] = [];
  const provisions = extract.provisions.map((spec, k): Provision => {
    const from = bounds[k]!;
    const to = k + 1 < bounds.length ? bounds[k + 1]! : body.length;
    const id = sectionId(act, spec.number);
    const own = body.slice(from, to);
    if (numbered) {
      const printed = SECTION_START.exec(own[0]!.trim())![1]!;
      if (printed !== spec.number) {
        anomalies.push({ act, lang: extract.lang, line: open + from + 1, id, kind: 'number-misprinted', message: `section ${spec.number} is printed "${printed}."` });
      }
      own[0] = own[0]!.trim().replace(SECTION_START, '');
    }
    const source: SourceLine[] = own.map((t, j) => ({ n: open + from + j + 1, text: t })).filter((l) => l.text.trim() !== '');
    const blocks = stripLines(parseLinedBlocks(source));
    for (const o of spec.ocr ?? []) {
      anomalies.push({ act, lang: extract.lang, line: source[0]!.n, id, kind: 'ocr-error', message: `"${o.words}" as printed: ${o.what}` });
    }
    return {
      meta: {
        id,
        act,
        lang: extract.lang,
        kind: 'section',
        number: spec.number,
        heading: margins[k]!,
        order: (k + 1) * 1000,
        status: 'in-force',
        source: {
          file: extract.file,
          lines: [source[0]!.n, source.at(-1)!.n],
          bill: extract.bill,
          year: extract.year,
          basis: extract.basis,
        },
        version: { valid_from: String(extract.year), approximate: true, bill: extract.bill, status: 'in-force' },
      },
      blocks,
    };
  });
  return { provisions, anomalies };
}

/** Take a marginal note's pieces off the start of consecutive non-blank lines from `cursor`; the line after the last. */
function takeMargin(body: string[], pieces: readonly string[], cursor: number, at: (i: number) => string): number {
  let i = body.findIndex((l, j) => j >= cursor && startsWith(l, pieces[0]!));
  if (i < 0) throw new Error(`${at(cursor)}: no line from here starts with the marginal note's "${pieces[0]}"`);
  for (const [k, piece] of pieces.entries()) {
    if (k > 0) i = body.findIndex((l, j) => j > i && l.trim() !== '');
    if (i < 0 || !startsWith(body[i]!, piece)) throw new Error(`${at(i)}: the line does not start with the marginal note's "${piece}"`);
    body[i] = body[i]!.trim().slice(piece.length).trim();
  }
  return i + 1;
}

const startsWith = (line: string, piece: string): boolean => {
  const t = line.trim();
  return t === piece || t.startsWith(`${piece} `);
};
