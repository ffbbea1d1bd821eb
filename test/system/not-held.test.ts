/**
 * Acts whose text is not held (Immigration Act 1959/63, Passports Act 1966), over the real index:
 * every section another Act cites answers "text not held" with the official link, on the API and
 * the page; the few provisions held in an amending Bill's words say they are not the current
 * text. And the reprints' footnotes are searchable without being law text.
 */
import { describe, expect, it } from 'vitest';
import { buildDocuments } from '../../scripts/pipeline/documents/build.js';
import { actBySlug } from '../../src/registry/acts.js';
import { get, testApp } from '../helpers/app.js';

const app = testApp();
const NOT_HELD = ['immigration-act', 'passports-act'];

describe('Acts whose text is not held', async () => {
  const docs = await buildDocuments();
  const cited = [
    ...new Map(
      docs
        .flatMap((d) => d.refs_out)
        .filter((r) => r.status === 'external' && r.target.act && NOT_HELD.includes(r.target.act) && r.target.section)
        .map((r) => [`${r.target.act} ${r.target.section}`, r.target] as const),
    ).values(),
  ];
  const held = new Set(docs.filter((d) => NOT_HELD.includes(d.act)).map((d) => d.number));

  it('other Acts cite sections of them (ATIPSOM s 61A: Immigration Act ss 32, 33, 56(2)), as external references', () => {
    expect(cited.filter((t) => t.act === 'immigration-act').map((t) => t.section).sort()).toEqual(expect.arrayContaining(['32', '33', '56']));
    const s51 = docs.find((d) => d.id === 'atipsom-s51' && d.lang === 'ms')!;
    expect(s51.refs_out.filter((r) => r.target.act === 'immigration-act').map((r) => r.status)).toEqual(['external', 'external']);
  });

  it('every cited section not held answers text-not-held with the official source, as citation and as page', { timeout: 600_000 }, async () => {
    for (const t of cited) {
      const act = actBySlug(t.act!)!;
      const section = t.section!.replace(/\(.*$/, '');
      if (held.has(section)) continue;
      const c = await get(app, `/v1/cite?q=${encodeURIComponent(`${act.shortCitation} s ${t.section}`)}`);
      expect(c.status, `${act.shortCitation} s ${t.section}`).toBe(404);
      expect(c.body.type).toBe('/docs#problem-text-not-held');
      expect(c.body.detail).toContain(act.officialSource.url);
      const id = `${act.slug}-s${section.toLowerCase()}`;
      const api = await get(app, `/v1/provisions/${id}`);
      expect(api.status, id).toBe(404);
      expect(api.body.type).toBe('/docs#problem-text-not-held');
      const page = await app.request(`/provisions/${id}`);
      const html = await page.text();
      expect(page.status).toBe(404);
      expect(html).toContain('is not held');
      expect(html).toContain(act.officialSource.url);
    }
  });

  it('Immigration Act s 55B and Passports Act s 12(1)(f) are held, marked as not the current text', { timeout: 120_000 }, async () => {
    const s55b = await get(app, `/v1/cite?q=${encodeURIComponent('Immigration Act s 55B(1)')}`);
    expect(s55b.status).toBe(200);
    expect(s55b.body.provision.id).toBe('immigration-act-s55b');
    const s12 = await get(app, `/v1/cite?q=${encodeURIComponent('Passports Act 1966 s 12(1)(f)')}`);
    expect(s12.status).toBe(200);
    expect(s12.body.pinpoint.text).toContain('without lawful authority, has in his possession any passport');
    const page = await (await app.request('/provisions/immigration-act-s55a')).text();
    expect(page).toContain('Not the current text');
    expect(page).toContain('as inserted in 1996; later amended (2002 Bill not held); not the current text');
    const passports = await (await app.request('/provisions/passports-act-s12')).text();
    expect(passports).toContain('as substituted in 1995; later changes not held');
    // A subsection other than the one held is not held either.
    const s12_2 = await get(app, `/v1/cite?q=${encodeURIComponent('Passports Act 1966 s 12(2)')}`);
    expect(s12_2.body.type).toBe('/docs#problem-text-not-held');
  });
});

describe('reprint footnotes are searchable, never law text', () => {
  it('a word only the footnotes hold ("A1644") finds the provisions they note', { timeout: 120_000 }, async () => {
    const { status, body } = await get(app, '/v1/search?q=A1644&act=atipsom&lang=en&limit=50');
    expect(status).toBe(200);
    const ids: string[] = body.hits.map((h: { id: string }) => h.id);
    expect(ids).toContain('atipsom-s12');
    const docs = await buildDocuments();
    const s12 = docs.find((x) => x.id === 'atipsom-s12' && x.lang === 'en')!;
    expect(s12.text).not.toContain('A1644');
    expect((s12.notes ?? []).some((n) => n.text.includes('A1644'))).toBe(true);
    // Every hit holds the word in its law text or its notes; the notes never enter the text.
    for (const id of ids) {
      const d = docs.find((x) => x.id === id && x.lang === 'en')!;
      expect(d.text.includes('A1644') || (d.notes ?? []).some((n) => n.text.includes('A1644')), id).toBe(true);
      for (const n of d.notes ?? []) expect(d.text).not.toContain(n.text);
    }
  });
});
