/**
 * The same app in the Workers runtime: what `wrangler dev` serves (local workerd, no Cloudflare
 * account), without its DevTools inspector (wrangler-dev.ts says why), against the bench's
 * Meilisearch. Offline here it prints a warning about the `Request.cf` placeholder and otherwise runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { freePort } from '../meili-server.js';
import { captureOutput, stopChild, stoppedOnExit, waitForHttp, waitUntil } from '../processes.js';
import { childProcesses, commandLineOf, type Served } from './processes.js';

export interface WranglerDev extends Served {
  /** The app's workerd at its own socket, the address wrangler's dev proxy (at `url`) forwards to. */
  runtimeUrl: string;
  /** The processes behind `url`: wrangler's Node process, its dev proxy's workerd, the app's workerd (alone behind runtimeUrl). */
  processes: { wrangler: number; 'dev proxy': number; 'app workerd': number };
}

export async function startWranglerDev(meili: { url: string; searchKey: string }): Promise<WranglerDev> {
  const port = await freePort();
  const child = stoppedOnExit(spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/ops/bench/wrangler-dev.ts'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PORT: String(port), MEILI_URL: meili.url, MEILI_SEARCH_KEY: meili.searchKey, WRANGLER_SEND_METRICS: 'false', CI: '1' },
    },
  ));
  const output = captureOutput(child);
  let runtimeUrl: string | undefined;
  createInterface(child.stdout!).on('line', (line) => (runtimeUrl ??= /^RUNTIME_URL (\S+)$/.exec(line)?.[1]));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/health`, child, output, 120_000);
    // Printed once the Worker is ready, which the proxy may show a moment before.
    await waitUntil('the app workerd\'s address (RUNTIME_URL)', async () => runtimeUrl !== undefined, child, output);
    const workerds = childProcesses(child.pid!).filter((p) => /\/workerd serve /.test(p.commandLine));
    // Miniflare's command line holds each workerd's entry socket: the dev proxy's is the port we gave.
    const proxy = workerds.find((p) => p.commandLine.includes(`--socket-addr=entry=127.0.0.1:${port} `));
    const app = workerds.filter((p) => p !== proxy);
    if (!runtimeUrl || !proxy || app.length !== 1) {
      throw new Error(`wrangler's processes were not as expected (runtime ${runtimeUrl}, workerd: ${workerds.map((p) => p.commandLine).join('; ')}):\n${output()}`);
    }
    await waitForHttp(`${runtimeUrl}/health`, child, output, 120_000);
    const processes = { wrangler: child.pid!, 'dev proxy': proxy.pid, 'app workerd': app[0]!.pid };
    return { url, runtimeUrl, pid: child.pid!, processes, stop: () => stopWrangler(child, [proxy.pid, app[0]!.pid]) };
  } catch (error) {
    await stopChild(child);
    throw error;
  }
}

/**
 * wrangler stops its workerd processes on SIGTERM, given time (under load it took more than 5 s; a
 * SIGKILL then left both orphaned, holding the pipes of wrangler's output open, so the bench never
 * exited). Whatever is left of them afterwards is killed by pid, if the pid is still a workerd.
 */
async function stopWrangler(child: ChildProcess, workerds: readonly number[]): Promise<void> {
  await stopChild(child, 30_000);
  for (const pid of workerds) {
    if (!commandLineOf(pid)?.includes('workerd')) continue; // gone, or the pid is no longer a workerd
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // it ended meanwhile
    }
  }
}
