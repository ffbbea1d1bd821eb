/**
 * Furniture removal for Bills converted to markdown by klrkdekira/BillWatcher.
 *
 * Pure and line-preserving: the cleaned text has exactly one line per source line (furniture
 * becomes an empty line), so line i of the result is line i of the source file and provenance
 * line ranges stay exact. Only furniture is touched: page breaks, running headers and page
 * numbers, the converter's front matter, markdown emphasis and heading markers. Wording,
 * typos included, is never changed.
 */
import { editDistance } from './distance.js';

/** Where the parts of a Bill lie, as 0-based line indexes [start, end) into the cleaned lines. */
export interface BillRegions {
  /** The Arrangement of Clauses (the Bill's table of contents), title line excluded. */
  arrangement: [number, number];
  /** From "A BILL" / "RANG UNDANG-UNDANG" to the Explanatory Statement: the law. */
  body: [number, number];
  /** Explanatory Statement and Financial Implications: not law. */
  notes: [number, number];
}

export interface CleanedSource {
  /** One entry per source line; furniture blanked, emphasis stripped, trimmed. */
  lines: string[];
  regions: BillRegions;
}

/** Structural markers shared by every Bill of this converter, English and Malay. */
export const BILL_MARKERS = {
  arrangement: /^(?:ARRANGEMENT OF (?:CLAUSES|SECTIONS)|SUSUNAN FASAL)$/,
  body: /^(?:A BILL|RANG UNDANG-UNDANG)$/,
  notes: /^(?:EXPLANATORY STATEMENT|HURAIAN)$/,
} as const;

const PAGE_BREAK = /^-{5,}$/;
const PAGE_NUMBER = /^\d{1,3}$/;
/** A running header as the converter writes it: emphasised or hashed, maybe with a page number. */
const HEADER_FORM =
  /^(?:\d{1,3}\s+)?(?:\*\*_([^_*]+)_\*\*|_([^_*]+)_|#{1,6}\s+([^#]+?))(?:\s+\d{1,3})?$/;
/** Displaced marginal Act numbers, e.g. `_Act 155._` on a line of its own. */
const DISPLACED_ACT_NUMBER = /^_\[?(?:Act|Akta) [A-Z]?\d+\]?\._$/;
/** Code fences the converter wrapped around indented PDF lines. */
const CODE_FENCE = /^```/;

/** Strip markdown emphasis and heading markers from one line; wording is left as it is. */
export function stripMarkup(line: string): string {
  return line
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\*\*/g, '')
    .replace(/(^|[\s([“"'‘])_+(?=\S)/g, '$1')
    .replace(/(?<=\S)_+(?=$|[\s.,;:)\]”"'’—-])/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    // "43. ( 1 ) Menteri": the converter's spacing inside an enumerator, not wording.
    .replace(/^((?:\d+[A-Z]?\. )?)\( (\d+[A-Za-z]?|[a-z]{1,4}) \)/, '$1($2)');
}

const headerKey = (line: string): string | undefined => {
  const m = HEADER_FORM.exec(line.trim().replace(/\*\*(\d+)\*\*/g, '$1'));
  if (!m) return undefined;
  const words = (m[1] ?? m[2] ?? m[3] ?? '').replace(/\s+/g, '');
  return words.startsWith('(') ? undefined : words.toLowerCase();
};

/** Indexes of the first two non-blank lines after each page break. */
function linesAfterBreaks(raw: readonly string[]): number[] {
  const out: number[] = [];
  raw.forEach((line, i) => {
    if (!PAGE_BREAK.test(line.trim())) return;
    let seen = 0;
    for (let j = i + 1; j < raw.length && seen < 2; j++) {
      const t = raw[j]!.trim();
      if (t === '') continue;
      if (PAGE_BREAK.test(t)) break;
      out.push(j);
      seen++;
    }
  });
  return out;
}

/**
 * Running headers are the emphasised lines that open pages and recur (the Bill's short title,
 * "Bill", with or without a page number), as keys: lower case, spaces removed. Compute them on
 * a whole file; a snippet has too few pages to show what recurs.
 */
export function runningHeaderKeys(raw: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const i of linesAfterBreaks(raw)) {
    const key = headerKey(raw[i]!);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n >= 2).map(([k]) => k).sort();
}

/**
 * A page-opening line is a running header if its key is one of the recurring ones or a near
 * miss of one ("Anti-Traffic king in Persons"): the converter's character errors vary from page
 * to page. A one-off like "ILLUSTRATIONS" opening a page is law text.
 */
function runningHeaderLines(raw: readonly string[], keys: readonly string[]): Set<number> {
  const isHeader = (key: string) =>
    keys.some((r) => r === key || (key.length > 3 && editDistance(r, key) <= 2));
  return new Set(
    linesAfterBreaks(raw).filter((i) => {
      const key = headerKey(raw[i]!);
      return key !== undefined && isHeader(key);
    }),
  );
}

/** The converter's front matter: the leading `---` fenced blocks. */
function frontMatterEnd(raw: string[]): number {
  let i = 0;
  while (i < raw.length && raw[i]!.trim() === '---') {
    const close = raw.findIndex((l, j) => j > i && l.trim() === '---');
    if (close < 0) break;
    i = close + 1;
    while (i < raw.length && raw[i]!.trim() === '') i++;
  }
  return i;
}

/**
 * Blank page furniture in a run of source lines; emphasis stripped; line count preserved.
 * `headerKeys`: the file's running headers (default: those recurring in `raw` itself; pass
 * `runningHeaderKeys(wholeFile)` when cleaning a snippet).
 */
export function cleanLines(raw: readonly string[], headerKeys = runningHeaderKeys(raw)): string[] {
  const headers = runningHeaderLines(raw, headerKeys);
  const afterBreak = new Set(linesAfterBreaks(raw));
  return raw.map((line, i) => {
    const t = line.trim();
    if (PAGE_BREAK.test(t) || CODE_FENCE.test(t) || headers.has(i) || DISPLACED_ACT_NUMBER.test(t)) return '';
    if (afterBreak.has(i) && PAGE_NUMBER.test(t)) return '';
    return stripMarkup(t);
  });
}

function findLine(lines: string[], re: RegExp, from: number): number {
  for (let i = from; i < lines.length; i++) if (re.test(lines[i]!)) return i;
  return -1;
}

/** Clean a whole Bill source file and locate its arrangement, body and explanatory notes. */
export function cleanSource(text: string): CleanedSource {
  const raw = text.split('\n');
  const fm = frontMatterEnd(raw);
  const lines = cleanLines(raw).map((l, i) => (i < fm ? '' : l));
  const arr = findLine(lines, BILL_MARKERS.arrangement, fm);
  if (arr < 0) throw new Error('no Arrangement of Clauses found');
  const body = findLine(lines, BILL_MARKERS.body, arr + 1);
  if (body < 0) throw new Error('no "A BILL" / "RANG UNDANG-UNDANG" line after the arrangement');
  let notes = findLine(lines, BILL_MARKERS.notes, body + 1);
  if (notes < 0) notes = lines.length;
  return {
    lines,
    regions: { arrangement: [arr + 1, body], body: [body, notes], notes: [notes, lines.length] },
  };
}
