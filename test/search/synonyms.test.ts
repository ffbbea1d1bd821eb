import { describe, expect, it } from 'vitest';
import { INDEX_SETTINGS, synonyms } from '../../src/search/settings.js';

describe('index synonyms', () => {
  it('spells out both directions of an equivalence group', () => {
    const s = synonyms([['harbour', 'harbours', 'harbouring']], {});
    expect(s).toEqual({ harbour: ['harbours', 'harbouring'], harbours: ['harbour', 'harbouring'], harbouring: ['harbour', 'harbours'] });
  });
  it('maps a plain word to the statute term one way only, merged with its groups', () => {
    const s = synonyms([['victim', 'mangsa']], { victim: ['trafficked person'] });
    expect(s.victim).toEqual(['mangsa', 'trafficked person']);
    expect(s['trafficked person']).toBeUndefined();
  });
  it('ships the plain-word mappings in the index settings', () => {
    const s = INDEX_SETTINGS.synonyms as Record<string, string[]>;
    expect(s.victim).toContain('trafficked person');
    expect(s.shelter).toContain('place of refuge');
    expect(s.palsu).toContain('fraud');
    expect(s['place of refuge']).not.toContain('shelter');
  });
});
