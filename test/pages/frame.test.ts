/** The shared frame of every page (accessibility, styles, footer labels), the home page, and a silent search engine: through app.request on the real corpus in the suite's real Meilisearch. */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { get, testApp } from '../helpers/app.js';
import { fetchPage, unlabelledControls, words } from './helpers.js';

const app = testApp();
const api = <T = any>(path: string) => get<T>(app, path).then((r) => r.body);

const PAGES = ['/', '/search?q=exploitation', '/provisions/atipsom-s14', '/compare?ids=atipsom-s12,atipsom-s14', '/topics', '/topics/non-punishment', '/gaps', '/protections', '/match', '/match?submitted=1&victim_age=15&means=threat&purpose=forced-labour', '/acts/atipsom', '/acts/atipsom/part/III', '/amendments/atipsom/A1644'];

describe('every page', () => {
  it.each(PAGES)('%s is accessible HTML with the shared frame', async (path) => {
    const { status, headers, html, document } = await fetchPage(app, path);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^text\/html/);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(document.querySelector('meta[name=viewport]')).not.toBeNull();
    expect(document.querySelector('a.skip')?.getAttribute('href')).toBe('#main');
    expect(document.querySelector('main#main')).not.toBeNull();
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    expect(document.querySelector('link[rel=stylesheet]')?.getAttribute('href')).toBe('/assets/site.css');
    expect(words(document.querySelector('footer'))).toContain('nothing is paraphrased or translated. see provenance');
    expect(document.querySelector('link[rel=icon]')?.getAttribute('href')).toBe('/favicon.ico');
    expect(unlabelledControls(document)).toEqual([]);
    // No resource from outside the app.
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\/(?!127\.0\.0\.1|localhost)/);
  });

  it('labels analysis as not legal advice where analysis is shown, and not on the home page', async () => {
    for (const path of ['/provisions/atipsom-s14', '/gaps', '/protections', '/topics/non-punishment', '/match']) {
      expect(words((await fetchPage(app, path)).document.querySelector('footer')), path).toContain('Analysis, not legal advice');
    }
    expect(words((await fetchPage(app, '/')).document.querySelector('footer'))).not.toContain('Analysis, not legal advice');
  });

  it('serves one stylesheet with print rules', async () => {
    const res = await app.request('/assets/site.css');
    expect(res.headers.get('content-type')).toMatch(/^text\/css/);
    const css = await res.text();
    expect(css).toContain('@media print');
    expect(css).toContain(':focus-visible');
  });
});

describe('home', () => {
  it('has a labelled search box and the holdings the API reports', async () => {
    const { document } = await fetchPage(app, '/');
    const input = document.querySelector('form[role=search] input[name=q]');
    expect(document.querySelector(`label[for="${input?.getAttribute('id')}"]`)?.textContent).toMatch(/citation/);
    const acts = (await api('/v1/acts')).acts as { title: { en: string }; provisions: Record<string, number> }[];
    const table = words(document.querySelector('#provenance + .table-wrap table'));
    for (const a of acts) expect(table).toContain(a.title.en);
    const atipsom = acts.find((a) => a.title.en.startsWith('Anti-Trafficking'))!;
    expect(table).toContain(`${atipsom.provisions.en} (English)`);
    expect(table).toContain('official reprint as at 22 February 2022');
    expect(document.querySelectorAll('ul.chips a[href^="/topics/"]').length).toBeGreaterThanOrEqual(8);
  });
});

it('a silent search engine is a 503 page with Retry-After, not a 500', async () => {
  const down = createApp({ MEILI_URL: 'http://127.0.0.1:9', MEILI_SEARCH_KEY: 'none', MEILI_TIMEOUT_MS: '500' });
  for (const path of ['/', '/search?q=child', '/provisions/atipsom-s14']) {
    const { status, headers, document } = await fetchPage(down, path);
    expect(status, path).toBe(503);
    expect(headers.get('retry-after')).toBe('5');
    expect(words(document.querySelector('h1'))).toBe('Search is unavailable');
  }
});
