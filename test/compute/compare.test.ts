import { describe, expect, it } from 'vitest';
import { compare, refIds, type ComparedProvision } from '../../src/compute/compare.js';
import { items, of } from '../pipeline/analysis/corpus.js';

const provision = (id: string, lang: 'en' | 'ms' = 'en'): ComparedProvision => {
  const p = items.find((x) => x.meta.id === id && x.meta.lang === lang)!;
  const a = of(id, lang);
  return {
    id, lang, short_citation: id, heading: p.meta.heading, status: p.meta.status, text: p.text,
    unavailable: p.meta.unavailable, elements: a.elements, penalties: a.penalties,
    refs_out: refIds(a.refs_out, id), overlaps: a.overlaps, gaps: a.gaps,
  };
};

describe('compare on the real corpus', () => {
  it('ATIPSOM ss 12, 13, 14: verbatim text, means required except in s 14, penalties normalised', () => {
    const c = compare(['atipsom-s12', 'atipsom-s13', 'atipsom-s14'].map((id) => provision(id)));
    expect(c.provisions[2]!.text).toContain('is irrelevant and is not a requirement to be proved');
    const deception = c.elements.find((r) => r.category === 'means' && r.code === 'deception')!;
    expect(deception.cells['atipsom-s12']).toMatchObject({ required: true, source: 'atipsom-s2-trafficking-in-persons' });
    expect(deception.cells['atipsom-s14']).toMatchObject({ required: false });
    const child = c.elements.find((r) => r.category === 'victim' && r.code === 'child')!;
    expect(child.cells['atipsom-s12']).toBeNull();
    expect(c.penalties.map((p) => [p.id, p.max_years, p.life, p.whipping])).toEqual([
      ['atipsom-s12', 20, false, false],
      ['atipsom-s13', undefined, true, true],
      ['atipsom-s14', undefined, true, true],
    ]);
    expect(c.differences).toContain('means: required in atipsom-s12; required in atipsom-s13; not required in atipsom-s14.');
    expect(c.differences.some((d) => d.startsWith('circumstance: absent in atipsom-s12; required in atipsom-s13'))).toBe(true);
    expect(c.label).toBe('analysis, not legal advice');
  });

  it('ATIPSOM s 14 and Child Act s 48: their overlap and penalty-disparity gap are relations among them', () => {
    const c = compare([provision('atipsom-s14'), provision('child-act-s48')]);
    expect(c.relations.overlaps).toContain('overlap-atipsom-s14-child-act-s48');
    expect(c.relations.gaps).toContain('penalty-disparity-atipsom-s14-child-act-s48');
    expect(c.differences.find((d) => d.startsWith('maximum punishment'))).toContain('imprisonment for life (atipsom-s14)');
  });

  it('compares s 25 in English (held since the reprints) and relates s 16 to what it cites', () => {
    const c = compare([provision('atipsom-s25'), provision('atipsom-s16'), provision('atipsom-s13')]);
    expect(c.differences.some((d) => d.includes('no en text'))).toBe(false);
    expect(c.relations.references).toEqual([{ from: 'atipsom-s16', to: 'atipsom-s13' }]);
  });
});
