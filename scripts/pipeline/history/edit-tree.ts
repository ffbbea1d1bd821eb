/**
 * Finding places in a working Act: a section by number, a block by its path of labels, a
 * definition by its term, the scopes an instruction's words act in. The unit handlers (edit.ts)
 * change what these find. Pure.
 */
import type { Block, Division, Provision } from '../../../src/schema/provision.js';
import { definedTerm } from '../structure/labels.js';
import type { Instruction } from './instructions.js';
import type { QuotedSection } from './units.js';
import { allBlocks, normaliseForCompare } from './words.js';

export class Unapplied extends Error {}

/** Makes the provision for a section an amending Bill inserts or substitutes. */
export type NewSection = (q: QuotedSection, part: Division | undefined, order: number) => Provision;

/** The text of an Act in one language as the amendments are applied: sections in order. */
export interface Working {
  act: string;
  lang: Provision['meta']['lang'];
  sections: Provision[];
}

export interface Effect {
  /** Provision ids whose text or heading this instruction changed or made. */
  ids: string[];
  /** What happened, in a few words: "words substituted in subsection (2)". */
  effect: string;
}

export function section(w: Working, number: string | undefined): Provision {
  const p = w.sections.find((s) => s.meta.kind === 'section' && s.meta.number === number);
  if (!p) throw new Unapplied(`section ${number} not found`);
  return p;
}

/** The blocks a path names, e.g. ["(2)", "(m)"] → paragraph (m) of subsection (2). */
export function blockAt(blocks: Block[], path: string[]): { container: Block[]; block?: Block } {
  let container = blocks;
  let block: Block | undefined;
  for (const label of path) {
    block = container.find((b) => b.label === label);
    if (!block) throw new Unapplied(`${path.join('')}: ${label} not found`);
    container = block.children;
  }
  return { container, ...(block ? { block } : {}) };
}

export function definitionBlocks(blocks: Block[]): Block[] {
  return blocks.flatMap((b) => (b.kind === 'definition' ? [b] : definitionBlocks(b.children)));
}

export function findDefinition(p: Provision, term: string): Block {
  const want = normaliseForCompare(term);
  const found = definitionBlocks(p.blocks).filter((d) => normaliseForCompare(definedTerm(d.text) ?? '') === want);
  if (found.length !== 1) throw new Unapplied(`definition "${term}" found ${found.length} times`);
  return found[0]!;
}

/** Where in a section an instruction's words act: blocks (by paths or definition) or the heading. */
export function scopes(p: Provision, ins: Instruction): Block[][] {
  const t = ins.target;
  if (t.definition) return [[findDefinition(p, t.definition)]];
  return t.paths.map((path) => {
    const { container, block } = blockAt(p.blocks, path);
    return block ? [block] : container;
  });
}

export const describePath = (path: string[]): string => (path.length ? ` in ${path.join('')}` : '');

export function siblingsOf(p: Provision, path: string[]): Block[] {
  return blockAt(p.blocks, path).container;
}

export function indexOfLabel(container: Block[], label: string): number {
  const i = container.findIndex((b) => b.label === label);
  if (i < 0) throw new Unapplied(`${label} not found`);
  return i;
}
export function exceptBlocks(p: Provision, path: string): Block[] {
  const labels = path.match(/\([0-9a-z]+\)/g) ?? [];
  const { block } = blockAt(p.blocks, labels);
  return block ? allBlocks([block]) : [];
}
export function removeBlock(blocks: Block[], target: Block): boolean {
  const i = blocks.indexOf(target);
  if (i >= 0) {
    blocks.splice(i, 1);
    return true;
  }
  return blocks.some((b) => removeBlock(b.children, target));
}
export function containerOf(blocks: Block[], target: Block): Block[] | undefined {
  if (blocks.includes(target)) return blocks;
  for (const b of blocks) {
    const c = containerOf(b.children, target);
    if (c) return c;
  }
  return undefined;
}
