import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../scripts/pipeline/corpus/read.js';

const corpus = await readCorpus();
const byId = (id: string, lang: string) => corpus.find((p) => p.meta.id === id && p.meta.lang === lang);

describe('definitions whose quotation marks the source garbled', () => {
  // Child Act en prints 'child"— and the Malay text prints ## pemunya — without quotes: both are
  // definitions all the same, and "child" is one the comparison of Acts depends on.
  it.each([
    ['child-act-s2-child', 'en', 'child'],
    ['child-act-s2-kanak-kanak', 'ms', 'kanak-kanak'],
    ['child-act-s2-owner', 'en', 'owner'],
    ['child-act-s2-pemunya', 'ms', 'pemunya'],
  ])('%s (%s) is its own provision', (id, lang, term) => {
    const p = byId(id, lang);
    expect(p?.meta.term).toBe(term);
    expect(p?.blocks.length).toBeGreaterThan(0);
  });
});
