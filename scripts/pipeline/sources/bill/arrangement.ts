/**
 * The Arrangement of Clauses (Bills) or of Sections (reprints): the Act's own list of its
 * sections, Parts, Chapters and schedules. Parsed on its own so the body can be checked against
 * it. Pure; each source format brings its markers.
 */
import type { Division } from '../../../../src/schema/provision.js';
import { CHAPTER, COLUMN_LABEL, NUMBERED, PART, SCHEDULE } from './markers.js';
import type { ArrangementEntry } from '../types.js';
import { joinLines } from '../../structure/whitespace.js';

export interface ArrangementMarkers {
  part: RegExp;
  chapter: RegExp;
  schedule: RegExp;
  /** Column labels ("Clause", "Section") between entries. */
  column: RegExp;
  /** A title between section entries (not a continuation of the heading above it); `index` into the lines given. */
  crossHeading?: (text: string, index: number) => boolean;
  /** A section entry's number and the start of its heading; `printed` when the number is misprinted. */
  numbered: (text: string) => { number: string; heading: string; printed?: string } | undefined;
}

export const BILL_ARRANGEMENT: ArrangementMarkers = {
  part: PART,
  chapter: CHAPTER,
  schedule: SCHEDULE,
  column: COLUMN_LABEL,
  numbered: (text) => {
    const m = NUMBERED.exec(text);
    return m ? { number: m[1]!, heading: m[2] ?? '' } : undefined;
  },
};

/** Parse cleaned lines of the arrangement; `first` is the 1-based line number of lines[0]. */
export function parseArrangement(lines: readonly string[], first: number, markers: ArrangementMarkers = BILL_ARRANGEMENT): ArrangementEntry[] {
  const entries: ArrangementEntry[] = [];
  let part: Division | undefined;
  let chapter: Division | undefined;
  /** The heading that continuation lines extend: an entry's, or a Part's or Chapter's title. */
  let open: { parts: string[]; target: { heading: string } } | undefined;
  const start = (target: { heading: string }, text: string) => {
    open = { parts: text ? [text] : [], target };
  };

  lines.forEach((text, i) => {
    if (!text || markers.column.test(text)) return;
    const partM = markers.part.exec(text);
    const chapterM = markers.chapter.exec(text);
    const numbered = markers.numbered(text);
    if (partM) {
      part = { number: partM[1]!, heading: '' };
      chapter = undefined;
      start(part, '');
    } else if (chapterM) {
      chapter = { number: chapterM[1]!, heading: '' };
      start(chapter, '');
    } else if (markers.schedule.test(text)) {
      entries.push({ kind: 'schedule', number: text, heading: text, line: first + i });
      open = undefined;
    } else if (numbered) {
      const entry: ArrangementEntry = {
        kind: 'section',
        number: numbered.number,
        heading: '',
        ...(numbered.printed ? { printed: numbered.printed } : {}),
        ...(part ? { part } : {}),
        ...(chapter ? { chapter } : {}),
        line: first + i,
      };
      entries.push(entry);
      start(entry, numbered.heading);
    } else if (open && 'kind' in open.target && markers.crossHeading?.(text, i)) {
      open = undefined;
    } else if (open) {
      open.parts.push(text);
    }
    if (open) open.target.heading = joinLines(open.parts);
  });
  return entries;
}
