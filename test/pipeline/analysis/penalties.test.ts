import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../scripts/pipeline/analysis/numbers.js';
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

  it('parses a penalty for every offence but two known ones', () => {
    expect(offences.length).toBeGreaterThan(50);
    // Known and listed in the corpus report: s 411A's conditions (a), (b) read as alternatives; SOCA s 19
    // in Malay states no punishment and the Act has no general penalty provision.
    expect(analysis.report.penalties.unparsed.map((u) => `${u.id}_${u.lang}`)).toEqual(['penal-code-s411a_en', 'soca-s19_ms']);
    expect(offences.filter((a) => a.penalties.length === 0 && a.role !== 'way-of-charging').map((a) => `${a.id}_${a.lang}`)).toEqual(['penal-code-s411a_en', 'soca-s19_ms']);
    const chargingWithoutClause = new Set(offences.filter((a) => a.role === 'way-of-charging' && a.penalties.length === 0).map((a) => `${a.id}_${a.lang}`)).size;
    expect(analysis.report.penalties.parsed + 2 + chargingWithoutClause).toBe(analysis.report.penalties.offences);
  });

  it('keeps each clause verbatim', () => {
    for (const a of offences) {
      for (const p of a.penalties) if (p.basis === 'own') expect(p.clause.length).toBeGreaterThan(10);
    }
  });

  it('parses every Part IIIA smuggling offence (ss 26A-26K, Malay)', () => {
    const part = [...'abcdefghijk'].map((x) => of(`atipsom-s26${x}`, 'ms'));
    expect(part.filter((a) => a.offence).map((a) => a.id)).toHaveLength(11);
    for (const a of part) expect(a.penalties.length, a.id).toBeGreaterThan(0);
  });

  it('normalises the current ATIPSOM ss 12-14 (2021 Act) and s 15 (Malay, 2010 Act)', () => {
    for (const lang of ['en', 'ms']) {
      expect(of('atipsom-s12', lang).penalties[0]!.variants[0]!.imprisonment).toMatchObject({ max_years: 20, mandatory: true });
      for (const id of ['atipsom-s13', 'atipsom-s14']) {
        expect(of(id, lang).penalties[0]!.variants[0], `${id}_${lang}`).toMatchObject({
          imprisonment: { min_years: 5, life: true, mandatory: true },
          whipping: { mandatory: false },
        });
      }
    }
    for (const lang of ['en', 'ms']) {
      expect(of('atipsom-s15', lang).penalties[0]!.variants[0], lang).toMatchObject({
        fine: { min_ringgit: 500000, max_ringgit: 1000000 },
        forfeiture: true,
      });
    }
  });

  it('splits alternatives: "or to both" (s 23, Malay), and (aa)/(bb) with whipping (Child Act s 43)', () => {
    const [s23] = of('atipsom-s23', 'ms').penalties[0]!.variants;
    expect(s23).toMatchObject({ either_or_both: true, imprisonment: { max_years: 5 }, fine: { max_ringgit: 250000 } });
    const s43 = of('child-act-s43').penalties[0]!.variants;
    expect(s43).toHaveLength(2);
    expect(s43[1]).toMatchObject({ imprisonment: { min_years: 3, max_years: 15 }, whipping: { max_strokes: 6, mandatory: true } });
  });

  it('falls back to the general penalty (ATIPSOM s 63) where an offence states none (s 39)', () => {
    for (const lang of ['en', 'ms']) {
      const [p] = of('atipsom-s39', lang).penalties;
      expect(p).toMatchObject({ basis: 'general', general_penalty: 'atipsom-s63' });
      expect(p!.variants[0]).toMatchObject({ either_or_both: true, fine: { max_ringgit: 150000 }, imprisonment: { max_years: 3 } });
    }
    // The reprints hold s 63 in both languages: each offence cites its own language's clause.
    for (const lang of ['en', 'ms']) expect(of('atipsom-s39', lang).penalties[0]!.clause_lang).toBeUndefined();
  });

  it('does not treat the general penalty section itself as an offence', () => {
    expect(of('atipsom-s63').offence).toBe(false);
  });
});
