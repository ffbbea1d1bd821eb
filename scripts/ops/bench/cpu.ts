/**
 * The API's own CPU per request: the mix replayed one request at a time through the real HTTP
 * server, and the CPU time (user + system, every thread: what process.cpuUsage() gives inside it)
 * of each process behind it read from /proc before and after: the Node API's one process; for the
 * Worker, wrangler's Node process, its dev proxy's workerd and the app's workerd. Wall-clock latency on a shared 2-core machine
 * measures the neighbours as much as the code; the CPU a request costs the API barely moves with
 * them, so builds can be compared (alternated) while others work.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import type { MixRequest } from './wrk.js';

/** Clock ticks per second of /proc's times (100 on Linux as built today; asked, not assumed). */
const TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** User + system CPU of a process so far, in ms (/proc/<pid>/stat fields 14 and 15). */
export function cpuTimeMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces: count from after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS;
}

export interface Answer {
  status: number;
  body: string;
}

/** One request of a mix on a kept-alive connection (the client's CPU is this process's, not the server's). */
export function sendRequest(agent: Agent, baseUrl: string, req: MixRequest, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((done, fail) => {
    const length = req.body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(req.body)) };
    const sent = request(`${baseUrl}${req.path}`, { method: req.method, agent, headers: { ...headers, ...length } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', fail);
    });
    sent.on('error', fail);
    sent.end(req.body);
  });
}

export interface CpuPerRequest {
  requests: number;
  /** The CPU (user + system) per request of all the processes measured, ms. */
  cpuMs: number;
  /** Each process's part of cpuMs, by the name it was given. */
  byProcess: Record<string, number>;
  /** Wall time per request, ms (context only: it includes the engine and the neighbours). */
  wallMs: number;
}

/**
 * Replays `paths` once, one request at a time, against the API at `baseUrl` (with `headers`), the
 * CPU of `processes` (name → pid) counted; every answer must be a 200. The caller warms the API
 * first (a pass whose figure it drops).
 */
export async function measureCpuPerRequest(
  baseUrl: string,
  processes: Record<string, number>,
  paths: readonly string[],
  headers: Record<string, string> = {},
): Promise<CpuPerRequest> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const cpuNow = () => Object.fromEntries(Object.entries(processes).map(([name, pid]) => [name, cpuTimeMs(pid)]));
  try {
    const cpu0 = cpuNow();
    const t0 = performance.now();
    for (const path of paths) {
      const { status, body } = await sendRequest(agent, baseUrl, { method: 'GET', path }, headers);
      if (status !== 200) throw new Error(`the API answered ${status} for ${path}: ${body.slice(0, 200)}`);
    }
    const wall = performance.now() - t0;
    const cpu1 = cpuNow();
    const byProcess = Object.fromEntries(Object.keys(processes).map((name) => [name, (cpu1[name]! - cpu0[name]!) / paths.length]));
    const cpuMs = Object.values(byProcess).reduce((a, b) => a + b, 0);
    return { requests: paths.length, cpuMs, byProcess, wallMs: wall / paths.length };
  } finally {
    agent.destroy();
  }
}

/** A warm pass (dropped: the offence catalogue, JIT), then `passes` passes; the median pass. */
export async function apiCpuPerRequest(
  baseUrl: string,
  processes: Record<string, number>,
  paths: readonly string[],
  headers: Record<string, string> = {},
  passes = 3,
): Promise<CpuPerRequest> {
  await measureCpuPerRequest(baseUrl, processes, paths, headers);
  const runs: CpuPerRequest[] = [];
  for (let i = 0; i < passes; i++) runs.push(await measureCpuPerRequest(baseUrl, processes, paths, headers));
  return runs.sort((a, b) => a.cpuMs - b.cpuMs)[Math.floor(runs.length / 2)]!;
}
