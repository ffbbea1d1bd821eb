/**
 * Latency at one connection with the targets interleaved request by request. The wrk rounds
 * (latency.ts) give each target a few seconds of its own, and on this shared 2-core machine the
 * speed drifts within seconds: in one whole run the Node forwarder (floor.ts), which only adds a
 * hop, came out at 0.95× direct. Here every step sends one request to each target, one at a time,
 * so drift reaches every target alike; the targets' order turns every step (each target is
 * first as often as last) and reverses every other pass, and each target sends a different query of the
 * mix at a step (staggered by an equal share of the mix), so no target follows another through
 * the same engine query and finds its work in the engine's warm caches. Over a pass every target
 * sends every query once. The client is this Node process (one keep-alive connection per target),
 * the same for every target.
 */
import { Agent } from 'node:http';
import { sendRequest } from './cpu.js';
import type { Target } from './latency.js';
import { latencySummary, median } from './stats.js';

export interface InterleavedRow {
  target: string;
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  /**
   * The median over the mix's queries of this target's latency for the query less the reference
   * target's (each the median over the passes), ms: what the target adds to the same search.
   */
  addedMs: number;
}

export interface InterleavedResult {
  passes: number;
  /** The target the others are compared with (addedMs). */
  reference: string;
  rows: InterleavedRow[];
}

/** The targets' order at a step of a pass: turned by one every step, reversed every other pass. */
export function stepOrder(targets: number, pass: number, step: number): number[] {
  const turned = Array.from({ length: targets }, (_, i) => (i + step) % targets);
  return pass % 2 ? turned.reverse() : turned;
}

/** The mix request a target sends at a step: staggered by its share of the mix, so the targets of one step send different queries. */
export const requestAt = (mixSize: number, targets: number, target: number, step: number): number =>
  (step + target * Math.floor(mixSize / targets)) % mixSize;

/**
 * `passes` passes over the mix (every target's mix has the same queries in the same order), one
 * request at a time; an answer that is not a 200 counts as an error and not as a latency.
 */
export async function measureInterleaved(targets: readonly Target[], reference: string, passes: number): Promise<InterleavedResult> {
  const n = targets[0]?.mix.length ?? 0;
  if (targets.some((t) => t.mix.length !== n)) throw new Error('interleaved targets must replay mixes of one length');
  if (!targets.some((t) => t.name === reference)) throw new Error(`no target named ${reference}`);
  const agents = targets.map(() => new Agent({ keepAlive: true, maxSockets: 1 }));
  /** [target][query] → latencies (ms) over the passes. */
  const times = targets.map(() => Array.from({ length: n }, () => [] as number[]));
  const errors = targets.map(() => 0);
  try {
    for (let pass = 0; pass < passes; pass++) {
      for (let step = 0; step < n; step++) {
        for (const t of stepOrder(targets.length, pass, step)) {
          const target = targets[t]!;
          const q = requestAt(n, targets.length, t, step);
          const start = performance.now();
          const { status } = await sendRequest(agents[t]!, target.baseUrl, target.mix[q]!, target.headers);
          if (status === 200) times[t]![q]!.push(performance.now() - start);
          else errors[t]!++;
        }
      }
    }
  } finally {
    for (const a of agents) a.destroy();
  }
  const perQuery = times.map((byQuery) => byQuery.map((xs) => (xs.length ? median(xs) : Number.NaN)));
  const ref = perQuery[targets.findIndex((t) => t.name === reference)]!;
  const rows = targets.map((t, i): InterleavedRow => {
    const { p50, p95, p99 } = latencySummary(times[i]!.flat());
    const added = perQuery[i]!.map((x, q) => x - ref[q]!).filter(Number.isFinite);
    return { target: t.name, requests: times[i]!.flat().length, errors: errors[i]!, p50, p95, p99, addedMs: added.length ? median(added) : Number.NaN };
  });
  return { passes, reference, rows };
}
