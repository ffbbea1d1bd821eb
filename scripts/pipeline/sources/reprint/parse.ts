/**
 * One official reprint → the Act's provisions as in force on its "as at" date (sections,
 * definitions, schedules), its arrangement and the anomalies met on the way. Pure: text in,
 * data out; driven by the Act registry (src/registry/acts.ts) and the reprints' common layout,
 * no per-Act code. `parseReprint` runs the steps below in order (the anomalies keep that order);
 * turning findings into provisions is shared with the Bill reader (structure/sections.ts).
 *
 * The Arrangement of Sections drives section finding, as in the Bill reader: each listed number
 * is looked for, in order, at a line `N.` set at the margin; its heading is the run of lines
 * above it (the reprints set it on its own line), checked against the arrangement. A section
 * ends where the next one's heading begins, at a Part or Chapter, or at the first Schedule; a
 * centred line standing alone just before the next heading (the Penal Code's "Rape",
 * "Hostage-Taking") is a cross-heading, not the end of the section above. "(Deleted …)" sections
 * are kept with `status: deleted`, a range ("34-36. (Deleted)") as one provision per number.
 */
import type { ActConfig } from '../../../../src/registry/acts.js';
import { sectionId } from '../../../../src/schema/ids.js';
import type { ExtractionIssue, Provision, ProvisionNote } from '../../../../src/schema/provision.js';
import { parseArrangement } from '../bill/arrangement.js';
import { anomalyLog } from '../../structure/anomalies.js';
import { parseLinedBlocks, type LinedBlock, type SourceLine } from '../../structure/blocks.js';
import { divisionAt, headingKey, lastLine, scheduleProvision, sectionProvisions, type Assembly, type DivisionMarker } from '../../structure/sections.js';
import type { ArrangementEntry, ParsedAct, Reading as BodyReading, SectionStart as FoundSection } from '../types.js';
import { joinLines } from '../../structure/whitespace.js';
import { cleanReprint, type CleanedReprint, type ReprintNote } from './clean.js';
import { respaceLine, type PdfPages } from './pdf.js';
import { CHAPTER, DELETED, NO_SUCH_SECTION, PART, REPRINT_ARRANGEMENT, SCHEDULE, expandNumber, readSectionLine } from './markers.js';

export { expandNumber } from './markers.js';

export interface ReprintSourceConfig {
  lang: 'en' | 'ms';
  file: string;
  asAt: string;
  basis: string;
}

export interface ParsedReprint extends ParsedAct {
  cleaned: CleanedReprint;
  /** 1-based lines between sections that are no provision: cross-headings, "(There is no s. 56)". */
  crossHeadings: number[];
  /** Letter-spaced lines given the PDF's word spacing: 1-based line, PDF page, the line as read. */
  respaced: { line: number; page: number; text: string }[];
}

/** A line whose letters pdftotext spaced out: 1-based, its PDF page, and its words spaced as the PDF prints them, or why not. */
interface SpacedLine {
  line: number;
  page: number;
  spacing: ReturnType<typeof respaceLine>;
}

/** Sections are set at the margin; a numbered line further in is a list item or a quotation. */
const SECTION_INDENT = 4;
/** Continuation lines of an arrangement entry stand under its heading; titles are centred further in. */
const ARRANGEMENT_CENTRED = 16;
/** Part, Chapter and Schedule markers are centred. */
const CENTRED = 8;
/** Six single letters in a row: pdftotext spaced a line's letters out ("T h e M i n i s t e r"). */
const LETTER_SPACED = /(?:\b\p{L} ){6,}/u;
/** A cross-heading is set in from the margin (a wide one only a little). */
const CROSS_HEADING = 4;

const isDeleted = (blocks: readonly LinedBlock[]): boolean =>
  blocks.length === 1 && !blocks[0]!.label && blocks[0]!.children.length === 0 && DELETED.test(blocks[0]!.text);

/** A note's earlier words (`Previously "…"`) and the amending Act it names (`[Act A1644]`). */
export function readNote(text: string): Pick<ProvisionNote, 'previously' | 'amending_act'> {
  const previously = /(?:Previously|Sebelum ini)\s*[“"]([^”"]+)[”"]/.exec(text)?.[1];
  const acts = [...text.matchAll(/\[((?:Act|Akta) A?\d+)\]/g)].map((m) => m[1]!);
  return { ...(previously ? { previously } : {}), ...(acts.length ? { amending_act: acts.at(-1)! } : {}) };
}

/** What every step reads, with the reprint's layout: each line's column, and the whole cleaned reprint. */
interface Reading extends BodyReading {
  cleaned: CleanedReprint;
  indent: readonly number[];
}

/** A section found in the body, and the numbers it carries. */
interface SectionStart extends FoundSection {
  /** The number line's words after the number. */
  rest: string;
  /** One, or several where a range of deleted sections shares the line. */
  numbers: string[];
}

/** Where each section's heading starts, where it ends, and the lines between sections that are titles. */
interface SectionBounds {
  heads: number[];
  ends: number[];
  crossHeadings: number[];
}

/**
 * The reader: the steps below, in order, over one reprint's text. `pdf` holds the lines of the
 * official PDF's pages that print the text file's letter-spaced lines (letterSpacedLines).
 */
export function parseReprint(act: ActConfig, source: ReprintSourceConfig, text: string, pdf: PdfPages): ParsedReprint {
  const cleaned = cleanReprint(text);
  const { anomalies, note } = anomalyLog(act.slug, source.lang);
  const spaced = respaceFromPdf(cleaned, pdf);
  const [b0, b1] = cleaned.regions.body;
  const r: Reading = { cleaned, lines: cleaned.lines, indent: cleaned.indent, b0, b1, note };

  const arrangement = readArrangement(r);
  const starts = findSectionStarts(r, arrangement);
  const unused = noSuchSectionLines(r);
  const { markers, schedules } = findDivisions(r, starts.at(-1)?.index ?? b0);
  const bounds = sectionBounds(r, starts, markers, schedules, unused);
  const afterUnused = crossHeadingsAfterUnused(r, unused, bounds.heads, markers);
  const titles = divisionTitles(r, markers, starts, bounds.heads);
  const titleOf = (m: DivisionMarker): string => titles.text.get(m.index)!;

  const a: Assembly = {
    act: act.slug,
    lang: source.lang,
    sourceRef: (first, last) => ({
      file: source.file,
      lines: [first, last],
      pages: [cleaned.page[first - 1]!, cleaned.page[last - 1]!],
      as_at: source.asAt,
      year: Number(source.asAt.slice(0, 4)),
      basis: source.basis,
    }),
    division: (index, kind) => divisionAt(markers, index, kind, titleOf),
  };
  // Every number counts in the order, each number of a range of deleted sections too.
  let position = 0;
  const sections = starts.flatMap((s, k) => {
    const first = position + 1;
    position += s.numbers.length;
    return sectionsAt(r, a, s, k, bounds, first);
  });
  const provisions = [...sections, ...schedules.map((_, k) => scheduleAt(r, a, schedules, k, position + 1 + k))];

  checkBody(r, arrangement, schedules.length, spaced);
  attachExtractionIssues(provisions, spaced);
  attachNotes(cleaned, provisions, (n) => note(n.first + 1, 'note-unattached', `note on page ${n.page} explains no provision: "${n.text.slice(0, 60)}…"`));
  const crossHeadings = [...bounds.crossHeadings, ...afterUnused, ...titles.crossHeadings, ...unused.map((i) => i + 1)];
  const respaced = spaced.flatMap((x) => ('text' in x.spacing ? [{ line: x.line, page: x.page, text: x.spacing.text }] : []));
  return { provisions, arrangement, anomalies, cleaned, crossHeadings: crossHeadings.sort((x, y) => x - y), respaced };
}

/** The Arrangement of Sections; a line centred between entries is a cross-heading, not the heading above running on. */
function readArrangement({ cleaned, note }: Reading): ArrangementEntry[] {
  const [a0, a1] = cleaned.regions.arrangement;
  const arrangement = parseArrangement(cleaned.lines.slice(a0, a1), a0 + 1, {
    ...REPRINT_ARRANGEMENT,
    crossHeading: (text, i) => REPRINT_ARRANGEMENT.crossHeading!(text, i) || cleaned.indent[a0 + i]! >= ARRANGEMENT_CENTRED,
  });
  for (const e of arrangement) {
    if (e.printed) note(e.line, 'number-spaced', `arrangement prints section ${e.number} as "${e.printed}."`);
  }
  return arrangement;
}

/**
 * Each number the arrangement lists, at the first line from the last one found that is set at
 * the margin after a blank line and numbers it (alone or in a range: "53–55" in the
 * arrangement may be "53." and "54—55." in the body). Numbers on one line share it.
 */
function findSectionStarts({ lines, indent, b0, b1, note }: Reading, arrangement: readonly ArrangementEntry[]): SectionStart[] {
  const starts: SectionStart[] = [];
  let from = b0;
  for (const entry of arrangement.filter((e) => e.kind === 'section')) {
    for (const number of expandNumber(entry.number)) {
      let found: { index: number; rest: string } | undefined;
      for (let i = from; i < b1 && !found; i++) {
        if (indent[i]! > SECTION_INDENT || (i > 0 && lines[i - 1])) continue;
        const r = readSectionLine(lines[i]!);
        if (r && expandNumber(r.number).includes(number)) found = { index: i, rest: r.rest };
      }
      if (!found) {
        note(entry.line, 'missing-section', `section ${number} of the arrangement not found in the body`);
        continue;
      }
      const last = starts.at(-1);
      if (last?.index === found.index) last.numbers.push(number);
      else starts.push({ entry, ...found, numbers: [number] });
      from = found.index;
    }
  }
  return starts;
}

/** The reviser's "56. (There is no s. 56)." lines: they end the section above and are no provision. */
function noSuchSectionLines({ lines, indent, b0, b1 }: Reading): number[] {
  const unused: number[] = [];
  for (let i = b0; i < b1; i++) {
    const r = indent[i]! <= SECTION_INDENT && !lines[i - 1] ? readSectionLine(lines[i]!) : undefined;
    if (r && NO_SUCH_SECTION.test(r.rest)) unused.push(i);
  }
  return unused;
}

/** Centred Part and Chapter markers before the last section; centred schedule markers after it. */
function findDivisions({ lines, indent, b0, b1 }: Reading, lastStart: number): { markers: DivisionMarker[]; schedules: number[] } {
  const markers: DivisionMarker[] = [];
  const schedules: number[] = [];
  for (let i = b0; i < b1; i++) {
    const t = lines[i]!;
    if (!t || indent[i]! < CENTRED) continue;
    const p = PART.exec(t);
    const c = CHAPTER.exec(t);
    if (p && i < lastStart) markers.push({ index: i, kind: 'part', number: p[1]! });
    else if (c && i < lastStart) markers.push({ index: i, kind: 'chapter', number: c[1]! });
    else if (i > lastStart && SCHEDULE.test(t)) schedules.push(i);
  }
  return { markers, schedules };
}

/**
 * Each section's heading (the run of lines above its number, back to a blank line) and end: the
 * next heading, a Part or Chapter, a "(There is no s. …)" line, the first schedule or the body's
 * end. A centred run standing alone just before the next heading is a cross-heading.
 */
function sectionBounds(
  r: Reading,
  starts: readonly SectionStart[],
  markers: readonly DivisionMarker[],
  schedules: readonly number[],
  unused: readonly number[],
): SectionBounds {
  const { lines, b0, b1 } = r;
  const isMarker = (i: number) => markers.some((m) => m.index === i);
  const heads = starts.map(({ entry, index }, k) => {
    if (DELETED.test(entry.heading)) return index;
    const floor = k > 0 ? starts[k - 1]!.index + 1 : b0;
    let i = index - 1;
    while (i > floor && !lines[i]) i--;
    if (i <= floor || isMarker(i)) return index;
    while (i - 1 > floor && lines[i - 1] && !isMarker(i - 1)) i--;
    return i;
  });
  const crossHeadings: number[] = [];
  const ends = starts.map((s, k) => {
    const candidates = [
      heads[k + 1],
      schedules[0],
      b1,
      ...markers.filter((m) => m.index > s.index).map((m) => m.index),
      ...unused.filter((u) => u > s.index),
    ];
    const end = Math.min(...candidates.filter((c): c is number => c !== undefined));
    if (end !== heads[k + 1]) return end;
    const title = crossHeadingBefore(r, end, s.index);
    if (!title) return end;
    crossHeadings.push(...title);
    return title[0]! - 1;
  });
  return { heads, ends, crossHeadings };
}

/**
 * The 1-based lines of a centred run standing alone between blank lines just before `end`
 * (after `floor`), reported as a cross-heading; none if the lines above `end` are no such run.
 */
function crossHeadingBefore({ lines, indent, note }: Reading, end: number, floor: number): number[] | undefined {
  let i = end - 1;
  while (i > floor && !lines[i]) i--;
  const last = i;
  while (i > floor && lines[i] && !/[.;:,—–-]$/.test(lines[i]!)) i--;
  // A wide title may start near the margin; one of its lines at least is centred.
  const run = lines.slice(i + 1, last + 1);
  if (i === last || lines[i] || !run.some((_, j) => indent[i + 1 + j]! >= CROSS_HEADING) || /^\(/.test(run[0]!)) return undefined;
  note(i + 2, 'cross-heading', `cross-heading "${joinLines(run)}" between sections`);
  return run.map((_, j) => i + 2 + j);
}

/** Lines after a "(There is no s. …)" line, before the next heading, are a cross-heading (1-based). */
function crossHeadingsAfterUnused({ lines, b1, note }: Reading, unused: readonly number[], heads: readonly number[], markers: readonly DivisionMarker[]): number[] {
  return unused.flatMap((u) => {
    const stop = Math.min(b1, ...heads.filter((h) => h > u), ...markers.filter((m) => m.index > u).map((m) => m.index));
    const rest = nonBlank(lines, u + 1, stop);
    if (rest.length) note(rest[0]! + 1, 'cross-heading', `cross-heading "${joinLines(rest.map((j) => lines[j]!))}" between sections`);
    return rest.map((j) => j + 1);
  });
}

/**
 * A Part's or Chapter's title: the run of lines after its marker, to a blank line. Lines after
 * it, before the first section's heading, are a cross-heading ("Offences Affecting Life").
 */
function divisionTitles(
  { lines, b1, note }: Reading,
  markers: readonly DivisionMarker[],
  starts: readonly SectionStart[],
  heads: readonly number[],
): { text: Map<number, string>; crossHeadings: number[] } {
  const stops = new Set([...heads, ...markers.map((m) => m.index), ...starts.map((s) => s.index)]);
  const text = new Map<number, string>();
  const crossHeadings: number[] = [];
  for (const m of markers) {
    let stop = m.index + 1;
    while (stop < b1 && !stops.has(stop)) stop++;
    let i = m.index + 1;
    while (i < stop && !lines[i]) i++;
    const first = i;
    while (i < stop && lines[i]) i++;
    text.set(m.index, joinLines(lines.slice(first, i)));
    const rest = nonBlank(lines, i, stop);
    if (rest.length) {
      crossHeadings.push(...rest.map((j) => j + 1));
      note(rest[0]! + 1, 'cross-heading', `cross-heading "${joinLines(rest.map((j) => lines[j]!))}" after the title of ${m.kind} ${m.number}`);
    }
  }
  return { text, crossHeadings };
}

/** 0-based indexes of the non-blank lines in [from, to). */
const nonBlank = (lines: readonly string[], from: number, to: number): number[] =>
  lines
    .slice(from, to)
    .map((t, j) => (t ? from + j : -1))
    .filter((j) => j >= 0);

/** Cleaned lines [start, end) with their source line, column and page, as the block parser reads them. */
const linesOf = ({ lines, indent, cleaned }: Reading, start: number, end: number): SourceLine[] =>
  lines.slice(start, end).map((t, j) => ({ n: start + j + 1, text: t, indent: indent[start + j]!, page: cleaned.page[start + j]! }));

/**
 * The k-th section found as provisions, one per number its line carries (a range of deleted
 * sections), each with its definitions; `position` is the first number's place in the Act. A
 * heading unlike the arrangement's is reported.
 */
function sectionsAt(r: Reading, a: Assembly, { entry, index, rest, numbers }: SectionStart, k: number, { heads, ends }: SectionBounds, position: number): Provision[] {
  const heading = joinLines(r.lines.slice(heads[k], index));
  const body = linesOf(r, index, ends[k]!);
  body[0] = { ...body[0]!, text: rest, indent: 0 };
  const blocks = parseLinedBlocks(body);
  const deleted = isDeleted(blocks);
  const part = a.division(index, 'part');
  const chapter = a.division(index, 'chapter');
  const source = a.sourceRef(heads[k]! + 1, lastLine(r.lines, index, ends[k]!));
  return numbers.flatMap((number, j) => {
    if (!deleted && headingKey(heading) !== headingKey(entry.heading)) {
      r.note(heads[k]! + 1, 'heading-mismatch', `heading "${heading}" differs from the arrangement's "${entry.heading}"`, sectionId(a.act, number));
    }
    const order = (position + j) * 1000;
    return sectionProvisions({ act: a.act, lang: a.lang, number, heading, part, chapter, order, deleted, source }, blocks, a.sourceRef, r.note);
  });
}

/** The k-th schedule: from its marker to the next one or the body's end; `position` its place in the Act. */
function scheduleAt(r: Reading, a: Assembly, schedules: readonly number[], k: number, position: number): Provision {
  const index = schedules[k]!;
  const end = schedules[k + 1] ?? r.b1;
  const blocks = parseLinedBlocks(linesOf(r, index + 1, end), { items: true });
  return scheduleProvision(
    {
      act: a.act,
      lang: a.lang,
      number: String(k + 1),
      heading: r.lines[index]!,
      order: position * 1000,
      deleted: isDeleted(blocks),
      source: a.sourceRef(index + 1, lastLine(r.lines, index, end)),
    },
    blocks,
  );
}

/** Body lines (1-based) whose letters pdftotext spaced out, with their PDF page: the pages parseReprint needs. */
export function letterSpacedLines({ lines, page, regions }: CleanedReprint): { line: number; page: number }[] {
  const [b0, b1] = regions.body;
  const out: { line: number; page: number }[] = [];
  for (let i = b0; i < b1; i++) if (LETTER_SPACED.test(lines[i]!)) out.push({ line: i + 1, page: page[i]! });
  return out;
}

/**
 * Each letter-spaced line takes its word boundaries from the line of its PDF page with the same
 * characters (spaces aside), before any step reads it; a line no PDF line matches stays as
 * extracted (joining its letters by the text file's own words would be a guess).
 */
function respaceFromPdf(cleaned: CleanedReprint, pdf: PdfPages): SpacedLine[] {
  return letterSpacedLines(cleaned).map(({ line, page }) => {
    const spacing = respaceLine(cleaned.lines[line - 1]!, pdf.get(page) ?? []);
    if ('text' in spacing) cleaned.lines[line - 1] = spacing.text;
    return { line, page, spacing };
  });
}

/** Whole-body checks: schedules against the arrangement; each letter-spaced line, respaced from the PDF or not. */
function checkBody({ lines, b0, note }: Reading, arrangement: readonly ArrangementEntry[], schedules: number, spaced: readonly SpacedLine[]): void {
  const arrangedSchedules = arrangement.filter((e) => e.kind === 'schedule').length;
  if (arrangedSchedules !== schedules) {
    note(b0 + 1, 'extra-section', `arrangement lists ${arrangedSchedules} schedule(s), body has ${schedules}`);
  }
  for (const { line, page, spacing } of spaced) {
    if ('text' in spacing) note(line, 'respaced-from-pdf', `the text file spaces out the letters of words; word spacing read from the PDF, page ${page}: "${spacing.text}"${spacing.note ? ` (${spacing.note})` : ''}`);
    else note(line, 'letter-spaced', `the text file spaces out the letters of words (kept as extracted; word boundaries not guessed): "${lines[line - 1]!.slice(0, 60)}…"; PDF page ${page}: ${spacing.why}`);
  }
}

/**
 * Each letter-spaced line goes to every provision whose lines hold it (a section and its
 * definition alike): one given the PDF's spacing is named in the provision's source (its words
 * are as printed, the text file's line and the PDF page say where they come from); one kept as
 * extracted is an extraction issue, so the reader is told which PDF page prints the words.
 */
function attachExtractionIssues(provisions: Provision[], spaced: readonly SpacedLine[]): void {
  for (const { line, page, spacing } of spaced) {
    for (const p of provisions) {
      const [first, last] = p.meta.source.lines;
      if (line < first || last < line) continue;
      if ('text' in spacing) p.meta.source = { ...p.meta.source, spacing_from_pdf: [...(p.meta.source.spacing_from_pdf ?? []), { line, page }] };
      else p.meta.extraction = [...(p.meta.extraction ?? []), { issue: 'letter-spaced', line, page } satisfies ExtractionIssue];
    }
  }
}

/**
 * Each footnote goes to the provisions holding the words its marker stands on (the line on its
 * page carrying as many stars), else to the provision its page's text ends in.
 */
function attachNotes(cleaned: CleanedReprint, provisions: Provision[], unattached: (n: ReprintNote) => void): void {
  const { lines, page, stars } = cleaned;
  for (const n of cleaned.notes) {
    let at = -1;
    for (let i = n.first - 1; i >= 0 && page[i] === n.page; i--) if (stars[i]!.includes(n.stars)) at = i;
    if (at < 0) for (let i = n.first - 1; i >= 0 && page[i] === n.page && at < 0; i--) if (lines[i]) at = i;
    const line = at + 1;
    const holders = provisions.filter((p) => p.meta.source.lines[0] <= line && line <= p.meta.source.lines[1]);
    if (at < 0 || !holders.length) {
      unattached(n);
      continue;
    }
    const record: ProvisionNote = { text: n.text, ...readNote(n.text), page: n.page, lines: [n.first + 1, n.last + 1] };
    for (const p of holders) p.meta.notes = [...(p.meta.notes ?? []), record];
  }
}
