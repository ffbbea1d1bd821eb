/**
 * HTTP caching on the real engine: ETag from the index build, Cache-Control on GET answers, 304
 * on If-None-Match without a search, and a new ETag as soon as a reindex swaps in a new build.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDocuments } from '../../scripts/pipeline/documents/build.js';
import { indexCorpus } from '../../scripts/pipeline/index/index-corpus.js';
import { etagMatches, type ResponseStore } from '../../src/api/middleware/cache.js';
import { createApp } from '../../src/app.js';
import { ProvisionSearch } from '../../src/search/client.js';
import type { ProvisionDoc } from '../../src/schema/document.js';
import { meili } from '../helpers/app.js';

// Index runs take minutes on a loaded 2-core machine.
vi.setConfig({ testTimeout: 900_000 });

const LIVE = 'cache-live';
let docs: ProvisionDoc[];
const index = (documents: readonly ProvisionDoc[]) =>
  indexCorpus({ url: meili().url, adminKey: meili().adminKey, indexName: LIVE, documents, log: () => {} });
// Build id read on every request: the test sees a swap at once (production reuses it for 2 s).
const app = () => createApp({ MEILI_URL: meili().url, MEILI_SEARCH_KEY: meili().searchKey, MEILI_INDEX: LIVE, MEILI_BUILD_TTL_MS: '0', MEILI_TIMEOUT_MS: '30000' });
const SEARCH = '/v1/search?q=trafficking&limit=3';

beforeAll(async () => {
  docs = (await buildDocuments()).slice(0, 120);
  await index(docs);
}, 900_000);

describe('ETag and Cache-Control', () => {
  it('GET answers carry the build ETag and a public Cache-Control; If-None-Match gives 304 with no body', async () => {
    const a = app();
    const first = await a.request(SEARCH);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"\d+-[0-9a-f]{12}\.[0-9a-z]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');

    const again = await a.request(SEARCH, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);

    const other = await a.request(SEARCH, { headers: { 'If-None-Match': 'W/"someone-else"' } });
    expect(other.status).toBe(200);
    const provision = await a.request(`/v1/provisions/${docs[0]!.id}`);
    expect(provision.headers.get('etag')).toBe(etag);
  });

  it('errors and POST answers are not tagged', async () => {
    const a = app();
    const bad = await a.request('/v1/search?limit=500');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('etag')).toBeNull();
    const post = await a.request('/v1/match', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ conduct: ['recruit'] }) });
    expect(post.headers.get('etag')).toBeNull();
  });

  it('a response store (Workers: the Cache API) is read and filled by plain GETs, and neither read nor written with no-cache', async () => {
    // The Workers cache's interface over a Map: what the middleware asks of it, on the real engine.
    const entries = new Map<string, Response>();
    const responseStore: ResponseStore = {
      match: async (key) => entries.get(key.url)?.clone(),
      put: async (key, res) => void entries.set(key.url, res),
    };
    const a = createApp(
      { MEILI_URL: meili().url, MEILI_SEARCH_KEY: meili().searchKey, MEILI_INDEX: LIVE, MEILI_TIMEOUT_MS: '30000' },
      { responseStore },
    );
    const noCache = { headers: { 'Cache-Control': 'no-cache' } };
    const fresh = await a.request(SEARCH, noCache);
    expect(fresh.status).toBe(200);
    expect(entries.size).toBe(0);

    const first = await a.request(SEARCH);
    expect(first.headers.get('x-cache')).toBeNull();
    await vi.waitFor(() => expect(entries.size).toBe(1));
    const hit = await a.request(SEARCH);
    expect(hit.headers.get('x-cache')).toBe('hit');
    expect(await hit.text()).toBe(await fresh.text());

    const bypassed = await a.request(SEARCH, noCache);
    expect(bypassed.headers.get('x-cache')).toBeNull();
    expect(bypassed.headers.get('etag')).toBe(first.headers.get('etag'));
    await a.request('/v1/search?q=child&limit=3', noCache);
    expect(entries.size).toBe(1);
  });

  it('a reindex that changes a document changes the ETag: the old one gets a full 200 again', async () => {
    const a = app();
    const before = await a.request(SEARCH);
    const old = before.headers.get('etag')!;
    // An unchanged corpus keeps its build, so caches stay valid.
    expect((await index(docs)).mode).toBe('unchanged');
    expect((await a.request(SEARCH, { headers: { 'If-None-Match': old } })).status).toBe(304);

    const edited = docs.map((d, i) => (i === 3 ? { ...d, text: `${d.text} cacheinvalidation` } : d));
    await index(edited);
    const after = await a.request(SEARCH, { headers: { 'If-None-Match': old } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(old);
    expect((await a.request('/v1/search?q=cacheinvalidation&limit=1')).headers.get('etag')).toBe(after.headers.get('etag'));
  });
});

describe('etagMatches', () => {
  it('compares weakly, in lists and with *', () => {
    expect(etagMatches('W/"a.1"', 'W/"a.1"')).toBe(true);
    expect(etagMatches('"a.1"', 'W/"a.1"')).toBe(true);
    expect(etagMatches('W/"b", W/"a.1"', 'W/"a.1"')).toBe(true);
    expect(etagMatches('*', 'W/"a.1"')).toBe(true);
    expect(etagMatches('W/"a.2"', 'W/"a.1"')).toBe(false);
    expect(etagMatches(undefined, 'W/"a.1"')).toBe(false);
  });
});

describe('the build id behind the ETag (ProvisionSearch.buildId)', () => {
  /** An engine whose build lookups answer when the test says, each with the build given then. */
  const scriptedEngine = () => {
    const lookups: { answer: (build: string | Error) => void }[] = [];
    const http = (_url: unknown, _init?: unknown) =>
      new Promise<unknown>((done, fail) =>
        lookups.push({ answer: (build) => (build instanceof Error ? fail(build) : done({ hits: [{ build }] })) }),
      );
    return { lookups, http: http as unknown as NonNullable<ConstructorParameters<typeof ProvisionSearch>[0]['http']> };
  };

  it('is looked up by each caller that finds none kept (the default, and Workers), never handed from one request to another while in flight, then kept for the TTL', async () => {
    // Workers: a request awaiting another request's lookup resumed in that request's context, and its
    // Cache API read was refused there (500 "Cannot perform I/O on behalf of a different request").
    const engine = scriptedEngine();
    const search = new ProvisionSearch({ url: 'http://engine.test', searchKey: 'k', buildTtlMs: 60_000, http: engine.http });
    const a = search.buildId();
    const b = search.buildId();
    await new Promise((r) => setTimeout(r, 0));
    expect(engine.lookups).toHaveLength(2);
    engine.lookups[0]!.answer('build-1');
    engine.lookups[1]!.answer('build-1');
    expect(await Promise.all([a, b])).toEqual(['build-1', 'build-1']);
    // Kept: no lookup within the TTL.
    expect(await search.buildId()).toBe('build-1');
    expect(engine.lookups).toHaveLength(2);
  });

  it('on Node (shareLookups: one process, no request contexts), concurrent callers share the lookup in flight', async () => {
    const engine = scriptedEngine();
    const search = new ProvisionSearch({ url: 'http://engine.test', searchKey: 'k', buildTtlMs: 60_000, http: engine.http, shareLookups: true });
    const a = search.buildId();
    const b = search.buildId();
    await new Promise((r) => setTimeout(r, 0));
    expect(engine.lookups).toHaveLength(1);
    engine.lookups[0]!.answer('build-1');
    expect(await Promise.all([a, b, search.buildId()])).toEqual(['build-1', 'build-1', 'build-1']);
    expect(engine.lookups).toHaveLength(1);
  });

  it('with a TTL of 0 is looked up every time; a failed lookup is no id, kept for the TTL like one', async () => {
    const every = scriptedEngine();
    const fresh = new ProvisionSearch({ url: 'http://engine.test', searchKey: 'k', buildTtlMs: 0, http: every.http });
    for (const build of ['build-1', 'build-2']) {
      const id = fresh.buildId();
      await new Promise((r) => setTimeout(r, 0));
      every.lookups.at(-1)!.answer(build);
      expect(await id).toBe(build);
    }
    expect(every.lookups).toHaveLength(2);

    const failing = scriptedEngine();
    const kept = new ProvisionSearch({ url: 'http://engine.test', searchKey: 'k', buildTtlMs: 60_000, http: failing.http });
    const id = kept.buildId();
    await new Promise((r) => setTimeout(r, 0));
    failing.lookups[0]!.answer(new Error('engine down'));
    expect(await id).toBeUndefined();
    expect(await kept.buildId()).toBeUndefined();
    expect(failing.lookups).toHaveLength(1);
  });
});
