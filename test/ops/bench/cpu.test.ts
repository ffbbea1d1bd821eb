/** The bench's CPU-per-request measure: /proc's CPU time agrees with the process's own count, and a pass checks every answer. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { cpuTimeMs, measureCpuPerRequest } from '../../../scripts/ops/bench/cpu.js';

describe('cpuTimeMs', () => {
  it('counts the CPU a process spends, as process.cpuUsage() does', () => {
    const before = cpuTimeMs(process.pid);
    const usage = process.cpuUsage();
    let x = 0;
    // Work until this process has used 300 ms of CPU by its own count (however long that takes).
    while (process.cpuUsage(usage).user < 300_000) for (let i = 0; i < 100_000; i++) x = (x + Math.sqrt(i)) % 1e9;
    const spent = cpuTimeMs(process.pid) - before;
    expect(x).toBeGreaterThan(0);
    // /proc counts in clock ticks (10 ms), and other threads of this process add to it.
    expect(spent).toBeGreaterThanOrEqual(250);
  });
});

describe('measureCpuPerRequest', () => {
  it('replays every path once with the headers given, and fails on an answer that is not a 200', async () => {
    const seen: string[] = [];
    const server = createServer((req, res) => {
      seen.push(`${req.url ?? ''} ${req.headers['cache-control'] ?? '-'}`);
      res.writeHead(req.url === '/bad' ? 500 : 200, { 'content-type': 'text/plain' });
      res.end('ok');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const m = await measureCpuPerRequest(url, { server: process.pid }, ['/a', '/b', '/c'], { 'Cache-Control': 'no-cache' });
      expect(seen).toEqual(['/a no-cache', '/b no-cache', '/c no-cache']);
      expect(m.requests).toBe(3);
      expect(m.cpuMs).toBeGreaterThanOrEqual(0);
      expect(Object.keys(m.byProcess)).toEqual(['server']);
      await expect(measureCpuPerRequest(url, { server: process.pid }, ['/a', '/bad'])).rejects.toThrow(/answered 500 for \/bad/);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
