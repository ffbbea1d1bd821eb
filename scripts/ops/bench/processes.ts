/**
 * Processes the bench starts and measures: the API under Node (a child process given only the
 * search key, as `npm start` runs it), and the memory of a process read from /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { apiProcessEnv } from '../api-env.js';
import { freePort } from '../meili-server.js';
import { captureOutput, spawnApi, stoppedOnExit, stopChild, waitForHttp } from '../processes.js';

export interface Served {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** The Node API (src/node.ts) on a free loopback port, reading `index` with the search key. */
export async function startNodeApi(meili: { url: string; searchKey: string }, index?: string, extraEnv: Record<string, string> = {}): Promise<Served> {
  const port = await freePort();
  // As npm start runs it, but unthrottled: the bench measures the app, not the rate limiter.
  const { RATE_LIMIT_PER_MINUTE: _limit, ...env } = apiProcessEnv(process.env, meili);
  const child = spawnApi(
    { ...env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), ...(index ? { MEILI_INDEX: index } : {}), ...extraEnv },
    ['ignore', 'pipe', 'pipe'],
  );
  const url = `http://127.0.0.1:${port}`;
  return serving(child, url, `${url}/health`);
}

/** A child just spawned, serving at `url` once `ready` answers; stopped again if it never does. */
async function serving(child: ChildProcess, url: string, ready: string): Promise<Served> {
  const output = captureOutput(child);
  try {
    await waitForHttp(ready, child, output);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { url, pid: child.pid!, stop: () => stopChild(child) };
}

/** The floor proxy (scripts/ops/bench/floor.ts) as its own process on a free loopback port. */
export async function startFloorProxy(meili: { url: string; searchKey: string }): Promise<Served> {
  const port = await freePort();
  const env = { PATH: process.env.PATH, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), MEILI_URL: meili.url, MEILI_SEARCH_KEY: meili.searchKey };
  const child = stoppedOnExit(spawn(process.execPath, ['--import', 'tsx', 'scripts/ops/bench/floor.ts'], { stdio: ['ignore', 'pipe', 'pipe'], env }));
  const url = `http://127.0.0.1:${port}`;
  return serving(child, url, url);
}

/** Resident memory of a process: current and peak, in MiB (from /proc/<pid>/status). */
export function memoryOf(pid: number): { rssMiB: number; peakMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 };
}

/**
 * The pid of the process whose command line contains `fragment` (e.g. the Meilisearch we spawned,
 * found by its unique data folder: the launcher does not expose the child).
 */
export function pidByCommandLine(fragment: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (/^\d+$/.test(entry) && commandLineOf(Number(entry))?.includes(fragment)) return Number(entry);
  }
  return undefined;
}

/** A process's command line, its arguments joined by spaces; undefined once it has ended. */
export function commandLineOf(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return undefined;
  }
}

/**
 * The direct children of a process, with their command lines (Linux: /proc/<pid>/task/<tid>/children,
 * each thread's): wrangler does not tell the pids of the workerd processes it starts.
 */
export function childProcesses(pid: number): { pid: number; commandLine: string }[] {
  const pids = readdirSync(`/proc/${pid}/task`).flatMap((tid) => readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
  return pids.flatMap((child) => {
    const commandLine = commandLineOf(child);
    return commandLine === undefined ? [] : [{ pid: child, commandLine }]; // undefined: it ended while we looked
  });
}
