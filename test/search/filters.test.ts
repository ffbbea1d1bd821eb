/** Filters, facets, paging and highlights of /v1/search on the real index. */
import { describe, expect, it } from 'vitest';
import { get, testApp } from '../helpers/app.js';

const app = testApp();
type Hit = { id: string; act: string; lang: string; type: string; kind: string; highlight: { heading: string; text: string } };
type Facets = { act: Record<string, number>; lang: Record<string, number>; type: Record<string, number>; topics?: Record<string, number> };
const search = async (query: string) => (await get<{ total: number; total_exact: boolean; hits: Hit[]; facets: Facets }>(app, `/v1/search?${query}`)).body;

describe('filters', () => {
  it.each([
    ['act=soca', (h: Hit) => h.act === 'soca'],
    ['act=child-act&lang=ms', (h: Hit) => h.act === 'child-act' && h.lang === 'ms'],
    ['type=offence', (h: Hit) => h.type === 'offence'],
    ['kind=definition&act=atipsom', (h: Hit) => h.kind === 'definition' && h.act === 'atipsom'],
    ['kind=schedule', (h: Hit) => h.kind === 'schedule'],
  ])('%s keeps only matching hits', async (query, keep) => {
    const body = await search(`q=&${query}&limit=100`);
    expect(body.hits.length).toBeGreaterThan(0);
    expect(body.hits.every(keep)).toBe(true);
  });

  it('type=offence finds the trafficking offences', async () => {
    const body = await search('q=trafficking&type=offence&act=atipsom&limit=20');
    expect(body.hits.map((h) => h.id)).toEqual(expect.arrayContaining(['atipsom-s12', 'atipsom-s13', 'atipsom-s14']));
  });

  it('topic and type filters carry the analysis: immunity, places of refuge, smuggling', async () => {
    const immunity = await search('q=&topic=non-punishment&act=atipsom&limit=100');
    expect(immunity.hits.map((h) => h.id)).toContain('atipsom-s25');
    expect((await search('q=&topic=non-punishment&type=protection&limit=100')).hits.map((h) => h.id)).toContain('atipsom-s25');
    const refuge = await search('q=&topic=places-of-refuge&type=protection&act=atipsom&limit=100');
    expect(refuge.total).toBeGreaterThan(0);
    const smuggling = await search('q=&topic=smuggling-of-migrants&type=offence&limit=100');
    expect(smuggling.hits.map((h) => h.id)).toEqual(expect.arrayContaining(['atipsom-s26a', 'atipsom-s26b']));
    // Every type of the schema is used, and the facet counts every document once.
    const all = await search('q=&limit=1&facets=type');
    expect(Object.keys(all.facets.type).sort()).toEqual(['definition', 'general', 'institution', 'offence', 'power', 'procedure', 'protection']);
  });

  it('a topic no provision has gives no hits (the filter applies)', async () => {
    const body = await search('q=&topic=no-such-topic');
    expect(body.total).toBe(0);
    expect(body.hits).toEqual([]);
  });
});

describe('facets', () => {
  it('count documents per Act, language and type; per language they add up to the total', async () => {
    const body = await search('q=&lang=en&limit=1&facets=act,lang,type&total=exact');
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    expect(Object.keys(body.facets.act).sort()).toEqual(['atipsom', 'child-act', 'cype-act', 'ecwa', 'employment-act', 'immigration-act', 'passports-act', 'penal-code', 'soca']);
    expect(sum(body.facets.act)).toBe(body.total);
    expect(sum(body.facets.type)).toBe(body.total);
    expect(body.facets.lang).toEqual({ en: body.total });
  });

  it('only the facets asked for are counted', async () => {
    expect((await search('q=child&limit=1')).facets).toEqual({});
    const two = await search('q=child&limit=1&facets=act,type');
    expect(Object.keys(two.facets).sort()).toEqual(['act', 'type']);
    expect(Object.keys(two.facets.act).length).toBeGreaterThan(0);
  });

  it('follow the filters', async () => {
    const body = await search('q=child&act=soca&limit=1&facets=act');
    expect(Object.keys(body.facets.act)).toEqual(['soca']);
  });
});

describe('one hit per provision without lang; paging', () => {
  it('the total is exact and every provision appears once across all pages', async () => {
    const first = await search('q=trafficked%20person&limit=100&total=exact');
    const ids: string[] = [];
    for (let offset = 0; offset < first.total; offset += 100) {
      ids.push(...(await search(`q=trafficked%20person&limit=100&offset=${offset}`)).hits.map((h) => h.id));
    }
    expect(ids.length).toBe(first.total);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the total says whether it is exact: an estimate unless asked, exact when asked and on the last page', async () => {
    const exact = await search('q=trafficked%20person&limit=5&total=exact');
    expect(exact.total_exact).toBe(true);
    const estimate = await search('q=trafficked%20person&limit=5');
    expect(estimate.hits.map((h) => h.id)).toEqual(exact.hits.map((h) => h.id));
    expect(estimate.total).toBeGreaterThanOrEqual(estimate.hits.length);
    expect(exact.total).toBeGreaterThan(5);
    expect(estimate.total_exact).toBe(false);
    const lastPage = await search(`q=trafficked%20person&limit=100&offset=${Math.floor((exact.total - 1) / 100) * 100}`);
    expect(lastPage.total_exact).toBe(true);
    expect(lastPage.total).toBe(exact.total);
    const none = await search('q=&topic=no-such-topic');
    expect([none.total, none.total_exact]).toEqual([0, true]);
  });

  it('pages do not overlap', async () => {
    const a = await search('q=child&limit=10&offset=0');
    const b = await search('q=child&limit=10&offset=10');
    expect(b.hits).toHaveLength(10);
    expect(a.hits.map((h) => h.id).filter((id) => b.hits.some((h) => h.id === id))).toEqual([]);
  });

  it('with lang, each language is its own document', async () => {
    const en = await search('q=harbouring&act=atipsom&lang=en&limit=5');
    const ms = await search('q=melindungi&act=atipsom&lang=ms&limit=5');
    expect(en.hits[0]!.id).toBe('atipsom-s22');
    expect(ms.hits[0]!.id).toBe('atipsom-s22');
    expect(ms.hits[0]!.lang).toBe('ms');
  });
});

describe('highlights', () => {
  it('mark the matched words and escape the statute text as HTML', async () => {
    const body = await search('q=exploitation&kind=definition&act=atipsom&lang=en&limit=1');
    const hit = body.hits[0]!;
    expect(hit.id).toBe('atipsom-s2-exploitation');
    // The 2022 reprint quotes the defined term with curly quotes (reprint-2022-02-22-en.txt).
    expect(hit.highlight.text).toContain('“<mark>exploitation</mark>” includes all forms of sexual <mark>exploitation</mark>');
    expect(hit.highlight.text).not.toMatch(/<(?!\/?mark>)/);
  });

  it('crop long texts around the match', async () => {
    const body = await search('q=agent%20provocateur&act=atipsom&lang=en&limit=1');
    const words = body.hits[0]!.highlight.text.split(/\s+/).length;
    expect(words).toBeLessThanOrEqual(45);
    expect(body.hits[0]!.highlight.text).toContain('<mark>agent</mark> <mark>provocateur</mark>');
  });
});
