/**
 * The same app on the Workers runtime: wrangler bundles it, and `wrangler dev` (local workerd,
 * offline) serves /health and search against the suite's Meilisearch.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/ops/meili-server.js';
import { meili } from '../helpers/app.js';

const WRANGLER = 'node_modules/.bin/wrangler';
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' };

describe('wrangler deploy --dry-run', () => {
  it('bundles src/worker.ts', () => {
    const out = mkdtempSync(join(tmpdir(), 'atip-bundle-'));
    try {
      const run = spawnSync(WRANGLER, ['deploy', '--dry-run', '--outdir', out], { env, encoding: 'utf8', timeout: 120_000 });
      expect(run.status, run.stderr).toBe(0);
      expect(existsSync(join(out, 'worker.js'))).toBe(true);
      expect(statSync(join(out, 'worker.js')).size).toBeGreaterThan(100_000);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('wrangler dev (local, offline)', () => {
  let dev: ChildProcess;
  let base: string;
  let state: string;
  let output = '';

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    state = mkdtempSync(join(tmpdir(), 'atip-wrangler-'));
    dev = spawn(
      WRANGLER,
      [
        'dev', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', state,
        '--var', `MEILI_URL:${meili().url}`, '--var', `MEILI_SEARCH_KEY:${meili().searchKey}`, '--var', `MEILI_INDEX:${meili().index}`,
      ],
      { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    dev.stdout!.on('data', (d) => (output += d));
    dev.stderr!.on('data', (d) => (output += d));
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      if (dev.exitCode !== null) throw new Error(`wrangler dev exited:\n${output}`);
      if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`wrangler dev did not answer within 90 s:\n${output}`);
  });

  afterAll(async () => {
    // wrangler starts workerd children: stop the whole process group we started.
    if (dev?.pid && dev.exitCode === null) {
      const exited = new Promise((r) => dev.once('exit', r));
      process.kill(-dev.pid, 'SIGTERM');
      await exited;
    }
    rmSync(state, { recursive: true, force: true });
  });

  it('answers /health with search ok', async () => {
    const res = await fetch(`${base}/health`);
    expect(await res.json()).toEqual({ status: 'ok', app: 'ok', search: { ok: true, detail: 'The search index answers.' } });
  });

  it('answers a search and a citation like the Node app', async () => {
    const search = (await (await fetch(`${base}/v1/search?q=child%20grooming&limit=3`)).json()) as { hits: { id: string }[] };
    expect(search.hits[0]!.id).toBe('soca-s12');
    const cite = (await (await fetch(`${base}/v1/cite?q=${encodeURIComponent('ATIPSOM s 13(b)')}`)).json()) as { pinpoint: { text: string } };
    expect(cite.pinpoint.text).toBe('(b) in committing the offence, the person caused death to the trafficked person or to any other person;');
  });

  it('serves the analysis like the Node app: gaps from the relations index, match on POST', async () => {
    const { testApp, get } = await import('../helpers/app.js');
    const node = (await get(testApp(), '/v1/gaps?article=6')).body;
    const worker = await (await fetch(`${base}/v1/gaps?article=6`)).json();
    expect(worker).toEqual(node);
    const res = await fetch(`${base}/v1/match`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ victim_age: 15, conduct: ['recruit'], purpose: ['sexual-exploitation'] }) });
    expect(((await res.json()) as { offences: { id: string }[] }).offences[0]!.id).toBe('atipsom-s14');
  });

  it('serves a repeated GET from the Cache API, and 304 for the ETag it gave', async () => {
    const url = `${base}/v1/search?q=${encodeURIComponent('place of refuge')}&limit=4`;
    const first = await fetch(url);
    const body = await first.text();
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers.get('x-cache')).toBeNull();
    // The store is written after the answer (waitUntil): ask until it is there.
    let again: Response | undefined;
    for (let i = 0; i < 300 && again?.headers.get('x-cache') !== 'hit'; i++) {
      if (i) await new Promise((r) => setTimeout(r, 100));
      again = await fetch(url);
    }
    expect(again!.headers.get('x-cache')).toBe('hit');
    expect(await again!.text()).toBe(body);
    expect(again!.headers.get('etag')).toBe(etag);
    const revalidated = await fetch(url, { headers: { 'If-None-Match': etag! } });
    expect(revalidated.status).toBe(304);
  });

  it('builds Akoma Ntoso XML like the Node app', async () => {
    const { testApp } = await import('../helpers/app.js');
    for (const path of ['/akn/my/act/2007/670/msa@', '/akn/my/act/2007/670/eng@/~sec_14']) {
      const node = await (await testApp().request(path)).text();
      const res = await fetch(`${base}${path}`);
      expect(res.headers.get('content-type'), path).toBe('application/akn+xml; charset=utf-8');
      expect(await res.text(), path).toBe(node);
    }
  });

  it('answers errors as problem+json', async () => {
    const res = await fetch(`${base}/v1/search?limit=500`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});
