/**
 * The analysis routes on the real index: /v1/compare, /v1/topics, /v1/overlaps, /v1/gaps,
 * /v1/match, and the analysis a provision carries. Expectations come from the API's own answers
 * (provision documents, search facets) or from the statute's words, never from copies.
 */
import { describe, expect, it } from 'vitest';
import { actsWithText } from '../../src/registry/acts.js';
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
    expect(s14.gaps).toEqual(gaps.body.gaps.map((g: { id: string; title: string; title_ms?: string }) => ({ id: g.id, title: g.title, ...(g.title_ms ? { title_ms: g.title_ms } : {}) })));
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

  // The Penal Code is held in English only (its Malay text, Kanun Keseksaan, is not in our sources).
  it('a language without text takes its classification from the held one, but quotes no words', async () => {
    const res = await get(app, '/v1/provisions/penal-code-s374?lang=ms');
    expect(res.status).toBe(200);
    const [ms, en] = [res.body.provision, await provision('penal-code-s374', 'en')];
    expect(en.status).toBe('in-force');
    expect(ms).toMatchObject({ id: 'penal-code-s374', lang: 'ms', status: 'text-unavailable', type: en.type, topics: en.topics, text: '', heading: '', blocks: [] });
    expect(en.type).toBe('offence');
    expect(ms.elements).toBeUndefined();
    expect(ms.penalties).toBeUndefined();
    expect(en.elements.elements.length).toBeGreaterThan(0);
    expect(ms.citation).toBe('Kanun Keseksaan [Akta 574], seksyen 374');
    // It says where the text is: the English document, and the official source with its address.
    expect(ms.unavailable.see).toBe('penal-code-s374_en');
    expect(ms.unavailable.note).toContain('https://lom.agc.gov.my/');
    // An id that names nothing is still a 404.
    expect((await get(app, '/v1/provisions/penal-code-s9999?lang=ms')).status).toBe(404);
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
    // The same differences in Malay: one for one, in the Malay reprints' terms, no English element code.
    expect(body.differences_ms).toHaveLength(body.differences.length);
    expect(body.differences_ms.some((d: string) => d.startsWith('cara: '))).toBe(true);
    expect(body.differences_ms.join(' ')).not.toMatch(/\b(means|required|absent|abuse-of-power|maximum punishment)\b/);
    // The overlap ATIPSOM s 14 / Child Act s 48 names both: it is a relation among them.
    expect(body.relations.overlaps).toContain('overlap-atipsom-s14-child-act-s48');
    expect(s14.overlaps.map((o: { id: string }) => o.id)).toContain('overlap-atipsom-s14-child-act-s48');
  });

  it('shows each provision in a held language unless one is asked for', async () => {
    const { body } = await get(app, '/v1/compare?ids=penal-code-s374,atipsom-s12');
    expect(body.provisions[0]).toMatchObject({ id: 'penal-code-s374', lang: 'en', status: 'in-force' });
    const malay = await get(app, '/v1/compare?ids=penal-code-s374,atipsom-s12&lang=ms');
    expect(malay.status).toBe(200);
    expect(malay.body.provisions[0]).toMatchObject({ lang: 'ms', status: 'text-unavailable', text: '' });
    expect(malay.body.provisions[1]).toMatchObject({ id: 'atipsom-s12', lang: 'ms', status: 'in-force' });
    expect(malay.body.differences.some((d: string) => d.includes('no ms text in our sources; see penal-code-s374_en'))).toBe(true);
    expect(malay.body.differences_ms.some((d: string) => d.includes('tiada teks bahasa Melayu dalam sumber kami; lihat penal-code-s374_en'))).toBe(true);
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
    expect([...kinds].sort()).toEqual(['definition', 'non-punishment', 'penalty-disparity', 'protocol', 'regime']);
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
  it('a child in prostitution: ATIPSOM s 14 with Child Act s 43 and Penal Code s 372 as alternatives, penalties, adult offences ruled out', async () => {
    const { status, body } = await get(app, '/v1/match?victim_age=15&conduct=recruit,harbour&purpose=sexual-exploitation&place=brothel');
    expect(status).toBe(200);
    expect(body.label).toBe(LABEL);
    const s14 = body.offences.find((m: { id: string }) => m.id === 'atipsom-s14');
    expect(s14).toMatchObject({ score: 1, to_prove: [], short_citation: 'ATIPSOM 2007 s 14', url: '/v1/provisions/atipsom-s14?lang=en' });
    expect(s14.alternatives).toEqual(expect.arrayContaining(['child-act-s43', 'penal-code-s372']));
    for (const id of ['child-act-s43', 'penal-code-s372']) {
      const m = body.offences.find((x: { id: string }) => x.id === id);
      expect(m.penalties.length, id).toBeGreaterThan(0);
      expect((await provision(id)).penalties).toEqual(m.penalties);
    }
    expect(body.ruled_out.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining(['atipsom-s12', 'atipsom-s13']));
    expect(body.offences.map((m: { id: string }) => m.id)).not.toContain('atipsom-s12');
    expect(body.ways_of_charging.map((w: { id: string }) => w.id)).toContain('penal-code-s511');
  });

  it('POST: forced labour of an adult employee with a withheld passport: ATIPSOM s 12, Penal Code s 374, Employment Act s 90B, and the Passports Act pointer with its warning', async () => {
    const facts = { victim_age: 30, victim_employee: true, conduct: ['recruit'], means: ['deception', 'withheld-documents', 'confined'], purpose: ['forced-labour'], place: ['fishing-boat'] };
    const { status, body } = await post('/v1/match', facts);
    expect(status).toBe(200);
    const ids = body.offences.map((m: { id: string }) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['atipsom-s12', 'penal-code-s374', 'employment-act-s90b']));
    const s12 = body.offences.find((m: { id: string }) => m.id === 'atipsom-s12');
    expect(s12.alternatives).toEqual(expect.arrayContaining(['penal-code-s374', 'employment-act-s90b']));
    const words = s12.matched.find((c: { category: string }) => c.category === 'means').options.find((o: { code: string }) => o.code === 'deception');
    expect((await provision(words.source, 'en')).text).toContain(words.words);
    expect(body.pointers).toEqual([expect.objectContaining({ id: 'passports-act-s12', warning: expect.stringContaining('1995'), warning_ms: expect.stringContaining('1995') })]);
    // Our words come in Malay beside the English: the facts as read, the ways of charging.
    const passport = body.facts_used.find((f: { code: string }) => f.code === 'withheld-documents');
    expect(passport).toMatchObject({ label_ms: 'Menyimpan pasport atau kad pengenalan orang itu', because_ms: expect.stringContaining('“bentuk paksaan yang lain”') });
    expect(body.ways_of_charging.length).toBeGreaterThan(0);
    expect(body.ways_of_charging.every((w: { how_ms: string }) => w.how_ms.length > 0)).toBe(true);
    // GET with the same facts, comma-separated or repeated, gives the same answer.
    const viaGet = await get(app, '/v1/match?victim_age=30&victim_employee=true&conduct=recruit&means=deception,withheld-documents&means=confined&purpose=forced-labour&place=fishing-boat');
    expect(viaGet.body.offences).toEqual(body.offences);
  });

  it('a 16-year-old recruited: no power, duty or rule of evidence is a charge; every charge has its conduct met', async () => {
    const { body } = await get(app, '/v1/match?victim_age=16&conduct=recruit');
    const ids = body.offences.map((m: { id: string }) => m.id);
    for (const bad of ['child-act-s111', 'child-act-s113', 'child-act-s128', 'ecwa-s14', 'soca-s12', 'soca-s15', 'soca-s16', 'atipsom-s23']) expect(ids).not.toContain(bad);
    for (const m of body.offences) expect(m.matched.some((c: { category: string }) => c.category === 'act'), m.id).toBe(true);
    const s26a = body.offences.find((m: { id: string }) => m.id === 'atipsom-s26a');
    expect(s26a.score).toBeLessThan(1);
  });

  it('takes every code of the fact vocabulary, and Malay words when asked', async () => {
    const { factCodes } = await import('../../src/schema/facts.js');
    const { status, body } = await get(app, `/v1/match?conduct=${factCodes('conduct').join(',')}&lang=ms`);
    expect(status).toBe(200);
    expect(body.offences.length).toBeGreaterThan(10);
    expect(body.offences.find((m: { id: string }) => m.id === 'atipsom-s14').lang).toBe('ms');
  });
});

describe('/v1/protections', () => {
  it('groups protecting provisions by need, one entry per provision, never an offence or a definition', async () => {
    const { status, body } = await get(app, '/v1/protections');
    expect(status).toBe(200);
    expect(body.needs.map((n: { key: string }) => n.key)).toEqual(['immunity', 'shelter-and-release', 'protection-order', 'movement-and-work', 'compensation-and-wages', 'privacy', 'child-specific', 'witness']);
    for (const n of body.needs) {
      const ids = n.provisions.map((p: { id: string }) => p.id);
      expect(new Set(ids).size, n.key).toBe(ids.length);
      expect(n.count).toBe(ids.length);
      for (const p of n.provisions) expect(['offence', 'definition'].includes(p.type) && !['ecwa-s14'].includes(p.id), `${n.key} ${p.id}`).toBe(false);
    }
    const need = (key: string) => body.needs.find((n: { key: string }) => n.key === key).provisions.map((p: { id: string }) => p.id);
    expect(need('immunity')).toContain('atipsom-s25');
    expect(need('compensation-and-wages')).toEqual(expect.arrayContaining(['atipsom-s66a', 'atipsom-s66b']));
    expect(need('movement-and-work')).toEqual(['atipsom-s51a']);
    expect(need('shelter-and-release')).not.toContain('atipsom-s26h');
    expect(need('child-specific').some((id: string) => id.startsWith('soca-s') && ['soca-s5', 'soca-s6', 'soca-s7', 'soca-s8', 'soca-s9', 'soca-s10'].includes(id))).toBe(false);
    const ms = await get(app, '/v1/protections?lang=ms');
    expect(ms.body.needs.find((n: { key: string }) => n.key === 'immunity').provisions.every((p: { lang: string }) => p.lang === 'ms')).toBe(true);
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
    ['/v1/match?place=moon', 'place: "moon" is not one of brothel'],
    ['/v1/protections?lang=fr', 'lang'],
    ['/v1/match?conduct=recruit&migrant_status=alien', 'migrant_status must be one of'],
    ['/v1/match?conduct=recruit&victim_disabled=perhaps', 'victim_disabled must be true or false'],
    ['/v1/match?conduct=recruit&colour=red', 'colour'],
  ])('400 %s', async (path, message) => {
    expect(problem(await get(app, path), 400)).toContain(message);
  });

  it.each([
    ['/v1/compare?ids=atipsom-s14,atipsom-s99', '"atipsom-s99"'],
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
