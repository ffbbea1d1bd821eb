/**
 * A reader's findings → provisions: the section (with the definitions of an interpretation
 * section as provisions of their own), the schedule, the Part or Chapter a line stands in, and the
 * checks every reader runs on a section's text. Shared by the Bill and the reprint readers, so
 * both make the same provisions from the same findings.
 */
import { definitionIds, INTERPRETATION_HEADING, scheduleId, sectionId } from '../../../src/schema/ids.js';
import type { Division, Lang, Provision, ProvisionFrontMatter, SourceRef } from '../../../src/schema/provision.js';
import type { Note } from './anomalies.js';
import { stripLines, type LinedBlock } from './blocks.js';
import { UNQUOTED_DEFINITION, definedTerm } from './labels.js';
import { normalizeSpace } from './whitespace.js';

/** A heading as compared with the arrangement: whitespace and case aside. */
export const headingKey = (h: string): string => normalizeSpace(h).toLowerCase().replace(/[.,]$/, '');

/** A Part or Chapter marker: its 0-based line and its number. */
export interface DivisionMarker {
  index: number;
  kind: 'part' | 'chapter';
  number: string;
}

/** The Part (or Chapter) the line `index` stands in: a new Part closes the Chapter before it. */
export function divisionAt(
  markers: readonly DivisionMarker[],
  index: number,
  kind: DivisionMarker['kind'],
  titleOf: (m: DivisionMarker) => string,
): Division | undefined {
  let current: Division | undefined;
  for (const m of markers) {
    if (m.index > index) break;
    if (m.kind === 'part') current = kind === 'part' ? { number: m.number, heading: titleOf(m) } : undefined;
    else if (kind === 'chapter') current = { number: m.number, heading: titleOf(m) };
  }
  return current;
}

/** 1-based line of the last non-blank line in [from, to): where a provision's source ends. */
export function lastLine(lines: readonly string[], from: number, to: number): number {
  let i = to - 1;
  while (i > from && !lines[i]) i--;
  return i + 1;
}

/** What a reader knows of every provision it makes: its Act and language, source lines, divisions. */
export interface Assembly {
  act: string;
  lang: Lang;
  sourceRef: (first: number, last: number) => SourceRef;
  /** The Part or Chapter the 0-based line `index` stands in. */
  division: (index: number, kind: DivisionMarker['kind']) => Division | undefined;
}

/** Where a provision stands: what its front matter says beyond its kind and id. */
export interface Placement {
  act: string;
  lang: Lang;
  number: string;
  heading: string;
  part?: Division;
  chapter?: Division;
  order: number;
  /** A "(Deleted …)" section or schedule: kept, with no text checks. */
  deleted: boolean;
  source: SourceRef;
}

/**
 * A section as provisions: the section itself, then (an interpretation section) each definition.
 * A section in force is checked for text cut short and enumerators read as running text.
 */
export function sectionProvisions(
  at: Placement,
  blocks: readonly LinedBlock[],
  sourceRef: (first: number, last: number) => SourceRef,
  note: Note,
): Provision[] {
  const id = sectionId(at.act, at.number);
  const meta: ProvisionFrontMatter = {
    id,
    act: at.act,
    lang: at.lang,
    kind: 'section',
    number: at.number,
    heading: at.heading,
    ...(at.part ? { part: at.part } : {}),
    ...(at.chapter ? { chapter: at.chapter } : {}),
    order: at.order,
    status: at.deleted ? 'deleted' : 'in-force',
    source: at.source,
  };
  const section = { meta, blocks: stripLines(blocks) };
  if (at.deleted) return [section];
  checkTerminated(blocks, (line, msg) => note(line, 'text-unterminated', msg, id));
  for (const b of enumeratorsInText(blocks)) {
    note(b.lines[0], 'label-in-text', `an enumerator reads as running text (misprinted label before it?): "${b.text.slice(0, 60)}…"`, id);
  }
  return [section, ...definitionProvisions(meta, blocks, sourceRef, note)];
}

/** The schedule numbered `at.number` (1-based, in body order), headed by its marker as printed. */
export function scheduleProvision(at: Omit<Placement, 'part' | 'chapter'>, blocks: readonly LinedBlock[]): Provision {
  return {
    meta: {
      id: scheduleId(at.act, at.number),
      act: at.act,
      lang: at.lang,
      kind: 'schedule',
      number: at.number,
      heading: at.heading,
      order: at.order,
      status: at.deleted ? 'deleted' : 'in-force',
      source: at.source,
    },
    blocks: stripLines(blocks),
  };
}

/**
 * The definitions of an interpretation section as provisions of their own: `<section id>-<term
 * slug>`, ordered after the section.
 */
function definitionProvisions(
  section: ProvisionFrontMatter,
  blocks: readonly LinedBlock[],
  sourceRef: (first: number, last: number) => SourceRef,
  note: Note,
): Provision[] {
  if (!INTERPRETATION_HEADING.test(section.heading)) return [];
  const { id, number, order } = section;
  const definitions = definitionsOf(blocks);
  const ids = definitionIds(id, definitions.map((d) => definedTerm(d.text)!));
  return definitions.map((d, j) => {
    const term = definedTerm(d.text)!;
    if (UNQUOTED_DEFINITION.test(d.text)) {
      note(d.lines[0], 'definition-unquoted', `term "${term}" printed without quotation marks`, id);
    }
    const { id: defId, duplicate } = ids[j]!;
    if (duplicate) note(d.lines[0], 'duplicate-term', `term "${term}" defined twice in section ${number}`, id);
    checkTerminated([d], (line, msg) => note(line, 'text-unterminated', msg, defId));
    return {
      meta: {
        ...section,
        id: defId,
        kind: 'definition' as const,
        heading: term,
        term,
        parent: id,
        order: order + j + 1,
        source: sourceRef(d.lines[0], d.lines[1]),
      },
      blocks: stripLines([d]),
    };
  });
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

/** Blocks whose text runs past the end of one list item into the next: "…; and (b) after …". */
function enumeratorsInText(blocks: readonly LinedBlock[]): LinedBlock[] {
  return blocks.flatMap((b) => [
    ...(/(?:;|—|:)(?:\s(?:or|and|atau|dan))?\s\((?:[a-z]{1,4}|\d+)\)\s/.test(b.text) ? [b] : []),
    ...enumeratorsInText(b.children),
  ]);
}
