/**
 * Processes the bench starts and measures: the API under Node (a child process given only the
 * search key, as `npm start` runs it), and the memory of a process read from /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { freePort } from '../meili-server.js';

export interface Served {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `url` until it answers 2xx; fails early if the child exits, with its output. */
export async function waitForHttp(url: string, child: ChildProcess, output: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`process exited (${child.exitCode ?? child.signalCode}) before ${url} answered:\n${output()}`);
    }
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${output()}`);
}

/** Stops a child we spawned: SIGTERM, then SIGKILL after a grace period. */
export async function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Keeps the last few KB of a child's output for error messages. */
export function captureOutput(child: ChildProcess): () => string {
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => tail;
}

/** The Node API (src/node.ts) on a free loopback port, reading `index` with the search key. */
export async function startNodeApi(meili: { url: string; searchKey: string }, index?: string, extraEnv: Record<string, string> = {}): Promise<Served> {
  const port = await freePort();
  const { MEILI_MASTER_KEY: _m, MEILI_ADMIN_KEY: _a, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/node.ts'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...inherited,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      MEILI_URL: meili.url,
      MEILI_SEARCH_KEY: meili.searchKey,
      ...(index ? { MEILI_INDEX: index } : {}),
      ...extraEnv,
    },
  });
  const output = captureOutput(child);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/health`, child, output);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { url, pid: child.pid!, stop: () => stopChild(child) };
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
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (cmdline.includes(fragment)) return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  return undefined;
}
