/**
 * Overlaps measured against a labelled set of pairs (test/analysis/overlap-pairs.yaml, ≥ 60, true
 * and false, every bad pair of issue #13 among the false): precision and recall of the computed
 * overlaps alone and of the published set (curated + computed). Figures go to BENCHMARKS.md,
 * "Overlap precision".
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { elementOverlap, OVERLAP_THRESHOLD } from '../../../scripts/pipeline/analysis/relations.js';
import { docKey } from '../../../src/schema/ids.js';
import type { Overlap } from '../../../src/schema/overlap.js';
import { analysis, items } from './corpus.js';

const Pair = z.object({ a: z.string(), b: z.string(), overlap: z.boolean(), why: z.string().min(1) }).strict();
const pairs = z.array(Pair).parse(parse(await readFile(new URL('./overlap-pairs.yaml', import.meta.url), 'utf8')));
const key = (a: string, b: string) => [a, b].sort().join('|');

/** Every pair of provisions an overlap record relates (a curated record may relate three or more). */
const pairsOf = (overlaps: readonly Overlap[]): Set<string> =>
  new Set(overlaps.flatMap((o) => o.provisions.flatMap((x, i) => o.provisions.slice(i + 1).map((y) => key(x, y)))));

function evaluate(predicted: ReadonlySet<string>) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong: string[] = [];
  for (const p of pairs) {
    const said = predicted.has(key(p.a, p.b));
    if (said && p.overlap) tp++;
    else if (said) (fp++, wrong.push(`false positive ${p.a} ~ ${p.b}`));
    else if (p.overlap) (fn++, wrong.push(`missed ${p.a} ~ ${p.b}`));
  }
  return { tp, fp, fn, precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn), wrong };
}

const published = pairsOf(analysis.overlaps);
/**
 * What the rule alone says, before curated records take their pairs over: every cross-Act pair of
 * offences (one language per provision, English first) the element overlap accepts.
 */
const actOf = new Map(items.map((p) => [p.meta.id, p.meta.act]));
const modelled = [...analysis.provisions.values()].filter((a) => a.offence && a.elements && (a.lang === 'en' || !analysis.provisions.get(docKey(a.id, 'en'))?.elements));
const computed = new Set<string>();
for (const [i, a] of modelled.entries()) {
  for (const b of modelled.slice(i + 1)) {
    if (actOf.get(a.id) === actOf.get(b.id)) continue;
    if (elementOverlap(a.elements!, b.elements!).score >= OVERLAP_THRESHOLD) computed.add(key(a.id, b.id));
  }
}

describe('overlaps against the labelled pairs', () => {
  it('the labelled set has at least 60 pairs of provisions that exist, true and false, none twice', () => {
    const ids = new Set(items.map((p) => p.meta.id));
    expect(pairs.length).toBeGreaterThanOrEqual(60);
    expect(pairs.some((p) => p.overlap) && pairs.some((p) => !p.overlap)).toBe(true);
    for (const p of pairs) expect([ids.has(p.a), ids.has(p.b)], `${p.a} ~ ${p.b}`).toEqual([true, true]);
    expect(new Set(pairs.map((p) => key(p.a, p.b))).size).toBe(pairs.length);
  });

  it('every pair the rule computes is labelled, so its precision is measured on all of them', () => {
    const labelled = new Set(pairs.map((p) => key(p.a, p.b)));
    expect([...computed].filter((k) => !labelled.has(k))).toEqual([]);
    for (const k of pairsOf(analysis.overlaps.filter((o) => o.basis === 'computed'))) expect(computed.has(k), k).toBe(true);
  });

  it('the bad pairs of issue #13 are never overlaps', () => {
    for (const [a, b] of [
      ['atipsom-s12', 'child-act-s43'], ['atipsom-s13', 'child-act-s43'], ['atipsom-s23', 'child-act-s43'],
      ...['atipsom-s14', 'atipsom-s26a', 'atipsom-s26j', 'atipsom-s26k'].flatMap((x) => [['soca-s8', x], ['soca-s9', x], ['child-act-s68', x]]),
    ] as [string, string][]) {
      expect(published.has(key(a, b)), `${a} ~ ${b}`).toBe(false);
    }
    // and no penalty disparity is computed from them
    for (const g of analysis.gaps.filter((x) => x.kind === 'penalty-disparity')) {
      const ids = g.assessments.map((a) => a.id);
      expect(ids.some((id) => ['soca-s8', 'soca-s9', 'child-act-s68', 'atipsom-s23'].includes(id)), g.id).toBe(false);
    }
  });

  it('precision ≥ 0.95 and recall ≥ 0.8 for the published set; the rule alone: precision ≥ 0.95, recall reported', () => {
    const all = evaluate(published);
    const rules = evaluate(computed);
    console.log(
      `overlap evaluation on ${pairs.length} labelled pairs (${pairs.filter((p) => p.overlap).length} true): ` +
        `published (curated + computed, ${published.size} pairs) precision ${all.precision.toFixed(3)} recall ${all.recall.toFixed(3)} ` +
        `(tp ${all.tp}, fp ${all.fp}, fn ${all.fn}); rule alone (${computed.size} pairs) precision ${rules.precision.toFixed(3)} ` +
        `recall ${rules.recall.toFixed(3)} (tp ${rules.tp}, fp ${rules.fp}, fn ${rules.fn}); rule-computed pairs ${computed.size}\n  ${[...all.wrong, ...rules.wrong.map((w) => `computed: ${w}`)].join('\n  ')}`,
    );
    expect(all.precision, all.wrong.join('; ')).toBeGreaterThanOrEqual(0.95);
    expect(all.recall, all.wrong.join('; ')).toBeGreaterThanOrEqual(0.8);
    expect(rules.precision, rules.wrong.join('; ')).toBeGreaterThanOrEqual(0.95);
  });
});
