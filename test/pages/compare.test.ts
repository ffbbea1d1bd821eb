/** The compare page: texts side by side aligned by unit, the API's differences and elements, the limit, penalty labels, the legend. */
import { describe, expect, it } from 'vitest';
import { redline } from '../../src/compute/redline.js';
import { get, testApp } from '../helpers/app.js';
import { fetchPage, words } from './helpers.js';

const app = testApp();
const api = <T = any>(path: string) => get<T>(app, path).then((r) => r.body);

describe('compare', () => {
  it('shows provisions side by side with differences marked, words unchanged', async () => {
    const s12 = (await api('/v1/provisions/atipsom-s12')).provision;
    const s14 = (await api('/v1/provisions/atipsom-s14')).provision;
    const { document } = await fetchPage(app, '/compare?ids=atipsom-s12,atipsom-s14');
    const columns = [...document.querySelectorAll('.compare > section')];
    expect(columns).toHaveLength(2);
    expect(words(columns[0]!.querySelector('.compare-text'))).toBe(s12.text);
    expect(words(columns[1]!.querySelector('.compare-text'))).toBe(s14.text);
    const marked = (i: number) => [...columns[i]!.querySelectorAll('mark.only')].map((m) => m.textContent);
    // Units aligned by number, then the words this one has and the other lacks.
    const expected = (a: any, b: any) => redline(b.blocks, a.blocks).flatMap((u) => u.pieces.filter((p) => p.op === 'ins').map((p) => p.value));
    expect(marked(0)).toEqual(expected(s12, s14));
    expect(marked(1)).toEqual(expected(s14, s12));
    expect(marked(0).length + marked(1).length).toBeGreaterThan(0);
  });

  it("shows /v1/compare's differences, relations among them and elements matrix", async () => {
    const answer = await api('/v1/compare?ids=atipsom-s14,child-act-s48');
    const { document } = await fetchPage(app, '/compare?ids=atipsom-s14,child-act-s48');
    const listed = [...document.querySelectorAll('#differences-h + ul li')].map((li) => words(li));
    expect(listed).toEqual(answer.differences);
    expect(listed.length).toBeGreaterThan(0);
    const related = words(document.querySelector('ul.relations'));
    for (const id of [...answer.relations.overlaps, ...answer.relations.gaps]) expect(related).toContain(id);
    expect(answer.relations.overlaps).toContain('overlap-atipsom-s14-child-act-s48');
    const rows = [...document.querySelectorAll('table caption')].find((c) => c.textContent?.startsWith('Elements'))!.closest('table')!.querySelectorAll('tbody tr');
    expect(rows.length).toBe(answer.elements.length);
    const child = answer.elements.findIndex((r: { category: string; code: string }) => r.category === 'victim' && r.code === 'child');
    expect(words(rows[child]!.querySelectorAll('td')[0])).toContain(answer.elements[child].cells['atipsom-s14'].words);
  });

  it('takes citations as well as ids, and says which one it could not find', async () => {
    const { document } = await fetchPage(app, `/compare?ids=atipsom-s14&add=${encodeURIComponent('Child Act s 48')}&add=${encodeURIComponent('ATIPSOM s 999')}`);
    const titles = [...document.querySelectorAll('.compare > section h2')].map((h) => words(h));
    expect(titles[0]).toMatch(/^ATIPSOM 2007 s 14/);
    expect(titles[1]).toMatch(/^Child Act 2001 s 48/);
    expect(words(document.querySelector('.notice.error'))).toContain('ATIPSOM s 999');
  });

  it('takes six provisions, as the API does, and refuses a seventh', async () => {
    expect((await fetchPage(app, '/compare?ids=atipsom-s1,atipsom-s2,atipsom-s3,atipsom-s4,atipsom-s5,atipsom-s6')).status).toBe(200);
    expect((await fetchPage(app, '/compare?ids=atipsom-s1,atipsom-s2,atipsom-s3,atipsom-s4,atipsom-s5,atipsom-s6,atipsom-s7')).status).toBe(400);
  });

  it('does not mark words in texts that share little wording, and labels penalty limbs by their place', async () => {
    const { document } = await fetchPage(app, '/compare?ids=atipsom-s1,child-act-s43');
    expect(document.querySelectorAll('.compare mark.only')).toHaveLength(0);
    const labels = [...document.querySelectorAll('svg.chart text')].map((t) => t.textContent ?? '');
    expect(labels).toContain('Child Act 2001 s 43(1)(bb)');
    expect(labels.join(' ')).not.toMatch(/s 43 \(2\)/);
  });

  it('the legend is marked as the words are', async () => {
    const css = await (await app.request('/assets/site.css')).text();
    expect(css).toMatch(/\.compare mark\.only, \.legend mark\.only \{/);
    const { document } = await fetchPage(app, '/compare?ids=atipsom-s12,atipsom-s14');
    expect(document.querySelector('.legend mark.only')).not.toBeNull();
  });
});
