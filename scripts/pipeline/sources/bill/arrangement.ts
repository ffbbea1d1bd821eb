/**
 * The Arrangement of Clauses: the Bill's own list of its sections, Parts, Chapters and
 * schedules. Parsed on its own so the body can be checked against it. Pure.
 */
import type { Division } from '../../../../src/schema/provision.js';
import { CHAPTER, COLUMN_LABEL, NUMBERED, PART, SCHEDULE } from './markers.js';
import type { ArrangementEntry } from '../types.js';
import { joinLines } from '../../structure/whitespace.js';

/** Parse cleaned lines of the arrangement; `first` is the 1-based line number of lines[0]. */
export function parseArrangement(lines: readonly string[], first: number): ArrangementEntry[] {
  const entries: ArrangementEntry[] = [];
  let part: Division | undefined;
  let chapter: Division | undefined;
  /** The heading that continuation lines extend: an entry's, or a Part's or Chapter's title. */
  let open: { parts: string[]; target: { heading: string } } | undefined;
  const start = (target: { heading: string }, text: string) => {
    open = { parts: text ? [text] : [], target };
  };

  lines.forEach((text, i) => {
    if (!text || COLUMN_LABEL.test(text)) return;
    const partM = PART.exec(text);
    const chapterM = CHAPTER.exec(text);
    const numbered = NUMBERED.exec(text);
    if (partM) {
      part = { number: partM[1]!, heading: '' };
      chapter = undefined;
      start(part, '');
    } else if (chapterM) {
      chapter = { number: chapterM[1]!, heading: '' };
      start(chapter, '');
    } else if (SCHEDULE.test(text)) {
      entries.push({ kind: 'schedule', number: text, heading: text, line: first + i });
      open = undefined;
    } else if (numbered) {
      const entry: ArrangementEntry = {
        kind: 'section',
        number: numbered[1]!,
        heading: '',
        ...(part ? { part } : {}),
        ...(chapter ? { chapter } : {}),
        line: first + i,
      };
      entries.push(entry);
      start(entry, numbered[2] ?? '');
    } else if (open) {
      open.parts.push(text);
    }
    if (open) open.target.heading = joinLines(open.parts);
  });
  return entries;
}
