/**
 * The Akoma Ntoso routes on the real index: whole Acts and portions as application/akn+xml,
 * valid against the schema; every provision answer's URIs resolve to that provision; bad and
 * unknown addresses answer problem+json.
 */
import { describe, expect, it } from 'vitest';
import { ACTS } from '../../src/registry/acts.js';
import { readProvisions } from '../../src/akn/read.js';
import { get, testApp } from '../helpers/app.js';
import { validateAkn } from '../helpers/akn.js';

const app = testApp();

async function xml(path: string) {
  const res = await app.request(path);
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text(), cors: res.headers.get('access-control-allow-origin') };
}

describe('GET /akn/my/act/{year}/{number}[/{lang}@{date}][/~{eId}]', () => {
  it('answers every Act held, in each language, as a valid Akoma Ntoso document naming its FRBR URIs', async () => {
    const docs = [];
    for (const act of ACTS.filter((a) => a.sources.length)) {
      for (const code of [...new Set(act.sources.map((s) => (s.lang === 'en' ? 'eng' : 'msa')))]) {
        const work = `/akn/my/act/${act.year}/${act.actNumber}`;
        const res = await xml(`${work}/${code}@`);
        expect(res.status, `${work}/${code}@`).toBe(200);
        expect(res.type).toBe('application/akn+xml; charset=utf-8');
        expect(res.cors).toBe('*');
        expect(res.body).toContain(`<FRBRuri value="${work}"/>`);
        expect(res.body).toContain(`<FRBRlanguage language="${code}"/>`);
        docs.push({ name: `${act.slug}-${code}`, xml: res.body });
      }
    }
    expect(await validateAkn(docs)).toEqual([]);
  });

  it('without a language: English where held, else the language held', async () => {
    expect((await xml('/akn/my/act/2007/670')).body).toContain('<FRBRlanguage language="eng"/>');
  });

  it('a portion: one section, a subsection, a Part, a definition', async () => {
    const sec = await xml('/akn/my/act/2007/670/eng@/~sec_14');
    expect(sec.status).toBe(200);
    expect(sec.body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><akomaNtoso xmlns="http:\/\/docs.oasis-open.org\/legaldocml\/ns\/akn\/3.0"><portion includedIn="#act">/);
    expect([...readProvisions(sec.body).keys()]).toEqual(['sec_14']);
    const sub = await xml('/akn/my/act/2007/670/msa@/~sec_14__subsec_2');
    expect(sub.body).toContain('<subsection eId="sec_14__subsec_2"><num>(2)</num>');
    const part = await xml('/akn/my/act/2007/670/~part_III');
    expect(part.body).toContain('<part eId="part_III">');
    const def = await xml('/akn/my/act/2007/670/msa@/~sec_2__def_eksploitasi');
    expect(def.status).toBe(200);
    expect(def.body).toContain('<def refersTo="#term-eksploitasi">eksploitasi</def>');
    expect(def.body).toContain('<TLCTerm eId="term-eksploitasi"');
    expect(await validateAkn([sec, sub, part, def].map((r, i) => ({ name: `portion-${i}`, xml: r.body })))).toEqual([]);
  });

  it('cross-references link to the target provision’s URI', async () => {
    const { body } = await xml('/akn/my/act/2007/670/eng@/~sec_21');
    expect(body).toMatch(/<ref href="\/akn\/my\/act\/2007\/670\/eng@[0-9-]*\/~sec_21__subsec_1">subsection \(1\)<\/ref>/);
    // Another Act, whose text is not held: its work URI and section.
    const ms = await xml('/akn/my/act/2007/670/msa@/~sec_61A');
    expect(ms.body).toContain('<ref href="/akn/my/act/1959/155/~sec_56">subseksyen 56(2) Akta Imigresen 1959/63</ref>');
  });

  it('every provision answer carries its URIs, and they answer with that provision', async () => {
    for (const id of ['atipsom-s14', 'atipsom-s2-exploitation', 'child-act-sch1', 'soca-s5']) {
      const { status, body } = await get(app, `/v1/provisions/${id}`);
      expect(status, id).toBe(200);
      const { work, expression } = body.akn as { work: string; expression: string };
      for (const uri of [work, expression]) {
        const res = await xml(uri);
        expect(res.status, uri).toBe(200);
        const eid = uri.split('~')[1]!;
        expect(readProvisions(res.body).get(eid)?.text, uri).toBe(body.provision.text);
      }
    }
    const search = await get(app, '/v1/search?q=exploitation&act=atipsom&lang=en&limit=3');
    for (const hit of search.body.hits) expect(hit.akn.expression).toMatch(/^\/akn\/my\/act\/2007\/670\/eng@[0-9-]*\/~sec_\w+/);
    const cite = await get(app, '/v1/cite?q=ATIPSOM%20s%2014');
    expect(cite.body.provision.akn.work).toBe('/akn/my/act/2007/670/~sec_14');
  });

  it('the provision page links its XML', async () => {
    const res = await app.request('/provisions/atipsom-s14?lang=ms');
    const html = await res.text();
    expect(html).toMatch(/<a href="\/akn\/my\/act\/2007\/670\/msa@[0-9-]*\/~sec_14" type="application\/akn\+xml"/);
  });

  it('a date before the Act, an unknown Act, language or unit: 404 problem+json saying what exists', async () => {
    for (const [path, says] of [
      ['/akn/my/act/2007/670/eng@1999-01-01', 'earliest text held'],
      ['/akn/my/act/2007/999', 'No Act 999 of 2007'],
      ['/akn/my/act/1959/155', 'not held'],
      ['/akn/my/act/1936/574/msa@', 'held in eng only'],
      ['/akn/my/act/2007/670/fra@', '"fra" is not one of them'],
      ['/akn/my/act/2007/670/eng@/~sec_999', 'no unit "sec_999"'],
      ['/akn/my/act/2007/670/eng@/~sec_4__intro', 'no unit "sec_4__intro" to serve as a portion'],
    ] as const) {
      const res = await get(app, path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(res.body.detail, path).toContain(says);
    }
  });

  it('a malformed address: 400 problem+json naming the part to fix', async () => {
    for (const path of ['/akn/my/act/07/670', '/akn/my/act/2007/670/english', '/akn/my/act/2007/670/eng@2022-02-30', '/akn/my/act/2007/670/eng@/sec_14']) {
      const res = await get(app, path);
      expect(res.status, path).toBe(400);
      expect(res.body.type).toBe('/docs#problem-invalid-request');
      expect(res.body.errors.length, path).toBeGreaterThan(0);
    }
  });

  it('is documented in the OpenAPI document', async () => {
    const { body } = await get(app, '/openapi.json');
    for (const path of ['/akn/my/act/{year}/{number}', '/akn/my/act/{year}/{number}/{expression}', '/akn/my/act/{year}/{number}/{expression}/{portion}']) {
      expect(Object.keys(body.paths[path].get.responses['200'].content), path).toEqual(['application/akn+xml']);
    }
    expect(body.components.schemas.ProvisionAnswer.required).toContain('akn');
  });
});
