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
import { englishLabels, englishWords, fetchPage, words } from './helpers.js';

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
