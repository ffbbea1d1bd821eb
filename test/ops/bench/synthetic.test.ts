import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocuments } from '../../../scripts/pipeline/documents/build.js';
import { mulberry32, shuffleWords, SYNTHETIC_BASIS, syntheticDocs } from '../../../scripts/ops/bench/synthetic.js';
import { ProvisionDoc } from '../../../src/schema/document.js';

let real: ProvisionDoc[];
beforeAll(async () => {
  real = await buildDocuments();
});

const sortedWords = (s: string) => s.split(/\s+/).filter(Boolean).sort();

describe('synthetic scale corpus (from the real documents)', () => {
  it('is deterministic and has exactly n documents with unique, valid keys', () => {
    const n = real.length * 2 + 7;
    const a = [...syntheticDocs(real, n)];
    expect(a).toHaveLength(n);
    expect([...syntheticDocs(real, n)]).toEqual(a);
    expect(new Set(a.map((d) => d.key)).size).toBe(n);
    for (const d of a) expect(ProvisionDoc.safeParse(d).success, d.key).toBe(true);
  });

  it('keeps each real document\'s words, shuffled, and marks it as not law', () => {
    const [first] = [...syntheticDocs(real, 1)];
    const source = real[0]!;
    expect(first!.key).toBe(`${source.id}-syn1_${source.lang}`);
    expect(sortedWords(first!.text)).toEqual(sortedWords(source.text));
    expect(first!.citation.startsWith('SYNTHETIC ')).toBe(true);
    expect(first!.source.basis).toBe(SYNTHETIC_BASIS);
    expect(first!.aliases).toEqual([]);
  });

  it('shuffles differently per copy', () => {
    const long = real.find((d) => d.text.split(' ').length > 30)!;
    const i = real.indexOf(long);
    const docs = [...syntheticDocs(real, real.length * 2)];
    expect(docs[i]!.text).not.toBe(long.text);
    expect(docs[i]!.text).not.toBe(docs[real.length + i]!.text);
  });
});

describe('seeded shuffle', () => {
  it('repeats for a seed and permutes the words', () => {
    const text = 'one two three four five six seven eight';
    expect(shuffleWords(text, mulberry32(42))).toBe(shuffleWords(text, mulberry32(42)));
    expect(sortedWords(shuffleWords(text, mulberry32(42)))).toEqual(sortedWords(text));
    const r = mulberry32(1);
    for (let i = 0; i < 100; i++) {
      const x = r();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});
