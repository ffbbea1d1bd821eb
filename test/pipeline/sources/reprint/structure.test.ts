/**
 * The reprint reader on the real reprints: words that close a list belong to the unit that
 * opened it (the layout says so), Illustrations to their section, notes beside the text, deleted
 * and lettered sections, ranges. Expectations are read from the source lines, not written out.
 */
import { describe, expect, it } from 'vitest';
import type { Block, Provision } from '../../../../src/schema/provision.js';
import { provisionText } from '../../../../scripts/pipeline/corpus/text.js';
import { parsedSources, sourceLines } from '../bill/helpers.js';

const sources = await parsedSources();

const get = (act: string, lang: string, id: string): Provision => {
  const s = sources.find((x) => x.act.slug === act && x.source.lang === lang)!;
  return s.provisions.find((p) => p.meta.id === id)!;
};
const labels = (bs: readonly Block[]) => bs.map((b) => b.label ?? b.kind);
const flat = (bs: readonly Block[]): Block[] => bs.flatMap((b) => [b, ...flat(b.children)]);

describe('closing words belong to the unit that opened the list', () => {
  it('ATIPSOM s 25 (ms): "jika perbuatan sedemikian …" governs (a)–(c), not (c)', () => {
    const p = get('atipsom', 'ms', 'atipsom-s25');
    expect(labels(p.blocks)).toEqual(['text', '(a)', '(b)', '(c)', 'text']);
    expect(p.blocks.at(-1)!.text).toMatch(/^jika perbuatan sedemikian adalah akibat langsung/);
    expect(p.blocks[3]!.text).not.toContain('jika perbuatan sedemikian');
  });

  it('ATIPSOM s 25 (en): the same words in English close the list the same way', () => {
    const p = get('atipsom', 'en', 'atipsom-s25');
    expect(labels(p.blocks)).toEqual(['text', '(a)', '(b)', '(c)', 'text']);
  });

  it('ATIPSOM s 4: "may be dealt with …" follows (a)–(c) at the level of the opening words', () => {
    const p = get('atipsom', 'en', 'atipsom-s4');
    expect(labels(p.blocks)).toEqual(['text', '(a)', '(b)', '(c)', 'text']);
    expect(p.blocks.at(-1)!.text).toMatch(/^may be dealt with/);
  });

  it('SOCA s 12: its Illustrations illustrate the section, not subsection (2)', () => {
    for (const lang of ['en', 'ms']) {
      const p = get('soca', lang, 'soca-s12');
      expect(labels(p.blocks)).toEqual(['(1)', '(2)', 'illustration']);
      expect(labels(p.blocks[2]!.children)).toEqual(['(a)', '(b)']);
      expect(p.blocks[1]!.children).toEqual([]);
    }
  });

  it('Child Act s 43: "commits an offence …" closes (a)–(k) inside subsection (1); (aa), (bb) follow it', () => {
    for (const lang of ['en', 'ms']) {
      const one = get('child-act', lang, 'child-act-s43').blocks[0]!;
      expect(one.label).toBe('(1)');
      const kids = labels(one.children);
      expect(kids.slice(0, 11)).toEqual(['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)', '(h)', '(i)', '(j)', '(k)']);
      expect(kids.slice(11)).toEqual(['text', '(aa)', '(bb)']);
      expect(one.children[10]!.children).toEqual([]);
    }
  });

  it('Child Act s 49: the words after (b) govern (a) and (b)', () => {
    for (const lang of ['en', 'ms']) {
      const p = get('child-act', lang, 'child-act-s49');
      expect(labels(p.blocks)).toEqual(['text', '(a)', '(b)', 'text']);
      expect(p.blocks[2]!.children).toEqual([]);
    }
  });
});

describe('what the reprints hold besides plain sections', () => {
  it('keeps deleted sections, with status deleted and their "(Deleted …)" words', () => {
    for (const lang of ['en', 'ms']) {
      const p = get('child-act', lang, 'child-act-s42');
      expect(p.meta.status).toBe('deleted');
      expect(provisionText(p)).toMatch(/^\((?:Deleted|Dipotong)/);
    }
    // A range "34-36. (Deleted …)" is one deleted provision per number.
    for (const n of ['34', '35', '36']) expect(get('employment-act', 'en', `employment-act-s${n}`).meta.status).toBe('deleted');
  });

  it('reads lettered sections, including those printed in small capitals or spaced ("382 a .")', () => {
    for (const id of ['penal-code-s372a', 'penal-code-s372b', 'penal-code-s377ca', 'penal-code-s382a', 'penal-code-s130b']) {
      const p = get('penal-code', 'en', id);
      expect(p.meta.number).toBe(id.slice('penal-code-s'.length).toUpperCase());
      expect(p.blocks.length, id).toBeGreaterThan(0);
    }
    expect(get('atipsom', 'en', 'atipsom-s5b').meta.heading).toBe('Meetings of the Committee');
  });

  it('keeps Explanations, Illustrations and Exceptions of the Penal Code as blocks of their kind', () => {
    const kinds = (id: string) => flat(get('penal-code', 'en', id).blocks).map((b) => b.kind);
    expect(kinds('penal-code-s300')).toEqual(expect.arrayContaining(['illustration', 'exception']));
    const all = sources.find((s) => s.act.slug === 'penal-code')!.provisions.flatMap((p) => flat(p.blocks).map((b) => b.kind));
    expect(all).toEqual(expect.arrayContaining(['explanation', 'illustration', 'exception', 'proviso']));
  });

  it('attaches "*NOTE—Previously …" footnotes to the provision, with the earlier words and the amending Act', () => {
    const p = get('atipsom', 'en', 'atipsom-s12');
    const notes = p.meta.notes ?? [];
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) {
      expect(n.text).toMatch(/^NOTE—/);
      expect(provisionText(p)).not.toContain(n.text.slice(0, 30));
    }
    expect(notes.some((n) => n.previously && /^Act A\d+$/.test(n.amending_act ?? ''))).toBe(true);
    // The star that marks the words a note explains is not law text.
    for (const s of sources) for (const q of s.provisions) expect(provisionText(q), q.meta.id).not.toMatch(/(?:^|\s)\*/);
  });

  it('names the reprint, its pages and lines in every provision', () => {
    for (const s of sources) {
      for (const p of s.provisions) {
        expect(p.meta.source.file).toBe(s.source.file);
        expect(p.meta.source.pages![0]).toBeLessThanOrEqual(p.meta.source.pages![1]);
        expect(p.meta.source.basis).toMatch(/^official reprint as at \d{1,2} \w+ \d{4}$/);
      }
    }
  });
});

describe('lines whose letters the text file spaces out', () => {
  // Read from the source line itself: a run of six or more one-letter words.
  const spacedOut = (line: string) => /(?:^|\s)(?:\p{L} ){5,}\p{L}(?:\s|$)/u.test(line);

  it('Child Act s 4A (en): its PDF line reads "4 A" in small capitals, so the line takes the PDF\'s spacing with the text file\'s letters', () => {
    const p = get('child-act', 'en', 'child-act-s4a');
    expect(p.meta.extraction).toBeUndefined();
    expect(p.meta.source.spacing_from_pdf).toEqual([{ line: 1092, page: 24 }]);
    const line = sourceLines(p.meta.source.file)[1092 - 1]!;
    expect(spacedOut(line)).toBe(true);
    expect(line).toContain('T h e M i n i s t e r');
    expect(provisionText(p)).toContain('The Minister may, at any time, revoke the appointment');
    expect(provisionText(p)).not.toContain('T h e M i n i s t e r');
  });

  it('a provision with no such line has no record (Child Act s 4, s 4A in Malay)', () => {
    expect(get('child-act', 'en', 'child-act-s4').meta.extraction).toBeUndefined();
    expect(get('child-act', 'ms', 'child-act-s4a').meta.extraction).toBeUndefined();
  });

  it('every provision records exactly the letter-spaced lines among its own: respaced ones in its source, the others as extraction issues', () => {
    let recorded = 0;
    for (const s of sources) {
      const lines = sourceLines(s.source.file);
      const respaced = new Set(s.respaced.map((r) => r.line));
      for (const p of s.provisions) {
        const [first, last] = p.meta.source.lines;
        const expected = lines.slice(first - 1, last).flatMap((t, j) => (spacedOut(t) ? [first + j] : []));
        const id = `${p.meta.id} (${p.meta.lang})`;
        expect((p.meta.extraction ?? []).map((r) => r.line), id).toEqual(expected.filter((n) => !respaced.has(n)));
        expect((p.meta.source.spacing_from_pdf ?? []).map((r) => r.line), id).toEqual(expected.filter((n) => respaced.has(n)));
        for (const r of p.meta.source.spacing_from_pdf ?? []) {
          expect(r.page, id).toBe(s.respaced.find((x) => x.line === r.line)!.page);
          // A line that opens the section's text starts with its number ("4 a ."), which the page shows in the heading.
          const text = s.respaced.find((x) => x.line === r.line)!.text;
          const label = `${p.meta.number}.`.toLowerCase();
          const opens = text.replace(/ /g, '').toLowerCase().startsWith(label);
          expect(provisionText(p), id).toContain(opens ? text.slice(text.indexOf('(')) : text);
        }
        recorded += expected.length;
      }
    }
    expect(recorded).toBeGreaterThanOrEqual(11);
  });
});
