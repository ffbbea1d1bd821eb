/** The gap map: the immunity provision quoted verbatim, the non-punishment map, Protocol gaps and overlaps from /v1/gaps and /v1/overlaps. */
import { describe, expect, it } from 'vitest';
import { get, testApp } from '../helpers/app.js';
import { fetchPage, words } from './helpers.js';

const app = testApp();
const api = <T = any>(path: string) => get<T>(app, path).then((r) => r.body);

describe('gap map', () => {
  it('the gap map quotes the immunity provision verbatim and maps non-punishment from /v1/gaps', async () => {
    const { languages } = await api('/v1/provisions/atipsom-s25');
    const held = languages.find((l: { status: string }) => l.status !== 'text-unavailable').lang;
    const s25 = (await api(`/v1/provisions/atipsom-s25?lang=${held}`)).provision;
    const { document } = await fetchPage(app, '/gaps');
    expect(words(document.querySelector('#non-punishment ~ section .statute'))).toBe(s25.text);
    expect(document.querySelector('#non-punishment ~ section .statute')?.getAttribute('lang')).toBe(held);
    const { gaps } = await api('/v1/gaps?kind=non-punishment');
    expect(gaps.length).toBeGreaterThan(0);
    const rows = [...document.querySelectorAll('#non-punishment ~ .table-wrap table tbody tr')];
    expect(rows.map((r) => r.getAttribute('id'))).toEqual(gaps.map((g: { id: string }) => g.id));
    for (const [i, g] of gaps.entries()) expect(words(rows[i]!.querySelector('td'))).toBe(g.coverage);
    const protocol = (await api('/v1/gaps?kind=protocol')).gaps;
    for (const g of protocol) expect(words(document.querySelector(`#${g.id} h3`))).toContain(`Art ${g.article}: ${g.title}`);
    const { overlaps } = await api('/v1/overlaps');
    expect(document.querySelectorAll('#overlaps ~ section[id^="overlap"]').length).toBe(overlaps.length);
  });
});
