/** /v1/cite against the real index: typed citations → provision, pinpointed words, or why not. */
import { describe, expect, it } from 'vitest';
import { get, testApp } from '../helpers/app.js';

const app = testApp();
const cite = (q: string, extra = '') => get(app, `/v1/cite?q=${encodeURIComponent(q)}${extra}`);

describe('citations resolve to the provision they name', () => {
  it.each([
    ['ATIPSOM s 14', 'atipsom-s14', 'ATIPSOM 2007 s 14'],
    ['s.14 ATIPSOM 2007', 'atipsom-s14', 'ATIPSOM 2007 s 14'],
    ['section 14 of Act 670', 'atipsom-s14', 'ATIPSOM 2007 s 14'],
    ['Akta 670 seksyen 14', 'atipsom-s14', 'ATIPSOM 2007 s 14'],
    ['sec 12 ATIP', 'atipsom-s12', 'ATIPSOM 2007 s 12'],
    ['MAPO s 25', 'atipsom-s25', 'ATIPSOM 2007 s 25'],
    ['ATIPSOM 2007, s. 13 (f)', 'atipsom-s13', 'ATIPSOM 2007 s 13(f)'],
    ['ATIPSOM s 26A', 'atipsom-s26a', 'ATIPSOM 2007 s 26A'],
    ['Akta 670 seksyen 26G(1)(a)', 'atipsom-s26g', 'ATIPSOM 2007 s 26G(1)(a)'],
    ["s 2 ATIPSOM 'exploitation'", 'atipsom-s2-exploitation', 'ATIPSOM 2007 s 2 (“exploitation”)'],
    ['ATIPSOM s 2 “Exploitation”', 'atipsom-s2-exploitation', 'ATIPSOM 2007 s 2 (“exploitation”)'],
    ['Akta 670 seksyen 2 "eksploitasi"', 'atipsom-s2-eksploitasi', 'ATIPSOM 2007 s 2 (“eksploitasi”)'],
    ['Child Act s 48(1)', 'child-act-s48', 'Child Act 2001 s 48(1)'],
    ['CA 2001 s 31(1)(a)', 'child-act-s31', 'Child Act 2001 s 31(1)(a)'],
    ['Akta Kanak-Kanak 2001 seksyen 31', 'child-act-s31', 'Child Act 2001 s 31'],
    ['Child Act 2001 s 2 "place of refuge"', 'child-act-s2-place-of-refuge', 'Child Act 2001 s 2 (“place of refuge”)'],
    ['SOCA s 15(c)', 'soca-s15', 'SOCA 2017 s 15(c)'],
    ['Evidence of Child Witness Act 2007, section 5(2)(f)', 'ecwa-s5', 'ECWA 2007 s 5(2)(f)'],
    ['ECWA s 8', 'ecwa-s8', 'ECWA 2007 s 8'],
    ['Child Act Sch 1', 'child-act-sch1', 'Child Act 2001 Sch 1'],
    ['Second Schedule, Child Act 2001', 'child-act-sch2', 'Child Act 2001 Sch 2'],
    ['Akta Kanak-Kanak Jadual Kedua', 'child-act-sch2', 'Child Act 2001 Sch 2'],
    ['SOCA, the Schedule', 'soca-sch1', 'SOCA 2017 Sch 1'],
  ])('%s → %s', async (q, id, citeAs) => {
    const { status, body } = await cite(q);
    expect(status).toBe(200);
    expect(body.provision.id).toBe(id);
    expect(body.cite_as).toBe(citeAs);
    expect(body.provision.url).toBe(`/v1/provisions/${id}?lang=${body.provision.lang}`);
  });

  it('returns the verbatim words of a pinpoint', async () => {
    const { body } = await cite('ATIPSOM s 13(b)');
    expect(body.pinpoint).toEqual({ path: '(b)', text: '(b) in committing the offence, the person caused death to the trafficked person or to any other person;' });
    const nested = await cite('Child Act s 31(1)(b)');
    expect(nested.body.pinpoint.text).toBe('(b) sexually abuses the child or causes or permits him to be so abused,');
  });

  it('a subsection pinpoint includes its paragraphs', async () => {
    const { body } = await cite('ECWA s 5(2)');
    expect(body.pinpoint.text).toMatch(/^\(2\) The Court may make an order specifying/);
    expect(body.pinpoint.text).toContain('(g) any other matter as the Court considers necessary in the interest of justice.');
  });

  it('shows the language asked for and lists the others', async () => {
    const { body } = await cite('ATIPSOM s 14', '&lang=ms');
    expect(body.provision.lang).toBe('ms');
    expect(body.provision.heading).toMatch(/^Kesalahan pemerdagangan kanak-kanak/);
    expect(body.languages.map((l: { lang: string }) => l.lang)).toEqual(['en', 'ms']);
  });

  it('a provision the 2010 amendment made is held in both languages, from the reprints', async () => {
    const { body } = await cite('ATIPSOM s 26A');
    expect(body.provision.lang).toBe('en');
    expect(body.languages).toEqual([
      { lang: 'en', status: 'in-force', url: '/v1/provisions/atipsom-s26a?lang=en' },
      { lang: 'ms', status: 'in-force', url: '/v1/provisions/atipsom-s26a?lang=ms' },
    ]);
  });

  it('an English-only Act asked for in Malay says where the text is', async () => {
    const { status, body } = await cite('Penal Code s 374', '&lang=ms');
    expect(status).toBe(404);
    expect(body.detail).toContain('held only in en');
  });
});

describe('citations that name nothing held are 404 with a reason and suggestions', () => {
  it('a pinpoint the section does not have', async () => {
    const { status, headers, body } = await cite('Child Act s 48(1)(a)');
    expect(status).toBe(404);
    expect(headers.get('content-type')).toBe('application/problem+json');
    expect(body.type).toBe('/docs#problem-citation-not-found');
    expect(body.detail).toBe('Child Act 2001 s 48 has no (1)(a). Its subdivisions include (1), (2), (3), (4).');
    expect(body.suggestions.map((s: { id: string }) => s.id)).toEqual(['child-act-s48']);
  });

  it('a section number the Act does not have suggests the nearest sections', async () => {
    const { status, body } = await cite('ATIPSOM s 99');
    expect(status).toBe(404);
    expect(body.detail).toContain('ATIPSOM 2007 has no section 99');
    expect(body.suggestions[0].id).toBe('atipsom-s67');
  });

  it('a Schedule the Act does not have suggests its Schedules', async () => {
    const { status, body } = await cite('Child Act Schedule 3');
    expect(status).toBe(404);
    expect(body.detail).toContain('Child Act 2001 has no Schedule 3');
    expect(body.suggestions.map((s: { id: string }) => s.id).sort()).toEqual(['child-act-sch1', 'child-act-sch2']);
  });

  it('a term the interpretation section does not define suggests its terms', async () => {
    const { status, body } = await cite('ATIPSOM s 2 "exploitatio"');
    expect(status).toBe(404);
    expect(body.detail).toContain('defines no term “exploitatio”');
    expect(body.suggestions.map((s: { id: string }) => s.id)).toContain('atipsom-s2-exploitation');
  });

  it.each([
    ['Immigration Act s 6(1)(c)', 'Immigration Act 1959/63'],
    ['Passports Act 1966 s 13', 'Passports Act 1966'],
  ])('%s: the Act is known but its text is not held; the answer links the official source', async (q, name) => {
    const { status, body } = await cite(q);
    expect(status).toBe(404);
    expect(body.type).toBe('/docs#problem-text-not-held');
    expect(body.detail).toContain(`The text of the ${name} is not held`);
    expect(body.detail).toContain('https://lom.agc.gov.my/');
  });

  it.each([
    ['PC 372B', 'penal-code-s372b'],
    ['Penal Code s 374', 'penal-code-s374'],
  ])('%s resolves to the Penal Code reprint', async (q, id) => {
    const { status, body } = await cite(q);
    expect(status).toBe(200);
    expect(body.provision.id).toBe(id);
  });
});

describe('citations that cannot be read are 400 and say what would work', () => {
  it.each([
    ['ATIPSOM 2007', 'names an Act but no section'],
    ['s 14', 'Say which Act'],
    ['Widgets Act s 5', 'is not an Act this knowledge base knows'],
    ['what is trafficking?', 'Could not find a section number'],
  ])('%s', async (q, message) => {
    const { status, body } = await cite(q);
    expect(status).toBe(400);
    expect(body.type).toBe('/docs#problem-unreadable-citation');
    expect(body.detail).toContain(message);
  });

  it('a missing q is a 400 naming the parameter', async () => {
    const { status, body } = await get(app, '/v1/cite');
    expect(status).toBe(400);
    expect(body.errors[0].parameter).toBe('q');
  });
});
