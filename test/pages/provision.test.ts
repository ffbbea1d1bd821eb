/** One provision's page: its verbatim words, citations, analysis, references, languages, errors. */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { TOPICS } from '../../src/registry/topics.js';
import { UI } from '../../src/pages/components/i18n.js';
import { PageApi } from '../../src/pages/client/api.js';
import { pagesApp } from '../../src/pages/routes/index.js';
import { get, testApp } from '../helpers/app.js';
import { fetchPage, words } from './helpers.js';

const app = testApp();
const api = <T = any>(path: string) => get<T>(app, path).then((r) => r.body);

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

  it('lists the gaps by their Malay titles on a Malay page; overlaps keep their citations, marked English', async () => {
    const { provision } = await api('/v1/provisions/atipsom-s14?lang=ms');
    const { document } = await fetchPage(app, '/provisions/atipsom-s14?lang=ms');
    const listed = (kind: string) => [...document.querySelectorAll(`#provision-${kind} li a`)].map((a) => [a.getAttribute('href'), a.textContent, a.getAttribute('lang')]);
    expect(provision.gaps.length).toBeGreaterThan(0);
    expect(provision.gaps.every((g: { title_ms?: string }) => g.title_ms)).toBe(true);
    expect(listed('gaps')).toEqual(provision.gaps.map((g: { id: string; title_ms: string }) => [`/gaps?lang=ms#${g.id}`, g.title_ms, null]));
    expect(listed('overlaps')).toEqual(provision.overlaps.map((o: { id: string; title: string }) => [`/gaps?lang=ms#${o.id}`, o.title, 'en']));
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

  it('a language whose text is not held says so, links the held one and the official source, and quotes nothing', async () => {
    const { status, document } = await fetchPage(app, '/provisions/penal-code-s374?lang=ms');
    expect(status).toBe(200);
    expect(document.documentElement.getAttribute('lang')).toBe('ms');
    expect(words(document.querySelector('h1'))).toBe('374.');
    expect(document.querySelector('.provision-text')).toBeNull();
    const notice = document.querySelector('main .notice')!;
    expect(words(notice)).toContain('Teks tiada dalam simpanan dalam Bahasa Melayu.');
    expect(notice.querySelector('a[href="/provisions/penal-code-s374?lang=en"][hreflang=en]')).not.toBeNull();
    expect(notice.querySelector('a[href="https://lom.agc.gov.my/"]')).not.toBeNull();
    expect(document.querySelector('.full-citation')?.textContent?.trim()).toBe('Kanun Keseksaan [Akta 574], seksyen 374');
  });

  describe('letter-spaced source lines', () => {
    const notice = (document: Awaited<ReturnType<typeof fetchPage>>['document']) => document.querySelector('main .letter-spaced')?.closest('.notice') ?? null;

    // No provision of today's reprints keeps a letter-spaced line (test/pipeline/corpus/extraction.test.ts), so the
    // page is made from the real API's answer for Child Act s 4A with the record a future reprint's line would get.
    const flagged = new Hono();
    flagged.get('/v1/provisions/:id', async (c) => {
      const res = await app.request(c.req.url);
      const body: any = await res.json();
      body.provision.extraction = [{ issue: 'letter-spaced', line: body.provision.source.lines[0] + 2, page: body.provision.source.pages[0] }];
      return c.json(body, res.status as 200);
    });
    flagged.all('*', (c) => app.request(c.req.raw));
    const flaggedPages = pagesApp(new PageApi(flagged));

    it.each([['child-act-s4a', 'en'], ['atipsom-s12', 'ms']])('%s (%s), given a line no PDF line matches, says its words are shown as extracted and names the official PDF page', async (id, lang) => {
      const { provision } = await get(flagged as unknown as typeof app, `/v1/provisions/${id}?lang=${lang}`).then((r) => r.body);
      expect(provision.extraction.length).toBeGreaterThan(0);
      const { document } = await fetchPage(flaggedPages as unknown as typeof app, `/provisions/${id}?lang=${lang}`);
      const t = UI[lang as 'en' | 'ms'];
      const text = words(notice(document));
      expect(text).toContain(t.letterSpacedTitle);
      expect(text).toContain(t.letterSpaced);
      expect(text).toContain(t.letterSpacedPdf);
      const pdf = provision.source.file.replace(/\.txt$/, '.pdf');
      for (const r of provision.extraction) {
        expect(text).toContain(`${pdf}, ${t.page} ${r.page}`);
        expect(text).toContain(String(r.line));
      }
      expect(notice(document)!.querySelector('a[href="https://lom.agc.gov.my/"]')).not.toBeNull();
    });

    it.each([
      ['child-act-s4', 'en'],
      ['child-act-s4a', 'en'],
      ['child-act-s4a', 'ms'],
      ['child-act-s20', 'en'],
      ['child-act-s97', 'ms'],
    ])('%s (%s), whose lines are as printed, shows no such notice', async (id, lang) => {
      const { provision } = await api(`/v1/provisions/${id}?lang=${lang}`);
      expect(provision.extraction).toBeUndefined();
      const { document } = await fetchPage(app, `/provisions/${id}?lang=${lang}`);
      expect(document.querySelector('.provision-text')).not.toBeNull();
      expect(notice(document)).toBeNull();
      expect(words(document.querySelector('main'))).not.toContain(UI[lang as 'en' | 'ms'].letterSpacedTitle);
    });

    it.each([
      ['child-act-s20', 'en', 'is presented before a medical officer under'],
      ['child-act-s4a', 'en', 'The Minister may, at any time, revoke the appointment'],
      ['child-act-s97', 'ms', 'hendaklah mengkaji semula kes orang itu'],
    ])('%s (%s): its letter-spaced line reads as printed, and the source box names the text file line and the PDF page its word spacing comes from', async (id, lang, printed) => {
      const { provision } = await api(`/v1/provisions/${id}?lang=${lang}`);
      expect(provision.source.spacing_from_pdf.length).toBeGreaterThan(0);
      const { document } = await fetchPage(app, `/provisions/${id}?lang=${lang}`);
      expect(words(document.querySelector('.provision-text'))).toContain(printed);
      const t = UI[lang as 'en' | 'ms'];
      const box = document.querySelector('.spacing-from-pdf');
      expect(words(box?.previousElementSibling ?? null)).toBe(t.spacingFromPdf);
      const text = words(box);
      expect(text).toContain(t.spacingFromPdfNote);
      for (const r of provision.source.spacing_from_pdf) expect(text).toContain(`${t.lines} ${r.line}: ${provision.source.file.replace(/\.txt$/, '.pdf')}, ${t.page} ${r.page}`);
    });
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
