/**
 * The API process's own CPU per request: the mix replayed one request at a time through the real
 * HTTP server, and the process's CPU time (user + system, every thread: what process.cpuUsage()
 * gives inside it) read from /proc before and after. Wall-clock latency on a shared 2-core machine
 * measures the neighbours as much as the code; the CPU a request costs the API barely moves with
 * them, so builds can be compared (alternated) while others work.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, get } from 'node:http';

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

/** A GET on a kept-alive connection (the client's CPU is this process's, not the API's). */
export function fetchAnswer(agent: Agent, url: string): Promise<Answer> {
  return new Promise((done, fail) => {
    get(url, { agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', fail);
    }).on('error', fail);
  });
}

export interface CpuPerRequest {
  requests: number;
  /** The API process's CPU (user + system) per request, ms. */
  cpuMs: number;
  /** Wall time per request, ms (context only: it includes the engine and the neighbours). */
  wallMs: number;
}

/**
 * Replays `paths` once, one request at a time, against the API at `baseUrl` (process `pid`); every
 * answer must be a 200. The caller warms the API first (a pass whose figure it drops).
 */
export async function measureCpuPerRequest(baseUrl: string, pid: number, paths: readonly string[]): Promise<CpuPerRequest> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const cpu0 = cpuTimeMs(pid);
    const t0 = performance.now();
    for (const path of paths) {
      const { status, body } = await fetchAnswer(agent, `${baseUrl}${path}`);
      if (status !== 200) throw new Error(`the API answered ${status} for ${path}: ${body.slice(0, 200)}`);
    }
    const wall = performance.now() - t0;
    return { requests: paths.length, cpuMs: (cpuTimeMs(pid) - cpu0) / paths.length, wallMs: wall / paths.length };
  } finally {
    agent.destroy();
  }
}

/** A warm pass (dropped: the offence catalogue, JIT), then `passes` passes; the median pass. */
export async function apiCpuPerRequest(baseUrl: string, pid: number, paths: readonly string[], passes = 3): Promise<CpuPerRequest> {
  await measureCpuPerRequest(baseUrl, pid, paths);
  const runs: CpuPerRequest[] = [];
  for (let i = 0; i < passes; i++) runs.push(await measureCpuPerRequest(baseUrl, pid, paths));
  return runs.sort((a, b) => a.cpuMs - b.cpuMs)[Math.floor(runs.length / 2)]!;
}
