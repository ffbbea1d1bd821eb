/**
 * The bench's "direct" request is the API's own first engine request: for a sample of the mix, the
 * multi-search body the app sends (caught at its engine transport, the app in-process against the
 * suite's Meilisearch) equals directSearchBody's.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { describe, expect, it, vi } from 'vitest';
import { checkParity } from '../../../scripts/ops/bench/latency.js';
import { apiSearchPath, directSearchBody, mixVocabulary } from '../../../scripts/ops/bench/mix.js';
import { loadRelevanceSet } from '../../../scripts/ops/bench/relevance.js';
import { readThesaurus } from '../../../scripts/pipeline/corpus/thesaurus.js';
import { createApp } from '../../../src/app.js';
import { nodeEngineHttp } from '../../../src/node-engine.js';
import type { EngineHttp } from '../../../src/search/client.js';
import { meili, SUITE_TIMEOUT_MS } from '../../helpers/app.js';

type Body = { queries: { matchingStrategy?: string; q?: string; filter?: string }[] };

describe('the direct request of the bench mix', () => {
  it("is the API's first engine request, byte for byte, for a sample of the mix", async () => {
    const m = meili();
    const sent: string[] = [];
    let inFlight = 0;
    const transport = nodeEngineHttp();
    const recording: EngineHttp = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.pathname === '/multi-search') sent.push(String(init?.body));
      inFlight++;
      try {
        return await transport(input, init);
      } finally {
        inFlight--;
      }
    };
    const app = createApp(
      { MEILI_URL: m.url, MEILI_SEARCH_KEY: m.searchKey, MEILI_INDEX: m.index, MEILI_TIMEOUT_MS: SUITE_TIMEOUT_MS, MEILI_BUILD_TTL_MS: String(3_600_000) },
      { thesaurus: readThesaurus(), engineHttp: recording, readAhead: true },
    );
    // The offence catalogue is read in the background (at start-up, kept per build): once it is
    // kept, every engine call during a request is that request's own.
    await vi.waitFor(() => expect(inFlight).toBe(0), { timeout: 120_000, interval: 20 });
    expect((await app.request(apiSearchPath('employer kept the passport of the worker and never paid his wages'))).status).toBe(200);
    await vi.waitFor(() => expect(inFlight).toBe(0), { timeout: 120_000, interval: 20 });

    const set = await loadRelevanceSet();
    const sample = set.filter((_, i) => i % 4 === 0);
    // The words' counts the app read at start-up, read the same way for the direct request.
    const vocabulary = await mixVocabulary(m, m.index);
    expect(vocabulary).toBeDefined();
    const firsts: Body[] = [];
    for (const j of sample) {
      sent.length = 0;
      const res = await app.request(apiSearchPath(j.query));
      expect(res.status).toBe(200);
      await res.text();
      expect(sent.length, j.query).toBeGreaterThan(0);
      expect(sent[0], j.query).toBe(JSON.stringify(directSearchBody(j.query, m.index, 'frequency', vocabulary)));
      firsts.push(JSON.parse(sent[0]!) as Body);
    }
    // The sample holds each shape of first request: a long description searched thesaurus words
    // first with `last` matching (not the words as typed), a plain search with `frequency`, and a
    // cited section's two lookup queries beside the search.
    const ordered = firsts.filter((b, i) => b.queries[0]!.matchingStrategy === 'last' && b.queries[0]!.q !== sample[i]!.query);
    expect(ordered.length).toBeGreaterThan(10);
    expect(firsts.some((b) => b.queries[0]!.matchingStrategy === 'frequency')).toBe(true);
    expect(firsts.some((b) => b.queries.filter((q) => String(q.filter).includes('number = ')).length === 2)).toBe(true);
    // And a plain search whose page the words' counts show to be short, with its loose query.
    expect(firsts.some((b) => b.queries.length === 2 && b.queries[1]!.matchingStrategy === 'last' && !String(b.queries[1]!.filter ?? '').includes('number'))).toBe(true);
  });

  it('passes the parity check: the API\'s search hits are the direct request\'s, in the API\'s search order', async () => {
    const m = meili();
    const app = createApp({ MEILI_URL: m.url, MEILI_SEARCH_KEY: m.searchKey, MEILI_INDEX: m.index, MEILI_TIMEOUT_MS: SUITE_TIMEOUT_MS }, { thesaurus: readThesaurus() });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((r) => (server.listening ? r() : server.once('listening', () => r())));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const set = await loadRelevanceSet();
      // Every 3rd query, and a description whose definitions the search order moves (a failure once).
      const queries = [...set.filter((_, i) => i % 3 === 0).map((j) => j.query), 'boat master carried people without travel documents'];
      const parity = await checkParity(url, m, m.index, queries);
      expect(parity.failure).toBeUndefined();
      expect(parity.checked).toBeGreaterThan(50);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
