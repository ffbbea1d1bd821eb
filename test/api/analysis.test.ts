/**
 * The analysis routes on the real index: /v1/compare, /v1/topics, /v1/overlaps, /v1/gaps,
 * /v1/match, and the analysis a provision carries. Expectations come from the API's own answers
 * (provision documents, search facets) or from the statute's words, never from copies.
 */
import { describe, expect, it } from 'vitest';
import { actsWithText } from '../../src/registry/acts.js';
import { ELEMENT_CODES } from '../../src/schema/elements.js';
import { TOPICS } from '../../src/registry/topics.js';
import { get, testApp } from '../helpers/app.js';

const app = testApp();
const LABEL = 'analysis, not legal advice';
const provision = async (id: string, lang?: string) => (await get(app, `/v1/provisions/${id}${lang ? `?lang=${lang}` : ''}`)).body.provision;
const post = async (path: string, body: unknown, type = 'application/json') => {
  const res = await app.request(path, { method: 'POST', headers: { 'Content-Type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
};

describe('provisions carry their analysis', () => {
  it('ATIPSOM s 14: offence, topics, elements (means not required), penalty, references in, overlaps and gaps with labels', async () => {
    const s14 = await provision('atipsom-s14');
    expect(s14.type).toBe('offence');
    expect(s14.topics).toEqual(expect.arrayContaining(['child-trafficking', 'trafficking-offences']));
    const means = s14.elements.elements.find((e: { category: string }) => e.category === 'means');
    expect(means.required).toBe(false);
    expect(s14.elements.notes.map((n: { code: string }) => n.code)).toContain('means-not-required');
    expect(s14.penalties[0].clause).toMatch(/on conviction/i);
    expect(s14.text).toContain(s14.penalties[0].clause);
    expect(s14.refs_in.length).toBeGreaterThan(0);
    for (const r of s14.refs_in) expect((await provision(r.from, 'en')).text).toContain(r.words);
    const overlaps = await get(app, '/v1/overlaps?id=atipsom-s14');
    expect(s14.overlaps.map((o: { id: string }) => o.id).sort()).toEqual(overlaps.body.overlaps.map((o: { id: string }) => o.id).sort());
    for (const o of s14.overlaps) expect(o.title).toContain('ATIPSOM 2007 s 14');
    const gaps = await get(app, '/v1/gaps?id=atipsom-s14');
    expect(s14.gaps).toEqual(gaps.body.gaps.map((g: { id: string; title: string }) => ({ id: g.id, title: g.title })));
  });

  it('ATIPSOM s 12 needs the means of the definition; its references out resolve to provisions that exist', async () => {
    const s12 = await provision('atipsom-s12');
    expect(s12.elements.elements.find((e: { category: string }) => e.category === 'means').required).toBe(true);
    const s2 = await provision('atipsom-s2', 'en');
    expect(s2.type).toBe('definition');
    for (const r of s2.refs_out.filter((x: { status: string; id?: string }) => x.status === 'resolved' && x.id)) {
      expect((await get(app, `/v1/provisions/${r.id}`)).status, r.id).toBe(200);
    }
  });

  it('a language without text takes its classification from the held one, but quotes no words', async () => {
    const [en, ms] = await Promise.all([provision('atipsom-s26a', 'en'), provision('atipsom-s26a', 'ms')]);
    expect(en.status).toBe('text-unavailable');
    expect(en).toMatchObject({ type: ms.type, topics: ms.topics });
    expect(ms.type).toBe('offence');
    expect(en.elements).toBeUndefined();
    expect(ms.elements.elements.length).toBeGreaterThan(0);
  });
});

describe('/v1/compare', () => {
  it('puts provisions side by side: verbatim text, elements matrix, normalised penalties, differences, relations', async () => {
    const { status, body } = await get(app, '/v1/compare?ids=atipsom-s12,atipsom-s14,child-act-s48');
    expect(status).toBe(200);
    expect(body.label).toBe(LABEL);
    expect(body.provisions.map((p: { id: string }) => p.id)).toEqual(['atipsom-s12', 'atipsom-s14', 'child-act-s48']);
    for (const p of body.provisions) expect(p.text).toBe((await provision(p.id, p.lang)).text);
    const means = body.elements.filter((r: { category: string }) => r.category === 'means');
    expect(means.length).toBeGreaterThan(0);
    for (const row of means) {
      expect(row.cells['atipsom-s12']?.required).toBe(true);
      if (row.cells['atipsom-s14']) expect(row.cells['atipsom-s14'].required).toBe(false);
    }
    const child = body.elements.find((r: { category: string; code: string }) => r.category === 'victim' && r.code === 'child');
    expect(child.cells['atipsom-s14'].words).toBeTruthy();
    expect((await provision('atipsom-s14')).text).toContain(child.cells['atipsom-s14'].words);
    const s14 = await provision('atipsom-s14');
    const years = Math.max(...s14.penalties.flatMap((p: any) => p.variants.map((v: any) => v.imprisonment?.max_years ?? 0)));
    const life = s14.penalties.some((p: any) => p.variants.some((v: any) => v.imprisonment?.life));
    const compared = body.penalties.find((p: { id: string }) => p.id === 'atipsom-s14');
    expect(compared.life).toBe(life);
    expect(compared.max_years).toBe(years || undefined);
    expect(body.differences.some((d: string) => d.startsWith('means: '))).toBe(true);
    // The overlap ATIPSOM s 14 / Child Act s 48 names both: it is a relation among them.
    expect(body.relations.overlaps).toContain('overlap-atipsom-s14-child-act-s48');
    expect(s14.overlaps.map((o: { id: string }) => o.id)).toContain('overlap-atipsom-s14-child-act-s48');
  });

  it('shows each provision in a held language unless one is asked for', async () => {
    const { body } = await get(app, '/v1/compare?ids=atipsom-s26a,atipsom-s12');
    expect(body.provisions[0]).toMatchObject({ id: 'atipsom-s26a', lang: 'ms', status: 'in-force' });
    const english = await get(app, '/v1/compare?ids=atipsom-s26a,atipsom-s12&lang=en');
    expect(english.body.provisions[0]).toMatchObject({ lang: 'en', status: 'text-unavailable', text: '' });
    expect(english.body.differences.some((d: string) => d.includes('no en text in our sources'))).toBe(true);
  });
});

describe('/v1/topics', () => {
  it('lists the vocabulary with provisions per Act, agreeing with the search facets', async () => {
    const { status, body } = await get(app, '/v1/topics');
    expect(status).toBe(200);
    expect(body.label).toBe(LABEL);
    expect(body.topics.map((t: { slug: string }) => t.slug)).toEqual(TOPICS.map((t) => t.slug));
    for (const slug of ['non-punishment', 'smuggling-of-migrants', 'child-trafficking']) {
      const t = body.topics.find((x: { slug: string }) => x.slug === slug);
      const search = await get(app, `/v1/search?q=&topic=${slug}&limit=1&total=exact`);
      const counted = Object.values(t.provisions as Record<string, number>).reduce((a, b) => a + b, 0);
      expect(counted, slug).toBe(search.body.total);
      expect(counted, slug).toBeGreaterThan(0);
    }
    const held = actsWithText().map((a) => a.slug);
    for (const t of body.topics) expect([...Object.keys(t.provisions), ...t.acts_without].sort()).toEqual([...held].sort());
  });

  it('one topic: provisions per Act and the Acts with none', async () => {
    const { status, body } = await get(app, '/v1/topics/smuggling-of-migrants');
    expect(status).toBe(200);
    const atipsom = body.acts.find((a: { act: string }) => a.act === 'atipsom');
    expect(atipsom.provisions.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining(['atipsom-s26a', 'atipsom-s26k']));
    expect(body.acts_without.map((a: { act: string }) => a.act)).toContain('child-act');
    for (const p of atipsom.provisions) expect((await provision(p.id, p.lang)).topics).toContain('smuggling-of-migrants');
    const ms = await get(app, '/v1/topics/smuggling-of-migrants?lang=ms');
    expect(ms.body.acts[0].provisions.every((p: { lang: string }) => p.lang === 'ms')).toBe(true);
  });
});

describe('/v1/overlaps and /v1/gaps', () => {
  it('overlaps filter by Act and by provision, each naming provisions that exist', async () => {
    const all = await get(app, '/v1/overlaps');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(all.body.overlaps.length);
    expect(all.body.overlaps.every((o: { label: string }) => o.label === LABEL)).toBe(true);
    expect(all.body.overlaps.filter((o: { basis: string }) => o.basis === 'curated').length).toBeGreaterThan(0);
    const soca = await get(app, '/v1/overlaps?act=soca');
    expect(soca.body.total).toBeGreaterThan(0);
    expect(soca.body.total).toBeLessThan(all.body.total);
    for (const o of soca.body.overlaps) expect(o.provisions.some((id: string) => id.startsWith('soca-'))).toBe(true);
    const computed = all.body.overlaps.find((o: { basis: string }) => o.basis === 'computed');
    expect(computed.score).toBeGreaterThan(0);
    expect(computed.shared.length).toBeGreaterThan(0);
    for (const id of computed.provisions) expect((await get(app, `/v1/provisions/${id}`)).status).toBe(200);
  });

  it('gaps filter by kind, Protocol article (with its paragraphs), topic and Act', async () => {
    const all = (await get(app, '/v1/gaps')).body.gaps;
    const kinds = new Set(all.map((g: { kind: string }) => g.kind));
    expect([...kinds].sort()).toEqual(['definition', 'non-punishment', 'penalty-disparity', 'protocol']);
    const art6 = (await get(app, '/v1/gaps?article=6')).body.gaps;
    expect(art6.length).toBeGreaterThan(1);
    for (const g of art6) expect(g.article).toMatch(/^6(\(|$)/);
    expect(art6.length).toBe(all.filter((g: { article?: string }) => g.article === '6' || g.article?.startsWith('6(')).length);
    const compensation = (await get(app, '/v1/gaps?kind=protocol&topic=compensation')).body.gaps;
    expect(compensation.map((g: { id: string }) => g.id)).toContain('protocol-art-6-6-compensation');
    const nonPunishment = (await get(app, '/v1/gaps?kind=non-punishment')).body.gaps;
    expect(nonPunishment.length).toBeGreaterThanOrEqual(2);
    for (const g of nonPunishment) expect(g.kind).toBe('non-punishment');
    const s25 = await provision('atipsom-s25');
    expect(nonPunishment.some((g: { assessments: { id: string }[] }) => g.assessments.some((a) => a.id === 'atipsom-s25'))).toBe(true);
    expect(s25.gaps.length).toBeGreaterThan(0);
    const soca = (await get(app, '/v1/gaps?act=soca')).body.gaps;
    for (const g of soca) expect(g.acts).toContain('soca');
  });
});

describe('/v1/match', () => {
  it('a 15-year-old recruited for sexual exploitation, no means: ATIPSOM s 14 first; s 13 lists its means as still to prove', async () => {
    const { status, body } = await get(app, '/v1/match?victim_age=15&conduct=recruit&purpose=sexual-exploitation');
    expect(status).toBe(200);
    expect(body.label).toBe(LABEL);
    expect(body.offences[0]).toMatchObject({ id: 'atipsom-s14', applicable: true, to_prove: [], short_citation: 'ATIPSOM 2007 s 14', url: '/v1/provisions/atipsom-s14?lang=en' });
    expect(body.offences[0].not_required.map((c: { category: string }) => c.category)).toEqual(['means']);
    const s13 = body.offences.find((m: { id: string }) => m.id === 'atipsom-s13');
    const means = s13.to_prove.find((c: { category: string }) => c.category === 'means');
    const s13doc = await provision('atipsom-s13');
    const required = s13doc.elements.elements.find((e: { category: string }) => e.category === 'means');
    expect(means.options.map((o: { code: string }) => o.code)).toEqual(required.options.map((o: { code: string }) => o.code));
    expect(means.options.map((o: { code: string }) => o.code)).toContain('deception');
  });

  it('POST: an adult transported by deception for forced labour meets ATIPSOM s 12, deception matched', async () => {
    const { status, body } = await post('/v1/match', { victim_age: 30, conduct: ['transport'], means: ['deception'], purpose: ['forced-labour'] });
    expect(status).toBe(200);
    const top = body.offences[0];
    expect(top).toMatchObject({ id: 'atipsom-s12', applicable: true, score: 1, to_prove: [] });
    expect(top.matched.find((c: { category: string }) => c.category === 'means').matched).toEqual(['deception']);
    const words = top.matched.find((c: { category: string }) => c.category === 'means').options.find((o: { code: string }) => o.code === 'deception');
    expect((await provision(words.source, 'en')).text).toContain(words.words);
    // GET with the same facts, comma-separated or repeated, gives the same answer.
    const viaGet = await get(app, '/v1/match?victim_age=30&conduct=transport&means=deception&purpose=forced-labour');
    expect(viaGet.body.offences).toEqual(body.offences);
  });

  it('takes every code of the element vocabulary, and Malay words when asked', async () => {
    const { status, body } = await get(app, `/v1/match?conduct=${ELEMENT_CODES.act.join(',')}&lang=ms`);
    expect(status).toBe(200);
    expect(body.offences.length).toBeGreaterThan(10);
    expect(body.offences.find((m: { id: string }) => m.id === 'atipsom-s14').lang).toBe('ms');
  });
});

describe('errors of the analysis routes', () => {
  const problem = (res: { status: number; headers: Headers; body: any }, status: number) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.body.detail.length).toBeGreaterThan(20);
    return res.body.detail as string;
  };

  it.each([
    ['/v1/compare', 'ids must be given once'],
    ['/v1/compare?ids=atipsom-s14', 'at least 2 different provisions'],
    ['/v1/compare?ids=atipsom-s14,atipsom-s14', 'at least 2 different provisions'],
    ['/v1/compare?ids=a-s1,a-s2,a-s3,a-s4,a-s5,a-s6,a-s7', 'at most 6'],
    ['/v1/compare?ids=atipsom-s14,ATIPSOM s 12', 'each id must be a provision id'],
    ['/v1/compare?ids=atipsom-s14,atipsom-s12&lang=fr', 'lang must be "en"'],
    ['/v1/topics/Child Trafficking', 'topic must be a topic slug'],
    ['/v1/overlaps?act=widgets', 'act must be one of'],
    ['/v1/overlaps?id=ATIPSOM', 'id must be a provision id'],
    ['/v1/gaps?kind=missing', 'kind must be one of "protocol"'],
    ['/v1/gaps?article=six', 'article must be a UN Trafficking Protocol article'],
    ['/v1/gaps?coverage=some', 'coverage must be "full", "partial" or "none"'],
    ['/v1/gaps?topic=no-such-topic', 'is not in the vocabulary'],
    ['/v1/match', 'Give at least one fact'],
    ['/v1/match?victim_age=-2', 'victim_age must be 0 or more'],
    ['/v1/match?victim_age=fifteen', 'victim_age must be a number of years'],
    ['/v1/match?means=bribery', 'means: "bribery" is not one of threat'],
    ['/v1/match?conduct=recruit&migrant_status=alien', 'migrant_status must be one of'],
    ['/v1/match?conduct=recruit&victim_disabled=perhaps', 'victim_disabled must be true or false'],
    ['/v1/match?conduct=recruit&colour=red', 'colour'],
  ])('400 %s', async (path, message) => {
    expect(problem(await get(app, path), 400)).toContain(message);
  });

  it.each([
    ['/v1/compare?ids=atipsom-s14,atipsom-s99', '"atipsom-s99"'],
    ['/v1/compare?ids=soca-s13,atipsom-s14&lang=ms', 'soca-s13 does not exist in ms'],
    ['/v1/topics/no-such-topic', 'There is no topic "no-such-topic"'],
    ['/v1/overlaps?id=atipsom-s99', '"atipsom-s99"'],
    ['/v1/gaps?id=atipsom-s99', '"atipsom-s99"'],
  ])('404 %s', async (path, message) => {
    expect(problem(await get(app, path), 404)).toContain(message);
  });

  it('POST /v1/match: unreadable JSON, unknown fields and wrong types are 400 with what to change', async () => {
    expect(problem(await post('/v1/match', '{"victim_age": 15,'), 400)).toMatch(/could not be read|JSON/i);
    expect(problem(await post('/v1/match', { victim_age: 15, colour: 'red' }), 400)).toContain('colour');
    expect(problem(await post('/v1/match', { conduct: 'recruit' }), 400)).toMatch(/conduct/);
    expect(problem(await post('/v1/match', {}), 400)).toContain('Give at least one fact');
  });

  it('503 with Retry-After on every analysis route when the engine is down', async () => {
    const { createApp } = await import('../../src/app.js');
    const down = createApp({ MEILI_URL: 'http://127.0.0.1:9', MEILI_SEARCH_KEY: 'none', MEILI_TIMEOUT_MS: '500' });
    for (const path of ['/v1/compare?ids=atipsom-s12,atipsom-s14', '/v1/topics', '/v1/topics/non-punishment', '/v1/overlaps', '/v1/gaps', '/v1/match?victim_age=15']) {
      const res = await get(down, path);
      expect(res.status, path).toBe(503);
      expect(res.headers.get('retry-after'), path).toBe('5');
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    }
  });
});
