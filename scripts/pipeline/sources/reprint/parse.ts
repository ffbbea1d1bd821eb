/**
 * One official reprint → the Act's provisions as in force on its "as at" date (sections,
 * definitions, schedules), its arrangement and the anomalies met on the way. Pure: text in,
 * data out; driven by the Act registry (src/acts.ts) and the reprints' common layout, no per-Act
 * code.
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
import type { Division, Provision, ProvisionFrontMatter, ProvisionNote, SourceRef } from '../../../../src/schema/provision.js';
import { parseArrangement } from '../bill/arrangement.js';
import { parseLinedBlocks, stripLines, type LinedBlock, type SourceLine } from '../../structure/blocks.js';
import { checkTerminated, definitionProvisions, enumeratorsInText, headingKey, type ParsedAct } from '../bill/parse.js';
import type { Anomaly, ArrangementEntry } from '../types.js';
import { joinLines } from '../../structure/whitespace.js';
import { cleanReprint, type CleanedReprint, type ReprintNote } from './clean.js';
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

export function parseReprint(act: ActConfig, source: ReprintSourceConfig, text: string): ParsedReprint {
  const cleaned = cleanReprint(text);
  const { lines, indent, page } = cleaned;
  const anomalies: Anomaly[] = [];
  const note = (line: number, kind: Anomaly['kind'], message: string, id?: string) =>
    anomalies.push({ act: act.slug, lang: source.lang, line, ...(id ? { id } : {}), kind, message });

  const [a0, a1] = cleaned.regions.arrangement;
  // A line centred between entries is a cross-heading, not the heading above running on.
  const arrangement = parseArrangement(lines.slice(a0, a1), a0 + 1, {
    ...REPRINT_ARRANGEMENT,
    crossHeading: (text, i) => REPRINT_ARRANGEMENT.crossHeading!(text, i) || indent[a0 + i]! >= ARRANGEMENT_CENTRED,
  });
  for (const e of arrangement) {
    if (e.printed) note(e.line, 'number-spaced', `arrangement prints section ${e.number} as "${e.printed}."`);
  }
  const [b0, b1] = cleaned.regions.body;
  const prevText = (i: number) => {
    for (let j = i - 1; j >= b0; j--) if (lines[j]) return lines[j]!;
    return '';
  };

  /**
   * Each number the arrangement lists, at the first line from the last one found that is set at
   * the margin after a blank line and numbers it (alone or in a range: "53–55" in the
   * arrangement may be "53." and "54—55." in the body). Numbers on one line share it.
   */
  const starts: { entry: ArrangementEntry; index: number; rest: string; numbers: string[] }[] = [];
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
  // The reviser's "56. (There is no s. 56)." lines end the section above; they are no provision.
  const unused: number[] = [];
  for (let i = b0; i < b1; i++) {
    const r = indent[i]! <= SECTION_INDENT && !lines[i - 1] ? readSectionLine(lines[i]!) : undefined;
    if (r && NO_SUCH_SECTION.test(r.rest)) unused.push(i);
  }
  const lastStart = starts.at(-1)?.index ?? b0;

  interface Marker {
    index: number;
    kind: 'part' | 'chapter';
    number: string;
  }
  const markers: Marker[] = [];
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
  const isMarker = (i: number) => markers.some((m) => m.index === i);
  /** 1-based lines of titles between sections. */
  const crossHeadings: number[] = [];

  /** Heading of a section: the run of lines above its number, back to a blank line. */
  const heads = starts.map(({ entry, index }, k) => {
    if (DELETED.test(entry.heading)) return index;
    const floor = k > 0 ? starts[k - 1]!.index + 1 : b0;
    let i = index - 1;
    while (i > floor && !lines[i]) i--;
    if (i <= floor || isMarker(i)) return index;
    while (i - 1 > floor && lines[i - 1] && !isMarker(i - 1)) i--;
    return i;
  });

  /** A centred run of lines standing alone between blank lines. */
  const trimCrossHeading = (end: number, floor: number): number => {
    let i = end - 1;
    while (i > floor && !lines[i]) i--;
    const last = i;
    while (i > floor && lines[i] && !/[.;:,—–-]$/.test(lines[i]!)) i--;
    // A wide title may start near the margin; one of its lines at least is centred.
    const run = lines.slice(i + 1, last + 1);
    if (i === last || lines[i] || !run.some((_, j) => indent[i + 1 + j]! >= CROSS_HEADING) || /^\(/.test(run[0]!)) return end;
    for (let j = i + 1; j <= last; j++) crossHeadings.push(j + 1);
    note(i + 2, 'cross-heading', `cross-heading "${joinLines(lines.slice(i + 1, last + 1))}" between sections`);
    return i + 1;
  };
  const ends = starts.map((s, k) => {
    const candidates = [
      heads[k + 1],
      schedules[0],
      b1,
      ...markers.filter((m) => m.index > s.index).map((m) => m.index),
      ...unused.filter((u) => u > s.index),
    ];
    const end = Math.min(...candidates.filter((c): c is number => c !== undefined));
    return end === heads[k + 1] ? trimCrossHeading(end, s.index) : end;
  });

  // Lines after a "(There is no s. …)" line, before the next heading, are a cross-heading.
  for (const u of unused) {
    const stop = Math.min(b1, ...heads.filter((h) => h > u), ...markers.filter((m) => m.index > u).map((m) => m.index));
    const rest = lines.slice(u + 1, stop).map((t, j) => (t ? u + 1 + j : -1)).filter((j) => j >= 0);
    if (!rest.length) continue;
    crossHeadings.push(...rest.map((j) => j + 1));
    note(rest[0]! + 1, 'cross-heading', `cross-heading "${joinLines(rest.map((j) => lines[j]!))}" between sections`);
  }

  /**
   * A Part's or Chapter's title: the run of lines after its marker, to a blank line. Lines after
   * it, before the first section's heading, are a cross-heading ("Offences Affecting Life").
   */
  const headsSet = new Set(heads);
  const titles = new Map<number, string>();
  for (const m of markers) {
    let stop = b1;
    for (let i = m.index + 1; i < b1; i++) {
      if (headsSet.has(i) || isMarker(i) || starts.some((s) => s.index === i)) {
        stop = i;
        break;
      }
    }
    let i = m.index + 1;
    while (i < stop && !lines[i]) i++;
    const first = i;
    while (i < stop && lines[i]) i++;
    titles.set(m.index, joinLines(lines.slice(first, i)));
    const rest = lines.slice(i, stop).map((t, j) => (t ? i + j : -1)).filter((j) => j >= 0);
    if (rest.length) {
      crossHeadings.push(...rest.map((j) => j + 1));
      note(rest[0]! + 1, 'cross-heading', `cross-heading "${joinLines(rest.map((j) => lines[j]!))}" after the title of ${m.kind} ${m.number}`);
    }
  }
  const titleOf = (m: Marker): string => titles.get(m.index)!;
  const divisionAt = (index: number, kind: Marker['kind']): Division | undefined => {
    let current: Division | undefined;
    for (const m of markers) {
      if (m.index > index) break;
      if (m.kind === 'part') current = kind === 'part' ? { number: m.number, heading: titleOf(m) } : undefined;
      else if (kind === 'chapter') current = { number: m.number, heading: titleOf(m) };
    }
    return current;
  };

  const year = Number(source.asAt.slice(0, 4));
  const sourceRef = (first: number, last: number): SourceRef => ({
    file: source.file,
    lines: [first, last],
    pages: [page[first - 1]!, page[last - 1]!],
    as_at: source.asAt,
    year,
    basis: source.basis,
  });
  const toLines = (start: number, end: number): SourceLine[] =>
    lines
      .slice(start, end)
      .map((t, j) => ({ n: start + j + 1, text: t, indent: indent[start + j]!, page: page[start + j]! }));
  const lastLine = (start: number, end: number) => {
    let i = end - 1;
    while (i > start && !lines[i]) i--;
    return i + 1;
  };

  const provisions: Provision[] = [];
  let position = 0;
  starts.forEach(({ entry, index, rest, numbers }, k) => {
    const heading = joinLines(lines.slice(heads[k], index));
    const body = toLines(index, ends[k]!);
    body[0] = { ...body[0]!, text: rest, indent: 0 };
    const blocks = parseLinedBlocks(body);
    const deleted = isDeleted(blocks);
    const part = divisionAt(index, 'part');
    const chapter = divisionAt(index, 'chapter');
    for (const number of numbers) {
      position++;
      const id = `${act.slug}-s${number.toLowerCase()}`;
      if (!deleted && headingKey(heading) !== headingKey(entry.heading)) {
        note(heads[k]! + 1, 'heading-mismatch', `heading "${heading}" differs from the arrangement's "${entry.heading}"`, id);
      }
      const meta: ProvisionFrontMatter = {
        id,
        act: act.slug,
        lang: source.lang,
        kind: 'section',
        number,
        heading,
        ...(part ? { part } : {}),
        ...(chapter ? { chapter } : {}),
        order: position * 1000,
        status: deleted ? 'deleted' : 'in-force',
        source: sourceRef(heads[k]! + 1, lastLine(index, ends[k]!)),
      };
      provisions.push({ meta, blocks: stripLines(blocks) });
      if (deleted) continue;
      checkTerminated(blocks, (line, msg) => note(line, 'text-unterminated', msg, id));
      for (const b of enumeratorsInText(blocks)) {
        note(b.lines[0], 'label-in-text', `an enumerator reads as running text (misprinted label before it?): "${b.text.slice(0, 60)}…"`, id);
      }
      provisions.push(...definitionProvisions(meta, blocks, sourceRef, note));
    }
  });

  schedules.forEach((index, k) => {
    const end = schedules[k + 1] ?? b1;
    const number = String(k + 1);
    const blocks = parseLinedBlocks(toLines(index + 1, end), { items: true });
    provisions.push({
      meta: {
        id: `${act.slug}-sch${number}`,
        act: act.slug,
        lang: source.lang,
        kind: 'schedule',
        number,
        heading: lines[index]!,
        order: (position + 1 + k) * 1000,
        status: isDeleted(blocks) ? 'deleted' : 'in-force',
        source: sourceRef(index + 1, lastLine(index, end)),
      },
      blocks: stripLines(blocks),
    });
  });

  const arrangedSchedules = arrangement.filter((e) => e.kind === 'schedule').length;
  if (arrangedSchedules !== schedules.length) {
    note(b0 + 1, 'extra-section', `arrangement lists ${arrangedSchedules} schedule(s), body has ${schedules.length}`);
  }
  // Not joined: where the words end is not in the text file (splitting the letters by the file's
  // own words is ambiguous for most of these lines); only another extraction of the PDF has it.
  for (let i = b0; i < b1; i++) {
    if (LETTER_SPACED.test(lines[i]!)) note(i + 1, 'letter-spaced', `the text file spaces out the letters of words (kept as extracted; word boundaries not guessed): "${lines[i]!.slice(0, 60)}…"`);
  }
  attachNotes(cleaned, provisions, (n) => note(n.first + 1, 'note-unattached', `note on page ${n.page} explains no provision: "${n.text.slice(0, 60)}…"`));
  return { provisions, arrangement, anomalies, cleaned, crossHeadings: [...crossHeadings, ...unused.map((i) => i + 1)].sort((a, b) => a - b) };
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
