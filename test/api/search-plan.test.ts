import { describe, expect, it } from 'vitest';
import { actsNotHeldIn, blendFacts, type PlannedHit } from '../../src/api/search-plan.js';

const hit = (id: string, via: PlannedHit['via']): PlannedHit => ({ doc: { id } as PlannedHit['doc'], via });

describe('blending matched offences into search hits', () => {
  it('puts the first search hit first, then alternates while both last', () => {
    const out = blendFacts([hit('a', 'search'), hit('b', 'search'), hit('c', 'search')], [hit('x', 'facts'), hit('y', 'facts')]);
    expect(out.map((h) => h.doc.id)).toEqual(['a', 'x', 'b', 'y', 'c']);
  });
  it('lists the facts alone when the words found nothing', () => {
    expect(blendFacts([], [hit('x', 'facts'), hit('y', 'facts')]).map((h) => h.doc.id)).toEqual(['x', 'y']);
  });
});

describe('languages', () => {
  it('knows the Acts held in English only', () => {
    expect(actsNotHeldIn('ms')).toEqual(expect.arrayContaining(['penal-code']));
    expect(actsNotHeldIn('ms')).not.toContain('atipsom');
    expect(actsNotHeldIn('en')).toEqual([]);
  });
});
