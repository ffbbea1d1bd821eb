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

  it('parses a penalty for every offence that is charged on its own', () => {
    expect(offences.length).toBeGreaterThan(50);
    expect(analysis.report.penalties.unparsed).toEqual([]);
    expect(offences.filter((a) => a.penalties.length === 0 && a.role !== 'way-of-charging').map((a) => `${a.id}_${a.lang}`)).toEqual([]);
    // A way of charging may state no punishment of its own (Penal Code s 111: liable "as if he had directly abetted it").
    const chargingWithoutClause = new Set(offences.filter((a) => a.role === 'way-of-charging' && a.penalties.length === 0).map((a) => `${a.id}_${a.lang}`)).size;
    expect(analysis.report.penalties.parsed + chargingWithoutClause).toBe(analysis.report.penalties.offences);
  });

  it('reads labels after the punishment as its conditions, not alternatives (Penal Code s 411A)', () => {
    const [p] = of('penal-code-s411a').penalties;
    expect(p!.variants).toHaveLength(1);
    expect(p!.variants[0]).toMatchObject({ imprisonment: { max_years: 6, mandatory: true } });
    expect(p!.clause).toContain('(b) knows or is reckless');
  });

  it('alternatives share the modal before their labels; death is a punishment only "with death" (Penal Code ss 374A, 304, 221)', () => {
    const [a, b] = of('penal-code-s374a').penalties[0]!.variants;
    expect(a).toMatchObject({ death: true, imprisonment: { min_years: 30, max_years: 40, mandatory: true }, whipping: { min_strokes: 12, mandatory: true } });
    expect(b).toMatchObject({ death: false, imprisonment: { min_years: 7, max_years: 30, mandatory: true }, fine: { mandatory: false } });
    // s 304: "the act by which the death is caused" is the offence, not its punishment
    expect(of('penal-code-s304').penalties[0]!.variants.map((v) => v.death)).toEqual([false, false]);
    // s 221: "an offence punishable with death" names another offence; "with or without fine" leaves the fine to the court
    const s221 = of('penal-code-s221').penalties[0]!.variants;
    expect(s221.map((v) => [v.death, v.imprisonment?.mandatory, v.fine?.mandatory])).toEqual([[false, true, false], [false, true, false], [false, true, false]]);
  });

  it('keeps a term stated relative to the offence committed as words, not a number (Penal Code ss 326A, 223)', () => {
    const [v] = of('penal-code-s326a').penalties[0]!.variants;
    expect(v!.imprisonment?.max_years).toBeUndefined();
    expect(v!.other).toMatch(/^twice of the maximum term for which he would have been liable on conviction for that offence/);
    expect(of('penal-code-s223').penalties[1]!.variants[0]!.other).toMatch(/^twice as long as the maximum term/);
  });

  it('reads the Malay "jika disabitkan" and "hendaklah, ..., dihukum dengan" as their English counterparts (SOCA ss 16, 19, 21)', () => {
    for (const lang of ['en', 'ms']) {
      expect(of('soca-s19', lang).penalties[0]!.variants[0], lang).toMatchObject({ fine: { max_ringgit: 5000, mandatory: false } });
      expect(of('soca-s16', lang).penalties[0]!.variants[0], lang).toMatchObject({ imprisonment: { max_years: 5, mandatory: true }, whipping: { min_strokes: 2, mandatory: true } });
      expect(of('soca-s21', lang).penalties[0]!.variants[0]!.other, lang).toBeDefined();
    }
    // "boleh dihukum dengan" is "punishable with": Child Act s 83(2)(c) states no penalty in either language.
    for (const lang of ['en', 'ms']) expect(of('child-act-s83', lang).penalties, lang).toEqual([]);
  });

  it('gives the Employment Act offences without a penalty of their own the general penalty of s 99A, cited', () => {
    for (const n of ['2a', '37', '59', '63a', '91', '92', '94', '97', '98', '99']) {
      const [p, ...more] = of(`employment-act-s${n}`).penalties;
      expect(more, n).toEqual([]);
      expect(p, n).toMatchObject({ basis: 'general', general_penalty: 'employment-act-s99a' });
      expect(p!.variants[0], n).toMatchObject({ fine: { max_ringgit: 50000, mandatory: false } });
      expect(p!.variants[0]!.imprisonment, n).toBeUndefined();
    }
    // s 101 punishes as Chapter X of the Penal Code prescribes: a punishment stated by reference, not a number.
    expect(of('employment-act-s101').penalties[0]).toMatchObject({ basis: 'own', variants: [{ other: 'punished as prescribed in such Chapter' }] });
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
