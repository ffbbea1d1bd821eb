/**
 * The Malay interface (issue 15): every page route, asked with `lang=ms`, speaks Malay — no
 * English string of the interface table and no English function word left outside content marked
 * `lang="en"` (see interfaceText for what that marking may cover). The routes are read from the
 * pages app itself, so a page added without a Malay example here fails the walk.
 */
import { describe, expect, it } from 'vitest';
import { pagesApp } from '../../src/pages/routes/index.js';
import { UI } from '../../src/pages/components/i18n.js';
import { testApp } from '../helpers/app.js';
import { POINTERS, WAYS_OF_CHARGING } from '../../src/registry/charging.js';
import { PROTECTION_NEEDS } from '../../src/registry/protections.js';
import { ELEMENT_CATEGORIES, ELEMENT_CATEGORY_LABELS, ELEMENT_NOTE_LABELS, ELEMENT_VOCABULARY } from '../../src/schema/elements.js';
import { FACT_VOCABULARY } from '../../src/schema/facts.js';
import { PENALTY_WORDS } from '../../src/schema/penalty.js';
import { ENGLISH_VERBATIM, englishLabels, englishWords, englishWordsOutsideQuotes, fetchPage, labelsIn, textOutsideQuotes, words } from './helpers.js';

const app = testApp();

/** Each page route with the addresses that show its states in Malay (list, detail, empty, refused, not found). */
const MALAY_PAGES: Record<string, readonly string[]> = {
  '/': ['/?lang=ms'],
  '/search': ['/search?lang=ms&q=eksploitasi', '/search?lang=ms', '/search?lang=ms&q=kerja%20paksa&page=2', '/search?lang=ms&q=xqzzyv', `/search?lang=ms&q=${encodeURIComponent('Akta 670 seksyen 99')}`, '/search?lang=ms&page=0'],
  '/provisions/:id': [
    '/provisions/atipsom-s14?lang=ms',
    '/provisions/atipsom-s2?lang=ms',
    '/provisions/atipsom-s2-eksploitasi?lang=ms',
    '/provisions/atipsom-s13?lang=ms&at=2016-06-01',
    '/provisions/child-act-s43?lang=ms',
    '/provisions/child-act-s97?lang=ms',
    '/provisions/penal-code-s374?lang=ms',
    '/provisions/immigration-act-s55a?lang=ms',
    '/provisions/atipsom-s999?lang=ms',
  ],
  '/acts/:act': ['/acts/atipsom?lang=ms', '/acts/child-act?lang=ms', '/acts/immigration-act?lang=ms'],
  '/acts/:act/part/:part': ['/acts/atipsom/part/III?lang=ms'],
  '/amendments/:act': ['/amendments/atipsom?lang=ms'],
  '/amendments/:act/:by': ['/amendments/atipsom/A1644?lang=ms'],
  '/compare': ['/compare?lang=ms', '/compare?lang=ms&ids=atipsom-s12,atipsom-s14', '/compare?lang=ms&ids=atipsom-s14,child-act-s48,atipsom-s1'],
  '/topics': ['/topics?lang=ms'],
  '/topics/:topic': ['/topics/non-punishment?lang=ms', '/topics/child-trafficking?lang=ms'],
  '/gaps': ['/gaps?lang=ms'],
  '/protections': ['/protections?lang=ms'],
  '/match': ['/match?lang=ms', '/match?lang=ms&submitted=1&victim_age=15&means=threat&conduct=recruit&purpose=forced-labour', '/match?lang=ms&submitted=1'],
};

/** Routes that answer no page of words (the stylesheet, the icon). */
const NOT_PAGES = new Set(['/assets/site.css', '/favicon.ico']);

const ALL = Object.values(MALAY_PAGES).flat();
/** The examples that are refusals (the rest answer 200). */
const REFUSED: Record<string, number> = { '/search?lang=ms&page=0': 400, '/provisions/atipsom-s999?lang=ms': 404, '/match?lang=ms&submitted=1': 400 };

describe('Malay interface', () => {
  it('has Malay examples for every page route the pages app serves', () => {
    const routes = [...new Set(pagesApp({} as never).routes.filter((r) => r.method === 'GET').map((r) => r.path))].filter((p) => !NOT_PAGES.has(p));
    expect(routes.sort()).toEqual(Object.keys(MALAY_PAGES).sort());
  });

  it.each(ALL)('%s leaves no English label or sentence', async (path) => {
    const { status, document } = await fetchPage(app, path);
    expect(status, path).toBe(REFUSED[path] ?? 200);
    expect(document.documentElement.getAttribute('lang')).toBe('ms');
    expect(words(document.querySelector('nav[aria-label="Utama"]'))).toContain('Carian');
    expect(englishLabels(document, UI)).toEqual([]);
    expect(englishWords(document)).toEqual([]);
  });

  it.each(ALL)('%s in English has English labels (the check can fail)', async (path) => {
    const english = path.replace(/([?&])lang=ms&?/, '$1').replace(/[?&]$/, '');
    const { document } = await fetchPage(app, english);
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(englishLabels(document, UI).length, english).toBeGreaterThan(0);
    expect(englishWords(document).length, english).toBeGreaterThan(0);
  });

  it('links between pages keep the Malay interface', async () => {
    const { document } = await fetchPage(app, '/gaps?lang=ms');
    const nav = [...document.querySelectorAll('nav[aria-label="Utama"] a')].map((a) => a.getAttribute('href'));
    expect(nav.length).toBeGreaterThan(4);
    for (const href of nav) expect(href, href ?? '').toMatch(/[?&]lang=ms\b/);
    expect(document.querySelector('a.brand')?.getAttribute('href')).toBe('/?lang=ms');
    // The header offers the same page in English.
    expect(document.querySelector('nav.lang-switch a[hreflang=en]')?.getAttribute('href')).toBe('/gaps');
  });

  it('breadcrumbs speak one language', async () => {
    const { document } = await fetchPage(app, '/provisions/atipsom-s13?lang=ms');
    const crumbs = words(document.querySelector('nav.breadcrumb'));
    expect(crumbs).toContain('Bahagian III');
    expect(crumbs).not.toMatch(/\bPart\b/);
  });

  it('the interface table has every key in both languages, none empty', () => {
    expect(Object.keys(UI.ms).sort()).toEqual(Object.keys(UI.en).sort());
    for (const [key, value] of Object.entries(UI.ms)) expect(value.trim(), key).not.toBe('');
  });
});

/**
 * The analysis in Malay (issue 15): the facts form, the match results, compare and a provision's
 * penalty and elements use the Malay of our label tables (facts, elements, penalty words, charging
 * notes, needs). Here `lang="en"` is no exemption: the only English allowed is verbatim law words
 * (quotes, headings marked verbatim) of texts held in English only, said so on the page.
 */
const TABLES_EN: readonly string[] = [
  ...ELEMENT_CATEGORIES.flatMap((c) => ELEMENT_VOCABULARY[c].filter(([, en, ms]) => en !== ms).map(([, en]) => en)),
  ...Object.values(FACT_VOCABULARY).flatMap((facts) => facts.flatMap((f) => [f.label.en, ...('because' in f ? [f.because.en] : [])])),
  ...Object.values(ELEMENT_NOTE_LABELS).map((l) => l.en),
  ...Object.values(ELEMENT_CATEGORY_LABELS).map((l) => l.en),
  ...Object.values(PENALTY_WORDS.en).filter((w): w is string => typeof w === 'string' && w.length > 2),
  ...POINTERS.flatMap((p) => [p.why, p.warning ?? '']).filter(Boolean),
  ...WAYS_OF_CHARGING.map((w) => w.how),
  ...PROTECTION_NEEDS.map((n) => n.title),
];

/** Malay analysis pages, with the part of the page checked (the provision page: its analysis, less the gap and overlap records' titles). */
const ANALYSIS_PAGES: readonly (readonly [path: string, scope: string])[] = [
  ['/match?lang=ms', 'main'],
  ['/match?lang=ms&submitted=1&victim_age=15&means=threat&conduct=recruit&purpose=forced-labour', 'main'],
  ['/match?lang=ms&submitted=1&victim_age=30&victim_employee=true&means=threat&means=withheld-documents&means=debt&conduct=recruit&purpose=forced-labour&place=brothel', 'main'],
  ['/compare?lang=ms&ids=atipsom-s12,atipsom-s14', 'main'],
  ['/compare?lang=ms&ids=atipsom-s14,child-act-s48,atipsom-s1', 'main'],
  ['/compare?lang=ms&ids=atipsom-s12,penal-code-s374,employment-act-s90b', 'main'],
  ['/provisions/atipsom-s14?lang=ms', '#analysis'],
  ['/provisions/child-act-s43?lang=ms', '#analysis'],
  ['/protections?lang=ms', 'main'],
];

/** Ids of provisions whose Malay text is held (the API answers it in Malay). */
async function heldInMalay(id: string): Promise<boolean> {
  const res = await app.request(`/v1/provisions/${id}?lang=ms`);
  if (res.status !== 200) return false;
  const body = (await res.json()) as { provision: { lang: string; status: string } };
  return body.provision.lang === 'ms' && body.provision.status !== 'text-unavailable';
}

describe('Malay analysis', () => {
  it.each(ANALYSIS_PAGES)('%s: no English label of the tables, no English word outside verbatim English quotes', async (path, scope) => {
    const { status, document } = await fetchPage(app, path);
    expect(status, path).toBe(200);
    if (scope === '#analysis') document.querySelectorAll('#provision-overlaps ul, #provision-gaps ul').forEach((el: { remove(): void }) => el.remove());
    const text = textOutsideQuotes(document, scope);
    expect(text.length, path).toBeGreaterThan(200);
    expect(labelsIn(text, TABLES_EN)).toEqual([]);
    expect(englishWordsOutsideQuotes(document, scope)).toEqual([]);
  });

  it.each(ANALYSIS_PAGES)('%s: English words left are verbatim words of texts not held in Malay, and the page says so', async (path) => {
    const { document } = await fetchPage(app, path);
    if (document.querySelectorAll(ENGLISH_VERBATIM).length === 0) return;
    expect(words(document.querySelector('main'))).toContain(UI.ms.englishQuotes);
    // The provisions shown with English words: match results quoting English, compared provisions in English.
    const ids = [
      ...[...document.querySelectorAll('li[id^="match-"]')].filter((li) => li.querySelector(ENGLISH_VERBATIM)).map((li) => li.getAttribute('id')!.replace(/^match-/, '')),
      ...[...document.querySelectorAll('.compare > section')]
        .filter((s) => s.querySelector('.statute[lang="en"]'))
        .map((s) => s.querySelector('h2 a')!.getAttribute('href')!.replace(/^\/provisions\/([^?]+).*$/, '$1')),
    ];
    expect(ids.length, path).toBeGreaterThan(0);
    for (const id of ids) expect(await heldInMalay(id), id).toBe(false);
  });

  it.each(ANALYSIS_PAGES)('%s in English: the same checks find English (they can fail)', async (path, scope) => {
    const english = path.replace(/([?&])lang=ms&?/, '$1').replace(/[?&]$/, '');
    const { document } = await fetchPage(app, english);
    if (scope === '#analysis') document.querySelectorAll('#provision-overlaps ul, #provision-gaps ul').forEach((el: { remove(): void }) => el.remove());
    expect(labelsIn(textOutsideQuotes(document, scope), TABLES_EN).length, english).toBeGreaterThan(0);
    expect(englishWordsOutsideQuotes(document, scope).length, english).toBeGreaterThan(0);
  });

  it('/gaps?lang=ms: every record with Malay words shows them, and no English outside its verbatim English quotes', async () => {
    const gaps = ((await (await app.request('/v1/gaps')).json()) as { gaps: { id: string; title: string; title_ms?: string }[] }).gaps;
    const overlaps = ((await (await app.request('/v1/overlaps')).json()) as { overlaps: { id: string; rationale: string; rationale_ms?: string }[] }).overlaps;
    const malay = [...gaps.filter((g) => g.title_ms), ...overlaps.filter((o) => o.rationale_ms)];
    // The computed records all have their Malay (the templates have both languages).
    expect(gaps.filter((g) => /^penalty-disparity-/.test(g.id) && !g.title_ms)).toEqual([]);
    expect(malay.length).toBeGreaterThan(20);
    const { document } = await fetchPage(app, '/gaps?lang=ms');
    for (const r of malay) {
      const el = document.getElementById(r.id);
      expect(el, r.id).not.toBeNull();
      el.setAttribute('data-check', '');
      expect(englishWordsOutsideQuotes(document, `[data-check]`), r.id).toEqual([]);
      el.removeAttribute('data-check');
      if ('title_ms' in r) expect(words(el), r.id).toContain(r.title_ms);
      if ('rationale_ms' in r) expect(words(el), r.id).toContain(r.rationale_ms);
    }
  });

  // Every record, curated or computed, in Malay: only verbatim quotes of English-only texts (and a
  // definition record's English term, quoted) are left in English.
  it('/gaps?lang=ms: the gap and overlap records in Malay', async () => {
    const { document } = await fetchPage(app, '/gaps?lang=ms');
    expect(englishWordsOutsideQuotes(document, 'main')).toEqual([]);
  });
});
