import { describe, expect, it } from 'vitest';
import { requiresMeans } from '../../scripts/analysis/elements.js';
import { analysis, of, text } from './corpus.js';

const codes = (id: string, category: string, lang = 'en') =>
  of(id, lang).elements!.elements.filter((e) => e.category === category).flatMap((e) => e.options.map((o) => o.code));

describe('offence elements on the real corpus', () => {
  it('ATIPSOM s 14 (child trafficking) needs no means; s 13 (threat, force, ...) does', () => {
    for (const lang of ['en', 'ms']) {
      expect(requiresMeans(of('atipsom-s14', lang).elements!)).toBe(false);
      expect(requiresMeans(of('atipsom-s13', lang).elements!)).toBe(true);
    }
    expect(codes('atipsom-s13', 'means')).toEqual(
      expect.arrayContaining(['threat', 'force', 'coercion', 'abduction', 'fraud', 'deception', 'abuse-of-power', 'abuse-of-vulnerability', 'payments']),
    );
  });

  it('takes the acts and forms of exploitation from the definitions the offence uses', () => {
    const act = of('atipsom-s14').elements!.elements.find((e) => e.category === 'act')!;
    expect(act.options.map((o) => o.code)).toEqual(expect.arrayContaining(['recruit', 'transport', 'transfer', 'harbour', 'receive']));
    expect(act.options[0]!.source).toBe('atipsom-s2-trafficking-in-persons');
    expect(codes('atipsom-s12', 'purpose')).toEqual(expect.arrayContaining(['forced-labour', 'sexual-exploitation', 'organ-removal']));
    expect(codes('atipsom-s12', 'victim')).toEqual(['adult']);
    expect(codes('atipsom-s14', 'victim')).toEqual(['child']);
  });

  it("every element's supporting words occur verbatim in the provision they cite", () => {
    let checked = 0;
    for (const a of analysis.provisions.values()) {
      for (const e of a.elements?.elements ?? []) {
        for (const o of e.options) {
          expect(text(o.source, a.lang), `${a.id}_${a.lang} ${o.code}`).toContain(o.words);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
