/**
 * Ranking quality metrics over provision ids. `ranked` is what the engine returned, best first;
 * `expected` is the judged list, most relevant first. Pure functions; unit-tested with
 * hand-computed examples in test/bench/metrics.test.ts.
 */

/** Keeps the first occurrence of each id: a provision counts once however often it comes back. */
export const dedupe = (ranked: readonly string[]): string[] => [...new Set(ranked)];

/** 1 / rank of the first expected id within the top k, 0 when none is there (MRR@k per query). */
export function reciprocalRank(ranked: readonly string[], expected: readonly string[], k = 10): number {
  const relevant = new Set(expected);
  const rank = dedupe(ranked).slice(0, k).findIndex((id) => relevant.has(id));
  return rank < 0 ? 0 : 1 / (rank + 1);
}

/** Share of the expected ids found in the top k. */
export function recallAt(ranked: readonly string[], expected: readonly string[], k = 10): number {
  const top = new Set(dedupe(ranked).slice(0, k));
  return expected.filter((id) => top.has(id)).length / expected.length;
}

/**
 * Graded relevance from the judged order: of n expected ids, the first has grade n, the last 1,
 * anything else 0.
 */
export function grades(expected: readonly string[]): Map<string, number> {
  return new Map(expected.map((id, i) => [id, expected.length - i]));
}

const dcg = (gains: readonly number[]): number => gains.reduce((sum, g, i) => sum + g / Math.log2(i + 2), 0);

/** nDCG@k with linear gains (grade / log2(rank + 1)); 1 means the judged order exactly. */
export function ndcgAt(ranked: readonly string[], expected: readonly string[], k = 10): number {
  const grade = grades(expected);
  const got = dcg(dedupe(ranked).slice(0, k).map((id) => grade.get(id) ?? 0));
  const ideal = dcg([...grade.values()].sort((a, b) => b - a).slice(0, k));
  return got / ideal;
}

export interface Scores {
  queries: number;
  mrr: number;
  recall10: number;
  ndcg10: number;
}

/** Mean of each metric over the queries. */
export function meanScores(perQuery: readonly Omit<Scores, 'queries'>[]): Scores {
  const n = perQuery.length;
  const mean = (pick: (s: Omit<Scores, 'queries'>) => number) => (n ? perQuery.reduce((a, s) => a + pick(s), 0) / n : 0);
  return { queries: n, mrr: mean((s) => s.mrr), recall10: mean((s) => s.recall10), ndcg10: mean((s) => s.ndcg10) };
}

export function scoreQuery(ranked: readonly string[], expected: readonly string[]): Omit<Scores, 'queries'> {
  return { mrr: reciprocalRank(ranked, expected), recall10: recallAt(ranked, expected), ndcg10: ndcgAt(ranked, expected) };
}

