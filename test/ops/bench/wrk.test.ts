/**
 * The load generator's figures: each request's own latency (mix.lua's clock) beside wrk's
 * coordinated-omission-corrected ones, against a server whose slow answers are known.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad } from '../../../scripts/ops/bench/wrk.js';

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
    // The server saw every request wrk counted (and those cut off at the end).
    expect(answered - before).toBeGreaterThanOrEqual(r.requests);
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
