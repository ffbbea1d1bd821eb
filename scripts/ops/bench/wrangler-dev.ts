/**
 * The bench's Worker: what `wrangler dev` runs (wrangler's bundle of src/worker.ts, its dev proxy
 * and local workerd), started through wrangler's own API so that its DevTools inspector can be off.
 * `wrangler dev` from the command line always attaches one, with the Network domain enabled: every
 * subrequest (each engine call, each Cache API write) is then reported with its body to wrangler's
 * inspector proxy and written to wrangler's debug log file, about 20 ms of CPU per search across
 * wrangler's processes (BENCHMARKS.md section 18). That is dev tooling, not the Workers runtime.
 *
 * It serves the Worker at two addresses, and prints the second as `RUNTIME_URL <url>` on stdout:
 * - PORT, wrangler's dev proxy: a second workerd (its own Miniflare instance) whose ProxyWorker, one
 *   Durable Object for every request, queues each request while the Worker reloads and forwards it
 *   to the app's workerd. Section 18 measured this hop at ~2.3 ms p50 and ~2.5 ms of CPU per search.
 * - the app's workerd at its own entry socket: the Miniflare instance wrangler builds from the bundle
 *   and the resolved config (wrangler 4.86 LocalRuntimeController: `userWorkerUrl = await
 *   this.#mf.ready`), the very address the dev proxy forwards to (ProxyWorker.processQueue assigns
 *   `proxyData.userWorkerUrl` to each request's URL). Same process, bundle, bindings and flags; a
 *   request there still passes Miniflare's entry worker (request.cf, CF-Connecting-IP, routing),
 *   as every request to a Miniflare Worker does, but no dev tooling: what a deployed Worker runs
 *   without wrangler in front. wrangler does not put that URL on the Worker object it returns;
 *   it reaches the proxy only as the `reloadComplete` event's `proxyData`, dispatched through the
 *   DevEnv's message bus (`dispatch`, public in wrangler's types). unstable_startWorker is
 *   `new DevEnv().startWorker(options)`; the subclass below is that, listening on the bus.
 * Configured by the environment: PORT, MEILI_URL, MEILI_SEARCH_KEY.
 */
import { unstable_DevEnv } from 'wrangler';

type ControllerEvent = Parameters<unstable_DevEnv['dispatch']>[0];

let runtimeUrl: ((url: URL) => void) | undefined;
const runtime = new Promise<URL>((resolve) => (runtimeUrl = resolve));

class ObservedDevEnv extends unstable_DevEnv {
  override dispatch(event: ControllerEvent): void {
    // With watch off there is one bundle, so one reload; the first address is the one served.
    if (event.type === 'reloadComplete') runtimeUrl?.(Object.assign(new URL('http://localhost'), event.proxyData.userWorkerUrl));
    super.dispatch(event);
  }
}

const vars = ['MEILI_URL', 'MEILI_SEARCH_KEY'] as const;
const worker = await new ObservedDevEnv().startWorker({
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
console.log(`RUNTIME_URL ${(await runtime).origin}`);
const stop = () => void worker.dispose().finally(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
