/**
 * The load generator: wrk (Debian package, /usr/bin/wrk, or WRK_BIN) replaying a request mix
 * at a fixed number of open connections for a fixed time. wrk is C and light on CPU, which
 * matters on a 2-core machine where the generator shares the cores with what it measures.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { latencySummary, median } from './stats.js';

const run = promisify(execFile);
const SCRIPT = resolve('scripts/ops/bench/mix.lua');

export const wrkBinary = (): string => process.env.WRK_BIN ?? '/usr/bin/wrk';
export const haveWrk = (): boolean => existsSync(wrkBinary());

export interface MixRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

const WrkSummary = z.object({
  requests: z.number(),
  duration_us: z.number(),
  errors: z.object({ connect: z.number(), read: z.number(), write: z.number(), status: z.number(), timeout: z.number() }),
  latency_us: z.object({ p50: z.number(), p90: z.number(), p95: z.number(), p99: z.number(), max: z.number(), mean: z.number() }),
  raw_us: z.array(z.number()),
});

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  /** Requests per second over the run. */
  throughput: number;
  /** Milliseconds, of the answered requests' own latencies (mix.lua's clock). */
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Every answered request's latency, ms, in the order answered. */
  samples: number[];
  /**
   * wrk's own percentiles, milliseconds: its histogram after its coordinated-omission correction,
   * which adds made-up samples for every slow request (mix.lua says how). Reported beside the
   * requests' own figures, not instead of them.
   */
  corrected: { p50: number; p95: number; p99: number };
  /** Socket errors, timeouts and non-2xx/3xx answers. */
  errors: number;
}

export interface LoadOptions {
  baseUrl: string;
  mix: readonly MixRequest[];
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
}

/**
 * Runs of one target at one concurrency as one: requests, time and errors added up, the requests'
 * latencies pooled; wrk's corrected percentiles cannot be pooled, so theirs is the median of the runs'.
 */
export function poolRuns(runs: readonly LoadResult[]): LoadResult {
  const seconds = runs.reduce((a, r) => a + r.seconds, 0);
  const requests = runs.reduce((a, r) => a + r.requests, 0);
  const samples = runs.flatMap((r) => r.samples);
  return {
    connections: runs[0]!.connections,
    seconds,
    requests,
    throughput: requests / seconds,
    ...latencySummary(samples),
    samples,
    corrected: {
      p50: median(runs.map((r) => r.corrected.p50)),
      p95: median(runs.map((r) => r.corrected.p95)),
      p99: median(runs.map((r) => r.corrected.p99)),
    },
    errors: runs.reduce((a, r) => a + r.errors, 0),
  };
}

/** Runs wrk once; fails if wrk does, or if its summary cannot be read. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'atip-bench-wrk-'));
  try {
    const file = join(dir, 'requests.tsv');
    const lines = options.mix.map((r) => {
      if (/[\t\n]/.test(r.path + (r.body ?? ''))) throw new Error(`request has a tab or newline: ${r.path}`);
      return `${r.method}\t${r.path}\t${r.body ?? ''}`;
    });
    writeFileSync(file, `${lines.join('\n')}\n`);
    // One connection a thread: mix.lua times each request from request() to response(), which
    // only pairs up when a thread's connection has one request in flight.
    const threads = options.connections;
    const args = [
      `-t${threads}`,
      `-c${options.connections}`,
      `-d${options.seconds}s`,
      '--timeout', '10s',
      ...Object.entries(options.headers ?? {}).flatMap(([k, v]) => ['-H', `${k}: ${v}`]),
      '-s', SCRIPT,
      options.baseUrl,
      '--',
      file,
    ];
    const { stdout } = await run(wrkBinary(), args, { maxBuffer: 1 << 26, timeout: (options.seconds + 60) * 1000 });
    const json = stdout.split('\n').find((l) => l.startsWith('{"requests"'));
    if (!json) throw new Error(`wrk printed no summary:\n${stdout}`);
    const s = WrkSummary.parse(JSON.parse(json));
    const samples = s.raw_us.map((us) => us / 1000);
    const e = s.errors;
    return {
      connections: options.connections,
      seconds: s.duration_us / 1e6,
      requests: s.requests,
      throughput: s.requests / (s.duration_us / 1e6),
      ...latencySummary(samples),
      samples,
      corrected: { p50: s.latency_us.p50 / 1000, p95: s.latency_us.p95 / 1000, p99: s.latency_us.p99 / 1000 },
      errors: e.connect + e.read + e.write + e.status + e.timeout,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
