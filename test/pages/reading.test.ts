/**
 * Reading the law as lawyers do (issue 15): an Act's contents and Parts, pinpoint anchors and
 * citations, point in time with a redline, changes by amending Act (the Malay interface: malay.test.ts). Through
 * app.request on the real corpus in the suite's real Meilisearch.
 */
import { describe, expect, it } from 'vitest';
import { pinpointPaths } from '../../src/cite/pinpoint.js';
import { pinpointAnchor } from '../../src/pages/client/urls.js';
import { readProvisions } from '../../src/akn/read.js';
import { get, testApp } from '../helpers/app.js';
import { fetchPage, words } from './helpers.js';

const app = testApp();
const api = <T = any>(path: string) => get<T>(app, path).then((r) => r.body);

describe('Act contents', () => {
  it('lists every Part, Chapter and section of the Act with its heading and status, each linked', async () => {
    const toc = await api('/v1/acts/atipsom?lang=en');
    const { status, document } = await fetchPage(app, '/acts/atipsom');
    expect(status).toBe(200);
    expect(words(document.querySelector('h1'))).toContain('Anti-Trafficking in Persons and Anti-Smuggling of Migrants Act 2007');
    const entries = toc.contents.flatMap((run: any) => run.provisions);
    expect(entries.length).toBeGreaterThan(50);
    for (const e of entries) {
      const link = document.querySelector(`.toc a[href="/provisions/${e.id}?lang=en"]`);
      expect(link, e.id).not.toBeNull();
      expect(words(link)).toContain(e.heading);
    }
    for (const run of toc.contents.filter((r: any) => r.part)) {
      expect(document.querySelector(`a[href="/acts/atipsom/part/${run.part.number}?lang=en"]`), run.part.number).not.toBeNull();
    }
    expect(document.querySelector('a[href="/amendments/atipsom?lang=en"]')).not.toBeNull();
  });

  it('reads one Part whole: every provision of the Part, verbatim, in order', async () => {
    const toc = await api('/v1/acts/atipsom?lang=en');
    const ids = toc.contents.filter((r: any) => r.part?.number === 'III').flatMap((r: any) => r.provisions.map((p: any) => p.id));
    const { status, document } = await fetchPage(app, '/acts/atipsom/part/III');
    expect(status).toBe(200);
    expect([...document.querySelectorAll('.part-reading > section')].map((s) => s.getAttribute('id'))).toEqual(ids);
    const s13 = (await api('/v1/provisions/atipsom-s13?lang=en')).provision;
    expect(words(document.querySelector('section#atipsom-s13 .statute'))).toBe(s13.text.replace(/\s+/g, ' ').trim());
    expect((await fetchPage(app, '/acts/atipsom/part/XCIX')).status).toBe(404);
    expect((await fetchPage(app, '/acts/no-such-act')).status).toBe(404);
  });

  it('is linked from every provision page', async () => {
    const { document } = await fetchPage(app, '/provisions/atipsom-s13');
    expect(document.querySelector('a[href="/acts/atipsom?lang=en"]')).not.toBeNull();
    expect(document.querySelector('a[href="/acts/atipsom/part/III?lang=en"]')).not.toBeNull();
  });
});

describe('pinpoints', () => {
  it('gives every subsection, paragraph and subparagraph its eId as anchor, linked, with its citations in three styles', async () => {
    const p = (await api('/v1/provisions/child-act-s43?lang=en')).provision;
    const { document } = await fetchPage(app, '/provisions/child-act-s43');
    const paths = pinpointPaths(p.blocks);
    expect(paths).toContain('(1)(k)');
    const links = [...document.querySelectorAll('#pinpoints tbody th a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links.map(([path]) => path)).toEqual(paths);
    expect(links).toContainEqual(['(1)(k)', '#sec_43__subsec_1__para_k']);
    for (const [path, href] of links) {
      const unit = document.querySelector(`.statute ${href}`);
      expect(unit, path!).not.toBeNull();
      // The unit the anchor names starts with the pinpoint's last label.
      expect(unit!.querySelector('.label')?.textContent, path!).toBe(/(\([^()]+\))$/.exec(path!)![1]);
    }
    const copies = [...document.querySelectorAll('#pinpoints button[data-copy]')].map((b) => b.getAttribute('data-copy'));
    expect(copies).toContain('Child Act 2001 s 43(1)(f)');
    expect(copies).toContain('Child Act 2001 [Act 611], section 43(1)(f)');
    expect(copies).toContain('Akta 611 seksyen 43(1)(f)');
    expect(copies).toHaveLength(paths.length * 3);
  });

  it('names each unit as the Akoma Ntoso document does: every anchor of the page is an eId of the XML', async () => {
    for (const [id, lang, uri] of [
      ['child-act-s43', 'en', '/akn/my/act/2001/611/eng@/~sec_43'],
      ['atipsom-s2', 'ms', '/akn/my/act/2007/670/msa@/~sec_2'],
      ['atipsom-s2', 'en', '/akn/my/act/2007/670/eng@/~sec_2'],
      ['atipsom-s14', 'en', '/akn/my/act/2007/670/eng@/~sec_14'],
    ] as const) {
      const { document } = await fetchPage(app, `/provisions/${id}?lang=${lang}`);
      const anchors = [...document.querySelectorAll('.provision-text [id]:not(.alias)')].map((e) => e.getAttribute('id'));
      expect(anchors.length, id).toBeGreaterThan(1);
      const xml = await (await app.request(uri)).text();
      const eids = new Set([...xml.matchAll(/ eId="([^"]+)"/g)].map((m) => m[1]));
      expect(anchors.filter((a) => !eids.has(a!)), `${id} ${lang}`).toEqual([]);
    }
  });

  it('keeps the earlier anchors (p-2-a) as aliases at the start of their unit', async () => {
    const { document } = await fetchPage(app, '/provisions/child-act-s43');
    const alias = document.getElementById(pinpointAnchor('(1)(k)'));
    expect(alias?.getAttribute('class')).toBe('alias');
    expect(alias?.parentElement?.getAttribute('id')).toBe('sec_43__subsec_1__para_k');
    expect(alias?.textContent).toBe('');
  });

  it('anchors the units of a whole Part too, unique on the page', async () => {
    const { document } = await fetchPage(app, '/acts/atipsom/part/III');
    const ids = [...document.querySelectorAll('.part-reading [id]')].map((e) => e.getAttribute('id'));
    expect(new Set(ids).size).toBe(ids.length);
    expect(document.querySelector('section#atipsom-s14 #sec_14__subsec_2')).not.toBeNull();
  });
});

describe('small defects', () => {
  it('answers 405 with Allow for a wrong method, on the API and on pages', async () => {
    for (const [method, path] of [['DELETE', '/v1/provisions/atipsom-s14'], ['POST', '/provisions/atipsom-s14'], ['PUT', '/v1/acts']] as const) {
      const res = await app.request(path, { method });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('allow')).toMatch(/\bGET\b/);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    expect((await app.request('/v1/nothing-here', { method: 'DELETE' })).status).toBe(404);
  });

  it('has a favicon', async () => {
    const res = await app.request('/favicon.ico');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(await res.text()).toMatch(/^<svg /);
  });

  it('refuses a Protocol article that does not exist', async () => {
    const res = await get(app, '/v1/gaps?article=99');
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/1 to 20/);
    expect((await get(app, '/v1/gaps?article=6')).status).toBe(200);
  });
});

describe('/docs examples', () => {
  it('shows descriptions without raw backticks, and every form as filled in answers 200 with something to read', async () => {
    const { document } = await fetchPage(app, '/docs');
    expect(words(document.querySelector('body'))).not.toContain('`');
    const forms = [...document.querySelectorAll('form[data-path]')];
    expect(forms.length).toBeGreaterThan(5);
    let akn = 0;
    for (const form of forms) {
      let path = form.getAttribute('data-path')!;
      const query = new URLSearchParams();
      for (const input of form.querySelectorAll('input')) {
        const value = input.getAttribute('value') ?? '';
        if (input.getAttribute('data-in') === 'path') path = path.replace(`{${input.getAttribute('name')}}`, encodeURIComponent(value));
        else if (value) query.set(input.getAttribute('name')!, value);
      }
      const url = query.size ? `${path}?${query}` : path;
      const res = await app.request(url);
      expect(res.status, url).toBe(200);
      const type = res.headers.get('content-type') ?? '';
      const text = await res.text();
      // The Akoma Ntoso routes answer XML (application/akn+xml), read as XML; every other route JSON.
      if (type.startsWith('application/akn+xml')) {
        akn++;
        expect(readProvisions(text).size, url).toBeGreaterThan(0);
        continue;
      }
      expect(type, url).toMatch(/^application\/json/);
      const body = JSON.parse(text);
      for (const list of ['hits', 'offences', 'gaps', 'overlaps', 'amending_acts']) {
        if (Array.isArray(body?.[list])) expect(body[list].length, `${url} ${list}`).toBeGreaterThan(0);
      }
    }
    expect(akn).toBeGreaterThan(0);
  });
});

describe('changes by amending Act', () => {
  it('GET /v1/amendments lists each amending Act with its date and every provision it changed, with redlines', async () => {
    const res = await get(app, '/v1/amendments?act=atipsom');
    expect(res.status).toBe(200);
    const numbers = res.body.amending_acts.map((a: any) => a.number);
    expect(numbers).toEqual(expect.arrayContaining(['A1385', 'A1500', 'A1644']));
    const a1644 = res.body.amending_acts.find((a: any) => a.number === 'A1644');
    expect(a1644.in_force).toBe('2022-02-22');
    expect(a1644.title).toMatch(/\(Amendment\) Act 2022/);
    const s13 = a1644.provisions.find((p: any) => p.id === 'atipsom-s13');
    expect(s13.change).toBe('amended');
    // The redline's two sides are the texts before and after, word for word.
    const before = (await get(app, `/v1/provisions/atipsom-s13?lang=en&at=${s13.before}`)).body.provision;
    const after = (await get(app, `/v1/provisions/atipsom-s13?lang=en&at=${s13.after}`)).body.provision;
    const side = (drop: string, gone: string) =>
      s13.redline.filter((u: any) => u.status !== gone).map((u: any) => u.pieces.filter((p: any) => p.op !== drop).map((p: any) => p.value).join(''));
    const texts = (blocks: any[]): string[] => blocks.flatMap((b) => [b.text, ...texts(b.children)]);
    expect(side('ins', 'added')).toEqual(texts(before.blocks));
    expect(side('del', 'removed')).toEqual(texts(after.blocks));
    expect(s13.redline.some((u: any) => u.pieces.some((p: any) => p.op === 'ins'))).toBe(true);
    expect((await get(app, '/v1/amendments?act=atipsom&by=A1644')).body.amending_acts.map((a: any) => a.number)).toEqual(['A1644']);
  });

  it('validates with problem+json', async () => {
    for (const [path, status] of [['/v1/amendments', 400], ['/v1/amendments?act=nope', 400], ['/v1/amendments?act=atipsom&by=xyz', 400], ['/v1/amendments?act=atipsom&by=A9999', 404]] as const) {
      const res = await app.request(path);
      expect(res.status, path).toBe(status);
      expect(res.headers.get('content-type'), path).toMatch(/^application\/problem\+json/);
    }
  });

  it('the A1644 page shows the Act, its date and a redline of each provision it changed', async () => {
    const { status, document } = await fetchPage(app, '/amendments/atipsom/A1644');
    expect(status).toBe(200);
    expect(words(document.querySelector('h1'))).toContain('A1644');
    expect(words(document.querySelector('section#A1644 dl'))).toContain('22 February 2022');
    expect(document.querySelector('article#A1644-atipsom-s13 .redline ins')).not.toBeNull();
  });
});

describe('point in time', () => {
  it('shows the text as it stood, and the redline from it to today', async () => {
    const { status, document } = await fetchPage(app, '/provisions/atipsom-s13?at=2016-06-01');
    expect(status).toBe(200);
    const past = (await get(app, '/v1/provisions/atipsom-s13?lang=en&at=2016-06-01')).body;
    expect(past.at.current).toBe(false);
    expect(words(document.querySelector('.provision-text'))).toBe(past.provision.text.replace(/\s+/g, ' ').trim());
    expect(document.querySelectorAll('#redline del').length).toBeGreaterThan(0);
    expect(document.querySelectorAll('#redline ins').length).toBeGreaterThan(0);
    expect(document.querySelector('input#at')?.getAttribute('value')).toBe('2016-06-01');
  });

  it('answers a bad day with a 400 page', async () => {
    expect((await fetchPage(app, '/provisions/atipsom-s13?at=2016-02-30')).status).toBe(400);
  });
});
