/**
 * The words index's documents (src/search/words.ts): what the indexer counts and writes.
 */
import { describe, expect, it } from 'vitest';
import { tokens, WORD_LIST_MAX, WordCounter, wordDocs, WordTally } from '../../src/search/words.js';

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

describe("a long-lived indexer's word counts (WordTally)", () => {
  /** A small deterministic generator (mulberry32), so a failure can be replayed. */
  function random(seed: number) {
    let a = seed;
    return (n: number) => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
    };
  }
  const VOCABULARY = ['child', 'labour', 'kanak', 'forced', 'exploitation', 'mangsa', 'pemerdagangan', 'débiteur', 'passport', 'wages'];
  const byKey = (words: readonly { key: string }[]) => [...words].sort((a, b) => a.key.localeCompare(b.key));

  it('gives what counting every document gives, through changes, deletions, languages and the WORD_LIST_MAX line', () => {
    const next = random(17);
    const tally = new WordTally();
    // 130 provisions in two languages: "common" crosses WORD_LIST_MAX as documents come and go.
    let docs = new Map<string, Record<string, unknown>>();
    const make = (id: string, lang: string) => ({
      key: `${id}_${lang}`,
      id,
      lang,
      heading: VOCABULARY[next(VOCABULARY.length)]!,
      text: Array.from({ length: 1 + next(6) }, () => VOCABULARY[next(VOCABULARY.length)]).join(' ') + (next(3) ? ' common' : ''),
    });
    for (let i = 0; i < 130; i++) for (const lang of ['en', 'ms']) if (next(4)) docs.set(`p${i}_${lang}`, make(`p${i}`, lang));
    const listed = new Set<boolean>();
    for (let round = 0; round < 40; round++) {
      const counted = tally.update([...docs.values()]);
      const expected = wordDocs([...docs.values()]);
      expect(byKey(counted), `round ${round}`).toStrictEqual(byKey(expected));
      listed.add(expected.find((w) => w.w === "common")!.p !== undefined);
      // Change, delete and add a few documents; sometimes the same document again as a new object.
      const changed = new Map(docs);
      for (let k = 0; k < 1 + next(8); k++) {
        const id = `p${next(130)}`;
        const lang = next(2) ? 'en' : 'ms';
        const key = `${id}_${lang}`;
        const what = next(4);
        if (what === 0) changed.delete(key);
        else if (what === 1 && changed.has(key)) changed.set(key, { ...changed.get(key)! });
        else changed.set(key, make(id, lang));
      }
      docs = changed;
    }
    // "common" was on both sides of the line: listed by provision, and a count only.
    expect([...listed].sort()).toEqual([false, true]);
  });

  it("keeps an untouched word's document the very object of the last call", () => {
    const tally = new WordTally();
    const a = { key: 'a_en', id: 'a', text: 'alpha shared' };
    const b = { key: 'b_en', id: 'b', text: 'beta shared' };
    const first = new Map(tally.update([a, b]).map((w) => [w.w, w]));
    const second = new Map(tally.update([a, { ...b, text: 'gamma shared' }]).map((w) => [w.w, w]));
    expect(second.get('alpha')).toBe(first.get('alpha'));
    expect(second.get('shared')).not.toBe(first.get('shared'));
    expect(second.get('shared')).toStrictEqual(first.get('shared'));
    expect(second.has('beta')).toBe(false);
    expect(second.get('gamma')).toMatchObject({ d: 1, p: ['b'] });
  });
});
