import { describe, expect, it } from 'vitest';
import { dedupe, grades, meanScores, ndcgAt, recallAt, reciprocalRank, scoreQuery } from '../../../scripts/ops/bench/metrics.js';

const ten = ['x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8', 'x9', 'x10'];

describe('reciprocal rank', () => {
  it('is 1 / rank of the first expected id', () => {
    expect(reciprocalRank(['a', 'x'], ['a'])).toBe(1);
    expect(reciprocalRank(['x', 'a', 'b'], ['a', 'b'])).toBe(1 / 2);
    // any expected id counts, not only the most relevant one
    expect(reciprocalRank(['x', 'y', 'b', 'a'], ['a', 'b'])).toBe(1 / 3);
  });
  it('counts a repeated id once', () => {
    expect(reciprocalRank(['x', 'x', 'a'], ['a'])).toBe(1 / 2);
  });
  it('is 0 when no expected id is in the top 10', () => {
    expect(reciprocalRank([...ten, 'a'], ['a'])).toBe(0);
    expect(reciprocalRank([], ['a'])).toBe(0);
  });
});

describe('recall@k', () => {
  it('is the share of expected ids in the top k', () => {
    expect(recallAt(['a', 'x', 'c'], ['a', 'b', 'c'])).toBeCloseTo(2 / 3, 12);
    expect(recallAt(['a', 'x', 'c'], ['a', 'b', 'c'], 1)).toBeCloseTo(1 / 3, 12);
    expect(recallAt([...ten, 'a'], ['a'])).toBe(0);
  });
});

describe('nDCG@k with graded relevance from the judged order', () => {
  it('grades n..1 down the expected list', () => {
    expect([...grades(['a', 'b', 'c'])]).toEqual([['a', 3], ['b', 2], ['c', 1]]);
  });
  it('is 1 for the judged order and 0 with no expected id', () => {
    expect(ndcgAt(['a', 'b', 'x'], ['a', 'b'])).toBeCloseTo(1, 12);
    expect(ndcgAt(ten, ['a'])).toBe(0);
  });
  it('matches hand computation for a swapped pair', () => {
    // DCG = 1/log2(2) + 2/log2(3) = 2.261860; IDCG = 2/log2(2) + 1/log2(3) = 2.630930
    expect(ndcgAt(['b', 'a'], ['a', 'b'])).toBeCloseTo(2.26186 / 2.63093, 4);
  });
  it('is 1/log2(rank+1) for a single expected id', () => {
    expect(ndcgAt(['x', 'y', 'a'], ['a'])).toBeCloseTo(0.5, 12);
  });
  it('ignores duplicates before ranking', () => {
    expect(ndcgAt(['a', 'a', 'b'], ['a', 'b'])).toBeCloseTo(1, 12);
  });
});

describe('means', () => {
  it('averages each metric over queries', () => {
    const one = scoreQuery(['a'], ['a']);
    const two = scoreQuery(['x', 'a', 'y'], ['b', 'a']); // rr 1/2, recall 1/2, ndcg (1/log2 3)/(2 + 1/log2 3)
    expect(one).toEqual({ mrr: 1, recall10: 1, ndcg10: 1 });
    const m = meanScores([one, two]);
    expect(m.queries).toBe(2);
    expect(m.mrr).toBeCloseTo(0.75, 12);
    expect(m.recall10).toBeCloseTo(0.75, 12);
    expect(m.ndcg10).toBeCloseTo((1 + 0.63093 / 2.63093) / 2, 4);
  });
  it('is zero for no queries', () => {
    expect(meanScores([])).toEqual({ queries: 0, mrr: 0, recall10: 0, ndcg10: 0 });
  });
  it('dedupes keeping the first position', () => {
    expect(dedupe(['b', 'a', 'b', 'c', 'a'])).toEqual(['b', 'a', 'c']);
  });
});
