/**
 * The offence model on the real corpus: which provisions create an offence, their elements (each
 * backed by verbatim words) and penalties; curated overrides applied; ways of charging apart.
 */
import { describe, expect, it } from 'vitest';
import { containsVerbatim } from '../../../scripts/pipeline/analysis/input.js';
import { docKey } from '../../../src/schema/ids.js';
import { analysis, annotations, items, of } from './corpus.js';

const text = new Map(items.map((p) => [docKey(p.meta.id, p.meta.lang), p.text]));

describe('the offence model', () => {
  it('reports offences per Act, one per provision', () => {
    const counts = analysis.report.offences;
    console.log(`offences per Act: ${Object.entries(counts).map(([act, c]) => `${act} ${c.offences} (curated ${c.curated}, ways of charging ${c.ways_of_charging})`).join('; ')}`);
    for (const act of ['atipsom', 'penal-code', 'child-act', 'soca', 'employment-act', 'cype-act']) {
      expect(counts[act]?.offences ?? 0, act).toBeGreaterThan(0);
    }
  });

  it('provisions that create no offence are not offences: powers, duties, regulations', () => {
    for (const id of ['child-act-s111', 'child-act-s113', 'child-act-s128']) {
      for (const lang of ['en', 'ms']) expect(of(id, lang).offence, `${id}_${lang}`).toBe(false);
    }
    expect(of('penal-code-s359').offence).toBe(false); // "Kidnapping is of two kinds": a definition
    expect(of('penal-code-s362').offence).toBe(false);
  });

  it('every offence that can be charged names its conduct; ways of charging carry no elements', () => {
    for (const a of analysis.provisions.values()) {
      if (!a.offence || !a.elements) continue;
      expect(a.elements.elements.some((e) => e.category === 'act'), `${a.id}_${a.lang}`).toBe(true);
    }
    for (const o of annotations.offences.filter((x) => x.role === 'way-of-charging')) {
      expect(of(o.id).elements, o.id).toBeUndefined();
    }
  });

  it('every element option quotes words found verbatim in the provision it names', () => {
    let checked = 0;
    for (const a of analysis.provisions.values()) {
      for (const e of a.elements?.elements ?? []) {
        for (const o of e.options) {
          const source = text.get(docKey(o.source, a.lang));
          expect(source !== undefined && containsVerbatim(source, o.words), `${a.id}_${a.lang} ${e.category} "${o.words}" in ${o.source}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('the Penal Code chapters on confinement, kidnapping, slavery, prostitution, forced labour and sexual offences are modelled', () => {
    const modelled = ['341', '342', '343', '344', '345', '346', '347', '348', '363', '364', '365', '366', '367', '368', '369', '370', '371', '372', '372a', '372b', '373', '374', '376', '377b', '377c', '377ca', '377d', '377e'];
    for (const n of modelled) {
      const a = of(`penal-code-s${n}`);
      expect(a.offence, n).toBe(true);
      expect(a.elements?.elements.find((e) => e.category === 'act')?.options[0]?.code, n).not.toBe('other-conduct');
      expect(a.penalties.length, n).toBeGreaterThan(0);
    }
  });

  it('normalises the Penal Code\'s "shall be punished ... which may extend to" penalties', () => {
    const v = (id: string) => of(id).penalties[0]!.variants[0]!;
    expect(v('penal-code-s374')).toMatchObject({ imprisonment: { max_years: 1, mandatory: false }, fine: { mandatory: false }, either_or_both: true });
    expect(v('penal-code-s372')).toMatchObject({ imprisonment: { max_years: 15, mandatory: true }, whipping: { mandatory: true }, fine: { mandatory: false } });
    expect(v('penal-code-s341')).toMatchObject({ imprisonment: { max_years: 0.08 }, fine: { max_ringgit: 1000 } });
    expect(v('employment-act-s90b')).toMatchObject({ imprisonment: { max_years: 2 }, fine: { max_ringgit: 100_000 }, either_or_both: true });
  });
});
