/**
 * One Bill source → the Act's provisions (sections, definitions, schedules), its arrangement
 * and the anomalies met on the way. Pure: text in, data out. Driven by the Act registry
 * (src/registry/acts.ts) and by markers common to all Bills of this converter; no per-Act code.
 */
import type { ActConfig, ActSource } from '../../../../src/registry/acts.js';
import { definitionIds, INTERPRETATION_HEADING, scheduleId, sectionId } from '../../../../src/schema/ids.js';
import type { Division, Provision, ProvisionFrontMatter } from '../../../../src/schema/provision.js';
import { parseArrangement } from './arrangement.js';
import { parseLinedBlocks, stripLines, type LinedBlock, type SourceLine } from '../../structure/blocks.js';
import { cleanSource } from './clean.js';
import { UNQUOTED_DEFINITION, definedTerm } from '../../structure/labels.js';
import {
  CHAPTER,
  NUMBERED,
  ORDINALS,
  SECTION_START,
  PART,
  SCHEDULE,
  WELL_PRINTED_DIVISION,
} from './markers.js';
import type { Anomaly, ArrangementEntry } from '../types.js';
import { joinLines, normalizeSpace } from '../../structure/whitespace.js';

export { cleanLines, cleanSource, stripMarkup } from './clean.js';
export { parseBlocks, parseLinedBlocks } from '../../structure/blocks.js';
export type { Anomaly, ArrangementEntry } from '../types.js';

export interface ParsedAct {
  provisions: Provision[];
  arrangement: ArrangementEntry[];
  anomalies: Anomaly[];
}

const REFERENCE_END =
  /\b(?:sections?|seksyen|subsections?|subseksyen|paragraphs?|perenggan|and|or|dan|atau|to|hingga)$/i;

/** A heading as compared with the arrangement: whitespace and case aside. */
export const headingKey = (h: string): string => normalizeSpace(h).toLowerCase().replace(/[.,]$/, '');

const MERGED_TITLE = /^(.*\p{Ll})(\p{Lu}{2,}[\p{Lu}\s,.]*)$/u;

interface Marker {
  index: number;
  kind: 'part' | 'chapter';
  number: string;
}

export function parseActSource(act: ActConfig, source: ActSource, text: string): ParsedAct {
  const { lines, regions } = cleanSource(text);
  const anomalies: Anomaly[] = [];
  const note = (line: number, kind: Anomaly['kind'], message: string, id?: string) =>
    anomalies.push({ act: act.slug, lang: source.lang, line, ...(id ? { id } : {}), kind, message });

  const [a0, a1] = regions.arrangement;
  const arrangement = parseArrangement(lines.slice(a0, a1), a0 + 1);
  const [b0, b1] = regions.body;
  const prevText = (i: number) => {
    for (let j = i - 1; j >= b0; j--) if (lines[j]) return lines[j]!;
    return '';
  };

  // Section starts: the arrangement's numbers, in order, each at a line "N. …".
  const starts: { entry: ArrangementEntry; index: number }[] = [];
  let from = b0;
  for (const entry of arrangement.filter((e) => e.kind === 'section')) {
    let found = -1;
    for (let i = from; i < b1 && found < 0; i++) {
      const m = SECTION_START.exec(lines[i]!);
      if (m?.[1] === entry.number && !REFERENCE_END.test(prevText(i))) found = i;
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
  const lastStart = starts.at(-1)?.index ?? b0;

  // Parts and Chapters, and schedules after the last section.
  const markers: Marker[] = [];
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

  /** Heading of the section starting at `index`: the lines above it, back to a blank line. */
  const headingStart = (index: number): number => {
    let i = index - 1;
    while (i > b0 && !lines[i]) i--;
    while (i > b0 && lines[i - 1] && !PART.test(lines[i - 1]!) && !CHAPTER.test(lines[i - 1]!)) i--;
    return i;
  };
  const heads = starts.map((s) => headingStart(s.index));
  /**
   * A heading line the converter ran together with the Chapter title above it
   * ("Tempat selamatTEMPAT SELAMAT DAN TEMPAT PERLINDUNGAN"): the capitals are the title.
   */
  const merged = new Map<number, { heading: string; title: string }>();
  heads.forEach((h) => {
    const m = MERGED_TITLE.exec(lines[h]!);
    const above = prevText(h);
    if (m && (PART.test(above) || CHAPTER.test(above))) {
      merged.set(h, { heading: m[1]!, title: m[2]! });
      note(h + 1, 'heading-split', `heading and division title run together on one line: "${lines[h]}"`);
    }
  });
  const headingLines = (k: number): string[] => {
    const first = heads[k]!;
    return [merged.get(first)?.heading ?? lines[first]!, ...lines.slice(first + 1, starts[k]!.index)];
  };
  const ends = starts.map((s, k) => {
    const candidates = [heads[k + 1], schedules[0], b1, ...markers.filter((m) => m.index > s.index).map((m) => m.index)];
    return Math.min(...candidates.filter((c): c is number => c !== undefined));
  });

  /** Division titles: the lines after a marker up to the next marker or section heading. */
  const titleOf = (m: Marker): string => {
    const stop = Math.min(
      ...heads.filter((h) => h > m.index),
      ...markers.filter((n) => n.index > m.index).map((n) => n.index),
      b1,
    );
    return joinLines(lines.slice(m.index + 1, stop)) || (merged.get(stop)?.title ?? '');
  };
  const divisionAt = (index: number, kind: Marker['kind']): Division | undefined => {
    let current: Division | undefined;
    for (const m of markers) {
      if (m.index > index) break;
      if (m.kind === 'part') current = kind === 'part' ? { number: m.number, heading: titleOf(m) } : undefined;
      else if (kind === 'chapter') current = { number: m.number, heading: titleOf(m) };
    }
    return current;
  };

  const sourceRef = (first: number, last: number) => ({
    file: `corpus/sources/${source.file}`,
    lines: [first, last] as [number, number],
    bill: source.bill,
    year: source.year,
    basis: source.basis,
  });
  const toLines = (from: number, to: number): SourceLine[] =>
    lines.slice(from, to).map((t, j) => ({ n: from + j + 1, text: t }));
  const lastLine = (from: number, to: number) => {
    let i = to - 1;
    while (i > from && !lines[i]) i--;
    return i + 1;
  };

  const provisions: Provision[] = [];
  starts.forEach(({ entry, index }, k) => {
    const number = entry.number;
    const id = sectionId(act.slug, number);
    const heading = joinLines(headingLines(k));
    if (headingKey(heading) !== headingKey(entry.heading)) {
      note(heads[k]! + 1, 'heading-mismatch', `heading "${heading}" differs from the arrangement's "${entry.heading}"`, id);
    }
    const body = toLines(index, ends[k]!);
    const numbered = SECTION_START.exec(lines[index]!);
    body[0] = { n: body[0]!.n, text: numbered?.[1] === number ? (numbered[2] ?? '') : lines[index]! };
    const blocks = parseLinedBlocks(body);
    const part = divisionAt(index, 'part');
    const chapter = divisionAt(index, 'chapter');
    const order = (k + 1) * 1000;
    const meta: ProvisionFrontMatter = {
      id,
      act: act.slug,
      lang: source.lang,
      kind: 'section',
      number,
      heading,
      ...(part ? { part } : {}),
      ...(chapter ? { chapter } : {}),
      order,
      status: 'in-force',
      source: sourceRef(heads[k]! + 1, lastLine(index, ends[k]!)),
    };
    provisions.push({ meta, blocks: stripLines(blocks) });
    checkTerminated(blocks, (line, msg) => note(line, 'text-unterminated', msg, id));
    for (const b of enumeratorsInText(blocks)) {
      note(b.lines[0], 'label-in-text', `an enumerator reads as running text (misprinted label before it?): "${b.text.slice(0, 60)}…"`, id);
    }
    if (INTERPRETATION_HEADING.test(heading)) {
      const definitions = definitionsOf(blocks);
      const ids = definitionIds(id, definitions.map((d) => definedTerm(d.text)!));
      definitions.forEach((d, j) => {
        const term = definedTerm(d.text)!;
        if (UNQUOTED_DEFINITION.test(d.text)) {
          note(d.lines[0], 'definition-unquoted', `term "${term}" printed without quotation marks`, id);
        }
        const { id: defId, duplicate } = ids[j]!;
        if (duplicate) note(d.lines[0], 'duplicate-term', `term "${term}" defined twice in section ${number}`, id);
        provisions.push({
          meta: {
            ...meta,
            id: defId,
            kind: 'definition',
            heading: term,
            term,
            parent: id,
            order: order + j + 1,
            source: sourceRef(d.lines[0], d.lines[1]),
          },
          blocks: stripLines([d]),
        });
        checkTerminated([d], (line, msg) => note(line, 'text-unterminated', msg, defId));
      });
    }
  });

  schedules.forEach((index, k) => {
    const end = schedules[k + 1] ?? b1;
    const marker = lines[index]!;
    const ordinal = SCHEDULE.exec(marker)?.[1];
    if (ordinal && !ORDINALS.some((o) => o.includes(ordinal.toUpperCase() as never))) {
      note(index + 1, 'marker-misspelt', `schedule marker printed "${marker}"`);
    }
    const number = String(k + 1);
    const id = scheduleId(act.slug, number);
    provisions.push({
      meta: {
        id,
        act: act.slug,
        lang: source.lang,
        kind: 'schedule',
        number,
        heading: marker,
        order: (starts.length + 1 + k) * 1000,
        status: 'in-force',
        source: sourceRef(index + 1, lastLine(index, end)),
      },
      blocks: stripLines(parseLinedBlocks(toLines(index + 1, end), { items: true })),
    });
  });

  const arrangedSchedules = arrangement.filter((e) => e.kind === 'schedule').length;
  if ((arrangedSchedules > 0) !== (schedules.length > 0)) {
    note(b0 + 1, 'extra-section', `arrangement lists ${arrangedSchedules} schedule line(s), body has ${schedules.length} schedule(s)`);
  }
  return { provisions, arrangement, anomalies };
}

/** Definition blocks anywhere in a section (Child Act s 2 nests them in subsection (1)). */
function definitionsOf(blocks: readonly LinedBlock[]): LinedBlock[] {
  return blocks.flatMap((b) => (b.kind === 'definition' ? [b] : definitionsOf(b.children)));
}

/** A provision whose last words end mid-sentence was probably cut short in the source. */
function checkTerminated(blocks: readonly LinedBlock[], report: (line: number, msg: string) => void) {
  let last: LinedBlock | undefined = blocks.at(-1);
  while (last && last.children.length > 0) last = last.children.at(-1);
  if (last && !/[.;:,—–-]$|\b(?:or|and|atau|dan)$/.test(last.text)) {
    report(last.lines[1], `text ends without punctuation: "…${last.text.slice(-40)}"`);
  }
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

/** Blocks whose text runs past the end of one list item into the next: "…; and (b) after …". */
function enumeratorsInText(blocks: readonly LinedBlock[]): LinedBlock[] {
  return blocks.flatMap((b) => [
    ...(/(?:;|—|:)(?:\s(?:or|and|atau|dan))?\s\((?:[a-z]{1,4}|\d+)\)\s/.test(b.text) ? [b] : []),
    ...enumeratorsInText(b.children),
  ]);
}
