/**
 * The load generator's figures: each request's own latency (mix.lua's clock) beside wrk's
 * coordinated-omission-corrected ones, against a server whose slow answers are known.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poolRuns, runLoad, type LoadResult } from '../../../scripts/ops/bench/wrk.js';

/** Every fifth answer waits SLOW_MS (a lower bound the machine's load cannot shorten); the rest answer at once. */
const SLOW_MS = 200;
let server: Server;
let url: string;
let answered = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      answered++;
      setTimeout(() => res.end('{}'), answered % 5 === 0 ? SLOW_MS : 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('runLoad', () => {
  it.each([1, 3])('times every answered request itself at %i connection(s), one wrk thread each', async (connections) => {
    const before = answered;
    const r = await runLoad({ baseUrl: url, mix: [{ method: 'GET', path: '/' }], connections, seconds: 2 });
    expect(r.errors).toBe(0);
    expect(r.requests).toBeGreaterThan(0);
    // The server saw every request wrk counted (and those cut off at the end); each has its latency.
    expect(answered - before).toBeGreaterThanOrEqual(r.requests);
    expect(r.samples).toHaveLength(r.requests);
    // A fifth of the answers wait SLOW_MS: the 95th percentile and the slowest are at least that, the median is a quick one.
    expect(r.max).toBeGreaterThanOrEqual(SLOW_MS);
    expect(r.p50).toBeLessThan(SLOW_MS);
    expect(r.p95).toBeGreaterThanOrEqual(SLOW_MS);
    expect(r.p50).toBeLessThanOrEqual(r.p95);
    expect(r.p95).toBeLessThanOrEqual(r.p99);
    expect(r.p99).toBeLessThanOrEqual(r.max);
    // wrk's corrected histogram gains made-up samples between the quick and the slow answers.
    expect(r.corrected.p50).toBeGreaterThanOrEqual(r.p50);
  });
});

describe('poolRuns', () => {
  const run = (samples: number[], corrected: number, seconds = 1): LoadResult => ({
    connections: 1,
    seconds,
    requests: samples.length,
    throughput: samples.length / seconds,
    p50: NaN,
    p95: NaN,
    p99: NaN,
    max: NaN,
    samples,
    corrected: { p50: corrected, p95: corrected, p99: corrected },
    errors: 1,
  });

  it('pools the requests of every round: totals added, percentiles of all latencies together', () => {
    const quick = Array.from({ length: 99 }, (_, i) => i + 1); // 1..99 ms
    const pooled = poolRuns([run(quick, 5, 2), run([500], 9, 1), run([], 7, 1)]);
    expect(pooled.requests).toBe(100);
    expect(pooled.seconds).toBe(4);
    expect(pooled.throughput).toBe(25);
    expect(pooled.errors).toBe(3);
    expect(pooled.p50).toBe(50);
    expect(pooled.p95).toBe(95);
    expect(pooled.p99).toBe(99);
    expect(pooled.max).toBe(500);
    // wrk's corrected figures are per run: the median of the runs'.
    expect(pooled.corrected.p99).toBe(7);
  });
});
