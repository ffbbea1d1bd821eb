/**
 * The Bill clause extractor on the two real Bills it reads (Immigration 1996, Passports 1995):
 * every held word is in the source file, in order; marginal notes and furniture are out.
 */
import { describe, expect, it } from 'vitest';
import { parseAllExtracts } from '../../../../scripts/pipeline/corpus/build.js';
import { provisionText } from '../../../../scripts/pipeline/corpus/text.js';
import { extractClauses } from '../../../../scripts/pipeline/sources/bill/clause.js';
import { readLawSource } from '../../../../scripts/pipeline/sources/law-sources.js';
import { actBySlug } from '../../../../src/registry/acts.js';

const extracted = parseAllExtracts('.');
const byId = new Map(extracted.flatMap((e) => e.provisions.map((p) => [p.meta.id, p])));
const words = (s: string) => s.replace(/[“”]/g, '"').split(/\s+/).filter(Boolean);

describe('Bill clause extractor', () => {
  it('holds Immigration Act ss 55A–55D and Passports Act s 12', () => {
    expect([...byId.keys()].sort()).toEqual(['immigration-act-s55a', 'immigration-act-s55b', 'immigration-act-s55c', 'immigration-act-s55d', 'passports-act-s12']);
  });

  for (const e of extracted) {
    for (const p of e.provisions) {
      it(`${p.meta.id}: every word, in order, is in ${e.extract.file} within lines ${p.meta.source.lines.join('–')} (whitespace aside)`, () => {
        const lines = readLawSource(e.extract.file).split('\n');
        const [from, to] = p.meta.source.lines;
        const source = words(lines.slice(from - 1, to).join(' ').replace(/[_#*]/g, ' '));
        // Word by word, in order: a held word is a whole source word or a run of its letters
        // (the source's markup and punctuation around labels aside), never an added word.
        let at = 0;
        for (const w of words(`${p.meta.heading} ${provisionText(p)}`.replace(/[_#*]/g, ' '))) {
          const found = source.findIndex((s, j) => j >= (p.meta.heading && at === 0 ? 0 : at) && s.includes(w));
          expect(found, `"${w}" after source word ${at} of ${p.meta.id}`).toBeGreaterThanOrEqual(0);
          if (!p.meta.heading.split(' ').includes(w)) at = found + 1;
        }
      });
    }
  }

  it('takes the marginal notes out of the text and keeps them as the heading, as printed', () => {
    const s55a = byId.get('immigration-act-s55a')!;
    expect(s55a.meta.heading).toBe('Conveying a person lo Malaysia contrary to this Act.');
    expect(provisionText(s55a)).toContain('any person contrary to this Act shall be guilty of an offence and shall, on conviction,');
    expect(provisionText(s55a)).not.toMatch(/\blo\b|Conveying/);
    const s55b = byId.get('immigration-act-s55b')!;
    expect(provisionText(s55b)).toContain('who is not in possession of a valid Pass shall be guilty');
    expect(provisionText(byId.get('immigration-act-s55d')!)).toContain('alters an endorsement or a document to be used as a visa, Permit,');
  });

  it('Passports Act s 12(1) is the whole 1995 subsection, (a)–(i) with (f), without the clause note or page header', () => {
    const s12 = byId.get('passports-act-s12')!;
    const text = provisionText(s12);
    expect(s12.blocks[0]!.label).toBe('(1)');
    expect(s12.blocks[0]!.children.map((b) => b.label).filter(Boolean)).toEqual(['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)', '(h)', '(i)']);
    expect(text).toContain('(f) without lawful authority, has in his possession any passport or internal travel document issued for the use of some person other than himself;');
    expect(text).not.toMatch(/Amendment|PASSPORTS|of section 12/);
    expect(text.endsWith('or to both.')).toBe(true);
    expect(s12.meta.source.basis).toMatch(/as substituted in 1995; later changes not held/);
  });

  it('marks the 1996 words as not current and reports the OCR errors it keeps', () => {
    const e = extracted.find((x) => x.act.slug === 'immigration-act')!;
    for (const p of e.provisions) expect(p.meta.source.basis).toMatch(/as inserted in 1996.*later amended \(2002 Bill not held\); not the current text/);
    expect(provisionText(byId.get('immigration-act-s55c')!)).toContain('55e(5)');
    expect(e.anomalies.map((a) => `${a.id} ${a.kind}`)).toEqual(expect.arrayContaining(['immigration-act-s55b number-misprinted', 'immigration-act-s55c ocr-error', 'immigration-act-s55a ocr-error']));
  });

  it('fails, naming the line, when a marginal note piece does not start the line it should', () => {
    const act = actBySlug('immigration-act')!;
    const extract = act.extracts![0]!;
    const wrong = { ...extract, provisions: extract.provisions.map((p, k) => (k === 0 ? { ...p, margin: ['Conveying', 'a person', 'to'] } : p)) };
    expect(() => extractClauses(act.slug, wrong, readLawSource(extract.file))).toThrow(/line \d+.*"to"/);
  });
});
