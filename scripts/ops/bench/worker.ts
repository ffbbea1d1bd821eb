/**
 * The same app in the Workers runtime: what `wrangler dev` serves (local workerd, no Cloudflare
 * account), without its DevTools inspector (wrangler-dev.ts says why), against the bench's
 * Meilisearch. Offline here it prints a warning about the `Request.cf` placeholder and otherwise runs.
 */
import { spawn } from 'node:child_process';
import { freePort } from '../meili-server.js';
import { captureOutput, stopChild, stoppedOnExit, waitForHttp } from '../processes.js';
import type { Served } from './processes.js';

export async function startWranglerDev(meili: { url: string; searchKey: string }): Promise<Served> {
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
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/health`, child, output, 120_000);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { url, pid: child.pid!, stop: () => stopChild(child) };
}
