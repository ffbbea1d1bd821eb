/**
 * Structural markers of the AGC reprints, English and Malay. The reprints print them cleanly, in
 * capitals or in small capitals that pdftotext gives as title case ("Part VIIIa", "Chapter 1",
 * "Bahagian I", "Bab 2"), and lettered section numbers in small capitals as lower case ("130b",
 * "2a"): the number of a section is its digits and letters, letters upper-cased, as cited.
 */
import type { ArrangementMarkers } from '../bill/arrangement.js';

export const PART = /^(?:PART|Part|BAHAGIAN|Bahagian)\s+([IVXLC]+[A-Za-z]?)$/;
export const CHAPTER = /^(?:CHAPTER|Chapter|BAB|Bab)\s+([IVXLC]+[A-Za-z]?|\d+[A-Za-z]?)$/;
/** "FIRST SCHEDULE", "First Schedule", "SCHEDULE", "JADUAL", "Jadual Kedua"; "(Deleted)" after it in the arrangement. */
export const SCHEDULE =
  /^(?:(?:([A-Za-z]+)\s+)?(?:SCHEDULES?|Schedules?)|(?:JADUAL|Jadual)(?:\s+([A-Za-z]+))?)(?:\s+\((?:Deleted|Dipotong|Omitted|Ditinggalkan)\))?$/;
/**
 * A numbered line: a section in the arrangement or the body. "5 B." (a space the typesetter put
 * in the arrangement), "34-36." (a range of deleted sections).
 */
export const SECTION = /^(\d+)( ?[A-Za-z]{1,3})?(?:\s*[-–—−]\s*(\d+[A-Za-z]{0,3}))?\s*\.(?:\s+(.*))?$/;
/** "(There is no s. 56)", "(There are no ss. 61–62)": the reviser's word that a number is unused. */
export const NO_SUCH_SECTION = /^\(There (?:is|are) no\b/;
export const COLUMN_LABEL = /^(?:Section|Seksyen)$/;
/** "(Deleted)", "(Deleted by Act A1511).", "(Dipotong oleh Akta A1511).", "(Omitted)". */
export const DELETED = /^\((?:Deleted|Dipotong|Omitted|Ditinggalkan)\b.*\)[.;]?$/;

/** "34-36" → 34, 35, 36; "69B-69E" → 69B … 69E; a single number → itself. */
export function expandNumber(number: string): string[] {
  const m = /^(\d+)([A-Z]?)-(\d+)([A-Z]?)$/.exec(number);
  if (!m) return [number];
  const out: string[] = [];
  if (m[2] && m[1] === m[3] && m[4]) {
    for (let c = m[2].charCodeAt(0); c <= m[4].charCodeAt(0); c++) out.push(`${m[1]}${String.fromCharCode(c)}`);
  } else if (!m[2] && !m[4]) {
    for (let n = Number(m[1]); n <= Number(m[3]); n++) out.push(String(n));
  }
  return out.length ? out : [number];
}

/** "130b" → "130B"; "5 B" → "5B". */
export const sectionNumber = (digits: string, letters = ''): string => `${digits}${letters.replace(/\s/g, '').toUpperCase()}`;

/** A numbered line read: the number (or range) as cited, the words after it, whether spaced. */
export function readSectionLine(text: string): { number: string; rest: string; spaced: boolean } | undefined {
  const m = SECTION.exec(text);
  if (!m) return undefined;
  const from = sectionNumber(m[1]!, m[2]);
  const number = m[3] ? `${from}-${m[3].toUpperCase()}` : from;
  return { number, rest: m[4] ?? '', spaced: !!m[2]?.startsWith(' ') };
}

export const REPRINT_ARRANGEMENT: ArrangementMarkers = {
  part: PART,
  chapter: CHAPTER,
  schedule: SCHEDULE,
  column: COLUMN_LABEL,
  // Cross-headings between entries ("EMPLOYMENT") are set in capitals; headings are not.
  crossHeading: (text) => (/\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text)) || NO_SUCH_SECTION.test(text),
  numbered: (text) => {
    const r = readSectionLine(text);
    return r && { number: r.number, heading: r.rest, ...(r.spaced ? { printed: text.split('.')[0]! } : {}) };
  },
};
