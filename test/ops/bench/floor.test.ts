/**
 * The bench's floor row (scripts/ops/bench/floor.ts) forwards the direct request and nothing else:
 * its answer is the engine's own for the same body (ranking scores, highlights and all), and the
 * process the bench spawns answers on its port.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { floorServer } from '../../../scripts/ops/bench/floor.js';
import { directSearchBody } from '../../../scripts/ops/bench/mix.js';
import { startFloorProxy } from '../../../scripts/ops/bench/processes.js';
import { meili } from '../../helpers/app.js';

/** The engine's answer with its own timing taken out (the one field that differs between two asks). */
const timeless = (text: string) => JSON.stringify(JSON.parse(text), (k, v) => (k === 'processingTimeMs' ? 0 : v));

describe('the floor proxy', () => {
  const stops: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const stop of stops) await stop();
  });

  it('answers a direct request with the engine’s answer to it, in-process and as the process the bench starts', async () => {
    const m = meili();
    const body = JSON.stringify(directSearchBody('child trafficking', m.index));
    const ask = (base: string) => fetch(new URL('/multi-search', base), { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${m.searchKey}` }, body });
    const engine = await ask(m.url);
    expect(engine.status).toBe(200);
    const expected = timeless(await engine.text());
    expect(JSON.parse(expected).results[0].hits.length).toBeGreaterThan(0);

    const server = floorServer(m);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    stops.push(() => new Promise((r) => server.close(r)));
    const inProcess = await ask(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    expect(inProcess.status).toBe(200);
    expect(timeless(await inProcess.text())).toBe(expected);

    const spawned = await startFloorProxy(m);
    stops.push(spawned.stop);
    const child = await ask(spawned.url);
    expect(child.status).toBe(200);
    expect(timeless(await child.text())).toBe(expected);
  });

  it('says so when the engine refuses (502 with the engine’s error), not a hang', async () => {
    const server = floorServer({ url: meili().url, searchKey: 'not-a-key' });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    stops.push(() => new Promise((r) => server.close(r)));
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/multi-search`, { method: 'POST', body: '{"queries":[]}' });
    expect(res.status).toBe(502);
    expect(((await res.json()) as { error: string }).error).toMatch(/MeilisearchApiError|invalid|API key/i);
  });
});
