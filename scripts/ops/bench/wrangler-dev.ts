/**
 * The bench's Worker: what `wrangler dev` runs (wrangler's bundle of src/worker.ts, its dev proxy
 * and local workerd), started through wrangler's own API so that its DevTools inspector can be off.
 * `wrangler dev` from the command line always attaches one, with the Network domain enabled: every
 * subrequest (each engine call, each Cache API write) is then reported with its body to wrangler's
 * inspector proxy and written to wrangler's debug log file, about 20 ms of CPU per search across
 * wrangler's processes (BENCHMARKS.md section 18). That is dev tooling, not the Workers runtime.
 * Configured by the environment: PORT, MEILI_URL, MEILI_SEARCH_KEY.
 */
import { unstable_startWorker } from 'wrangler';

const vars = ['MEILI_URL', 'MEILI_SEARCH_KEY'] as const;
const worker = await unstable_startWorker({
  config: 'wrangler.toml',
  // The command line derives this from wrangler.toml; the API asks for it. nodejs_compat at a
  // compatibility date from 2024-09-23 on is wrangler's "v2" (wrangler.toml: 2025-09-01).
  build: { nodejsCompatMode: (config) => (config.compatibility_flags.includes('nodejs_compat') ? 'v2' : null) },
  bindings: Object.fromEntries(vars.map((name) => [name, { type: 'plain_text' as const, value: process.env[name] ?? '' }])),
  dev: {
    server: { hostname: '127.0.0.1', port: Number(process.env.PORT) },
    inspector: false,
    // per-request logging would be part of what we measure
    logLevel: 'error',
    watch: false,
  },
});
await worker.ready;
const stop = () => void worker.dispose().finally(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
