/**
 * `npm run bench`: latency and throughput (API under Node, under wrangler dev, and Meilisearch
 * direct), indexing, search quality against a default-settings baseline, and with --scale a
 * synthetic 100,000-provision corpus. Starts its own Meilisearch and API processes on loopback
 * (never MEILI_URL), writes BENCHMARKS.md, stops everything it started. See --help.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { constants, loadavg } from 'node:os';
import { LIVE_INDEX } from '../src/search/settings.js';
import { buildDocuments } from './pipeline/documents/build.js';
import { measureIndexing } from './ops/bench/indexing.js';
import { apiCpuPerRequest } from './ops/bench/cpu.js';
import { measureInterleaved } from './ops/bench/interleaved.js';
import { checkParity, measureEngineWork, measureLatency, type Target } from './ops/bench/latency.js';
import { describeMachine } from './ops/bench/machine.js';
import { apiMix, directHeaders, directMix, mixVocabulary } from './ops/bench/mix.js';
import { parseBenchOptions } from './ops/bench/options.js';
import { memoryOf, startFloorProxy, startNodeApi, type Served } from './ops/bench/processes.js';
import { buildBaseline, measureQuality } from './ops/bench/quality.js';
import { loadRelevanceSet } from './ops/bench/relevance.js';
import { DIRECT_TARGET, FINDINGS_MARKER, FLOOR_TARGET, renderReport, WORKER_TARGETS, type BenchResults, type WorkerCpu } from './ops/bench/report.js';
import { measureNetwork } from './ops/bench/network.js';
import { measureScale } from './ops/bench/scale.js';
import { startBenchMeili } from './ops/bench/stack.js';
import { startWranglerDev } from './ops/bench/worker.js';
import { haveWrk, wrkBinary } from './ops/bench/wrk.js';
import { indexCorpus } from './pipeline/index/index-corpus.js';

const options = parseBenchOptions(process.argv.slice(2));
// Ctrl-C or kill: leave through process.exit, so the servers this run started are stopped and
// their data folders removed (scripts/ops/processes.ts, atExit), as after a crash.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => process.exit(128 + constants.signals[signal]));
// Before this run starts anything: the figure is about other work (scripts/ops/bench/machine.ts).
const loadAtStart = loadavg()[0] ?? Number.NaN;
const started = Date.now();
const log = (line: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
if ((['latency', 'worker', 'scale', 'network'] as const).some((p) => options.parts.has(p)) && !haveWrk()) {
  throw new Error(`wrk not found at ${wrkBinary()}: \`apt-get install wrk\` or set WRK_BIN`);
}

const set = await loadRelevanceSet();
const meili = await startBenchMeili('main');
const served: Served[] = [];
try {
  log(`meilisearch on ${meili.url} (pid ${meili.pid})`);
  await indexCorpus({ url: meili.url, adminKey: meili.adminKey, log: () => {} });
  const api = await startNodeApi(meili);
  served.push(api);
  log(`API (Node) on ${api.url}`);

  const results: BenchResults = {
    machine: await describeMachine(meili, loadAtStart),
    quick: options.quick,
    loadSeconds: options.loadSeconds,
    rounds: options.rounds,
    set,
  };

  if (options.parts.has('latency') || options.parts.has('worker')) {
    // One build, one ETag for every answer: a client revalidating sends it for any URL.
    const etag = (await fetch(`${api.url}/v1/search?q=&limit=1`)).headers.get('etag');
    if (!etag) throw new Error('the API gave no ETag: is the build record (provisions-build) missing?');
    const direct = directMix(set, LIVE_INDEX, await mixVocabulary(meili));
    const floor = await startFloorProxy(meili);
    served.push(floor);
    const nodeApi: Target = { name: 'API (Node)', baseUrl: api.url, mix: apiMix(set) };
    const directTarget: Target = { name: DIRECT_TARGET, baseUrl: meili.url, mix: direct, headers: directHeaders(meili.searchKey) };
    const floorTarget: Target = { name: FLOOR_TARGET, baseUrl: floor.url, mix: direct, headers: directHeaders(meili.searchKey) };
    const targets: Target[] = [nodeApi, { ...nodeApi, name: 'API (Node), 304', headers: { 'If-None-Match': etag } }, directTarget, floorTarget];
    const parity = await checkParity(api.url, meili, LIVE_INDEX, set.map((j) => j.query));
    log(parity.failure ? `parity check FAILED: ${parity.failure}` : `parity check: ${parity.checked} queries, the same hits in the same order`);
    const engineWork = await measureEngineWork(meili, LIVE_INDEX, set);
    log(`engine work per API search: ${engineWork.roundTrips.toFixed(2)} round trips, ${engineWork.queries.toFixed(2)} queries; ${engineWork.single} of ${engineWork.requests} with one query in one round trip`);
    const paths = apiMix(set).map((r) => r.path);
    const apiCpu = await apiCpuPerRequest(api.url, { 'API (Node)': api.pid }, paths);
    log(`API process CPU per search of the mix: ${apiCpu.cpuMs.toFixed(2)} ms (wall ${apiCpu.wallMs.toFixed(1)} ms), one request at a time`);
    const workerTargets: Target[] = [];
    const workerCpu: WorkerCpu[] = [];
    if (options.parts.has('worker')) {
      try {
        const worker = await startWranglerDev(meili);
        served.push(worker);
        log(`${WORKER_TARGETS.proxy} on ${worker.url}, ${WORKER_TARGETS.runtime} on ${worker.runtimeUrl}`);
        const noCache = { 'Cache-Control': 'no-cache' };
        const uncached: Target[] = [
          { name: WORKER_TARGETS.proxy, baseUrl: worker.url, mix: apiMix(set), headers: noCache },
          { name: WORKER_TARGETS.runtime, baseUrl: worker.runtimeUrl, mix: apiMix(set), headers: noCache },
        ];
        // Every process behind the Worker counted for both addresses: at workerd's own socket the
        // proxy and wrangler's Node process should be idle, and the figures show whether they are.
        for (const t of uncached) {
          const cpu = await apiCpuPerRequest(t.baseUrl, worker.processes, paths, t.headers);
          workerCpu.push({ target: t.name, cpu });
          log(`${t.name} CPU per search of the mix: ${cpu.cpuMs.toFixed(2)} ms (${Object.entries(cpu.byProcess).map(([p, ms]) => `${p} ${ms.toFixed(2)}`).join(', ')}; wall ${cpu.wallMs.toFixed(1)} ms)`);
        }
        workerTargets.push(...uncached, { name: WORKER_TARGETS.cacheHit, baseUrl: worker.url, mix: apiMix(set) });
      } catch (error) {
        results.worker = { skipped: `wrangler dev did not start or answer here: ${String(error).split('\n')[0]}` };
      }
    }
    const rows = await measureLatency([...targets, ...workerTargets], options.concurrencies, options.loadSeconds, log, options.rounds);
    const isWorker = (r: { target: string }) => workerTargets.some((t) => t.name === r.target);
    const interleaved = await measureInterleaved(
      [nodeApi, directTarget, floorTarget, ...workerTargets.filter((t) => t.name === WORKER_TARGETS.runtime)],
      DIRECT_TARGET,
      options.interleavedPasses,
    );
    for (const r of interleaved.rows) {
      log(`${r.target} interleaved at 1 connection: p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, +${r.addedMs.toFixed(2)} ms a search over direct, errors ${r.errors}`);
    }
    results.latency = {
      rows: rows.filter((r) => !isWorker(r)),
      interleaved,
      parity,
      engineWork,
      apiCpu,
      memory: { Meilisearch: memoryOf(meili.pid), 'API (Node)': memoryOf(api.pid) },
    };
    if (!results.worker) results.worker = { rows: rows.filter(isWorker), cpu: workerCpu };
  }

  if (options.parts.has('indexing')) results.indexing = await measureIndexing(meili, options.rebuilds, log);

  if (options.parts.has('quality')) {
    await buildBaseline(meili, await buildDocuments());
    results.quality = await measureQuality(meili, api.url, set);
    const all = results.quality.groups.find((g) => g.group === 'all')!.scores;
    log(`quality (MRR / R@10 / nDCG@10): default ${fmt(all.baseline)}, our settings ${fmt(all.settings)}, API ${fmt(all.api)}`);
  }

  if (options.parts.has('network')) {
    results.network = await measureNetwork(meili, await buildDocuments(), set, [1, 16], Math.min(options.loadSeconds, 10), log);
  }

  for (const s of served.splice(0)) await s.stop();

  if (options.parts.has('scale')) {
    results.scale = await measureScale(options.scaleDocs, options.variantDocs, set, [1, 16], Math.min(options.loadSeconds, 10), log);
  } else {
    results.scale = { skipped: 'run `npm run bench -- --scale` (100,000 provisions) or `--scale-docs=N` (adds minutes to hours).' };
  }

  const previous = existsSync(options.out) ? readFileSync(options.out, 'utf8') : '';
  const kept = previous.includes(FINDINGS_MARKER) ? previous.split(FINDINGS_MARKER)[1]! : '';
  writeFileSync(options.out, renderReport(results, kept));
  log(`wrote ${options.out}`);
} finally {
  for (const s of served) await s.stop();
  await meili.stop();
}

function fmt(s: { mrr: number; recall10: number; ndcg10: number }): string {
  return `${s.mrr.toFixed(3)} / ${s.recall10.toFixed(3)} / ${s.ndcg10.toFixed(3)}`;
}
