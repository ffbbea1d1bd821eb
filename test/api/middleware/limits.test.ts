/**
 * Limits and headers: CORS of the API, security headers and a CSP that allows exactly the
 * inline code the pages serve, size limits, and per-client rate limiting (a small limit on its
 * own app instance; the suite's other apps have none).
 */
import { describe, expect, it } from 'vitest';
import { cloudflareAddress } from '../../../src/api/middleware/client-address.js';
import { MAX_BODY_BYTES, MAX_URL_CHARS } from '../../../src/api/middleware/limits.js';
import { FixedWindowLimiter, type RateLimiter } from '../../../src/api/middleware/rate-limit.js';
import { cspHash } from '../../../src/api/middleware/secure-headers.js';
import { createApp } from '../../../src/app.js';
import { get, meili, SUITE_TIMEOUT_MS, testApp } from '../../helpers/app.js';

const app = testApp();
const env = () => ({ MEILI_URL: meili().url, MEILI_SEARCH_KEY: meili().searchKey, MEILI_INDEX: meili().index, MEILI_TIMEOUT_MS: SUITE_TIMEOUT_MS });

const expectProblem = async (res: Response, status: number, type: string) => {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  const body = (await res.json()) as { type: string; detail: string };
  expect(body.type).toBe(`/docs#problem-${type}`);
  return body;
};

describe('CORS: the API may be read from any origin, without credentials', () => {
  it('a cross-origin GET is allowed, credentials are not', async () => {
    const res = await app.request('/v1/search?q=child', { headers: { Origin: 'https://ngo.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('access-control-expose-headers')).toBe('Retry-After');
  });

  it('a preflight lists the read methods only', async () => {
    const res = await app.request('/v1/search', { method: 'OPTIONS', headers: { Origin: 'https://ngo.example', 'Access-Control-Request-Method': 'GET' } });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-methods')!.split(',').sort()).toEqual(['GET', 'HEAD', 'OPTIONS', 'POST']);
  });

  it('pages carry no CORS headers (same origin only)', async () => {
    const res = await app.request('/', { headers: { Origin: 'https://ngo.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('security headers', () => {
  const pages = ['/', '/search?q=child', '/provisions/atipsom-s14', '/compare?ids=atipsom-s12,atipsom-s14', '/topics', '/docs', '/no-such-page'];

  it.each(pages)('%s: CSP allows only its own inline code, by hash; no framing; nosniff', async (path) => {
    const res = await app.request(path);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const html = await res.text();
    const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
    for (const [, code] of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) expect(directive('script-src')).toContain(await cspHash(code!));
    for (const [, code] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) expect(directive('style-src')).toContain(await cspHash(code!));
    expect(html).not.toMatch(/<script[^>]*\ssrc=|\son[a-z]+=/i);
  });

  it('the API answers with nosniff and no referrer, readable cross-origin', async () => {
    const res = await app.request('/v1/provisions/atipsom-s14');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  });
});

describe('size limits', () => {
  it(`a body over ${MAX_BODY_BYTES} bytes → 413 problem`, async () => {
    const body = JSON.stringify({ q: 'x'.repeat(MAX_BODY_BYTES) });
    const res = await app.request('/v1/search', { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
    expect((await expectProblem(res, 413, 'payload-too-large')).detail).toMatch(/over 16 KiB/);
  });

  it(`a URL over ${MAX_URL_CHARS} characters → 414 problem that does not echo it whole`, async () => {
    const path = `/v1/search?q=${'a'.repeat(MAX_URL_CHARS)}`;
    const res = await app.request(path);
    const body = (await expectProblem(res, 414, 'uri-too-long')) as { detail: string; instance?: string };
    expect(body.detail).toMatch(/shorten the query/);
    expect(body.instance!.length).toBeLessThan(600);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('a URL just under the limit is served', async () => {
    const res = await get(app, `/v1/search?q=${'a'.repeat(280)}&x=${'b'.repeat(MAX_URL_CHARS - 320)}`);
    expect(res.status).toBe(200);
  });
});

describe('rate limiting', () => {
  it('a fixed window counts per key and opens again after its period', async () => {
    let now = 1_000_000;
    const limiter = new FixedWindowLimiter(2, 60, () => now);
    const ok = async (key: string) => (await limiter.limit({ key })).success;
    expect([await ok('a'), await ok('a'), await ok('a'), await ok('b')]).toEqual([true, true, false, true]);
    expect((await limiter.limit({ key: 'a' })).retryAfterSeconds).toBe(60);
    now += 59_000;
    expect(await limiter.limit({ key: 'a' })).toEqual({ success: false, retryAfterSeconds: 1 });
    now += 1_000;
    expect(await ok('a')).toBe(true);
  });

  const limited = (extra: Record<string, string> = {}) =>
    createApp({ ...env(), RATE_LIMIT_PER_MINUTE: '3', ...extra }, { clientAddress: cloudflareAddress });
  const from = (address: string, path = '/v1/search?q=child', headers: Record<string, string> = {}) => ({ path, init: { headers: { 'cf-connecting-ip': address, ...headers } } });

  it('over the limit → 429 problem+json with Retry-After; other clients unaffected', async () => {
    const target = limited();
    for (let i = 0; i < 3; i++) {
      const { path, init } = from('203.0.113.7');
      expect((await target.request(path, init)).status).toBe(200);
    }
    const { path, init } = from('203.0.113.7');
    const res = await target.request(path, init);
    expect((await expectProblem(res, 429, 'rate-limited')).detail).toMatch(/Too many requests from your address: wait \d+ s/);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const other = from('198.51.100.1');
    expect((await target.request(other.path, other.init)).status).toBe(200);
  });

  it('a page counts once, not once per API call it makes in-process', async () => {
    const target = limited();
    const page = from('203.0.113.8', '/compare?ids=atipsom-s12,atipsom-s14,atipsom-s13');
    for (let i = 0; i < 3; i++) expect((await target.request(page.path, page.init)).status).toBe(200);
    expect((await target.request(page.path, page.init)).status).toBe(429);
  });

  it('a proxy header counts only when configured', async () => {
    const spoof = (target: ReturnType<typeof createApp>, i: number) => target.request('/v1/acts', { headers: { 'cf-connecting-ip': '203.0.113.9', 'x-forwarded-for': `10.0.0.${i}` } });
    const plain = limited();
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await spoof(plain, i)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const proxied = limited({ TRUSTED_PROXY_HEADER: 'x-forwarded-for' });
    const behindProxy = [];
    for (let i = 0; i < 4; i++) behindProxy.push((await spoof(proxied, i)).status);
    expect(behindProxy).toEqual([200, 200, 200, 200]);
  });

  it('the Workers binding, when present, decides', async () => {
    const keys: string[] = [];
    const binding: RateLimiter = { limit: async ({ key }) => (keys.push(key), { success: keys.length < 2 }) };
    const target = createApp({ ...env(), RATE_LIMITER: binding, RATE_LIMIT_PER_MINUTE: '1000' }, { clientAddress: cloudflareAddress });
    const a = from('192.0.2.1', '/v1/acts');
    expect((await target.request(a.path, a.init)).status).toBe(200);
    const res = await target.request(a.path, a.init);
    await expectProblem(res, 429, 'rate-limited');
    expect(res.headers.get('retry-after')).toBe('60');
    expect(keys).toEqual(['192.0.2.1', '192.0.2.1']);
  });

  it('no limit unless configured (the suite, the benchmarks)', async () => {
    const target = createApp(env(), { clientAddress: cloudflareAddress });
    const statuses = new Set<number>();
    for (let i = 0; i < 20; i++) statuses.add((await target.request('/health', { headers: { 'cf-connecting-ip': '192.0.2.2' } })).status);
    expect([...statuses]).toEqual([200]);
  });
});
