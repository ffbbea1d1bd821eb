/**
 * The path past one machine, on the engine itself: the corpus sharded by Act over three
 * Meilisearch instances joined by `/network`, the API querying them as one (MEILI_REMOTES), and
 * its answers compared with the single instance of the suite, query by query.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDocuments } from '../../scripts/pipeline/documents/build.js';
import { loadRelevanceSet, type Judgement } from '../../scripts/ops/bench/relevance.js';
import { startShards, type Shards } from '../../scripts/ops/shards.js';
import { createApp } from '../../src/app.js';
import { get, meili } from '../helpers/app.js';

// Three engines started and indexed: minutes on a loaded 2-core machine.
vi.setConfig({ testTimeout: 900_000, hookTimeout: 900_000 });

// Every Act of the corpus on a shard, in the corpus's Act order: the first Act, the second, the rest.
let shards: Shards;
let set: Judgement[];

beforeAll(async () => {
  const docs = await buildDocuments();
  set = [...(await loadRelevanceSet())];
  const acts = [...new Set(docs.map((d) => d.act))];
  const shardsOf = [[acts[0]], [acts[1]], acts.slice(2)];
  shards = await startShards(shardsOf.map((held) => docs.filter((d) => held.includes(d.act))));
});
afterAll(async () => {
  await shards?.stop();
});

// Both match every word of a query: with `frequency`, which words a shard drops when not all
// match depends on that shard's word counts, so partial matches may rank differently (measured
// in BENCHMARKS.md); with `all` a document's ranking score depends on the document alone.
const single = () => createApp({ MEILI_URL: meili().url, MEILI_SEARCH_KEY: meili().searchKey, MEILI_INDEX: meili().index, MEILI_MATCHING_STRATEGY: 'all', MEILI_TIMEOUT_MS: SLOW_MACHINE_MS });
const sharded = () =>
  createApp({ MEILI_URL: shards.entry.url, MEILI_SEARCH_KEY: shards.entry.searchKey, MEILI_REMOTES: shards.remotes.join(','), MEILI_MATCHING_STRATEGY: 'all', MEILI_TIMEOUT_MS: SLOW_MACHINE_MS });

// Four engines on a loaded 2-core machine: a federated search may take seconds here.
const SLOW_MACHINE_MS = '60000';
const comparable = (body: any) => ({ citation: body.citation, hits: body.hits, facets: body.facets });

describe('three shards joined by /network answer like one instance', () => {
  it('every query of the relevance set: the same hits (with highlights) in the same order, the same facet counts', async () => {
    const one = single();
    const many = sharded();
    let compared = 0;
    for (const j of set) {
      const path = `/v1/search?${new URLSearchParams({ q: j.query, limit: '10', facets: 'act,lang,type,topics' })}`;
      const [a, b] = await Promise.all([get(one, path), get(many, path)]);
      expect(b.status, j.query).toBe(200);
      expect(comparable(b.body), j.query).toEqual(comparable(a.body));
      if (a.body.hits.length) compared++;
    }
    expect(compared).toBeGreaterThan(set.length / 2);
  });

  it('a listing across every shard in Act order, a page further on, and single provisions', async () => {
    const one = single();
    const many = sharded();
    for (const path of ['/v1/search?q=&lang=en&limit=30&offset=60', '/v1/search?q=&type=offence&limit=100', '/v1/provisions/soca-s15', '/v1/provisions/child-act-s48?lang=ms']) {
      const [a, b] = await Promise.all([get(one, path), get(many, path)]);
      expect(b.status, path).toBe(a.status);
      expect(b.body.hits ?? b.body.provision, path).toEqual(a.body.hits ?? a.body.provision);
    }
  });

  it('the ETag names every shard\'s build', async () => {
    const res = await sharded().request('/v1/search?q=child&limit=1');
    expect(res.headers.get('etag')).toMatch(/^W\/"[^"+]+\+[^"+]+\+[^"+]+\.[0-9a-z]+"$/);
  });
});
