/**
 * Keys and secrets: the key the API is given can search and nothing else on the real engine;
 * `npm start` hands the API process no master or admin key; no key-like string is committed,
 * and the files that hold local secrets are git-ignored.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiProcessEnv } from '../../scripts/ops/api-env.js';
import { meili } from '../helpers/app.js';

const asApi = (path: string, init: RequestInit = {}) =>
  fetch(`${meili().url}${path}`, { ...init, headers: { Authorization: `Bearer ${meili().searchKey}`, 'Content-Type': 'application/json', ...init.headers } });

describe('the API key is search-only on the real engine', () => {
  it('it searches the live index', async () => {
    const res = await asApi(`/indexes/${meili().index}/search`, { method: 'POST', body: JSON.stringify({ q: 'child', limit: 1 }) });
    expect(res.status).toBe(200);
  });

  it.each([
    ['add or change documents', 'POST', `/indexes/{index}/documents`, JSON.stringify([{ key: 'x', id: 'x' }])],
    ['delete the index', 'DELETE', `/indexes/{index}`, undefined],
    ['create an index', 'POST', '/indexes', JSON.stringify({ uid: 'stolen' })],
    ['swap indexes', 'POST', '/swap-indexes', JSON.stringify([{ indexes: ['{index}', 'stolen'] }])],
    ['list keys', 'GET', '/keys', undefined],
    ['create a key', 'POST', '/keys', JSON.stringify({ actions: ['*'], indexes: ['*'], expiresAt: null })],
    ['read settings', 'GET', '/indexes/{index}/settings', undefined],
    ['change settings', 'PATCH', '/indexes/{index}/settings', JSON.stringify({ searchableAttributes: ['id'] })],
    ['read tasks', 'GET', '/tasks', undefined],
    ['dump the database', 'POST', '/dumps', undefined],
    ['read documents by id', 'GET', '/indexes/{index}/documents', undefined],
  ])('it cannot %s', async (_what, method, path, body) => {
    const res = await asApi(path.replace('{index}', meili().index), { method, ...(body ? { body } : {}) });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { code: string }).code).toBe('invalid_api_key');
  });
});

describe('npm start gives the API process the search key alone', () => {
  const parent = {
    PATH: '/usr/bin',
    HOME: '/home/u',
    MEILI_MASTER_KEY: 'master-secret',
    MEILI_ADMIN_KEY: 'admin-secret',
    CLOUDFLARE_API_TOKEN: 'cf-secret',
    SOME_SERVICE_PASSWORD: 'pw-secret',
    AWS_SECRET_ACCESS_KEY: 'aws-secret',
    MEILI_SEARCH_KEY: 'a-stale-search-key',
  };
  const env = apiProcessEnv(parent, { url: 'http://127.0.0.1:7700', searchKey: 'the-search-key' });

  it('no master, admin or other secret reaches it', () => {
    const values = Object.values(env).join('\n');
    for (const secret of ['master-secret', 'admin-secret', 'cf-secret', 'pw-secret', 'aws-secret', 'a-stale-search-key']) expect(values).not.toContain(secret);
    expect(Object.keys(env).filter((k) => /KEY|TOKEN|SECRET|PASSWORD/.test(k))).toEqual(['MEILI_SEARCH_KEY']);
  });

  it('it gets the engine URL, the search key, a port and a rate limit', () => {
    expect(env).toMatchObject({ MEILI_URL: 'http://127.0.0.1:7700', MEILI_SEARCH_KEY: 'the-search-key', PORT: '8787', RATE_LIMIT_PER_MINUTE: '600', PATH: '/usr/bin' });
  });

  it('scripts/start.ts spawns the API with exactly that environment', () => {
    expect(readFileSync('scripts/start.ts', 'utf8')).toMatch(/spawnApi\(apiProcessEnv\(process\.env, meili\), /);
    expect(readFileSync('scripts/ops/processes.ts', 'utf8')).toMatch(/spawnApi = \(env[^)]*\)[^=]*=>\s*(?:stoppedOnExit\()?spawn\([^)]*src\/node\.ts[^)]*\{ stdio, env \}\)/);
  });
});

describe('no secret is committed', () => {
  const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);

  it('local secret files are git-ignored and not tracked', () => {
    const ignored = (path: string) => execFileSync('git', ['check-ignore', '-q', '--no-index', path]).length === 0;
    for (const path of ['.dev.vars', '.meili-data/master-key', '.meili-data/data.ms']) expect(ignored(path)).toBe(true);
    expect(tracked.filter((f) => f === '.dev.vars' || f.startsWith('.meili-data/') || f === '.env')).toEqual([]);
  });

  it('no tracked file holds a Meilisearch key or a master key assignment', () => {
    // Meilisearch keys are 64 hex characters (the keys of a default key pair); master keys are set
    // through MEILI_MASTER_KEY / --master-key.
    const KEY = /\b[0-9a-f]{64}\b/;
    const MASTER = /(?:MEILI_MASTER_KEY|master[-_]key)\s*[=:]\s*["']?[A-Za-z0-9_-]{16,}/;
    const found = tracked
      .filter((f) => !/\.(png|jpe?g|gif|ico|pdf|woff2?)$/.test(f) && f !== 'package-lock.json')
      .flatMap((f) => {
        const text = readFileSync(f, 'utf8');
        return [KEY.exec(text), MASTER.exec(text)].flatMap((m) => (m ? [`${f}: ${m[0].slice(0, 24)}…`] : []));
      });
    expect(found).toEqual([]);
    // The scan sees a real key: the suite's own search key matches the pattern.
    expect(meili().searchKey).toMatch(KEY);
  });
});
