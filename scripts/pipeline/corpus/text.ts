/**
 * A provision as plain text and as body markdown: what search indexes and what the verbatim
 * test compares with the cleaned source.
 */
import type { Block, Provision } from '../../../src/schema/provision.js';
import { blocksToMarkdown } from './markdown.js';
import { normalizeSpace } from '../structure/whitespace.js';

const flatten = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) => [b.label ?? '', b.text, ...flatten(b.children)]);

/** The provision's words in source order, labels included, whitespace collapsed. */
export function provisionText(p: Provision): string {
  return normalizeSpace(flatten(p.blocks).join(' '));
}

/** The body markdown (title and structured text), without front matter. */
export function provisionMarkdown(p: Provision): string {
  return blocksToMarkdown(p);
}

export { joinLines, normalizeSpace } from '../structure/whitespace.js';
