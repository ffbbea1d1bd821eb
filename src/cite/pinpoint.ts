/** Pinpoints inside a provision's structured text: "(1)(a)" names block (1), then its child (a). */
import type { Block } from '../schema/provision.js';

/** Every enumerator path in the text, outermost first: ["(1)", "(1)(a)", "(2)", ...]. */
export function pinpointPaths(blocks: readonly Block[], prefix = ''): string[] {
  return blocks.flatMap((b) => {
    const path = b.label && /^\(.+\)$/.test(b.label) ? prefix + b.label : prefix;
    return [...(path !== prefix ? [path] : []), ...pinpointPaths(b.children, path)];
  });
}

/** The block a pinpoint names, looking through unlabelled wrappers (opening words, provisos). */
export function findPinpoint(blocks: readonly Block[], labels: readonly string[]): Block | undefined {
  const [first, ...more] = labels;
  if (first === undefined) return undefined;
  for (const b of blocks) {
    if (b.label === first) return more.length ? findPinpoint(b.children, more) : b;
    if (!b.label || !/^\(.+\)$/.test(b.label)) {
      const inner = findPinpoint(b.children, labels);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** A block with everything nested in it, as one line of verbatim text. */
export function blockText(block: Block): string {
  return [block.label, block.text, ...block.children.map(blockText)].filter(Boolean).join(' ');
}
