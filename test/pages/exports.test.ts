/** Pages exported as CSV, Markdown and JSON. */
import { describe, expect, it } from 'vitest';
import { get, testApp } from '../helpers/app.js';
import { parseCsv } from './helpers.js';

const app = testApp();
const api = <T = any>(path: string) => get<T>(app, path).then((r) => r.body);

describe('exports', () => {
  it('exports a provision as CSV, Markdown and JSON with its citation', async () => {
    const answer = await api('/v1/provisions/atipsom-s14?lang=en');
    const csv = await app.request('/provisions/atipsom-s14?format=csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="atipsom-s14-en.csv"');
    const [header, row] = parseCsv(await csv.text());
    expect(row![header!.indexOf('text')]).toBe(answer.provision.text);
    expect(row![header!.indexOf('citation')]).toBe(answer.provision.citation);

    const md = await app.request('/provisions/atipsom-s14?format=md');
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    const body = await md.text();
    expect(body).toContain(`> ${answer.provision.text}`);
    expect(body).toContain(`Citation: ${answer.provision.citation}`);

    const json = await app.request('/provisions/atipsom-s14?format=json');
    expect(json.headers.get('content-disposition')).toContain('atipsom-s14-en.json');
    expect(await json.json()).toEqual(answer);
  });

  it('exports search results with the full text of each hit', async () => {
    const answer = await api('/v1/search?q=refuge&lang=en&limit=20');
    const res = await app.request('/search?q=refuge&lang=en&format=csv');
    const [header, ...rows] = parseCsv(await res.text());
    expect(rows.map((r) => r[header!.indexOf('id')])).toEqual(answer.hits.map((h: { id: string }) => h.id));
    const first = await api(`/v1/provisions/${answer.hits[0].id}?lang=en`);
    expect(rows[0]![header!.indexOf('text')]).toBe(first.provision.text);
    const json = (await (await app.request('/search?q=refuge&lang=en&format=json')).json()) as { hits: { id: string }[] };
    expect(json.hits.map((h) => h.id)).toEqual(answer.hits.map((h: { id: string }) => h.id));
  });

  it.each(['/topics/non-punishment', '/protections', '/gaps', '/compare?ids=atipsom-s12,atipsom-s14'])('%s exports in all three formats', async (path) => {
    for (const [format, type] of [['json', 'application/json'], ['csv', 'text/csv'], ['md', 'text/markdown']]) {
      const res = await app.request(`${path}${path.includes('?') ? '&' : '?'}format=${format}`);
      expect(res.status, `${path} ${format}`).toBe(200);
      expect(res.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
      expect(res.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="[a-z0-9-]+\\.${format}"$`));
    }
  });
});
