/** The search results page: hits, facets, pages, escaping, citations that open their provision at the pinpoint's anchor. */
import { describe, expect, it } from 'vitest';
import { get, testApp } from '../helpers/app.js';
import { fetchPage, words } from './helpers.js';

const app = testApp();
const api = <T = any>(path: string) => get<T>(app, path).then((r) => r.body);

describe('search results', () => {
  it('shows hits with citations, highlights and facet links', async () => {
    const { document } = await fetchPage(app, '/search?q=exploitation');
    const hits = [...document.querySelectorAll('ol.hits > li')];
    expect(hits.length).toBeGreaterThan(3);
    expect(words(hits[0])).toContain('ATIPSOM 2007 s 2 (“exploitation”)');
    expect(document.querySelectorAll('ol.hits mark').length).toBeGreaterThan(3);
    const actLinks = [...document.querySelectorAll('.facets a')].map((a) => a.getAttribute('href'));
    expect(actLinks).toContain('/search?q=exploitation&act=atipsom');
    expect(document.querySelector('form#compare-form input[type=checkbox][name=ids][value="atipsom-s2-exploitation"]')).not.toBeNull();
  });

  it('narrows with a facet and pages through results', async () => {
    const all = await api('/v1/search?q=&act=child-act&lang=en&limit=20&total=exact');
    const { document } = await fetchPage(app, '/search?act=child-act&lang=en&page=2');
    expect(words(document.querySelector('p[role=status]'))).toBe(`21–40 of ${all.total} provisions`);
    expect(document.querySelector('nav.pages [aria-current=page]')?.textContent).toBe('2');
    expect(document.querySelector('nav.pages a[rel=prev]')?.getAttribute('href')).toBe('/search?act=child-act&lang=en&page=1');
  });

  it('escapes what people type and what the text holds', async () => {
    const { html, document } = await fetchPage(app, `/search?q=${encodeURIComponent('<script>alert(1)</script> child')}`);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(document.querySelectorAll('script')).toHaveLength(1); // the copy-button script only
    expect([...document.querySelectorAll('ol.hits p.excerpt *')].every((e) => e.tagName.toLowerCase() === 'mark')).toBe(true);
  });

  it('opens the provision a citation names, at its pinpoint', async () => {
    const res = await app.request(`/search?q=${encodeURIComponent('ATIPSOM s 14')}`);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/provisions/atipsom-s14?lang=en');
    const { provision } = await api('/v1/provisions/atipsom-s14?lang=en');
    const pinpoint = provision.pinpoints.at(-1) as string; // e.g. "(2)"
    expect(pinpoint).toMatch(/^\(\d+\)$/);
    const pinpointed = await app.request(`/search?q=${encodeURIComponent(`section 14${pinpoint} of Act 670`)}`);
    // The anchor is the subsection's Akoma Ntoso eId, as the XML names it.
    const anchor = `sec_14__subsec_${pinpoint.slice(1, -1)}`;
    expect(pinpointed.headers.get('location')).toBe(`/provisions/atipsom-s14?lang=en#${anchor}`);
    expect((await app.request(`/akn/my/act/2007/670/eng@/~${anchor}`)).status).toBe(200);
    const { document } = await fetchPage(app, '/provisions/atipsom-s14?lang=en');
    const cited = (await api(`/v1/cite?q=${encodeURIComponent(`ATIPSOM s 14${pinpoint}`)}`)).pinpoint.text;
    expect(words(document.querySelector(`#${anchor}`))).toBe(cited);
  });

  it('says when a citation names nothing, with nearby sections', async () => {
    const { status, document } = await fetchPage(app, `/search?q=${encodeURIComponent('ATIPSOM s 99')}`);
    expect(status).toBe(200);
    expect(words(document.querySelector('.notice'))).toContain('has no section 99');
    expect(document.querySelector('.notice a[href^="/provisions/atipsom-s6"]')).not.toBeNull();
  });

  it.each([
    ['/search?page=0', /page must be a whole number/],
    ['/search?act=penal', /act must be one of/],
    ['/search?q=a&q=b', /q may be given once/],
    ['/search?q=x&format=xml', /format must be "json", "csv" or "md"/],
  ])('%s is a 400 page saying what to change', async (path, message) => {
    const { status, headers, document } = await fetchPage(app, path);
    expect(status).toBe(400);
    expect(headers.get('content-type')).toMatch(/^text\/html/);
    expect(words(document.querySelector('.notice.error'))).toMatch(message);
  });
});
