/** The block parser on sections copied verbatim from the sources (test/pipeline/sources/bill/fixtures). */
import { describe, expect, it } from 'vitest';
import { cleanLines, runningHeaderKeys } from '../../../scripts/pipeline/sources/bill/clean.js';
import { parseBlocks } from '../../../scripts/pipeline/structure/blocks.js';
import type { Block } from '../../../src/schema/provision.js';
import { fixture, sourceLines } from '../sources/bill/helpers.js';

/** The cleaned lines of a fixture from its first "N." line on, number dropped. */
function sectionLines(name: string, file: string): string[] {
  const lines = cleanLines(fixture(name), runningHeaderKeys(sourceLines(file)));
  const start = lines.findIndex((l) => /^\d+[.,] /.test(l));
  return [lines[start]!.replace(/^\d+[.,] /, ''), ...lines.slice(start + 1)];
}
const labels = (bs: Block[]) => bs.map((b) => b.label ?? b.kind);

describe('parseBlocks', () => {
  it('reads ATIPSOM s 6: subsections, a run of paragraphs through (i), references kept in text', () => {
    const blocks = parseBlocks(sectionLines('atipsom-en-s6-council.md', 'atipsom/2007-bill-DR07-en.md'));
    expect(labels(blocks)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)']);
    const members = blocks[1]!.children;
    expect(members.map((b) => b.label)).toEqual('abcdefghijklmn'.split('').map((c) => `(${c})`));
    expect(members.every((b) => b.kind === 'paragraph')).toBe(true);
    expect(blocks[2]!.text).toContain('appointed under paragraph (2)(n) shall');
  });

  it('reads ATIPSOM s 13: opening words, paragraphs (a)–(h), then closing words', () => {
    const blocks = parseBlocks(sectionLines('atipsom-en-s13-closing-words.md', 'atipsom/2007-bill-DR07-en.md'));
    expect(labels(blocks)).toEqual(['text', '(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)', '(h)', 'text']);
    expect(blocks.at(-1)!.text).toMatch(/^commits an offence/);
  });

  it('reads ATIPSOM s 2: one definition block per term, paragraphs nested in them', () => {
    const blocks = parseBlocks(sectionLines('atipsom-en-s2-definitions.md', 'atipsom/2007-bill-DR07-en.md'));
    const defs = blocks.filter((b) => b.kind === 'definition');
    expect(defs.map((d) => d.text.slice(0, 12))).toContain('"exploitatio');
    const ftid = defs.find((d) => d.text.startsWith('"fraudulent travel'))!;
    expect(labels(ftid.children)).toEqual(['(a)', '(b)', '(c)']);
    expect(ftid.children[1]!.text).toMatch(/unlawful manner; or$/);
  });

  it('reads Child Act s 5 whose number is printed "5,"', () => {
    const blocks = parseBlocks(sectionLines('child-act-en-s5-comma.md', 'child-act/1999-child-bill-DR24-en.md'));
    expect(labels(blocks)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)']);
    expect(labels(blocks[1]!.children)).toEqual(['(a)', '(b)', '(c)']);
  });
});
