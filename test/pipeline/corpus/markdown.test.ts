/**
 * The corpus writer and reader (scripts/pipeline/corpus/markdown.ts) are one markdown model:
 * whatever text a statute holds, writing a provision and reading it back gives the provision.
 * The committed corpus is checked file by file in roundtrip.test.ts; here the texts are generated,
 * markdown syntax characters included, so an escape the writer misses shows up as a failure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { blocksToMarkdown, markdownToProvision, provisionToMarkdown, splitFrontMatter } from '../../../scripts/pipeline/corpus/markdown.js';
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

describe('reading splits the front matter off as remark-frontmatter does', () => {
  // The reader parses only the body (scripts/pipeline/corpus/markdown.ts, splitFrontMatter); the
  // library's reading of the whole file is the reference, for every file of the corpus.
  const whole = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();
  const withoutPositions = (node: unknown): unknown => JSON.parse(JSON.stringify(node, (k, v: unknown) => (k === 'position' ? undefined : v)));
  const files = readdirSync('corpus/acts', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));

  it('same front matter, same body tree, body lines where the file has them', () => {
    expect(files.length).toBeGreaterThan(1000);
    for (const f of files) {
      const md = readFileSync(join('corpus/acts', f), 'utf8');
      const [fm, ...body] = whole.parse(md).children;
      const split = splitFrontMatter(md);
      expect(fm?.type, f).toBe('yaml');
      expect(split?.yaml, f).toBe((fm as { value: string }).value);
      expect(split!.linesBefore, f).toBe(fm!.position!.end.line);
      const own = unified().use(remarkParse).parse(split!.body).children;
      expect(withoutPositions(own), f).toEqual(withoutPositions(body));
      expect(own.map((n) => split!.linesBefore + n.position!.start.line), f).toEqual(body.map((n) => n.position!.start.line));
    }
  });

  it('no front matter, and fences remark-frontmatter would not take, read as none', () => {
    for (const md of ['# 1\\. Title\n', '--- \nid: x\n--\n# 1\\. Title\n', 'x\n---\nid: x\n---\n']) {
      expect(whole.parse(md).children[0]?.type).not.toBe('yaml');
      expect(splitFrontMatter(md)).toBeUndefined();
    }
  });
});
