/**
 * The bench's two Worker targets are one Worker: the app's workerd at its own socket answers what
 * wrangler's dev proxy answers, and answers without the proxy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSearchPath } from '../../../scripts/ops/bench/mix.js';
import { loadRelevanceSet } from '../../../scripts/ops/bench/relevance.js';
import { startWranglerDev, type WranglerDev } from '../../../scripts/ops/bench/worker.js';
import { meili } from '../../helpers/app.js';

const noCache = { 'Cache-Control': 'no-cache' };

describe("the bench's Worker at workerd's own socket", () => {
  let worker: WranglerDev;

  beforeAll(async () => {
    worker = await startWranglerDev(meili());
  });

  afterAll(async () => {
    await worker?.stop();
  });

  it('answers the mix queries with the same bodies as through the dev proxy', async () => {
    const set = await loadRelevanceSet();
    // Some of each kind, in both languages: plain words, fact descriptions (the matcher), citations.
    const queries = (['words', 'facts', 'citation'] as const).flatMap((kind) =>
      (['en', 'ms'] as const).flatMap((lang) => set.filter((j) => j.kind === kind && j.lang === lang).slice(0, 3).map((j) => j.query)),
    );
    expect(queries.length).toBeGreaterThanOrEqual(12);
    expect(worker.runtimeUrl).not.toBe(worker.url);
    for (const q of queries) {
      const [proxied, direct] = await Promise.all(
        [worker.url, worker.runtimeUrl].map(async (base) => {
          const res = await fetch(`${base}${apiSearchPath(q)}`, { headers: noCache });
          return { status: res.status, type: res.headers.get('content-type'), etag: res.headers.get('etag'), body: await res.text() };
        }),
      );
      expect(proxied!.status, q).toBe(200);
      expect(JSON.parse(proxied!.body).hits.length, q).toBeGreaterThan(0);
      expect(direct, q).toEqual(proxied);
    }
  });

  it("answers while the dev proxy's workerd is stopped: no request to it passes the proxy", async () => {
    const proxy = worker.processes['dev proxy'];
    expect(new Set(Object.values(worker.processes)).size).toBe(3);
    process.kill(proxy, 'SIGSTOP');
    try {
      const res = await fetch(`${worker.runtimeUrl}${apiSearchPath('forced labour')}`, { headers: noCache });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { hits: unknown[] }).hits.length).toBeGreaterThan(0);
    } finally {
      process.kill(proxy, 'SIGCONT');
    }
  });
});
