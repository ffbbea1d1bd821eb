/**
 * Child processes of the operations scripts, one way each: spawn the API (src/node.ts), wait until
 * a child answers HTTP, stop a child (SIGTERM, then SIGKILL), keep its last output for errors, and
 * supervise a long-lived child beside Meilisearch.
 */
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

const atExitCleanups = new Set<() => void>();

/**
 * Runs `cleanup` (synchronous) if this process exits before the returned release is called:
 * an unhandled rejection or process.exit must not leave servers running or their data on disk
 * (a crashed bench once left Meilisearch, the API and wrangler burning CPU). Signals do not
 * run it unless the entry point turns them into process.exit (scripts/bench.ts does).
 */
export function atExit(cleanup: () => void): () => void {
  if (atExitCleanups.size === 0) process.once('exit', () => [...atExitCleanups].reverse().forEach((c) => c()));
  atExitCleanups.add(cleanup);
  return () => void atExitCleanups.delete(cleanup);
}

/**
 * A child that gets SIGTERM if this process exits while it runs (not SIGKILL: wrangler stops its
 * workerd children on SIGTERM, and exit handlers cannot wait for anything).
 */
export function stoppedOnExit<T extends ChildProcess>(child: T): T {
  const release = atExit(() => void child.kill('SIGTERM'));
  child.once('exit', release);
  return child;
}

/** The Node API as its own process; `env` is apiProcessEnv's (the search key only). */
export const spawnApi = (env: NodeJS.ProcessEnv, stdio: StdioOptions): ChildProcess =>
  stoppedOnExit(spawn(process.execPath, ['--import', 'tsx', 'src/node.ts'], { stdio, env }));

/** Polls `ready` until it is true; fails early if the child exits, with its output. */
export async function waitUntil(
  what: string,
  ready: () => Promise<boolean>,
  child: ChildProcess,
  output: () => string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!running(child)) {
      throw new Error(`process exited (${child.exitCode ?? child.signalCode}) before ${what} answered:\n${output()}`);
    }
    if (await ready()) return;
    await sleep(100);
  }
  throw new Error(`${what} did not answer within ${timeoutMs / 1000} s:\n${output()}`);
}

/** Polls `url` until it answers 2xx (not listening yet counts as not ready). */
export const waitForHttp = (url: string, child: ChildProcess, output: () => string, timeoutMs = 60_000): Promise<void> =>
  waitUntil(url, () => fetch(url).then((r) => r.ok, () => false), child, output, timeoutMs);

/** Stops a child we spawned: SIGTERM, then SIGKILL after a grace period. */
export async function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (!running(child)) return;
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

/** Runs a long-lived child beside Meilisearch; Ctrl-C or its exit stops both, cleanly. */
export function superviseWith(meili: { stop(): Promise<void> }, child: ChildProcess, beforeStop?: () => Promise<void>): void {
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    // An index run in progress finishes (or fails) before its server stops.
    await beforeStop?.();
    // wrangler stops its workerd children on SIGTERM; give it time before forcing.
    await stopChild(child, 30_000);
    await meili.stop();
    console.log('stopped');
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));
  child.once('exit', (code) => void shutdown(code ?? 0));
}
