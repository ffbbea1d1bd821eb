/**
 * The path past one machine, on the engine itself: the corpus sharded by Act over three
 * Meilisearch instances joined by `/network`, the API querying them as one (MEILI_REMOTES), and
 * its answers compared with the single instance of the suite, query by query.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDocuments } from '../../scripts/pipeline/documents/build.js';
import { loadRelevanceSet, type Judgement } from '../../scripts/ops/bench/relevance.js';
import { actShards, startShards, type Shards } from '../../scripts/ops/shards.js';
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
  shards = await startShards(actShards(docs).map((g) => g.documents));
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
/** An answer without what the engine only estimates or derives from other documents (see the known gaps below). */
const comparable = (body: any) => ({ citation: body.citation, hits: body.hits.map(({ highlight: _h, ...hit }: any) => hit) });
const searchPath = (q: string, extra: Record<string, string> = {}) => `/v1/search?${new URLSearchParams({ q, limit: '10', ...extra })}`;

/** Queries of the relevance set whose answers differ between the two in `part` (empty when none). */
async function differing(path: (q: string) => string, part: (body: any) => unknown): Promise<string[]> {
  const one = single();
  const many = sharded();
  const out: string[] = [];
  for (const j of set) {
    const [a, b] = await Promise.all([get(one, path(j.query)), get(many, path(j.query))]);
    expect(b.status, j.query).toBe(200);
    if (JSON.stringify(part(b.body)) !== JSON.stringify(part(a.body))) out.push(j.query);
  }
  return out;
}

describe('three shards joined by /network answer like one instance', () => {
  it('every query of the relevance set: the same hits in the same order, equal scores included', async () => {
    const one = single();
    const many = sharded();
    let compared = 0;
    for (const j of set) {
      const [a, b] = await Promise.all([get(one, searchPath(j.query)), get(many, searchPath(j.query))]);
      expect(b.status, j.query).toBe(200);
      expect(comparable(b.body), j.query).toEqual(comparable(a.body));
      if (a.body.hits.length) compared++;
    }
    expect(compared).toBeGreaterThan(set.length / 2);
  });

  it('in one language (every document counted), the same facet counts for every query of the relevance set', async () => {
    for (const lang of ['en', 'ms']) {
      expect(await differing((q) => searchPath(q, { lang, facets: 'act,lang,type,topics' }), (body) => body.facets), lang).toEqual([]);
    }
  });

  // KNOWN GAP (Meilisearch 1.21's federation, found under issue 17): with one hit per provision
  // (no language), only page mode keeps one document per id over every match; a ranked query keeps
  // one per id among the hits it ranked, so its facet counts depend on how far it ranked, which
  // differs per shard. The single instance counts in page mode; Meilisearch 1.21's federation has
  // no page mode, so sharded counts are the shards' estimates ("harbouring": ATIPSOM 12
  // provisions, sharded 13).
  it.fails('one hit per provision: the same facet counts for every query of the relevance set', async () => {
    expect(await differing((q) => searchPath(q, { facets: 'act,lang,type,topics' }), (body) => body.facets)).toEqual([]);
  });

  // KNOWN GAP (Meilisearch 1.21, found under issue 17): the engine marks a word found through a
  // typo only when that search computed the word's typo derivations, which it does lazily,
  // depending on the other documents it searched: the same document's highlight changes with a
  // filter on ONE instance too ("movement of trafficked person irrelevant": "Persons" in Penal Code
  // s 372A is marked without a filter, not with one restricting to the Penal Code's shard's Acts).
  // Shards search other documents, so such highlights can differ; hits, order and scores do not.
  it.fails('every query of the relevance set: the same highlights', async () => {
    expect(await differing((q) => searchPath(q), (body) => body.hits.map((h: any) => h.highlight))).toEqual([]);
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
