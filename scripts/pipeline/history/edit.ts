/**
 * One instruction applied to one language's working text of an Act. Pure apart from mutating
 * the working copy it is given. Throws `Unapplied` when the instruction cannot be carried out
 * mechanically (its words are not found, or found more than once where the Bill means one).
 */
import { definitionId } from '../../../src/schema/ids.js';
import type { Block, Provision } from '../../../src/schema/provision.js';
import { definedTerm } from '../structure/labels.js';
import type { Instruction } from './instructions.js';
import { parseDefinition, parsePart, parseSections, parseUnits } from './units.js';
import { hits, joinAfter, lastTextBlock, normaliseForCompare, occurrences, replaceHits, tidy } from './words.js';
import { normalizeSpace } from '../structure/whitespace.js';
import {
  containerOf,
  describePath,
  exceptBlocks,
  findDefinition,
  indexOfLabel,
  removeBlock,
  scopes,
  section,
  siblingsOf,
  Unapplied,
  type Effect,
  type NewSection,
  type Working,
} from './edit-tree.js';

/** Apply an instruction. `newSection` makes the provision for a section the Bill inserts. */
export function applyInstruction(
  w: Working,
  ins: Instruction,
  newSection: NewSection,
): Effect {
  const op = ins.op;
  const t = ins.target;
  switch (op.kind) {
    case 'none':
      return { ids: [], effect: op.reason };
    case 'substitute-words':
    case 'insert-words':
    case 'delete-words': {
      const find = op.kind === 'substitute-words' ? op.find : op.kind === 'insert-words' ? op.after : op.find;
      if (t.within === 'part-heading') return partHeading(w, ins, find);
      const p = section(w, t.section);
      if (t.within === 'shoulder-note') {
        const at = occurrences(p.meta.heading, find);
        if (at.length !== 1) throw new Unapplied(`"${find}" found ${at.length} times in the shoulder note`);
        const block: Block = { kind: 'text', text: p.meta.heading, children: [] };
        edit([{ block, index: at[0]! }], op, find);
        p.meta.heading = block.text;
        return { ids: [p.meta.id], effect: `shoulder note amended` };
      }
      // Each place the instruction names ("subsections (2), (3) and (5)") holds the words once,
      // unless the Bill says "wherever appearing".
      const everywhere = op.kind !== 'delete-words' && op.everywhere;
      const found = scopes(p, ins).flatMap((scope, k) => {
        let here = hits(scope, find);
        if (op.kind === 'insert-words' && op.except)
          here = here.filter((h) => !op.except!.some((path) => exceptBlocks(p, path).includes(h.block)));
        if (op.kind === 'delete-words' && op.atEnd) {
          const last = lastTextBlock(scope.at(-1)!);
          here = here.filter((h) => h.block === last && h.index + flatLength(find) === h.block.text.length);
        }
        if (here.length === 0 || (!everywhere && here.length > 1))
          throw new Unapplied(`"${find}" found ${here.length} times${t.definition ? ` in the definition of "${t.definition}"` : describePath(t.paths[k]!)}`);
        return here;
      });
      // New words ending in "." put before a "." already in the text would print "..": the
      // Bill's quote then includes the text's own full stop, a reading for a person to confirm.
      const added = op.kind === 'substitute-words' ? op.by : op.kind === 'insert-words' ? op.words : '';
      const doubled = found.find((h) => /[.;]$/.test(added) && h.block.text[h.index + flatLength(find)] === added.at(-1));
      if (doubled) throw new Unapplied(`new words end with "${added.at(-1)}" where the text already has one after "${find}"`);
      edit(found, op, find);
      return { ids: idsTouched(p, t.definition), effect: `words ${verb(op.kind)}${where(t)}` };
    }
    case 'substitute-end': {
      const p = section(w, t.section);
      const blocks = scopes(p, ins).map((scope) => lastTextBlock(scope.at(-1)!));
      for (const b of blocks) {
        if (!b.text.endsWith(op.find)) throw new Unapplied(`text does not end with "${op.find}"`);
        b.text = tidy(b.text.slice(0, -op.find.length) + (/^[;,.]/.test(op.by) ? op.by : ` ${op.by}`));
      }
      return { ids: idsTouched(p, t.definition), effect: `closing "${op.find}" replaced by "${op.by}"${where(t)}` };
    }
    case 'renumber': {
      const p = section(w, t.section);
      const [first, ...rest] = p.blocks;
      if (!first || first.kind !== 'text' || p.blocks.some((b) => b.kind === 'subsection'))
        throw new Unapplied('section is not one unnumbered text');
      p.blocks = [{ kind: 'subsection', label: op.as, text: first.text, children: rest }];
      return { ids: [p.meta.id], effect: `renumbered as subsection ${op.as}` };
    }
    case 'substitute-unit':
      return substituteUnit(w, ins, newSection);
    case 'insert-unit':
      return insertUnit(w, ins, newSection);
    case 'delete-unit': {
      const p = section(w, t.section);
      if (op.unit === 'definition') {
        const d = findDefinition(p, op.label);
        removeBlock(p.blocks, d);
        return { ids: [p.meta.id, definitionId(p.meta.id, op.label)], effect: `definition deleted` };
      }
      const container = siblingsOf(p, t.paths[0]!);
      container.splice(indexOfLabel(container, op.label), 1);
      return { ids: [p.meta.id], effect: `${op.unit} ${op.label} deleted${describePath(t.paths[0]!)}` };
    }
  }
}

const verb = (k: string): string => (k === 'substitute-words' ? 'substituted' : k === 'insert-words' ? 'inserted' : 'deleted');
const where = (t: Instruction['target']): string =>
  t.definition ? ` in the definition of "${t.definition}"` : t.paths.map(describePath).join(',');

function idsTouched(p: Provision, term: string | undefined): string[] {
  if (!term) return [p.meta.id];
  const d = findDefinition(p, term);
  return [p.meta.id, definitionId(p.meta.id, definedTerm(d.text)!)];
}


const flatLength = (s: string): number => normalizeSpace(s).length;

function edit(found: ReturnType<typeof hits>, op: Instruction['op'], find: string): void {
  const length = normalizeSpace(find).length;
  if (op.kind === 'substitute-words') replaceHits(found, length, () => op.by);
  else if (op.kind === 'insert-words') replaceHits(found, length, (m) => joinAfter(m, op.words));
  else replaceHits(found, length, () => '');
}


function partHeading(w: Working, ins: Instruction, find: string): Effect {
  const op = ins.op;
  const inPart = w.sections.filter((s) => s.meta.part?.number === ins.target.part);
  const heading = inPart[0]?.meta.part?.heading;
  if (!heading) throw new Unapplied(`Part ${ins.target.part} not found`);
  const at = occurrences(heading, find);
  if (at.length !== 1) throw new Unapplied(`"${find}" found ${at.length} times in the heading of Part ${ins.target.part}`);
  const block: Block = { kind: 'text', text: heading, children: [] };
  edit([{ block, index: at[0]! }], op, find);
  for (const s of inPart) s.meta.part = { number: s.meta.part!.number, heading: block.text };
  return { ids: inPart.map((s) => s.meta.id), effect: `heading of Part ${ins.target.part} amended` };
}

function substituteUnit(
  w: Working,
  ins: Instruction,
  newSection: NewSection,
): Effect {
  const op = ins.op;
  if (op.kind !== 'substitute-unit') throw new Error('unreachable');
  const t = ins.target;
  switch (op.unit) {
    case 'long-title':
      throw new Unapplied('the corpus holds no long title');
    case 'shoulder-note': {
      const p = section(w, t.section);
      if (normaliseForCompare(p.meta.heading) !== normaliseForCompare(op.label))
        throw new Unapplied(`shoulder note is "${p.meta.heading}", not "${op.label}"`);
      p.meta.heading = op.text.text.replace(/\s+/g, ' ');
      return { ids: [p.meta.id], effect: 'shoulder note substituted' };
    }
    case 'definition': {
      const p = section(w, t.section);
      const old = findDefinition(p, op.label);
      const fresh = parseDefinition(op.text);
      Object.assign(old, fresh);
      return { ids: [p.meta.id, definitionId(p.meta.id, op.label), definitionId(p.meta.id, definedTerm(fresh.text)!)], effect: 'definition substituted' };
    }
    case 'section': {
      const p = section(w, op.label);
      const [q, ...more] = parseSections(op.text.lines);
      if (!q || more.length || q.number !== p.meta.number) throw new Unapplied(`quoted text is not section ${op.label}`);
      const fresh = newSection(q, p.meta.part, p.meta.order);
      p.meta.heading = fresh.meta.heading;
      p.blocks = fresh.blocks;
      return { ids: [p.meta.id], effect: 'section substituted' };
    }
    default: {
      const p = section(w, t.section);
      const container = siblingsOf(p, t.paths[0]!);
      const units = parseUnits(op.text, op.unit);
      if (units.length !== 1 || units[0]!.label !== op.label) throw new Unapplied(`quoted text is not ${op.unit} ${op.label}`);
      container.splice(indexOfLabel(container, op.label), 1, ...units);
      return { ids: [p.meta.id], effect: `${op.unit} ${op.label} substituted${describePath(t.paths[0]!)}` };
    }
  }
}

function insertUnit(
  w: Working,
  ins: Instruction,
  newSection: NewSection,
): Effect {
  const op = ins.op;
  if (op.kind !== 'insert-unit') throw new Error('unreachable');
  const t = ins.target;
  if (op.unit === 'section' || op.unit === 'part') {
    const anchorOf = (s: Provision) => (op.unit === 'part' ? s.meta.part?.number === op.anchor : s.meta.kind === 'section' && s.meta.number === op.anchor);
    const anchors = w.sections.filter(anchorOf);
    if (anchors.length === 0) throw new Unapplied(`${op.unit} ${op.anchor} not found`);
    // After: after the anchor (for a Part, its last section); before: before the anchor section.
    const anchor = op.position === 'after' ? anchors.at(-1)! : anchors[0]!;
    const at = w.sections.indexOf(anchor) + (op.position === 'after' ? 1 : 0);
    const next = w.sections[at]?.meta.order ?? anchor.meta.order + 1000;
    const prev = w.sections[at - 1]?.meta.order ?? 0;
    const { part, sections } =
      op.unit === 'part' ? parsePart(op.text) : { part: anchor.meta.part, sections: parseSections(op.text.lines) };
    if (sections.length === 0) throw new Unapplied('no section found in the quoted text');
    const step = Math.floor((next - prev) / (sections.length + 1));
    if (step < 1) throw new Unapplied('no room in the order between the anchor and the next section');
    const made = sections.map((q, k) => newSection(q, part, prev + step * (k + 1)));
    w.sections.splice(at, 0, ...made);
    return { ids: made.map((p) => p.meta.id), effect: op.unit === 'part' ? `Part ${part?.number} inserted` : 'section inserted' };
  }
  const p = section(w, t.section);
  if (op.unit === 'definition') {
    const anchor = findDefinition(p, op.anchor);
    const fresh = parseDefinition(op.text);
    const container = containerOf(p.blocks, anchor)!;
    container.splice(container.indexOf(anchor) + 1, 0, fresh);
    return { ids: [p.meta.id, definitionId(p.meta.id, definedTerm(fresh.text)!)], effect: 'definition inserted' };
  }
  const container = siblingsOf(p, t.paths[0]!);
  const units = parseUnits(op.text, op.unit);
  const i = indexOfLabel(container, op.anchor);
  container.splice(op.position === 'after' ? i + 1 : i, 0, ...units);
  return { ids: [p.meta.id], effect: `${units.map((u) => `${op.unit} ${u.label}`).join(', ')} inserted${describePath(t.paths[0]!)}` };
}

/**
 * Inserted section numbers the clause's marginal note does not name ("Seksyen baru 66a dan 66b"
 * over a quoted "69b."): a misprint the code must not carry into the Act.
 */
export function strayNumbers(ins: Instruction): string[] {
  const op = ins.op;
  const named = ins.note.toLowerCase();
  if (op.kind !== 'insert-unit' || op.unit !== 'section' || !/\d/.test(named)) return [];
  return parseSections(op.text.lines)
    .map((q) => q.number)
    .filter((n) => !new RegExp(`\\b${n.toLowerCase()}\\b`).test(named));
}

