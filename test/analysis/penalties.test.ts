import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../scripts/analysis/numbers.js';
import { analysis, of } from './corpus.js';

describe('number words', () => {
  it.each([
    ['one hundred and fifty thousand', 150000],
    ['two hundred and fifty thousand', 250000],
    ['dua ratus lima puluh ribu', 250000],
    ['satu ratus lima puluh ribu', 150000],
    ['lima belas', 15],
    ['satu juta', 1000000],
    ['twenty', 20],
  ])('%s → %d', (words, n) => expect(parseNumber(words)).toBe(n));
});

describe('penalties on the real corpus', () => {
  const offences = [...analysis.provisions.values()].filter((a) => a.offence);

  it('parses a penalty for every offence; unparsed is empty', () => {
    expect(offences.length).toBeGreaterThan(50);
    expect(analysis.report.penalties.unparsed).toEqual([]);
    expect(offences.filter((a) => a.penalties.length === 0).map((a) => `${a.id}_${a.lang}`)).toEqual([]);
    expect(analysis.report.penalties.parsed).toBe(analysis.report.penalties.offences);
  });

  it('keeps each clause verbatim', () => {
    for (const a of offences) {
      for (const p of a.penalties) if (p.basis === 'own') expect(p.clause.length).toBeGreaterThan(10);
    }
  });

  it('normalises ATIPSOM s 13 and s 15 (English) and s 12 (Malay)', () => {
    expect(of('atipsom-s13').penalties[0]!.variants[0]).toMatchObject({
      imprisonment: { min_years: 3, max_years: 20, life: false, mandatory: true },
      fine: { mandatory: false },
    });
    expect(of('atipsom-s15').penalties[0]!.variants[0]!.fine).toMatchObject({ min_ringgit: 50000, max_ringgit: 500000 });
    expect(of('atipsom-s12', 'ms').penalties[0]!.variants[0]!.imprisonment).toMatchObject({ max_years: 15, mandatory: true });
  });

  it('splits alternatives: individual / body corporate (s 23), and (aa)/(bb) with whipping (Child Act s 43)', () => {
    const s23 = of('atipsom-s23').penalties[0]!.variants;
    expect(s23.map((v) => v.applies_to)).toEqual(['where such person is an individual', 'where such person is a body corporate']);
    expect(s23[0]).toMatchObject({ either_or_both: true, imprisonment: { max_years: 5 }, fine: { max_ringgit: 250000 } });
    const s43 = of('child-act-s43').penalties[0]!.variants;
    expect(s43).toHaveLength(2);
    expect(s43[1]).toMatchObject({ imprisonment: { min_years: 3, max_years: 15 }, whipping: { max_strokes: 6, mandatory: true } });
  });

  it('falls back to the general penalty (ATIPSOM s 63) where an offence states none (s 39)', () => {
    const [p] = of('atipsom-s39').penalties;
    expect(p).toMatchObject({ basis: 'general', general_penalty: 'atipsom-s63' });
    expect(p!.variants[0]).toMatchObject({ either_or_both: true, fine: { max_ringgit: 150000 }, imprisonment: { max_years: 3 } });
  });

  it('does not treat the general penalty section itself as an offence', () => {
    expect(of('atipsom-s63').offence).toBe(false);
  });
});
