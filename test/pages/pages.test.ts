/** Page-level checks through app.request, on the real corpus in the suite's real Meilisearch. */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { TOPICS } from '../../src/topics.js';
import { get, testApp } from '../helpers/app.js';
import { markDifferences } from '../../src/pages/diff.js';
import { fetchPage, parseCsv, unlabelledControls, words } from './helpers.js';

const app = testApp();
const api = <T = any>(path: string) => get<T>(app, path).then((r) => r.body);

const PAGES = ['/', '/search?q=exploitation', '/provisions/atipsom-s14', '/compare?ids=atipsom-s12,atipsom-s14', '/topics', '/topics/non-punishment', '/gaps', '/protections', '/match', '/match?submitted=1&victim_age=15&means=threat&purpose=forced-labour'];

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
    expect(words(document.querySelector('footer'))).toContain('Text of the Bill as passed — see provenance');
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
    expect(table).toContain('text of the Bill as passed (D.R.07/2007)');
    expect(document.querySelectorAll('ul.chips a[href^="/topics/"]').length).toBeGreaterThanOrEqual(8);
  });
});

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
    const all = await api('/v1/search?q=&act=child-act&lang=en&limit=20');
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
    const pinpointed = await app.request(`/search?q=${encodeURIComponent(`section 14${pinpoint} of Act 670`)}`);
    const anchor = `p-${pinpoint.replace(/[()]+/g, '-').replace(/^-+|-+$/g, '')}`;
    expect(pinpointed.headers.get('location')).toBe(`/provisions/atipsom-s14?lang=en#${anchor}`);
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

describe('provision page', () => {
  it('renders the verbatim words of every ATIPSOM provision in both languages', async () => {
    const list = await api('/v1/search?q=&act=atipsom&limit=100&lang=en');
    const ms = await api('/v1/search?q=&act=atipsom&limit=100&lang=ms');
    const hits = [...list.hits, ...ms.hits] as { id: string; lang: string }[];
    expect(hits.length).toBeGreaterThan(150);
    for (const h of hits) {
      const { provision } = await api(`/v1/provisions/${h.id}?lang=${h.lang}`);
      const { status, document } = await fetchPage(app, `/provisions/${h.id}?lang=${h.lang}`);
      expect(status).toBe(200);
      if (provision.status === 'text-unavailable') continue;
      expect(words(document.querySelector('.provision-text')), `${h.id} ${h.lang}`).toBe(provision.text);
      expect(document.querySelector('article.statute')?.getAttribute('lang')).toBe(h.lang);
    }
  });

  it('shows citations with copy buttons, permalink, language switch and source', async () => {
    const { provision } = await api('/v1/provisions/atipsom-s14?lang=en');
    const { document } = await fetchPage(app, '/provisions/atipsom-s14');
    expect(words(document.querySelector('h1'))).toBe(`14. ${provision.heading}`);
    expect(document.querySelector('.full-citation')?.textContent).toBe(provision.citation);
    expect(document.querySelector('.short-citation')?.textContent).toBe('ATIPSOM 2007 s 14');
    const copies = [...document.querySelectorAll('button[data-copy]')].map((b) => b.getAttribute('data-copy'));
    expect(copies).toEqual([provision.citation, 'ATIPSOM 2007 s 14', 'http://localhost/provisions/atipsom-s14?lang=en']);
    expect(document.querySelector('button[data-copy]')?.hasAttribute('hidden')).toBe(true); // until the script runs
    expect(document.querySelector('nav[aria-label=Language] a[hreflang=ms]')?.getAttribute('href')).toBe('/provisions/atipsom-s14?lang=ms');
    const source = words(document.querySelector('h2 + .cite'));
    expect(source).toContain(`${provision.source.file}, lines ${provision.source.lines[0]}–${provision.source.lines[1]}`);
    expect(source).toContain('D.R.07/2007');
  });

  it('says what analysis and history are not yet there instead of inventing them', async () => {
    const { provision } = await api('/v1/provisions/atipsom-s14');
    const text = words((await fetchPage(app, '/provisions/atipsom-s14')).document.querySelector('main'));
    if (provision.versions === undefined) expect(text).toContain('History not yet available for this Act');
    if (provision.refs_out === undefined) expect(text).toContain('Not yet available: the analysis step');
    if (provision.topics.length === 0) expect(text).toContain('No topic assigned yet');
    else expect(text).toContain(TOPICS.find((t) => t.slug === provision.topics[0])!.label.en);
  });

  it('shows Malay text in Malay, marked as such', async () => {
    const { document } = await fetchPage(app, '/provisions/atipsom-s14?lang=ms');
    expect(document.querySelector('h1')?.getAttribute('lang')).toBe('ms');
    expect(document.querySelector('.full-citation')?.textContent).toContain('Akta 670');
  });

  it.each([
    ['/provisions/atipsom-s999', 404, /No provision has the id/],
    ['/provisions/Bad_Id', 400, /provision id such as/],
    ['/provisions/atipsom-s14?lang=fr', 400, /lang must be "en"/],
  ])('%s answers %i in HTML', async (path, code, message) => {
    const { status, document } = await fetchPage(app, path);
    expect(status).toBe(code);
    expect(words(document.querySelector('.notice.error'))).toMatch(message);
  });
});

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
    const expected = (a: string, b: string) => markDifferences(a, b).filter((p) => p.only).map((p) => p.value);
    expect(marked(0)).toEqual(expected(s12.text, s14.text));
    expect(marked(1)).toEqual(expected(s14.text, s12.text));
    expect(marked(0).length + marked(1).length).toBeGreaterThan(0);
  });

  it('takes citations as well as ids, and says which one it could not find', async () => {
    const { document } = await fetchPage(app, `/compare?ids=atipsom-s14&add=${encodeURIComponent('Child Act s 48')}&add=${encodeURIComponent('ATIPSOM s 999')}`);
    const titles = [...document.querySelectorAll('.compare > section h2')].map((h) => words(h));
    expect(titles[0]).toMatch(/^ATIPSOM 2007 s 14/);
    expect(titles[1]).toMatch(/^Child Act 2001 s 48/);
    expect(words(document.querySelector('.notice.error'))).toContain('ATIPSOM s 999');
  });

  it('refuses more than four provisions', async () => {
    const { status } = await fetchPage(app, '/compare?ids=atipsom-s1,atipsom-s2,atipsom-s3,atipsom-s4,atipsom-s5');
    expect(status).toBe(400);
  });
});

describe('topics, gaps, protections, facts', () => {
  it('lists every topic and answers 404 for an unknown one', async () => {
    const { document } = await fetchPage(app, '/topics');
    const links = [...document.querySelectorAll('.grid-topics a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(TOPICS.map((t) => `/topics/${t.slug}`));
    expect((await fetchPage(app, '/topics/no-such-topic')).status).toBe(404);
  });

  it('a topic page lists the provisions the index tags with it, per Act', async () => {
    const answer = await api('/v1/search?q=&topic=non-punishment&lang=en&limit=100');
    const { document } = await fetchPage(app, '/topics/non-punishment');
    const listed = [...document.querySelectorAll('main section li a')].map((a) => a.getAttribute('href'));
    expect(listed.sort()).toEqual(answer.hits.map((h: { id: string }) => `/provisions/${h.id}?lang=en`).sort());
    if (answer.total === 0) expect(words(document.querySelector('.notice:not(.analysis)'))).toContain('No provision in English is tagged');
  });

  it('the gap map quotes the immunity provision verbatim and reads gap records only from the API', async () => {
    const { languages } = await api('/v1/provisions/atipsom-s25');
    const held = languages.find((l: { status: string }) => l.status !== 'text-unavailable').lang;
    const s25 = (await api(`/v1/provisions/atipsom-s25?lang=${held}`)).provision;
    const { document } = await fetchPage(app, '/gaps');
    expect(words(document.querySelector('#non-punishment ~ section .statute'))).toBe(s25.text);
    expect(document.querySelector('#non-punishment ~ section .statute')?.getAttribute('lang')).toBe(held);
    const served = app.routes.some((r) => r.path === '/v1/gaps');
    if (served) expect(document.querySelector('#non-punishment ~ .table-wrap table')).not.toBeNull();
    else expect(words(document.querySelector('main'))).toContain('which the analysis step (issue 5) has not added to the API');
  });

  it('protections are grouped by need, each group from its topics', async () => {
    const { document } = await fetchPage(app, '/protections');
    const needs = [...document.querySelectorAll('main section > h2')].map((h) => h.textContent);
    expect(needs).toEqual(['Immunity from prosecution', 'Custody and protection orders', 'Places of refuge', 'Children', 'Witnesses', 'Medical care, privacy, status and compensation']);
    const immunity = await api('/v1/search?q=&topic=non-punishment&lang=en&limit=100');
    expect(document.querySelectorAll('section[aria-labelledby="need-immunity"] section.printable-provision').length).toBe(immunity.total);
  });

  it('the facts form is labelled, keeps its answers, and never invents matches', async () => {
    const { document } = await fetchPage(app, '/match?submitted=1&victim_age=15&means=threat&conduct=recruit&purpose=forced-labour');
    expect(document.querySelector('input[name=means][value=threat]')?.hasAttribute('checked')).toBe(true);
    expect(document.querySelector('input[name=victim_age]')?.getAttribute('value')).toBe('15');
    expect(words(document.querySelector('#results-h + h3 + ul'))).toContain('Victim age: 15');
    const served = app.routes.some((r) => r.path === '/v1/match');
    if (!served) {
      expect(words(document.querySelector('main'))).toContain('Waiting for the match API');
      expect(document.querySelectorAll('#results-h ~ ol.hits li')).toHaveLength(0);
    }
    const bad = await fetchPage(app, '/match?means=bribery&victim_age=-2');
    expect(bad.status).toBe(400);
    expect(words(bad.document.querySelector('.notice.error'))).toMatch(/victim age must be 0 or more; means: choose from the listed options/);
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
