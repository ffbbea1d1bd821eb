/** Page-level checks through app.request, on the real corpus in the suite's real Meilisearch. */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { TOPICS } from '../../src/registry/topics.js';
import { get, testApp } from '../helpers/app.js';
import { redline } from '../../src/compute/redline.js';
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
    const copies = [...document.querySelectorAll('.cite button[data-copy]')].map((b) => b.getAttribute('data-copy'));
    expect(copies).toEqual([provision.citation, 'ATIPSOM 2007 s 14', 'http://localhost/provisions/atipsom-s14?lang=en']);
    expect(document.querySelector('button[data-copy]')?.hasAttribute('hidden')).toBe(true); // until the script runs
    expect(document.querySelector('nav[aria-label=Language] a[hreflang=ms]')?.getAttribute('href')).toBe('/provisions/atipsom-s14?lang=ms');
    const source = words(document.querySelector('h2 + .cite'));
    expect(source).toContain(`${provision.source.file}, page`);
    expect(source).toContain(`lines ${provision.source.lines[0]}–${provision.source.lines[1]}`);
    expect(source).toContain(provision.source.basis);
  });

  it('shows the analysis the API carries: topics, penalty clause, elements, references, overlaps and gaps', async () => {
    const { provision } = await api('/v1/provisions/atipsom-s14');
    const { document } = await fetchPage(app, '/provisions/atipsom-s14');
    const text = words(document.querySelector('main'));
    expect(text).toContain('Analysis, not legal advice.');
    for (const slug of provision.topics) expect(text).toContain(TOPICS.find((t) => t.slug === slug)!.label.en);
    for (const penalty of provision.penalties) expect(text).toContain(penalty.clause);
    const rows = [...document.querySelectorAll('table caption')].find((c) => c.textContent?.startsWith('What must be proved'))!.closest('table')!.querySelectorAll('tbody tr');
    expect(rows.length).toBe(provision.elements.elements.length);
    for (const option of provision.elements.elements.flatMap((e: { options: { words: string }[] }) => e.options)) expect(text).toContain(option.words);
    for (const r of provision.refs_in) expect(document.querySelector(`main a[href="/provisions/${r.from}"]`)).not.toBeNull();
    const listed = (kind: string) => [...document.querySelectorAll(`#provision-${kind} li a`)].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(listed('overlaps')).toEqual(provision.overlaps.map((o: { id: string; title: string }) => [`/gaps#${o.id}`, o.title]));
    expect(listed('gaps')).toEqual(provision.gaps.map((g: { id: string; title: string }) => [`/gaps#${g.id}`, g.title]));
    expect(provision.overlaps.length).toBeGreaterThan(0);
    // Every overlap and gap it links to is on the gap map under that anchor.
    const map = (await fetchPage(app, '/gaps')).document;
    for (const r of [...provision.overlaps, ...provision.gaps]) expect(map.getElementById(r.id), r.id).not.toBeNull();
  });

  it('names the Act of an external reference, whose text we do not hold', async () => {
    const hits = await api('/v1/search?q=&act=atipsom&lang=en&limit=100');
    const docs = await Promise.all(hits.hits.map((h: { id: string }) => api(`/v1/provisions/${h.id}?lang=en`)));
    const withExternal = docs.map((d) => d.provision).find((p) => p.refs_out.some((r: { status: string }) => r.status === 'external'));
    const ref = withExternal.refs_out.find((r: { status: string }) => r.status === 'external');
    const text = words((await fetchPage(app, `/provisions/${withExternal.id}?lang=en`)).document.querySelector('main'));
    const { actBySlug } = await import('../../src/registry/acts.js');
    const act = ref.target.act_name ?? actBySlug(ref.target.act)!.shortCitation;
    expect(text).toContain(`${ref.words} (in ${act}`);
    expect(text).toContain('whose text we do not hold');
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

describe('topics, gaps, protections, facts', () => {
  it('lists every topic with its provisions per Act from /v1/topics, and answers 404 for an unknown one', async () => {
    const { document } = await fetchPage(app, '/topics');
    const links = [...document.querySelectorAll('.grid-topics a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(TOPICS.map((t) => `/topics/${t.slug}`));
    const { topics } = await api('/v1/topics');
    for (const t of topics) {
      const n = Object.values(t.provisions as Record<string, number>).reduce((a, b) => a + b, 0);
      expect(words(document.querySelector(`#topic-${t.slug} .count`)), t.slug).toBe(`(${n})`);
    }
    expect(topics.find((t: { slug: string }) => t.slug === 'non-punishment').provisions.atipsom).toBeGreaterThan(0);
    expect((await fetchPage(app, '/topics/no-such-topic')).status).toBe(404);
  });

  it('a topic page lists the provisions the index tags with it, per Act', async () => {
    const answer = await api('/v1/search?q=&topic=non-punishment&lang=en&limit=100');
    const { document } = await fetchPage(app, '/topics/non-punishment');
    const listed = [...document.querySelectorAll('main section li a')].map((a) => a.getAttribute('href'));
    expect(listed.sort()).toEqual(answer.hits.map((h: { id: string }) => `/provisions/${h.id}?lang=en`).sort());
    if (answer.total === 0) expect(words(document.querySelector('.notice:not(.analysis)'))).toContain('No provision in English is tagged');
  });

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

  it('protections are grouped by need from /v1/protections: each provision once, no offence or definition', async () => {
    const { document } = await fetchPage(app, '/protections');
    const { needs } = await api('/v1/protections');
    const titles = [...document.querySelectorAll('main section > h2')].map((h) => h.textContent);
    expect(titles).toEqual(needs.map((n: { title: string }) => n.title));
    for (const n of needs) {
      expect(document.querySelectorAll(`section[aria-labelledby="need-${n.key}"] section.printable-provision`).length, n.key).toBe(n.count);
      expect(words(document.querySelector(`a[href="#need-${n.key}"]`))).toContain(`(${n.count})`);
    }
  });

  it('the facts form offers the fact vocabulary, keeps its answers, and lists the charges /v1/match gives', async () => {
    const query = 'victim_age=15&means=threat&means=withheld-documents&conduct=recruit&purpose=forced-labour&place=plantation';
    const { document } = await fetchPage(app, `/match?submitted=1&${query}`);
    expect(document.querySelector('input[name=means][value=withheld-documents]')?.hasAttribute('checked')).toBe(true);
    expect(document.querySelector('input[name=place][value=plantation]')?.hasAttribute('checked')).toBe(true);
    expect(document.querySelector('input[name=victim_age]')?.getAttribute('value')).toBe('15');
    expect(words(document.querySelector('#results-h + h3 + ul'))).toContain('Victim age: 15');
    const { FACT_VOCABULARY } = await import('../../src/schema/facts.js');
    for (const [field, facts] of Object.entries(FACT_VOCABULARY)) {
      const offered = [...document.querySelectorAll(`input[name=${field}]`)].map((i) => i.getAttribute('value'));
      expect(offered, field).toEqual(facts.map((f) => f.code));
    }
    const answer = await api(`/v1/match?${query}`);
    expect(answer.offences.length).toBeGreaterThan(0);
    const listed = [...document.querySelectorAll('#results-h ~ ol.hits > li')];
    expect(listed.map((li) => li.getAttribute('id'))).toEqual(answer.offences.map((m: { id: string }) => `match-${m.id}`));
    const first = answer.offences[0];
    expect(words(listed[0]!.querySelector('.hit-title a'))).toBe(first.short_citation);
    for (const c of first.matched) for (const code of c.matched) {
      const option = c.options.find((o: { code: string }) => o.code === code);
      expect(words(listed[0]!.querySelector('.met'))).toContain(option.words);
    }
    for (const c of first.to_prove) expect(words(listed[0]!.querySelector('.to-prove'))).toContain(c.options[0].words);

    const bad = await fetchPage(app, '/match?means=bribery&victim_age=-2');
    const problem = await api('/v1/match?means=bribery&victim_age=-2');
    expect(bad.status).toBe(400);
    expect(words(bad.document.querySelector('.notice.error'))).toContain(problem.detail);
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
