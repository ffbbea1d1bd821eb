/** The API's routes on the real index: provisions, Acts, tables of contents, health, OpenAPI, docs. */
import { describe, expect, it } from 'vitest';
import { ACTS } from '../../src/registry/acts.js';
import { ProvisionDoc } from '../../src/schema/document.js';
import { get, meili, testApp } from '../helpers/app.js';

const app = testApp();

describe('/v1/provisions/{id}', () => {
  it('returns the full provision, valid against the document schema, in English by default', async () => {
    const { status, body } = await get(app, '/v1/provisions/atipsom-s14');
    expect(status).toBe(200);
    expect(ProvisionDoc.parse(body.provision).key).toBe('atipsom-s14_en');
    expect(body.provision.text).toContain('(1) Any person, who traffics in persons being a child or a person who is unable to fully take care of or protect himself');
    // The current text is the 2021 version; its history travels with it.
    expect(body.provision.version).toMatchObject({ bill: 'D.R.10/2021', status: 'in-force' });
    expect(body.provision.citation).toBe(
      'Anti-Trafficking in Persons and Anti-Smuggling of Migrants Act 2007 [Act 670], section 14',
    );
    expect(body.provision.source).toMatchObject({ file: 'atipsom/reprint-2022-02-22-en.txt', as_at: '2022-02-22', basis: 'official reprint as at 22 February 2022' });
    expect(body.languages).toEqual([
      { lang: 'en', status: 'in-force', url: '/v1/provisions/atipsom-s14?lang=en' },
      { lang: 'ms', status: 'in-force', url: '/v1/provisions/atipsom-s14?lang=ms' },
    ]);
  });

  it('returns the Malay text when asked', async () => {
    const { body } = await get(app, '/v1/provisions/atipsom-s14?lang=ms');
    expect(body.provision.lang).toBe('ms');
    expect(body.provision.citation).toBe('Akta Antipemerdagangan Orang dan Antipenyeludupan Migran 2007 [Akta 670], seksyen 14');
  });

  it('a provision the 2010 amendment made has its English text from the reprint', async () => {
    const english = await get(app, '/v1/provisions/atipsom-s26a?lang=en');
    expect(english.body.provision).toMatchObject({ lang: 'en', status: 'in-force' });
    expect(english.body.provision.text).toContain('smuggling of migrants');
  });

  it('a provision held in one language only says which (a text-unavailable document, issue 15)', async () => {
    const { status, body } = await get(app, '/v1/provisions/penal-code-s374?lang=ms');
    expect(status).toBe(200);
    expect(body.provision).toMatchObject({ lang: 'ms', status: 'text-unavailable', unavailable: { see: 'penal-code-s374_en' } });
    expect(body.languages).toEqual([{ lang: 'en', status: 'in-force', url: '/v1/provisions/penal-code-s374?lang=en' }]);
  });
});

describe('/v1/acts', () => {
  it('lists every Act in the registry, held or not, with indexed counts', async () => {
    const { status, body } = await get(app, '/v1/acts');
    expect(status).toBe(200);
    expect(body.acts.map((a: { slug: string }) => a.slug)).toEqual(ACTS.map((a) => a.slug));
    const atipsom = body.acts.find((a: { slug: string }) => a.slug === 'atipsom');
    expect(atipsom.held).toBe(true);
    expect(atipsom.provisions.en).toBeGreaterThan(60);
    expect(atipsom.provisions.ms).toBeGreaterThan(60);
    const penal = body.acts.find((a: { slug: string }) => a.slug === 'penal-code');
    expect(penal).toMatchObject({ held: true, languages: ['en'], provisions: { ms: 0 } });
    expect(penal.provisions.en).toBeGreaterThan(500);
    expect(penal.caveats[0]).toContain('Malay text (Kanun Keseksaan) is not held');
    const immigration = body.acts.find((a: { slug: string }) => a.slug === 'immigration-act');
    expect(immigration).toMatchObject({ held: false });
    const total = body.acts.reduce((n: number, a: { provisions: { en: number; ms: number } }) => n + a.provisions.en + a.provisions.ms, 0);
    expect(total).toBe(meili().documents);
  });

  it('gives a table of contents in the order of the Act, definitions under their section', async () => {
    const { status, body } = await get(app, '/v1/acts/atipsom');
    expect(status).toBe(200);
    const sections = body.contents.flatMap((p: { provisions: { number: string }[] }) => p.provisions);
    expect(sections.slice(0, 3).map((s: { number: string }) => s.number)).toEqual(['1', '2', '3']);
    expect(sections.map((s: { id: string }) => s.id)).toContain('atipsom-s67');
    const interpretation = sections.find((s: { id: string }) => s.id === 'atipsom-s2');
    expect(interpretation.definitions.map((d: { term: string }) => d.term)).toContain('exploitation');
    const parts = body.contents.map((p: { part: { number: string } | null }) => p.part?.number);
    expect(parts).toEqual(['I', 'IA', 'II', 'III', 'IIIA', 'IV', 'V', 'VI']);
    const offences = body.contents.find((p: { part: { number: string } | null }) => p.part?.number === 'III');
    expect(offences.provisions.map((s: { id: string }) => s.id)).toContain('atipsom-s14');
  });

  it('lists schedules in the table of contents', async () => {
    const { body } = await get(app, '/v1/acts/child-act');
    const entries = body.contents.flatMap((p: { provisions: { id: string; kind: string }[] }) => p.provisions);
    expect(entries.filter((e: { kind: string }) => e.kind === 'schedule').map((e: { id: string }) => e.id)).toEqual([
      'child-act-sch1',
      'child-act-sch2',
    ]);
  });

  it('an Act whose text is not held has an empty table of contents and says where the official text is', async () => {
    const { status, body } = await get(app, '/v1/acts/passports-act');
    expect(status).toBe(200);
    expect(body.act.held).toBe(false);
    expect(body.not_held).toContain('Text not held');
    expect(body.not_held).toContain(body.act.official_source.url);
  });

  it("the Penal Code's Malay listing says its text is not held and points to the official source", async () => {
    const english = await get(app, '/v1/acts/penal-code?lang=en');
    expect(english.body.not_held).toBeUndefined();
    const sections = english.body.contents.flatMap((p: { provisions: { id: string }[] }) => p.provisions.map((e) => e.id));
    expect(sections).toEqual(expect.arrayContaining(['penal-code-s1', 'penal-code-s372b', 'penal-code-s374', 'penal-code-s511']));
    const malay = await get(app, '/v1/acts/penal-code?lang=ms');
    expect(malay.status).toBe(200);
    expect(malay.body.contents).toEqual([]);
    expect(malay.body.not_held).toContain('Text not held: the Malay text of the Kanun Keseksaan');
    expect(malay.body.not_held).toContain('https://lom.agc.gov.my/');
  });
});

describe('/health, /openapi.json, /docs', () => {
  it('health says the app and search answer', async () => {
    const { status, body } = await get(app, '/health');
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok', app: 'ok', search: { ok: true, detail: 'The search index answers.' } });
  });

  it('the OpenAPI document is generated from the routes and schemas', async () => {
    const { status, body } = await get(app, '/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths).sort()).toEqual(
      ['/health', '/v1/acts', '/v1/acts/{act}', '/v1/amendments', '/v1/cite', '/v1/provisions/{id}', '/v1/search', '/v1/compare', '/v1/topics', '/v1/topics/{topic}', '/v1/overlaps', '/v1/gaps', '/v1/match', '/v1/protections', '/akn/my/act/{year}/{number}', '/akn/my/act/{year}/{number}/{expression}', '/akn/my/act/{year}/{number}/{expression}/{portion}'].sort(),
    );
    expect(Object.keys(body.paths['/v1/match']).sort()).toEqual(['get', 'post']);
    const { factCodes } = await import('../../src/schema/facts.js');
    const facts = body.paths['/v1/match'].post.requestBody.content['application/json'].schema;
    expect(facts.properties.conduct.items.enum).toEqual(factCodes('conduct'));
    expect(facts.properties.place.items.enum).toEqual(factCodes('place'));
    const limit = body.paths['/v1/search'].get.parameters.find((p: { name: string }) => p.name === 'limit');
    expect(limit.schema.maximum).toBe(100);
    expect(body.paths['/v1/cite'].get.responses['404'].content['application/problem+json']).toBeDefined();
    expect(body.components.schemas.Block.properties.children.items.$ref).toBe('#/components/schemas/Block');
  });

  it('the docs page lists every operation with a form, and the problem types, without external assets', async () => {
    const res = await app.request('/docs');
    const page = await res.text();
    expect(res.headers.get('content-type')).toContain('text/html');
    for (const path of ['/v1/search', '/v1/cite', '/v1/provisions/{id}', '/v1/acts/{act}']) {
      expect(page).toContain(`data-path="${path}"`);
    }
    expect(page).toContain('id="problem-citation-not-found"');
    expect(page).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/);
  });
});
