/**
 * One Bill source → the Act's provisions (sections, definitions, schedules), its arrangement
 * and the anomalies met on the way. Pure: text in, data out. Driven by the Act registry
 * (src/registry/acts.ts) and by markers common to all Bills of this converter; no per-Act code.
 */
import type { ActConfig, BillSource } from '../../../../src/registry/acts.js';
import { sectionId } from '../../../../src/schema/ids.js';
import type { Provision } from '../../../../src/schema/provision.js';
import { parseArrangement } from './arrangement.js';
import { anomalyLog } from '../../structure/anomalies.js';
import { parseLinedBlocks, type SourceLine } from '../../structure/blocks.js';
import { divisionAt, headingKey, lastLine, scheduleProvision, sectionProvisions, type Assembly, type DivisionMarker } from '../../structure/sections.js';
import { cleanSource } from './clean.js';
import {
  CHAPTER,
  NUMBERED,
  ORDINALS,
  SECTION_START,
  PART,
  SCHEDULE,
  WELL_PRINTED_DIVISION,
} from './markers.js';
import type { ArrangementEntry, ParsedAct, Reading, SectionStart } from '../types.js';
import { joinLines } from '../../structure/whitespace.js';

const REFERENCE_END =
  /\b(?:sections?|seksyen|subsections?|subseksyen|paragraphs?|perenggan|and|or|dan|atau|to|hingga)$/i;

const MERGED_TITLE = /^(.*\p{Ll})(\p{Lu}{2,}[\p{Lu}\s,.]*)$/u;

/**
 * Where each section's heading starts; a heading line the converter ran together with the
 * Chapter title above it ("Tempat selamatTEMPAT SELAMAT DAN TEMPAT PERLINDUNGAN"), by that line:
 * the capitals are the title.
 */
interface Headings {
  heads: number[];
  merged: Map<number, { heading: string; title: string }>;
}

/** The reader: the steps below, in order (the anomalies keep that order), over one Bill's text. */
export function parseActSource(act: ActConfig, source: BillSource, text: string): ParsedAct {
  const { lines, regions } = cleanSource(text);
  const { anomalies, note } = anomalyLog(act.slug, source.lang);
  const [a0, a1] = regions.arrangement;
  const arrangement = parseArrangement(lines.slice(a0, a1), a0 + 1);
  const [b0, b1] = regions.body;
  const r: Reading = { lines, b0, b1, note };

  const starts = findSectionStarts(r, arrangement);
  const { markers, schedules } = findDivisions(r, starts.at(-1)?.index ?? b0);
  const headings = sectionHeadings(r, starts);
  const { heads } = headings;
  const ends = starts.map((s, k) => {
    const candidates = [heads[k + 1], schedules[0], b1, ...markers.filter((m) => m.index > s.index).map((m) => m.index)];
    return Math.min(...candidates.filter((c): c is number => c !== undefined));
  });
  const titleOf = (m: DivisionMarker): string => divisionTitle(r, m, markers, headings);
  const a: Assembly = {
    act: act.slug,
    lang: source.lang,
    sourceRef: (first, last) => ({ file: source.file, lines: [first, last], bill: source.bill, year: source.year, basis: source.basis }),
    division: (index, kind) => divisionAt(markers, index, kind, titleOf),
  };

  const provisions = [
    ...starts.flatMap((s, k) => sectionAt(r, a, s, k, headings, ends[k]!)),
    ...schedules.map((_, k) => scheduleAt(r, a, schedules, k, starts.length + 1 + k)),
  ];
  const arrangedSchedules = arrangement.filter((e) => e.kind === 'schedule').length;
  if ((arrangedSchedules > 0) !== (schedules.length > 0)) {
    note(b0 + 1, 'extra-section', `arrangement lists ${arrangedSchedules} schedule line(s), body has ${schedules.length} schedule(s)`);
  }
  return { provisions, arrangement, anomalies };
}

/** The last non-blank line before `i` in the body ("" if none). */
function textBefore({ lines, b0 }: Reading, i: number): string {
  for (let j = i - 1; j >= b0; j--) if (lines[j]) return lines[j]!;
  return '';
}

/**
 * The arrangement's numbers, in order, each at a line "N. …" that does not continue a cross
 * reference ("… under section"); a section whose number line is garbled, by its heading.
 */
function findSectionStarts(r: Reading, arrangement: readonly ArrangementEntry[]): SectionStart[] {
  const { lines, b0, b1, note } = r;
  const starts: SectionStart[] = [];
  let from = b0;
  for (const entry of arrangement.filter((e) => e.kind === 'section')) {
    let found = -1;
    for (let i = from; i < b1 && found < 0; i++) {
      const m = SECTION_START.exec(lines[i]!);
      if (m?.[1] === entry.number && !REFERENCE_END.test(textBefore(r, i))) found = i;
    }
    if (found >= 0 && !NUMBERED.test(lines[found]!)) {
      note(found + 1, 'number-misprinted', `section number printed "${lines[found]!.slice(0, 12)}…"`);
    }
    if (found < 0) {
      found = startAfterHeading(lines, entry.heading, from, b1);
      if (found >= 0) {
        note(found + 1, 'number-misprinted', `section ${entry.number} found by its heading; its first line is garbled: "${lines[found]!.slice(0, 60)}…"`);
      }
    }
    if (found < 0) {
      note(entry.line, 'missing-section', `section ${entry.number} of the arrangement not found in the body`);
      continue;
    }
    starts.push({ entry, index: found });
    from = found + 1;
  }
  return starts;
}

/** Parts and Chapters (a misspelt marker reported), and schedules after the last section. */
function findDivisions({ lines, b0, b1, note }: Reading, lastStart: number): { markers: DivisionMarker[]; schedules: number[] } {
  const markers: DivisionMarker[] = [];
  const schedules: number[] = [];
  for (let i = b0; i < b1; i++) {
    const t = lines[i]!;
    const p = PART.exec(t);
    const c = CHAPTER.exec(t);
    if (p) markers.push({ index: i, kind: 'part', number: p[1]! });
    else if (c) markers.push({ index: i, kind: 'chapter', number: c[1]! });
    else if (i > lastStart && SCHEDULE.test(t)) schedules.push(i);
    if ((p || c) && !WELL_PRINTED_DIVISION.test(t)) note(i + 1, 'marker-misspelt', `marker printed "${t}"`);
  }
  return { markers, schedules };
}

/** Each section's heading: the lines above its number, back to a blank line or a division marker. */
function sectionHeadings(r: Reading, starts: readonly SectionStart[]): Headings {
  const { lines, b0, note } = r;
  const heads = starts.map(({ index }) => {
    let i = index - 1;
    while (i > b0 && !lines[i]) i--;
    while (i > b0 && lines[i - 1] && !PART.test(lines[i - 1]!) && !CHAPTER.test(lines[i - 1]!)) i--;
    return i;
  });
  const merged: Headings['merged'] = new Map();
  for (const h of heads) {
    const m = MERGED_TITLE.exec(lines[h]!);
    const above = textBefore(r, h);
    if (m && (PART.test(above) || CHAPTER.test(above))) {
      merged.set(h, { heading: m[1]!, title: m[2]! });
      note(h + 1, 'heading-split', `heading and division title run together on one line: "${lines[h]}"`);
    }
  }
  return { heads, merged };
}

/** A division's title: the lines after its marker up to the next marker or section heading. */
function divisionTitle({ lines, b1 }: Reading, m: DivisionMarker, markers: readonly DivisionMarker[], { heads, merged }: Headings): string {
  const stop = Math.min(...heads.filter((h) => h > m.index), ...markers.filter((n) => n.index > m.index).map((n) => n.index), b1);
  return joinLines(lines.slice(m.index + 1, stop)) || (merged.get(stop)?.title ?? '');
}

/** Cleaned lines [from, to) with their source line, as the block parser reads them. */
const linesOf = ({ lines }: Reading, from: number, to: number): SourceLine[] => lines.slice(from, to).map((t, j) => ({ n: from + j + 1, text: t }));

/** The k-th section found, from its heading to `end`, with its definitions; a heading unlike the arrangement's is reported. */
function sectionAt(r: Reading, a: Assembly, { entry, index }: SectionStart, k: number, { heads, merged }: Headings, end: number): Provision[] {
  const { lines } = r;
  const number = entry.number;
  const first = heads[k]!;
  const heading = joinLines([merged.get(first)?.heading ?? lines[first]!, ...lines.slice(first + 1, index)]);
  if (headingKey(heading) !== headingKey(entry.heading)) {
    r.note(first + 1, 'heading-mismatch', `heading "${heading}" differs from the arrangement's "${entry.heading}"`, sectionId(a.act, number));
  }
  const body = linesOf(r, index, end);
  const numbered = SECTION_START.exec(lines[index]!);
  body[0] = { n: body[0]!.n, text: numbered?.[1] === number ? (numbered[2] ?? '') : lines[index]! };
  const at = {
    act: a.act,
    lang: a.lang,
    number,
    heading,
    part: a.division(index, 'part'),
    chapter: a.division(index, 'chapter'),
    order: (k + 1) * 1000,
    deleted: false,
    source: a.sourceRef(first + 1, lastLine(lines, index, end)),
  };
  return sectionProvisions(at, parseLinedBlocks(body), a.sourceRef, r.note);
}

/** The k-th schedule: from its marker (a misspelt ordinal reported) to the next one or the body's end. */
function scheduleAt(r: Reading, a: Assembly, schedules: readonly number[], k: number, position: number): Provision {
  const { lines } = r;
  const index = schedules[k]!;
  const end = schedules[k + 1] ?? r.b1;
  const marker = lines[index]!;
  const ordinal = SCHEDULE.exec(marker)?.[1];
  if (ordinal && !ORDINALS.some((o) => o.includes(ordinal.toUpperCase() as never))) {
    r.note(index + 1, 'marker-misspelt', `schedule marker printed "${marker}"`);
  }
  const at = {
    act: a.act,
    lang: a.lang,
    number: String(k + 1),
    heading: marker,
    order: position * 1000,
    deleted: false,
    source: a.sourceRef(index + 1, lastLine(lines, index, end)),
  };
  return scheduleProvision(at, parseLinedBlocks(linesOf(r, index + 1, end), { items: true }));
}

/**
 * Where a section whose number line is garbled starts: just after a run of lines that reads as
 * its arrangement heading.
 */
function startAfterHeading(lines: readonly string[], heading: string, from: number, to: number): number {
  const want = headingKey(heading);
  for (let i = from; i < to; i++) {
    if (!lines[i]) continue;
    const run: string[] = [];
    for (let j = i; j < to && lines[j] && run.length < 4; j++) {
      run.push(lines[j]!);
      if (headingKey(joinLines(run)) === want) {
        let k = j + 1;
        while (k < to && !lines[k]) k++;
        return k;
      }
    }
  }
  return -1;
}
