import { describe, expect, it } from 'vitest';
import { readThesaurus } from '../../scripts/pipeline/corpus/thesaurus.js';
import { indexSettings } from '../../src/search/settings.js';
import { expansionsOf, parseThesaurus, thesaurusSynonyms } from '../../src/search/thesaurus.js';

const small = parseThesaurus(`
groups:
  - [harbour, harbours, harbouring]
plain:
  - words: [victim, fake passport]
    terms: [trafficked person, fraudulent travel or identity document]
pairs:
  - {en: trafficked person, ms: orang yang diperdagangkan}
facts: []
actors: [employer]
function_words: [the]
`);

describe('index synonyms from the thesaurus', () => {
  it('spells out both directions of a group and of an English–Malay pair', () => {
    const s = thesaurusSynonyms(small);
    expect(s.harbour).toEqual(['harbours', 'harbouring']);
    expect(s.harbouring).toEqual(['harbour', 'harbours']);
    expect(s['trafficked person']).toEqual(['orang yang diperdagangkan']);
    expect(s['orang yang diperdagangkan']).toEqual(['trafficked person']);
  });
  it('maps a plain word to the statute terms one way only', () => {
    const s = thesaurusSynonyms(small);
    expect(s.victim).toEqual(['trafficked person', 'fraudulent travel or identity document']);
    expect(s['fraudulent travel or identity document']).toBeUndefined();
  });
  it('ships the thesaurus file in the index settings', () => {
    const s = indexSettings(readThesaurus()).synonyms as Record<string, string[]>;
    expect(s.victim).toContain('trafficked person');
    expect(s.shelter).toContain('place of refuge');
    expect(s.palsu).toContain('fraud');
    expect(s.agreed).toContain('consent');
    expect(s['place of refuge']).not.toContain('shelter');
  });
});

describe('expansions a query gets', () => {
  it('names the words expanded and what they became, the longest phrase only', () => {
    expect(expansionsOf(small, 'Fake passport used by the VICTIM')).toEqual([
      { words: 'fake passport', terms: ['trafficked person', 'fraudulent travel or identity document'], kind: 'plain' },
      { words: 'victim', terms: ['trafficked person', 'fraudulent travel or identity document'], kind: 'plain' },
    ]);
    expect(expansionsOf(small, 'harbouring')).toEqual([{ words: 'harbouring', terms: ['harbour', 'harbours'], kind: 'group' }]);
    expect(expansionsOf(small, 'passport office')).toEqual([]);
  });
});
