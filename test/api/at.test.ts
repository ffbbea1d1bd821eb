/**
 * Point in time: GET /v1/provisions/{id}?at=YYYY-MM-DD and the page's ?at=, on the real corpus
 * and the real index. Dates before 2010 (the Act as enacted), 2010–2015 (Act A1385), 2015–2022
 * (Act A1500) and today (Act A1644, the reprint's text).
 */
import { describe, expect, it } from 'vitest';
import { get, testApp } from '../helpers/app.js';

const app = testApp();
const today = new Date().toISOString().slice(0, 10);

describe('/v1/provisions/{id}?at=', () => {
  it('before 2010: the 2007 text of s 14, with its date range and the Act that made it', async () => {
    const { status, body } = await get(app, '/v1/provisions/atipsom-s14?at=2009-06-01');
    expect(status).toBe(200);
    expect(body.provision.text).toContain('Any person, who traffics in persons being a child, for the purpose of exploitation, commits an offence');
    expect(body.provision.text).not.toContain('unable to fully take care of or protect himself');
    expect(body.provision.heading).toBe('Offence of trafficking in children');
    expect(body.at).toMatchObject({ date: '2009-06-01', valid_from: '2008-02-28', valid_to: '2022-02-22', current: false, act: 'Act 670', bill: 'D.R.07/2007' });
    expect(body.at.in_force).toContain('P.U. (B) 86/2008');
    // The analysis of the current text is not passed off as the old text's.
    expect(body.provision.penalties).toBeUndefined();
    expect(body.provision.refs_out).toEqual([]);
  });

  it('the word spacing read from the PDF belongs to the reprint text: the current source names it, the 1999 Bill text does not', async () => {
    const now = (await get(app, '/v1/provisions/child-act-s20?lang=en')).body.provision;
    expect(now.source.spacing_from_pdf).toEqual([{ line: 1969, page: 42 }]);
    expect(now.text).toContain('is presented before a medical officer under subsection (1a)');
    expect(now.extraction).toBeUndefined();
    const then = await get(app, '/v1/provisions/child-act-s20?lang=en&at=2010-01-01');
    expect(then.status).toBe(200);
    expect(then.body.at.current).toBe(false);
    expect(then.body.provision.source.spacing_from_pdf).toBeUndefined();
    expect(then.body.provision.extraction).toBeUndefined();
  });

  it('before the provision was in operation: 404 problem+json naming its first day', async () => {
    const res = await app.request('/v1/provisions/atipsom-s14?at=2008-01-15');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await res.json()) as { detail: string };
    expect(problem.detail).toContain('28 February 2008');
    // Part II came into operation earlier (1 October 2007).
    expect((await get(app, '/v1/provisions/atipsom-s6?at=2008-01-15')).body.at).toMatchObject({ valid_from: '2007-10-01' });
  });

  it('2010–2015: Part IIIA as Act A1385 made it (Malay), and 404 before 15 November 2010', async () => {
    const { status, body } = await get(app, '/v1/provisions/atipsom-s26a?lang=ms&at=2012-06-01');
    expect(status).toBe(200);
    expect(body.at).toMatchObject({ valid_from: '2010-11-15', valid_to: '2022-02-22', act: 'Act A1385', bill: 'D.R.22/2010', current: false });
    expect(body.provision.status).toBe('in-force');
    const before = await get(app, '/v1/provisions/atipsom-s26a?lang=ms&at=2010-11-14');
    expect(before.status).toBe(404);
    expect(before.body.detail).toContain('15 November 2010');
  });

  it('2015–2022: s 43 as Act A1500 made it', async () => {
    const { body } = await get(app, '/v1/provisions/atipsom-s43?at=2018-03-01');
    expect(body.at).toMatchObject({ valid_from: '2015-11-18', valid_to: '2022-02-22', act: 'Act A1500', bill: 'D.R.18/2015' });
    const earlier = await get(app, '/v1/provisions/atipsom-s43?at=2015-11-17');
    expect(earlier.body.at).toMatchObject({ valid_from: '2008-02-28', valid_to: '2015-11-18' });
    expect(earlier.body.provision.text).not.toBe(body.provision.text);
  });

  it('today and on the day A1644 came into force: the current text, marked current', async () => {
    const plain = await get(app, '/v1/provisions/atipsom-s14');
    for (const at of [today, '2022-02-22']) {
      const { body } = await get(app, `/v1/provisions/atipsom-s14?at=${at}`);
      expect(body.at).toMatchObject({ valid_from: '2022-02-22', current: true, act: 'Act A1644', bill: 'D.R.10/2021' });
      expect(body.at.valid_to).toBeUndefined();
      expect(body.provision.text).toBe(plain.body.provision.text);
    }
    expect((await get(app, '/v1/provisions/atipsom-s14?at=2022-02-21')).body.at.current).toBe(false);
  });

  it('Child Act: the 1999 Bill text until Act A1511 (1 January 2017); the later text is not held here', async () => {
    const { body } = await get(app, '/v1/provisions/child-act-s31?at=2010-01-01');
    expect(body.at).toMatchObject({ valid_from: '2002-08-01', valid_to: '2017-01-01', act: 'Act 611', bill: 'D.R.24/1999' });
    expect(body.provision.amended_by).toEqual([expect.objectContaining({ act: 'Act A1511', in_force: '2017-01-01' })]);
  });

  it('rejects a malformed or impossible day with a 400 naming the parameter', async () => {
    for (const bad of ['2012-02-30', '2012-6-1', 'yesterday']) {
      const res = await app.request(`/v1/provisions/atipsom-s14?at=${bad}`);
      expect(res.status, bad).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      const problem = (await res.json()) as { errors: { name?: string; detail?: string; pointer?: string }[] };
      expect(JSON.stringify(problem.errors), bad).toContain('at');
    }
  });

  it('is in the OpenAPI document', async () => {
    const { body } = await get(app, '/openapi.json');
    const params = body.paths['/v1/provisions/{id}'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toContain('at');
    expect(Object.keys(body.components.schemas.PointInTime.properties)).toEqual(expect.arrayContaining(['date', 'valid_from', 'valid_to', 'current']));
  });
});

describe('/v1/provisions/{id}?at= on the Penal Code (history from its amending Bills)', () => {
  it('s 376 in 2010: the words the 2007 Bill gave it; in 2016: as the 2013 Bill amended them; today: the reprint', async () => {
    const y2010 = await get(app, '/v1/provisions/penal-code-s376?at=2010-01-01');
    expect(y2010.status).toBe(200);
    expect(y2010.body.at).toMatchObject({ valid_from: '2007-09-07', valid_to: '2014-12-31', current: false, bill: 'D.R.13/2007' });
    expect(y2010.body.provision.text).toContain('not less than five years and not more than thirty years');
    const y2016 = await get(app, '/v1/provisions/penal-code-s376?at=2016-06-01');
    expect(y2016.body.at).toMatchObject({ valid_from: '2014-12-31', valid_to: '2017-09-01', act: 'Act A1471', bill: 'D.R.9/2013' });
    expect(y2016.body.provision.text).toContain('the woman becomes insane');
    const now = await get(app, `/v1/provisions/penal-code-s376?at=${today}`);
    expect(now.body.at).toMatchObject({ valid_from: '2017-09-01', current: true, act: 'Act A1536' });
  });

  it('s 376 in 2000: a version was in force (Act A727), its words are not held: 404 saying so', async () => {
    const res = await get(app, '/v1/provisions/penal-code-s376?at=2000-01-01');
    expect(res.status).toBe(404);
    expect(res.body.detail).toContain('is not held in our sources');
  });

  it('/v1/amendments: Act A1471 amended s 376 (redline from the Bills\' words), inserted s 52A; Act A1131\'s s 372 has no earlier words', async () => {
    const a1471 = (await get(app, '/v1/amendments?act=penal-code&by=A1471')).body.amending_acts[0];
    expect(a1471).toMatchObject({ number: 'A1471', in_force: '2014-12-31' });
    const s376 = a1471.provisions.find((p: any) => p.id === 'penal-code-s376');
    expect(s376.change).toBe('amended');
    expect(JSON.stringify(s376.redline)).toContain('the woman becomes insane');
    expect(a1471.provisions.find((p: any) => p.id === 'penal-code-s52a')).toMatchObject({ change: 'inserted' });
    const a1131 = (await get(app, '/v1/amendments?act=penal-code&by=A1131')).body.amending_acts[0];
    expect(a1131.provisions.find((p: any) => p.id === 'penal-code-s372')).toMatchObject({ change: 'text-not-held' });
  });

  it('s 130J, whose coming into the Code the sources do not state: 404 saying so before its first listed change, not held 2015–2023, the reprint since', async () => {
    const before = await get(app, '/v1/provisions/penal-code-s130j?at=2010-01-01');
    expect(before.status).toBe(404);
    expect(before.body.detail).toContain('Our sources do not say whether');
    expect(before.body.detail).toContain('15 June 2015');
    expect((await get(app, '/v1/provisions/penal-code-s130j?at=2016-01-01')).body.detail).toContain('is not held in our sources');
    expect((await get(app, `/v1/provisions/penal-code-s130j?at=${today}`)).body.at).toMatchObject({ valid_from: '2023-07-04', current: true });
    // Act A1210 is the first change listed for s 130T, not a recorded insertion.
    const a1210 = (await get(app, '/v1/amendments?act=penal-code&by=A1210')).body.amending_acts[0];
    expect(a1210.provisions.find((p: any) => p.id === 'penal-code-s130t')).toMatchObject({ change: 'text-not-held' });
  });

  it('s 372A before Act A1131 (1 August 2002), which inserted it: 404 naming its first day', async () => {
    const res = await get(app, '/v1/provisions/penal-code-s372a?at=2002-07-31');
    expect(res.status).toBe(404);
    expect(res.body.detail).toContain('1 August 2002');
  });
});

describe('/v1/provisions/{id}?at= on definitions (their section\'s words at that date)', () => {
  it('"enforcement officer" and "exploitation" before Act A1644: the 2007 words; from 22 February 2022: the reprint\'s', async () => {
    const officer = await get(app, '/v1/provisions/atipsom-s2-enforcement-officer?at=2015-01-01');
    expect(officer.status).toBe(200);
    expect(officer.body.provision.text).toContain('means any officer specified in section 27;');
    // The version is s 2's (Act A1385 changed other definitions); the words are the 2007 Bill's.
    expect(officer.body.at).toMatchObject({ valid_from: '2010-11-15', valid_to: '2015-11-18', current: false, act: 'Act A1385' });
    expect(officer.body.provision.source.file).toBe('atipsom/2007-bill-DR07-en.md');
    const now = await get(app, '/v1/provisions/atipsom-s2-enforcement-officer?at=2022-02-22');
    expect(now.body.at).toMatchObject({ valid_from: '2022-02-22', current: true, act: 'Act A1644' });
    expect(now.body.provision.text).toContain('subsection 27(1) or any public officer appointed under subsection 27(1A)');
    const exploitation = await get(app, '/v1/provisions/atipsom-s2-exploitation?at=2018-06-01');
    expect(exploitation.body.provision.text).toMatch(/^"exploitation" means all forms of sexual exploitation/);
    expect(exploitation.body.at).toMatchObject({ valid_from: '2015-11-18', valid_to: '2022-02-22', act: 'Act A1500' });
  });

  it('"child" in 2015: the words s 2 had then (the Bill\'s), not the 2022 reprint\'s dated back', async () => {
    const { body } = await get(app, '/v1/provisions/atipsom-s2-child?at=2015-01-01');
    expect(body.provision.text).toBe('"child" means a person who is under the age of eighteen years;');
    expect(body.at).toMatchObject({ valid_from: '2010-11-15', valid_to: '2015-11-18', current: false, act: 'Act A1385' });
    expect(body.provision.source.file).toBe('atipsom/2007-bill-DR07-en.md');
  });

  it('before a definition existed: 404 naming its first day; where its section\'s words then are not held: text unavailable, pointing to the Malay', async () => {
    const before = await get(app, '/v1/provisions/atipsom-s2-migran-yang-diseludup?lang=ms&at=2009-01-01');
    expect(before.status).toBe(404);
    expect(before.body.detail).toContain('15 November 2010');
    const ms = await get(app, '/v1/provisions/atipsom-s2-migran-yang-diseludup?lang=ms&at=2012-01-01');
    expect(ms.status).toBe(200);
    expect(ms.body.provision.text).toContain('ertinya seseorang yang menjadi objek perbuatan penyeludupan migran');
    const en = await get(app, '/v1/provisions/atipsom-s2-smuggled-migrant?at=2012-01-01');
    expect(en.status).toBe(200);
    expect(en.body.provision).toMatchObject({ status: 'text-unavailable', text: '', unavailable: { see: 'atipsom-s2_ms', since: 'D.R.22/2010' } });
    expect(en.body.at).toMatchObject({ valid_from: '2010-11-15', act: 'Act A1385', current: false });
  });
});

describe('provision page ?at=', () => {
  it('shows the text as it stood and the date range, with a way back to the current text', async () => {
    const res = await app.request('/provisions/atipsom-s14?at=2009-06-01');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Text as in force on <time datetime="2009-06-01">1 June 2009</time>.');
    expect(html).toContain('<time datetime="2008-02-28">28 February 2008</time>');
    expect(html).toContain('<time datetime="2022-02-22">22 February 2022</time>');
    expect(html).toContain('for the purpose of exploitation, commits an offence');
    expect(html).toContain('Read the current text');
  });

  it('links each version of the history to its day', async () => {
    const html = await (await app.request('/provisions/atipsom-s14')).text();
    expect(html).toContain('href="/provisions/atipsom-s14?lang=en&amp;at=2008-02-28"');
  });

  it('a Penal Code provision as a held Bill gave it: s 376 on 1 January 2010', async () => {
    const res = await app.request('/provisions/penal-code-s376?at=2010-01-01');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<time datetime="2007-09-07">7 September 2007</time>');
    expect(html).toContain('not less than five years and not more than thirty years');
  });

  it('answers 404 before the provision existed', async () => {
    expect((await app.request('/provisions/atipsom-s26a?lang=ms&at=2009-01-01')).status).toBe(404);
  });
});

describe('definition counterparts', () => {
  it('the API names the other language\'s definition, and the page links it', async () => {
    const { body } = await get(app, '/v1/provisions/atipsom-s2-exploitation');
    expect(body.provision.counterpart).toEqual({ id: 'atipsom-s2-eksploitasi', lang: 'ms', term: 'eksploitasi' });
    const html = await (await app.request('/provisions/atipsom-s2-exploitation')).text();
    expect(html).toContain('href="/provisions/atipsom-s2-eksploitasi?lang=ms"');
  });
});
