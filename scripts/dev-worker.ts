/**
 * `npm run dev:worker`: the same local Meilisearch and index as `npm start`, and the app under
 * `wrangler dev` (local workerd) on PORT (default 8787). MEILI_URL and the search-only key reach
 * the Worker through .dev.vars (git-ignored), as secrets would in production.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { apiProcessEnv } from './ops/api-env.js';
import { indexedLocalMeili } from './ops/ensure-index.js';
import { superviseWith } from './ops/processes.js';

const DEV_VARS = '.dev.vars';

/** Sets our keys in .dev.vars, keeping any other lines a developer put there. */
function writeDevVars(vars: Record<string, string>): void {
  const kept = existsSync(DEV_VARS)
    ? readFileSync(DEV_VARS, 'utf8').split('\n').filter((line) => line && !Object.keys(vars).some((k) => line.startsWith(`${k}=`)))
    : [];
  const lines = [...kept, ...Object.entries(vars).map(([k, v]) => `${k}=${JSON.stringify(v)}`)];
  writeFileSync(DEV_VARS, `${lines.join('\n')}\n`, { mode: 0o600 });
}

const meili = await indexedLocalMeili();
writeDevVars({ MEILI_URL: meili.url, MEILI_SEARCH_KEY: meili.searchKey });

const wrangler = spawn(
  'node_modules/.bin/wrangler',
  ['dev', '--ip', '127.0.0.1', '--port', process.env.PORT ?? '8787'],
  { stdio: 'inherit', env: { ...apiProcessEnv(process.env, meili), WRANGLER_SEND_METRICS: 'false' } },
);
superviseWith(meili, wrangler);
