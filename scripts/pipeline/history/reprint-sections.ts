/**
 * The words of each section of a reprint, just enough to check a consolidation of Bills against
 * it: heading and text per section number, running headers and `*NOTE—` footnotes removed.
 * A stand-in for the reprint reader (scripts/pipeline/sources/reprint/): once that lands, its
 * provisions replace this function and nothing else changes. Pure.
 */
import { joinLines } from '../structure/whitespace.js';

export interface ReprintSection {
  number: string;
  heading: string;
  /** Verbatim words, whitespace collapsed, without the section number; footnote markers kept out. */
  text: string;
  /** 1-based first and last line in the reprint text. */
  lines: [number, number];
}

const BODY_START = /^\s*(?:ENACTED by the Parliament|DIPERBUAT UNDANG-UNDANG oleh Parlimen)/;
const BODY_END = /^\s*(?:LIST OF AMENDMENTS|SENARAI PINDAAN)\s*$/;
const DIVISION = /^\s*(?:PART|BAHAGIAN|CHAPTER|BAB)\s+[IVXL]+[A-Z]?\s*$/;
const NOTE = /^\s*\*+\s*(?:NOTE|CATATAN)\s*[—–-]/;
const key = (line: string): string => line.replace(/\d+/g, '').replace(/\s+/g, ' ').trim().toUpperCase();

/**
 * Running headers: a line whose text (digits aside) recurs on at least five pages and which is set
 * out in columns ("12   Laws of Malaysia   ACT 670"), or which directly follows such a line (the
 * second line of a two-line short-title header).
 */
function headerLines(lines: readonly string[]): Set<number> {
  const counts = new Map<string, number>();
  for (const l of lines) if (l.trim()) counts.set(key(l), (counts.get(key(l)) ?? 0) + 1);
  const out = new Set<number>();
  lines.forEach((l, i) => {
    if (!l.trim() || (counts.get(key(l)) ?? 0) < 5) return;
    const columns = /\S\s{3,}\S/.test(l.trim()) || /^\s*\d{1,3}\s*$/.test(l);
    if (columns || out.has(i - 1)) out.add(i);
  });
  return out;
}

/**
 * Sections found in order of `numbers` (the section numbers expected, as the consolidation has
 * them): each at a line opening "<number>." after its heading line; a number not found is left
 * out (the caller reports it).
 */
export function reprintSections(text: string, numbers: readonly string[]): Map<string, ReprintSection> {
  const all = text.split(/\r?\n/).map((l) => l.replace(/\f/g, ''));
  const start = all.findIndex((l) => BODY_START.test(l));
  const endAt = all.findIndex((l, i) => i > start && BODY_END.test(l));
  let end = endAt < 0 ? all.length : endAt;
  // The lists open a new page: its title block and the page number before it are not the last section's.
  const title = all.slice(Math.max(start, end - 20), end).findLastIndex((l) => /^\s*(?:LAWS OF MALAYSIA|UNDANG-UNDANG MALAYSIA)\s*$/.test(l));
  if (title >= 0) end = Math.max(start, end - 20) + title;
  while (end > start && /^\s*\d{0,3}\s*$/.test(all[end - 1]!)) end--;
  const headers = headerLines(all.slice(start, end).map((l) => l));
  // Blank the furniture (keeping line numbers): headers, footnotes to the end of their page, division titles.
  const lines = all.map((l, i) => (i < start || i >= end ? '' : l));
  let inNote = false;
  for (let i = start; i < end; i++) {
    if (headers.has(i - start)) {
      lines[i] = '';
      inNote = false;
      continue;
    }
    if (NOTE.test(lines[i]!)) inNote = true;
    if (inNote) lines[i] = '';
  }
  for (let i = start; i < end; i++) {
    if (!DIVISION.test(lines[i]!)) continue;
    lines[i] = '';
    // The division's title: the upper-case lines after its number.
    for (let j = i + 1; j < end && (lines[j]!.trim() === '' || lines[j]!.trim() === lines[j]!.trim().toUpperCase()); j++) {
      if (lines[j]!.trim() && /\p{Ll}/u.test(lines[j]!)) break;
      lines[j] = '';
    }
  }
  const found: { number: string; at: number; headingAt: number; headingEnd: number }[] = [];
  let from = start;
  for (const number of numbers) {
    const opener = new RegExp(`^\\s{0,4}${number.replace(/([A-Z])/g, '\\s?$1')}\\.(?:\\s|$)`, 'i');
    const at = lines.findIndex((l, i) => i >= from && i < end && opener.test(l));
    if (at < 0) continue;
    // The heading: the block of lines above the number, across the blank line that sets it off.
    let h = at - 1;
    while (h > from && !lines[h]!.trim()) h--;
    const headingEnd = h;
    while (h - 1 > from && lines[h - 1]!.trim()) h--;
    found.push({ number, at, headingAt: h, headingEnd });
    from = at + 1;
  }
  const out = new Map<string, ReprintSection>();
  found.forEach((f, k) => {
    const stop = k + 1 < found.length ? found[k + 1]!.headingAt : end;
    const body = joinLines(lines.slice(f.at, stop)).replace(/^\d+\s?[A-Z]*\.\s*/, '');
    let last = stop - 1;
    while (last > f.at && !lines[last]!.trim()) last--;
    out.set(f.number, {
      number: f.number,
      heading: joinLines(lines.slice(f.headingAt, f.headingEnd + 1)).replace(/\*+(?=\p{L})/gu, ''),
      text: body.replace(/\*+(?=[\p{L}“"])/gu, ''),
      lines: [f.headingAt + 1, last + 1],
    });
  });
  return out;
}
