/** The interleaved latency measure: which target is asked what, in which order, and what is counted. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { measureInterleaved, requestAt, stepOrder } from '../../../scripts/ops/bench/interleaved.js';

describe('stepOrder', () => {
  it('puts every target at every position once in as many steps as there are targets, and reverses every other pass', () => {
    for (const k of [2, 3, 4]) {
      for (const pass of [0, 1]) {
        const orders = Array.from({ length: k }, (_, step) => stepOrder(k, pass, step));
        for (const order of orders) expect([...order].sort()).toEqual(Array.from({ length: k }, (_, i) => i));
        for (let position = 0; position < k; position++) expect(new Set(orders.map((o) => o[position])).size).toBe(k);
      }
      expect(stepOrder(k, 1, 5)).toEqual([...stepOrder(k, 0, 5)].reverse());
    }
  });
});

describe('requestAt', () => {
  it('gives the targets of one step different queries, and every target every query once a pass', () => {
    for (const [n, k] of [[291, 3], [291, 4], [10, 3], [4, 4]] as const) {
      for (let step = 0; step < n; step++) {
        expect(new Set(Array.from({ length: k }, (_, t) => requestAt(n, k, t, step))).size).toBe(k);
      }
      for (let t = 0; t < k; t++) {
        expect(new Set(Array.from({ length: n }, (_, step) => requestAt(n, k, t, step))).size).toBe(n);
      }
    }
  });
});

describe('measureInterleaved', () => {
  const servers: Server[] = [];
  afterEach(() => {
    for (const s of servers.splice(0)) {
      s.closeAllConnections();
      s.close();
    }
  });
  /** A server that logs "name method path body" of every request into `seen` and answers `status(path)`. */
  async function server(name: string, seen: string[], status: (path: string) => number = () => 200): Promise<string> {
    const s = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push(`${name} ${req.method} ${req.url} ${body}`.trim());
        res.writeHead(status(req.url ?? ''), { 'content-type': 'application/json' });
        res.end('{}');
      });
    });
    servers.push(s);
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
  }

  it('sends each target its own mix one request at a time, interleaved, and counts what did not answer 200 as an error', async () => {
    const seen: string[] = [];
    const api = await server('api', seen, (path) => (path === '/s?q=b' ? 503 : 200));
    const direct = await server('direct', seen);
    const queries = ['a', 'b', 'c', 'd'];
    const result = await measureInterleaved(
      [
        { name: 'api', baseUrl: api, mix: queries.map((q) => ({ method: 'GET' as const, path: `/s?q=${q}` })) },
        { name: 'direct', baseUrl: direct, mix: queries.map((q) => ({ method: 'POST' as const, path: '/multi', body: `{"q":"${q}"}` })), headers: { 'content-type': 'application/json' } },
      ],
      'direct',
      2,
    );
    // Pass 0: the order turns every step (api first, then direct first...), api starts at query 0 and direct at query 2.
    expect(seen.slice(0, 4)).toEqual(['api GET /s?q=a', 'direct POST /multi {"q":"c"}', 'direct POST /multi {"q":"d"}', 'api GET /s?q=b']);
    expect(seen).toHaveLength(16);
    // Every target sent every query of its mix once a pass.
    for (const q of queries) {
      expect(seen.filter((s) => s === `api GET /s?q=${q}`)).toHaveLength(2);
      expect(seen.filter((s) => s === `direct POST /multi {"q":"${q}"}`)).toHaveLength(2);
    }
    const [apiRow, directRow] = result.rows;
    expect(result).toMatchObject({ passes: 2, reference: 'direct' });
    expect(apiRow).toMatchObject({ target: 'api', requests: 6, errors: 2 });
    expect(directRow).toMatchObject({ target: 'direct', requests: 8, errors: 0, addedMs: 0 });
    expect(apiRow!.p50).toBeGreaterThan(0);
    expect(apiRow!.p99).toBeGreaterThanOrEqual(apiRow!.p50);
    expect(Number.isFinite(apiRow!.addedMs)).toBe(true);
  });

  it('refuses mixes of different lengths and a reference that is not a target', async () => {
    const seen: string[] = [];
    const url = await server('x', seen);
    const one = { name: 'one', baseUrl: url, mix: [{ method: 'GET' as const, path: '/' }] };
    await expect(measureInterleaved([one, { ...one, name: 'two', mix: [] }], 'one', 1)).rejects.toThrow(/one length/);
    await expect(measureInterleaved([one], 'nobody', 1)).rejects.toThrow(/no target named nobody/);
    expect(seen).toEqual([]);
  });
});
