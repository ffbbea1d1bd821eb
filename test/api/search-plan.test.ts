import { describe, expect, it } from 'vitest';
import { actsNotHeldIn, blendFacts, INTERPRETATION_AFTER, interpretationLater, type PlannedHit } from '../../src/api/search-plan.js';

const hit = (id: string, via: PlannedHit['via'], more: Partial<PlannedHit['doc']> = {}): PlannedHit => ({ doc: { id, ...more } as PlannedHit['doc'], via });

describe('blending matched offences into search hits', () => {
  it('puts a matched offence before the search hit of the same rank, and alternates while both last', () => {
    const out = blendFacts([hit('a', 'search'), hit('b', 'search'), hit('c', 'search')], [hit('x', 'facts'), hit('y', 'facts')]);
    expect(out.map((h) => h.doc.id)).toEqual(['x', 'a', 'y', 'b', 'c']);
  });
  it('puts first a provision both the words and the matcher rank, as a search hit', () => {
    const out = blendFacts([hit('a', 'search'), hit('b', 'search'), hit('c', 'search')], [hit('x', 'facts'), hit('c', 'facts')]);
    expect(out.map((h) => `${h.doc.id}:${h.via}`)).toEqual(['c:search', 'x:facts', 'a:search', 'b:search']);
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

describe('interpretation sections', () => {
  it('come after the first hits of the page: each of their definitions is a hit of its own', () => {
    const s2 = hit('atipsom-s2', 'search', { kind: 'section', type: 'definition' });
    const others = ['a', 'b', 'c', 'd', 'e'].map((id) => hit(id, 'search', { kind: 'section', type: 'offence' }));
    const out = interpretationLater([s2, ...others]).map((h) => h.doc.id);
    expect(INTERPRETATION_AFTER).toBe(4);
    expect(out).toEqual(['a', 'b', 'c', 'd', 'atipsom-s2', 'e']);
  });
  it('leave a definition of its own, and a short page, in place', () => {
    const term = hit('atipsom-s2-exploitation', 'search', { kind: 'definition', type: 'definition' });
    expect(interpretationLater([term, hit('x', 'search')]).map((h) => h.doc.id)).toEqual(['atipsom-s2-exploitation', 'x']);
    const s2 = hit('atipsom-s2', 'search', { kind: 'section', type: 'definition' });
    expect(interpretationLater([s2, hit('x', 'search')]).map((h) => h.doc.id)).toEqual(['x', 'atipsom-s2']);
  });
});
