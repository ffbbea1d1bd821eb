/**
 * The corpus writer and reader (scripts/pipeline/corpus/markdown.ts) are one markdown model:
 * whatever text a statute holds, writing a provision and reading it back gives the provision.
 * The committed corpus is checked file by file in roundtrip.test.ts; here the texts are generated,
 * markdown syntax characters included, so an escape the writer misses shows up as a failure.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksToMarkdown, markdownToProvision, provisionToMarkdown } from '../../../scripts/pipeline/corpus/markdown.js';
import type { Block, Provision } from '../../../src/schema/provision.js';

const FILE = 'corpus/acts/atipsom/en/s14.md';
const s14 = markdownToProvision(readFileSync(FILE, 'utf8'), FILE);
const withBlocks = (blocks: Block[]): Provision => ({ meta: s14.meta, blocks });

/** Blocks as the model has them, without kinds: the reader derives kinds, the writer omits them. */
const shape = (blocks: readonly Block[]): unknown[] =>
  blocks.map((b) => ({ label: b.label, text: b.text, children: shape(b.children) }));

// Words and every character markdown gives a meaning to somewhere, at any position in a line.
const unit = fc.constantFrom(...'ab1. *_[]()<>&#!`\\=+-~|"\'—“”'.split(''), 'Provided that', 'http://x.my', '&amp;', '<a>', '1.');
const text = fc.string({ unit, maxLength: 40 }).map((s) => s.replace(/\s+/g, ' ').trim());
const label = fc.constantFrom('(1)', '(2)', '(a)', '(b)', '(i)', '(ii)', '(aa)', '(A)', '1.', '2.');
/** Blocks nested `depth` levels deep at most, as statute text nests subsection → (a) → (i). */
const blocks = (depth: number): fc.Arbitrary<Block[]> =>
  fc.array(
    fc
      .record({ label: fc.option(label, { nil: undefined }), text, children: depth > 1 ? blocks(depth - 1) : fc.constant<Block[]>([]) })
      // An unlabelled block with no words writes nothing; the model has none.
      .filter((b) => b.label !== undefined || b.text !== '')
      .map((b): Block => ({ kind: 'text', ...(b.label ? { label: b.label } : {}), text: b.text, children: b.children })),
    { maxLength: 3 },
  );

describe('corpus markdown', () => {
  it('reads back every text it writes, syntax characters included', () => {
    fc.assert(
      fc.property(blocks(3), (generated) => {
        const once = markdownToProvision(provisionToMarkdown(withBlocks(generated)), 'generated');
        expect(shape(once.blocks)).toEqual(shape(generated));
        // Kinds came from the reader; a second trip changes nothing.
        expect(markdownToProvision(provisionToMarkdown(once), 'generated')).toEqual(once);
      }),
      { numRuns: 100 },
    );
  });

  it('writes loose "-" lists, bold labels and the escapes the committed corpus has', () => {
    const leaf = (label: string, text: string, children: Block[] = []): Block => ({ kind: 'text', label, text, children });
    const p = withBlocks([
      leaf('(1)', 'A person [as defined] in (g)\\ atau', [leaf('(a)', '', [leaf('(i)', 'first;'), leaf('(ii)', 'second,')])]),
      { kind: 'text', text: 'commits an offence.', children: [] },
    ]);
    expect(blocksToMarkdown(p)).toBe(
      [
        '# 14\\. Offence of trafficking in children or a person who is unable to fully take care of or protect himself because of a physical or mental disability or condition',
        '',
        '**(1)** A person \\[as defined\\] in (g)\\\\ atau',
        '',
        '- **(a)**',
        '',
        '  - **(i)** first;',
        '',
        '  - **(ii)** second,',
        '',
        'commits an offence.',
        '',
      ].join('\n'),
    );
  });

  it('opens the file with the YAML front matter between "---" fences', () => {
    const md = provisionToMarkdown(s14);
    expect(md.startsWith('---\nid: atipsom-s14\n')).toBe(true);
    expect(md).toContain('\n---\n\n# 14\\. Offence');
    expect(md.endsWith(blocksToMarkdown(s14))).toBe(true);
  });
});
