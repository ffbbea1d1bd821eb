/**
 * The same app in the Workers runtime: `wrangler dev` (local workerd, no Cloudflare account)
 * against the bench's Meilisearch, configured through --var like `npm run dev:worker` does.
 * Offline here it prints a warning about the `Request.cf` placeholder and otherwise runs.
 */
import { spawn } from 'node:child_process';
import { freePort } from '../meili-server.js';
import { captureOutput, stopChild, stoppedOnExit, waitForHttp } from '../processes.js';
import type { Served } from './processes.js';

export async function startWranglerDev(meili: { url: string; searchKey: string }): Promise<Served> {
  const port = await freePort();
  const child = stoppedOnExit(spawn(
    'node_modules/.bin/wrangler',
    [
      'dev',
      '--ip', '127.0.0.1',
      '--port', String(port),
      '--var', `MEILI_URL:${meili.url}`,
      '--var', `MEILI_SEARCH_KEY:${meili.searchKey}`,
      '--show-interactive-dev-session=false',
      // per-request logging would be part of what we measure
      '--log-level', 'error',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' } },
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
