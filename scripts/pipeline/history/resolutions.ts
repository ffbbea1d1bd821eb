/**
 * Hand resolutions: instructions the code cannot apply mechanically, resolved in a data file
 * (corpus/amendments/<act>-resolutions.yaml) that quotes each instruction verbatim. A resolution
 * never brings in words of its own: it leaves the text as the source has it, applies the
 * instruction to every occurrence, names the words the instruction acts on as they stand in the
 * text, or takes a new section's number from the clause's marginal note.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { Lang } from '../../../src/schema/provision.js';
import { sectionId } from '../../../src/schema/ids.js';
import { applyInstruction } from './edit.js';
import { Unapplied, type Effect, type Working } from './edit-tree.js';
import type { Instruction } from './instructions.js';
import type { NewSection } from './edit-tree.js';
import { normalizeSpace } from '../structure/whitespace.js';

export const ResolutionEntry = z
  .object({
    bill: z.string(),
    lang: Lang,
    clause: z.string(),
    /** The instruction's words as the parse gives them (`words`), checked on load. */
    instruction: z.string(),
    /** Where one item gives two instructions ("the words “a” and the words “b”"), the words of the one meant. */
    words: z.string().optional(),
    /** Why the code cannot apply it, and the reading taken. Shown with the provision. */
    note: z.string().min(20),
    resolution: z.discriminatedUnion('kind', [
      /** The instruction acts on something the corpus does not hold (the long title). */
      z.object({ kind: z.literal('not-held') }).strict(),
      /** The words the instruction names are not in the text: the text is left as the source has it. */
      z.object({ kind: z.literal('unchanged') }).strict(),
      /** Apply to every occurrence in the place the instruction names. */
      z.object({ kind: z.literal('every-occurrence') }).strict(),
      /** Act on these words, which stand in the text (checked), instead of the words quoted. */
      z.object({ kind: z.literal('words'), find: z.string().min(1) }).strict(),
      /** Number the inserted sections as the clause's marginal note names them. */
      z.object({ kind: z.literal('section-numbers'), numbers: z.record(z.string(), z.string()) }).strict(),
    ]),
  })
  .strict();
export type ResolutionEntry = z.infer<typeof ResolutionEntry>;

export interface Resolution extends ResolutionEntry {
  apply: (w: Working, ins: Instruction, newSection: NewSection) => Effect;
}


export function resolutionFor(all: Resolution[], ins: Instruction): Resolution | undefined {
  return all.find((x) => matches(x, ins));
}

const quotedWords = (ins: Instruction): string | undefined =>
  'find' in ins.op ? ins.op.find : 'after' in ins.op ? ins.op.after : undefined;

const matches = (e: ResolutionEntry, ins: Instruction): boolean =>
  e.bill === ins.bill && e.lang === ins.lang && e.clause === ins.clause && (e.words === undefined || e.words === quotedWords(ins));

/** Reads and validates a resolutions file; an entry that matches no instruction is an error. */
export function loadResolutions(path: string, instructions: Instruction[]): Resolution[] {
  const entries = z.array(ResolutionEntry).parse(parse(readFileSync(path, 'utf8')) ?? []);
  return entries.map((e) => {
    const ins = instructions.find((i) => matches(e, i));
    if (!ins) throw new Error(`${path}: no instruction ${e.bill} (${e.lang}) clause ${e.clause}`);
    if (normalizeSpace(e.instruction) !== ins.words)
      throw new Error(`${path}: ${e.bill} (${e.lang}) clause ${e.clause} does not quote the instruction verbatim:
  file:  ${normalizeSpace(e.instruction)}
  Bill:  ${ins.words}`);
    return { ...e, apply: applier(e) };
  });
}

function applier(e: ResolutionEntry): Resolution['apply'] {
  const r = e.resolution;
  return (w, ins, newSection) => {
    switch (r.kind) {
      case 'not-held':
        return { ids: [], effect: 'none: not held in the corpus' };
      case 'unchanged':
        return { ids: ins.target.section ? [sectionId(w.act, ins.target.section)] : [], effect: 'none: text left as the source has it' };
      case 'every-occurrence': {
        if (ins.op.kind !== 'substitute-words' && ins.op.kind !== 'insert-words') throw new Unapplied('every-occurrence needs a words instruction');
        return applyInstruction(w, { ...ins, op: { ...ins.op, everywhere: true } }, newSection);
      }
      case 'words': {
        const op = ins.op;
        if (op.kind === 'substitute-words' || op.kind === 'delete-words') return applyInstruction(w, { ...ins, op: { ...op, find: r.find } }, newSection);
        if (op.kind === 'insert-words') return applyInstruction(w, { ...ins, op: { ...op, after: r.find } }, newSection);
        throw new Unapplied('words resolution needs a words instruction');
      }
      case 'section-numbers':
        return applyInstruction(w, ins, (q, part, order) => newSection({ ...q, number: r.numbers[q.number] ?? q.number }, part, order));
    }
  };
}
