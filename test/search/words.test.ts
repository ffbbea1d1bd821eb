/**
 * The words index's documents (src/search/words.ts): what the indexer counts and writes.
 */
import { describe, expect, it } from 'vitest';
import { tokens, WORD_LIST_MAX, WordCounter, wordDocs } from '../../src/search/words.js';

const doc = (id: string, text: string, more: Record<string, unknown> = {}) => ({ id, text, ...more });

describe('the words index documents', () => {
  it('count each document holding a word once, and each provision once over its languages', () => {
    const words = wordDocs([doc('a-s1', 'child child labour', { heading: 'Child' }), doc('a-s1', 'kanak child'), doc('a-s2', 'labour')]);
    const by = new Map(words.map((w) => [w.w, w]));
    expect(by.get('child')).toMatchObject({ d: 2, p: ['a-s1'] });
    expect(by.get('labour')).toMatchObject({ d: 2, p: ['a-s1', 'a-s2'] });
    expect(by.get('kanak')).toMatchObject({ d: 1, p: ['a-s1'] });
  });

  it('read only the searched attributes, nested ones too (part.heading), and every string of a list', () => {
    const words = wordDocs([doc('a-s1', 'text', { lang: 'en', act: 'atipsom', part: { heading: 'Preliminary' }, aliases: ['Trafficking', 'ATIPSOM'] })]);
    expect(words.map((w) => w.w).sort()).toEqual(['atipsom', 'preliminary', 'text', 'trafficking']);
  });

  it('keep which provisions only below WORD_LIST_MAX; at that many the word is a count', () => {
    const counter = new WordCounter();
    for (let i = 0; i < WORD_LIST_MAX - 1; i++) counter.add(doc(`p${i}`, 'rare common'));
    counter.add(doc('last', 'common'));
    const by = new Map(counter.docs().map((w) => [w.w, w]));
    expect(by.get('rare')!.p).toHaveLength(WORD_LIST_MAX - 1);
    expect(by.get('common')!.p).toBeUndefined();
    expect(by.get('common')!.d).toBe(WORD_LIST_MAX);
  });

  it('key each word by its UTF-8 bytes in hex, a valid document id in any script; a word too long for an id is left out', () => {
    const words = wordDocs([doc('a-s1', `abc ωmega ${'x'.repeat(300)}`)]);
    expect(words.map((w) => [w.w, w.key])).toEqual([
      ['abc', '616263'],
      ['ωmega', 'cf896d656761'],
    ]);
    for (const w of words) expect(w.key).toMatch(/^[0-9a-f]+$/);
  });

  it('cut words as the engine does: lower case, no accents, at punctuation and hyphens, outside ASCII by Unicode classes', () => {
    expect(tokens('Kanak-kanak “dieksploitasi”, Café s.14A')).toEqual(['kanak', 'kanak', 'dieksploitasi', 'cafe', 's', '14a']);
    expect(tokens('ﬁrst Ωmega—x')).toEqual(['first', 'ωmega', 'x']);
  });
});
