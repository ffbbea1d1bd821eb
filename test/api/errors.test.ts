/**
 * Every error path answers application/problem+json with a detail a person can act on:
 * 400 for bad parameters, 404 for unknown things and routes, 503 + Retry-After when search
 * cannot answer. Never a 500 for bad input.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocuments } from '../../scripts/pipeline/documents/build.js';
import { indexCorpus } from '../../scripts/pipeline/index/index-corpus.js';
import { freePort, randomMasterKey, startMeili, type MeiliServer } from '../../scripts/ops/meili-server.js';
import { createApp as createAppWith, type AppEnv } from '../../src/app.js';
import { nodeEngineHttp } from '../../src/node-engine.js';
import { WORD_FIELDS } from '../../src/search/words.js';
import { get, meili, testApp } from '../helpers/app.js';

const app = testApp();

function expectProblem(res: { status: number; headers: Headers; body: any }, status: number, type: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  expect(res.body).toMatchObject({ type: `/docs#problem-${type}`, status, title: expect.any(String), instance: expect.any(String) });
  expect(res.body.detail.length).toBeGreaterThan(20);
}

describe('400: parameters that are wrong say what to change', () => {
  it.each([
    ['/v1/search?limit=0', 'limit', 'limit must be at least 1'],
    ['/v1/search?limit=101', 'limit', 'limit must be at most 100'],
    ['/v1/search?limit=ten', 'limit', 'limit must be a whole number from 1 to 100'],
    ['/v1/search?limit=2.5', 'limit', 'limit must be a whole number from 1 to 100'],
    ['/v1/search?offset=-1', 'offset', 'offset must be 0 or more'],
    ['/v1/search?offset=100000', 'offset', 'narrow the search'],
    ['/v1/search?lang=fr', 'lang', 'lang must be "en" (English) or "ms" (Malay)'],
    ['/v1/search?act=widgets', 'act', 'act must be one of "atipsom"'],
    ['/v1/search?act=atipsom&act=soca', 'act', 'act must be one of'],
    ['/v1/search?type=crime', 'type', 'type must be one of "offence"'],
    ['/v1/search?kind=chapter', 'kind', 'kind must be one of "section"'],
    ['/v1/search?topic=Child%20Trafficking', 'topic', 'topic must be a topic slug'],
    ['/v1/search?q=a&q=b', 'q', 'q must be given once'],
    [`/v1/search?q=${'x'.repeat(301)}`, 'q', 'q is too long'],
    ['/v1/provisions/ATIPSOM%20s%2014', 'id', 'id must be a provision id such as "atipsom-s14"'],
    ['/v1/provisions/atipsom-s14?lang=english', 'lang', 'lang must be "en"'],
    ['/v1/acts/atipsom?lang=de', 'lang', 'lang must be "en"'],
    ['/v1/acts/Child_Act', 'act', 'act must be an Act slug'],
    ['/v1/cite?q=', 'q', 'q is empty'],
  ])('%s', async (path, parameter, message) => {
    const res = await get(app, path);
    expectProblem(res, 400, 'invalid-request');
    expect(res.body.errors).toContainEqual({ parameter, message: expect.stringContaining(message) });
    expect(res.body.detail).toContain(message);
  });

  it('several bad parameters are all reported at once', async () => {
    const res = await get(app, '/v1/search?limit=0&lang=fr&type=crime');
    expect(res.body.errors.map((e: { parameter: string }) => e.parameter).sort()).toEqual(['lang', 'limit', 'type']);
  });
});

describe('404: unknown things and routes', () => {
  it('an unknown provision id', async () => {
    const res = await get(app, '/v1/provisions/atipsom-s999');
    expectProblem(res, 404, 'not-found');
    expect(res.body.detail).toContain('No provision has the id "atipsom-s999"');
  });

  it('an unknown Act', async () => {
    const res = await get(app, '/v1/acts/widgets-act');
    expectProblem(res, 404, 'not-found');
    expect(res.body.detail).toContain('Known Acts: atipsom, child-act');
  });

  it.each([
    ['GET', '/v2/search'],
    ['GET', '/v1/provisions'],
    ['GET', '/v1/search/extra'],
  ])('%s %s', async (method, path) => {
    const res = await app.request(path, { method });
    const body = (await res.json()) as { detail: string };
    expectProblem({ status: res.status, headers: res.headers, body }, 404, 'not-found');
    expect(body.detail).toBe(`There is no ${method} ${path}. The routes are listed at /docs and /openapi.json.`);
  });

  it.each([
    ['POST', '/v1/search'],
    ['DELETE', '/v1/provisions/atipsom-s14'],
  ])('%s %s: the path exists, the method does not (405 with Allow)', async (method, path) => {
    const res = await app.request(path, { method });
    const body = (await res.json()) as { detail: string };
    expectProblem({ status: res.status, headers: res.headers, body }, 405, 'method-not-allowed');
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect(body.detail).toBe(`${path} answers to GET, HEAD, not ${method}. The routes are listed at /docs and /openapi.json.`);
  });
});

/**
 * A proxy on loopback in front of the suite's engine: each request is first offered to `intercept`,
 * which either answers it itself (and says so) or lets it through to the engine unchanged.
 */
async function engineProxy(intercept: (res: ServerResponse, body: string) => boolean | Promise<boolean>): Promise<{ url: string; close: () => void }> {
  const upstream = new URL(meili().url);
  const proxy = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      if (await intercept(res, Buffer.concat(chunks).toString())) return;
      const answer = await fetch(`${upstream.origin}${req.url}`, {
        method: req.method,
        headers: { authorization: req.headers.authorization ?? '', 'content-type': req.headers['content-type'] ?? 'application/json' },
        ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
      });
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
      res.end(Buffer.from(await answer.arrayBuffer()));
    });
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  const { port } = proxy.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      proxy.closeAllConnections();
      proxy.close();
    },
  };
}

// The Node entry reaches the engine over node:http (src/node-engine.ts), Workers with fetch: every
// failure must read the same either way.
describe.each([
  ['fetch', () => ({})],
  ['the Node transport (src/node-engine.ts)', () => ({ engineHttp: nodeEngineHttp() })],
])('503: search cannot answer (engine reached with %s)', (_transport, runtime) => {
  const createApp = (env: AppEnv) => createAppWith(env, runtime());
  const expect503 = async (target: ReturnType<typeof createApp>, reason: RegExp) => {
    for (const path of ['/v1/search?q=child', '/v1/provisions/atipsom-s14', '/v1/acts', '/v1/acts/atipsom', '/v1/cite?q=ATIPSOM%20s%2014']) {
      const res = await get(target, path);
      expectProblem(res, 503, 'search-unavailable');
      expect(res.headers.get('retry-after')).toBe('5');
      expect(res.body.detail).toMatch(reason);
    }
    const health = await get(target, '/health');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('degraded');
    expect(health.body.search.ok).toBe(false);
    expect(health.body.search.detail).toMatch(reason);
  };

  it('nothing listens at MEILI_URL', async () => {
    const port = await freePort();
    await expect503(createApp({ MEILI_URL: `http://127.0.0.1:${port}`, MEILI_SEARCH_KEY: 'x' }), /cannot be reached/);
  });

  it('the engine accepts connections but never answers', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const { port } = silent.address() as AddressInfo;
    try {
      const target = createApp({ MEILI_URL: `http://127.0.0.1:${port}`, MEILI_SEARCH_KEY: 'x', MEILI_TIMEOUT_MS: '300' });
      await expect503(target, /did not answer in time/);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });

  it('MEILI_URL is not set', async () => {
    await expect503(createApp({}), /not configured: set MEILI_URL/);
  });

  it('the key is wrong', async () => {
    await expect503(createApp({ MEILI_URL: meili().url, MEILI_SEARCH_KEY: 'not-a-key' }), /rejected the API key/);
  });

  it('the index has not been built', async () => {
    await expect503(createApp({ MEILI_URL: meili().url, MEILI_SEARCH_KEY: meili().searchKey, MEILI_INDEX: 'never-built' }), /npm run index/);
  });

  describe('Meilisearch stops while the app runs, and comes back', () => {
    let dir: string;
    let server: MeiliServer;
    let port: number;
    const masterKey = randomMasterKey();
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'atip-stop-'));
      port = await freePort();
      server = await startMeili({ dataDir: dir, port, masterKey });
    });
    afterAll(async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('answers 503 (not 500) while it is gone, and serves again by itself once it is back', async () => {
      const target = createApp({ MEILI_URL: server.url, MEILI_SEARCH_KEY: server.searchKey });
      // Up but empty: the live index does not exist yet.
      expect((await get(target, '/v1/search?q=child')).body.detail).toMatch(/npm run index/);
      const docs = (await buildDocuments()).filter((d) => d.act === 'atipsom');
      await indexCorpus({ url: server.url, adminKey: server.adminKey, documents: docs, log: () => {} });
      expect((await get(target, '/v1/provisions/atipsom-s14')).status).toBe(200);

      await server.stop();
      await expect503(target, /cannot be reached/);

      // Same port, data and key: the app, untouched, finds it again.
      server = await startMeili({ dataDir: dir, port, masterKey });
      const health = await get(target, '/health');
      expect(health.body).toMatchObject({ status: 'ok', search: { ok: true } });
      const res = await get(target, '/v1/search?q=trafficking%20in%20children&limit=3');
      expect(res.status).toBe(200);
      expect(res.body.hits.map((h: { id: string }) => h.id)).toContain('atipsom-s14');
    });
  });

  it('an engine answering 408 (it did not read the request in time, e.g. while indexing) is asked once more; 408 again is a 503', async () => {
    // A proxy in front of the real engine: the first `fail` requests get 408, the rest are forwarded.
    let fail = 0;
    let seen = 0;
    const flaky = await engineProxy((res, body) => {
      // The offence catalogue and the words' counts, read in the background, are not the search's own.
      if (body.includes('options.code EXISTS') || body.includes(JSON.stringify(WORD_FIELDS))) return false;
      seen++;
      if (fail === 0) return false;
      fail--;
      res.writeHead(408, { 'content-length': '0', connection: 'close' });
      res.end();
      return true;
    });
    try {
      const target = createApp({ MEILI_URL: flaky.url, MEILI_SEARCH_KEY: meili().searchKey, MEILI_INDEX: meili().index });
      const direct = createApp({ MEILI_URL: meili().url, MEILI_SEARCH_KEY: meili().searchKey, MEILI_INDEX: meili().index });
      const path = '/v1/search?q=forced%20labour';
      // Warm the build-id lookup, so the counts below are the search's own requests.
      expect((await get(target, path)).status).toBe(200);
      fail = 1;
      seen = 0;
      const retried = await get(target, path);
      expect(retried.status).toBe(200);
      expect(seen).toBe(2);
      expect(retried.body.hits).toEqual((await get(direct, path)).body.hits);
      fail = 2;
      const refused = await get(target, '/v1/search?q=child%20labour');
      expectProblem(refused, 503, 'search-unavailable');
      expect(refused.body.detail).toMatch(/did not answer in time/);
    } finally {
      flaky.close();
    }
  });

  it.each([
    [500, 'application/json', JSON.stringify({ message: 'internal', code: 'internal', type: 'internal', link: '' }), /search engine failed \(500\)/],
    [502, 'text/html', '<html>Bad Gateway</html>', /unreadable answer/],
    [200, 'text/html', '<html>not the engine</html>', /unreadable answer/],
  ])('an engine (or a proxy in front of it) answering %i %s is a 503 that says so', async (status, type, body, reason) => {
    const broken = await engineProxy((res) => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
      return true;
    });
    try {
      const target = createApp({ MEILI_URL: broken.url, MEILI_SEARCH_KEY: meili().searchKey, MEILI_INDEX: meili().index });
      await expect503(target, reason);
    } finally {
      broken.close();
    }
  });

  it('an engine that answers, but too slowly for a route that asks it several times, gives 503 within the deadline', async () => {
    // A proxy in front of the real engine that holds every answer 400 ms; the app's deadline is
    // 1000 ms. A defined term asks the engine three times in a row (section, its terms, the term).
    const slow = await engineProxy(() => new Promise((held) => setTimeout(() => held(false), 400)));
    try {
      const target = createApp({ MEILI_URL: slow.url, MEILI_SEARCH_KEY: meili().searchKey, MEILI_INDEX: meili().index, MEILI_TIMEOUT_MS: '1000' });
      const res = await get(target, `/v1/cite?q=${encodeURIComponent("s 2 ATIPSOM 'exploitation'")}`);
      expectProblem(res, 503, 'search-unavailable');
      expect(res.headers.get('retry-after')).toBe('5');
      expect(res.body.detail).toMatch(/did not answer in time/);
      // The same app, given the engine directly, resolves it: the 503 was the deadline, not the query.
      const direct = createApp({ MEILI_URL: meili().url, MEILI_SEARCH_KEY: meili().searchKey, MEILI_INDEX: meili().index, MEILI_TIMEOUT_MS: '1000' });
      expect((await get(direct, `/v1/cite?q=${encodeURIComponent("s 2 ATIPSOM 'exploitation'")}`)).status).toBe(200);
    } finally {
      slow.close();
    }
  });
});
