import { describe, expect, it } from 'vitest';
import { ELEMENT_RULES } from '../../scripts/pipeline/analysis/elements.js';
import { matchOffences, offencesFor, type OffenceElements } from '../../src/compute/match.js';
import { ELEMENT_CODES } from '../../src/schema/elements.js';
import { Facts } from '../../src/schema/match.js';
import { analysis } from '../pipeline/analysis/corpus.js';

const offences: OffenceElements[] = [...analysis.provisions.values()].flatMap((a) =>
  a.offence && a.elements ? [{ id: a.id, lang: a.lang as 'en' | 'ms', elements: a.elements }] : [],
);
const match = (facts: unknown) => {
  const f = Facts.parse(facts);
  return matchOffences(f, offencesFor(f.lang, offences));
};
const rank = (r: ReturnType<typeof match>, id: string) => r.findIndex((m) => m.id === id);

describe('match facts to offences on the real corpus (current ATIPSOM)', () => {
  it('the vocabulary the API accepts is exactly the codes the element rules produce', () => {
    for (const rule of ELEMENT_RULES) expect(ELEMENT_CODES[rule.category], rule.code).toContain(rule.code);
    const ruleCodes = new Set(ELEMENT_RULES.map((r) => r.code));
    for (const list of Object.values(ELEMENT_CODES)) for (const c of list) expect(ruleCodes.has(c), c).toBe(true);
  });

  it('a 15-year-old recruited for sexual exploitation, no means: s 14 first; s 13 needs means and an adult victim', () => {
    const r = match({ victim_age: 15, conduct: ['recruit'], purpose: ['sexual-exploitation'] });
    const s14 = r.find((m) => m.id === 'atipsom-s14')!;
    expect(rank(r, 'atipsom-s14')).toBeLessThan(rank(r, 'atipsom-s13'));
    expect(s14).toMatchObject({ applicable: true, score: 1, to_prove: [] });
    expect(s14.not_required.map((c) => c.category)).toEqual(['means']);
    expect(s14.matched.find((c) => c.category === 'victim')!.matched).toEqual(['child']);
    const s13 = r.find((m) => m.id === 'atipsom-s13')!;
    expect(s13.to_prove.map((c) => c.category)).toEqual(['means', 'circumstance']);
    expect(s13.contradicted.map((c) => c.category)).toEqual(['victim']);
    expect(s13.applicable).toBe(false);
  });

  it('an adult transported by deception for forced labour: s 12 met in full; s 13 matches deception and needs an aggravating circumstance', () => {
    const r = match({ victim_age: 30, conduct: ['transport'], means: ['deception'], purpose: ['forced-labour'] });
    expect(r[0]).toMatchObject({ id: 'atipsom-s12', score: 1, applicable: true, to_prove: [] });
    const s13 = r.find((m) => m.id === 'atipsom-s13')!;
    expect(s13.applicable).toBe(true);
    expect(s13.matched.find((c) => c.category === 'means')!.matched).toEqual(['deception']);
    expect(s13.to_prove.map((c) => c.category)).toEqual(['circumstance']);
    // s 14 reaches an adult only if unable to protect himself (disability or condition): still to prove.
    expect(rank(r, 'atipsom-s14')).toBeGreaterThan(rank(r, 'atipsom-s13'));
    expect(r.find((m) => m.id === 'atipsom-s14')!.to_prove.flatMap((c) => c.options.map((o) => o.code))).toEqual(['child', 'disabled-person']);
    const notDisabled = match({ victim_age: 30, victim_disabled: false, conduct: ['transport'], means: ['deception'], purpose: ['forced-labour'] });
    expect(notDisabled.find((m) => m.id === 'atipsom-s14')!.applicable).toBe(false);
  });

  it('smuggling: a smuggled migrant carried through Malaysia meets s 26C (Malay text)', () => {
    const r = match({ migrant_status: 'smuggled-migrant', conduct: ['bring-in-transit'] });
    expect(r[0]).toMatchObject({ id: 'atipsom-s26c', lang: 'ms', score: 1 });
    expect(r.find((m) => m.id === 'atipsom-s15a')!.to_prove.map((c) => c.category)).toEqual(['victim']);
  });

  it('rejects codes outside the vocabulary', () => {
    expect(Facts.safeParse({ conduct: ['kidnap'] }).success).toBe(false);
  });
});
