import { describe, expect, it } from 'vitest';
import { requiresMeans } from '../../../scripts/pipeline/analysis/elements.js';
import { analysis, of, text } from './corpus.js';

const codes = (id: string, category: string, lang = 'en') =>
  of(id, lang).elements!.elements.filter((e) => e.category === category).flatMap((e) => e.options.map((o) => o.code));

describe('offence elements on the real corpus', () => {
  // Current text (2021 Act): the means are in the definition of "trafficking in persons", which
  // ss 12 and 13 use; s 14(2) makes them irrelevant for a child.
  it('ATIPSOM s 14 (child trafficking) needs no means; ss 12 and 13 need a means', () => {
    for (const lang of ['en', 'ms']) {
      expect(requiresMeans(of('atipsom-s14', lang).elements!)).toBe(false);
      expect(of('atipsom-s14', lang).elements!.notes.map((n) => n.code)).toContain('means-not-required');
      expect(requiresMeans(of('atipsom-s13', lang).elements!)).toBe(true);
      expect(requiresMeans(of('atipsom-s12', lang).elements!)).toBe(true);
    }
    expect(codes('atipsom-s13', 'means')).toEqual(
      expect.arrayContaining(['threat', 'force', 'coercion', 'abduction', 'fraud', 'deception', 'abuse-of-power', 'abuse-of-vulnerability', 'payments']),
    );
  });

  it('Child Act s 43 needs a means only in para (c) (false pretence), so not of the offence as a whole', () => {
    expect(requiresMeans(of('child-act-s43', 'en').elements!)).toBe(false);
    expect(codes('child-act-s43', 'means')).toContain('fraud');
  });

  it('s 13 (aggravated, 2021 Act) needs one aggravating circumstance on top of the trafficking elements; s 12 none', () => {
    for (const lang of ['en', 'ms']) {
      expect(codes('atipsom-s13', 'circumstance', lang)).toEqual(
        ['grievous-hurt', 'death', 'suicide', 'life-threatening-disease', 'organised-crime', 'public-officer'],
      );
      expect(codes('atipsom-s12', 'circumstance', lang)).toEqual([]);
    }
    expect(codes('atipsom-s26b', 'circumstance', 'ms')).toEqual(expect.arrayContaining(['intent-to-exploit', 'risk-of-death']));
  });

  it('takes the acts and forms of exploitation from the definitions the offence uses', () => {
    const act = of('atipsom-s14').elements!.elements.find((e) => e.category === 'act')!;
    expect(act.options.map((o) => o.code)).toEqual(expect.arrayContaining(['recruit', 'transport', 'transfer', 'harbour', 'receive']));
    expect(act.options[0]!.source).toBe('atipsom-s2-trafficking-in-persons');
    expect(codes('atipsom-s12', 'purpose')).toEqual(expect.arrayContaining(['forced-labour', 'sexual-exploitation', 'organ-removal']));
    expect(codes('atipsom-s12', 'victim')).toEqual(['adult']);
    expect(codes('atipsom-s14', 'victim')).toEqual(['child', 'disabled-person']);
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

  it('reads the Part IIIA smuggling offences: s 26A needs the purpose of unlawful entry, not recruiting alone', () => {
    expect(codes('atipsom-s26a', 'act')).toEqual(expect.arrayContaining(['smuggle', 'recruit']));
    expect(codes('atipsom-s26a', 'purpose')).toEqual(['facilitate-smuggling']);
    expect(codes('atipsom-s26a', 'victim')).toEqual(['migrant']);
    expect(codes('atipsom-s26c', 'victim', 'ms')).toEqual(['migrant']);
    expect(codes('atipsom-s26e', 'act', 'ms')).toContain('document-fraud');
  });
});
