/**
 * Finding and changing words inside block text, the way an amending Bill means them: whole
 * words, straight and curly quotes alike (the 2007 Bills print "…", the amending Bills “…”),
 * whitespace collapsed. Pure.
 */
import type { Block } from '../../../src/schema/provision.js';
import { normalizeSpace } from '../structure/whitespace.js';

/** One character for one character, so indexes in the folded text are indexes in the original. */
const fold = (s: string): string => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
const WORD = /[\p{L}\p{N}]/u;

/** Start indexes of `find` in `text` as whole words. */
export function occurrences(text: string, find: string): number[] {
  const hay = fold(text);
  const needle = fold(normalizeSpace(find));
  const out: number[] = [];
  if (!needle) return out;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const before = hay[i - 1];
    const after = hay[i + needle.length];
    const startsWord = WORD.test(needle[0]!);
    const endsWord = WORD.test(needle.at(-1)!);
    if ((startsWord && before && WORD.test(before)) || (endsWord && after && WORD.test(after))) continue;
    out.push(i);
  }
  return out;
}

/** Every block in the trees, each with its own text (children separately), in reading order. */
export function allBlocks(blocks: Block[]): Block[] {
  return blocks.flatMap((b) => [b, ...allBlocks(b.children)]);
}

/** Tidy the seams an edit leaves: double spaces, a space before a comma or semicolon. */
export const tidy = (s: string): string => s.replace(/ {2,}/g, ' ').replace(/ ([,;])/g, '$1').trim();

/** Joins inserted words to the text before them: no space before punctuation. */
export const joinAfter = (before: string, words: string): string =>
  /^[,;.:]/.test(words) ? before + words : `${before} ${words}`;

export interface Hit {
  block: Block;
  index: number;
}

/** Whole-word hits of `find` in the blocks' own texts. */
export function hits(blocks: Block[], find: string): Hit[] {
  return allBlocks(blocks).flatMap((block) => occurrences(block.text, find).map((index) => ({ block, index })));
}

/** Replaces hits right to left within each block so earlier indexes stay valid; tidies after. */
export function replaceHits(found: Hit[], length: number, by: (matched: string) => string): void {
  const sorted = [...found].sort((a, b) => b.index - a.index);
  for (const h of sorted) {
    const t = h.block.text;
    h.block.text = t.slice(0, h.index) + by(t.slice(h.index, h.index + length)) + t.slice(h.index + length);
  }
  for (const b of new Set(found.map((h) => h.block))) b.text = tidy(b.text);
}

/** The last block whose own text is the end of the tree (for "at the end of paragraph (m)"). */
export function lastTextBlock(block: Block): Block {
  const last = block.children.at(-1);
  return last ? lastTextBlock(last) : block;
}

export const normaliseForCompare = (s: string): string => fold(normalizeSpace(s));
