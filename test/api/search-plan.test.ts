import { Meilisearch } from 'meilisearch';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readThesaurus } from '../../scripts/pipeline/corpus/thesaurus.js';
import { HIGHLIGHT, HIT_FIELDS } from '../../src/api/present.js';
import {
  actsNotHeldIn,
  blendFacts,
  CATALOGUE_MAX,
  DEFINITION_AFTER,
  definitionsLater,
  factCandidates,
  factAttributes,
  factCandidatesOnEngine,
  INTERPRETATION_AFTER,
  interpretationLater,
  offenceCatalogue,
  planSearch,
  type PlannedHit,
} from '../../src/api/search-plan.js';
import type { Lang } from '../../src/schema/provision.js';
import { createApp } from '../../src/app.js';
import { BUILD_KEY, buildIndexName } from '../../src/search/build.js';
import { PER_BUILD_RETRY_MAX_MS, PER_BUILD_RETRY_MS, ProvisionSearch } from '../../src/search/client.js';
import { get, meili, SUITE_TIMEOUT_MS, testApp } from '../helpers/app.js';

const hit = (id: string, via: PlannedHit['via'], more: Partial<PlannedHit['doc']> = {}): PlannedHit => ({ doc: { id, ...more } as PlannedHit['doc'], via });

describe('blending matched offences into search hits', () => {
  it('puts a matched offence before the search hit of the same rank, and alternates while both last', () => {
    const out = blendFacts([hit('a', 'search'), hit('b', 'search'), hit('c', 'search')], [hit('x', 'facts'), hit('y', 'facts')]);
    expect(out.map((h) => h.doc.id)).toEqual(['x', 'a', 'y', 'b', 'c']);
  });
  it('puts first a provision both the words and the matcher rank, as a search hit', () => {
    const out = blendFacts([hit('a', 'search'), hit('b', 'search'), hit('c', 'search')], [hit('x', 'facts'), hit('c', 'facts')]);
    expect(out.map((h) => `${h.doc.id}:${h.via}`)).toEqual(['c:search', 'x:facts', 'a:search', 'b:search']);
  });
  it('lists the facts alone when the words found nothing', () => {
    expect(blendFacts([], [hit('x', 'facts'), hit('y', 'facts')]).map((h) => h.doc.id)).toEqual(['x', 'y']);
  });
});

describe('languages', () => {
  it('knows the Acts held in English only', () => {
    expect(actsNotHeldIn('ms')).toEqual(expect.arrayContaining(['penal-code']));
    expect(actsNotHeldIn('ms')).not.toContain('atipsom');
    expect(actsNotHeldIn('en')).toEqual([]);
  });
});

describe('interpretation sections', () => {
  it('come after the first hits of the page: each of their definitions is a hit of its own', () => {
    const s2 = hit('atipsom-s2', 'search', { kind: 'section', type: 'definition' });
    const others = ['a', 'b', 'c', 'd', 'e'].map((id) => hit(id, 'search', { kind: 'section', type: 'offence' }));
    const out = interpretationLater([s2, ...others]).map((h) => h.doc.id);
    expect(INTERPRETATION_AFTER).toBe(4);
    expect(out).toEqual(['a', 'b', 'c', 'd', 'atipsom-s2', 'e']);
  });
  it('leave a definition of its own, and a short page, in place', () => {
    const term = hit('atipsom-s2-exploitation', 'search', { kind: 'definition', type: 'definition' });
    expect(interpretationLater([term, hit('x', 'search')]).map((h) => h.doc.id)).toEqual(['atipsom-s2-exploitation', 'x']);
    const s2 = hit('atipsom-s2', 'search', { kind: 'section', type: 'definition' });
    expect(interpretationLater([s2, hit('x', 'search')]).map((h) => h.doc.id)).toEqual(['x', 'atipsom-s2']);
  });
});

describe('definitions in a description of facts', () => {
  const term = (id: string) => hit(id, 'search', { kind: 'definition', type: 'definition' });
  const section = (id: string) => hit(id, 'search', { kind: 'section', type: 'offence' });
  it('come after the first hits that are not definitions, in their own order', () => {
    const out = definitionsLater([term('d1'), section('a'), term('d2'), section('b'), section('c')]).map((h) => h.doc.id);
    expect(DEFINITION_AFTER).toBe(2);
    expect(out).toEqual(['a', 'b', 'd1', 'd2', 'c']);
  });
  it('leave a page of definitions, or one with too few other hits, as it is but for order', () => {
    expect(definitionsLater([term('d1'), term('d2')]).map((h) => h.doc.id)).toEqual(['d1', 'd2']);
    expect(definitionsLater([term('d1'), section('a')]).map((h) => h.doc.id)).toEqual(['a', 'd1']);
  });
  it('on the real engine: a description does not open with a definition, a defined term typed alone does', async () => {
    const app = testApp();
    const first = async (q: string) => {
      const { status, body } = await get(app, `/v1/search?q=${encodeURIComponent(q)}&lang=en&limit=10`);
      expect(status).toBe(200);
      return body.hits.slice(0, DEFINITION_AFTER).map((h: { id: string; kind: string }) => `${h.id}:${h.kind}`) as string[];
    };
    const described = await first('girl hired out to a karaoke lounge for sex');
    expect(described.length).toBe(DEFINITION_AFTER);
    for (const h of described) expect(h).not.toMatch(/:definition$/);
    expect((await first('place of assignation'))[0]).toMatch(/:definition$/);
  }, Number(SUITE_TIMEOUT_MS));
});

describe('on the real engine: engine queries per search', () => {
  const engine = () => new ProvisionSearch({ url: meili().url, searchKey: meili().searchKey, index: meili().index, timeoutMs: Number(SUITE_TIMEOUT_MS) });
  const thesaurus = readThesaurus();
  const request = (q: string) => ({ q, filter: {}, limit: 10, offset: 0, facets: [], exactTotal: false, highlight: HIGHLIGHT, attributes: HIT_FIELDS });
  const attributes = factAttributes(HIT_FIELDS);
  /** The catalogue once its read (started by this call if need be) has finished. */
  const kept = async (search: ProvisionSearch, max?: number, perSearch?: number) => {
    await (await offenceCatalogue(search, attributes, max, perSearch)).reading;
    return (await offenceCatalogue(search, attributes, max, perSearch)).value;
  };
  /** Every multi-search the plan sends (passed through to the engine): one entry per round trip. */
  const recorded = (search: ProvisionSearch) => {
    const trips: { matchingStrategy?: string; offences?: true }[][] = [];
    const send = search.multiSearch.bind(search);
    vi.spyOn(search, 'multiSearch').mockImplementation((queries) => {
      trips.push(queries.map((q) => ({
        ...(q.matchingStrategy ? { matchingStrategy: q.matchingStrategy } : {}),
        // A query for offence candidates (the matcher's input) filters on the offence type.
        ...(String(q.filter ?? '').includes('offence') ? { offences: true as const } : {}),
      })));
      return send(queries);
    });
    return trips;
  };

  it('sends one query in one round trip when the strict page is full', async () => {
    const search = engine();
    await kept(search);
    const trips = recorded(search);
    const answer = await planSearch(search, thesaurus, request('forced labour'));
    expect(answer.hits).toHaveLength(10);
    expect(answer.hits.every((h) => h.via === 'search')).toBe(true);
    expect(trips).toHaveLength(1);
    expect(trips[0]).toHaveLength(1);
  });

  it('asks for the looser query in a second round trip only when the strict page is short, and fills the page from it', async () => {
    const search = engine();
    await kept(search);
    const trips = recorded(search);
    const answer = await planSearch(search, thesaurus, request('agent provocateur'));
    const vias = answer.hits.map((h) => h.via);
    expect(vias).toContain('search');
    expect(vias).toContain('loose');
    expect(vias.slice(vias.indexOf('loose')).every((v) => v === 'loose')).toBe(true);
    expect(trips).toEqual([[{}], [{ matchingStrategy: 'last' }]]);
    // The total counts the strict matches only, as before.
    expect(answer.total).toBe(vias.filter((v) => v === 'search').length);
  });

  it('sends the looser query in the first round trip when the caller expects a short page, with the same answer', async () => {
    const search = engine();
    await kept(search);
    const twoTrips = await planSearch(search, thesaurus, request('agent provocateur'));
    const trips = recorded(search);
    const oneTrip = await planSearch(search, thesaurus, { ...request('agent provocateur'), shortExpected: true });
    expect(trips).toEqual([[{}, { matchingStrategy: 'last' }]]);
    expect(oneTrip).toEqual(twoTrips);
    // A full page reads nothing of it: the same answer as without the expectation.
    const full = await planSearch(search, thesaurus, { ...request('forced labour'), shortExpected: true });
    expect(full).toEqual(await planSearch(search, thesaurus, request('forced labour')));
    expect(full.hits.every((h) => h.via === 'search')).toBe(true);
  });

  it('ranks offences for facts in-process from the catalogue kept for the build: no engine query for them', async () => {
    const search = engine();
    const facts = 'employer kept the worker\'s passport and did not pay wages';
    await kept(search);
    const trips = recorded(search);
    const answer = await planSearch(search, thesaurus, request(facts));
    expect(answer.hits.filter((h) => h.via === 'facts').length).toBeGreaterThan(0);
    // The strict query alone first (a long query is matched from the front: `last`); a second trip,
    // if the page is short, is the looser query alone; no query asks the engine for offences.
    expect(trips[0]).toEqual([{ matchingStrategy: 'last' }]);
    expect(trips.slice(1).every((t) => t.length === 1)).toBe(true);
    expect(trips.flat().some((q) => q.offences)).toBe(false);
  });

  it('does not wait for the catalogue while it is read: the engine picks the candidates, with the same answer', async () => {
    const search = engine();
    const facts = 'employer kept the worker\'s passport and did not pay wages';
    const trips = recorded(search);
    const first = await planSearch(search, thesaurus, request(facts));
    // The search and the engine's candidates, side by side (the catalogue's read is under way).
    expect(trips.some((t) => t.length === 1 && t[0]!.offences)).toBe(true);
    await kept(search);
    const again = await planSearch(search, thesaurus, request(facts));
    expect(again).toEqual(first);
  });

  it('picks the same candidates in-process as the engine filter did, in the same order', async () => {
    const search = engine();
    const catalogue = await kept(search);
    const codes = [...new Set(catalogue!.flatMap((o) => o.elements.elements.flatMap((e) => e.options.map((opt) => opt.code))))].sort();
    expect(codes.length).toBeGreaterThan(10);
    const cases: { codes: string[]; shown: Lang; act?: string }[] = [
      ...codes.map((code) => ({ codes: [code], shown: 'en' as Lang })),
      { codes: ['recruit', 'deception', 'sexual-exploitation', 'child'], shown: 'en' },
      { codes: ['recruit', 'deception', 'sexual-exploitation', 'child'], shown: 'ms' },
      { codes: codes.slice(0, 12), shown: 'ms' },
      { codes, shown: 'en' },
      { codes: ['child', 'adult'], shown: 'en', act: 'atipsom' },
    ];
    for (const c of cases) {
      const byEngine = await factCandidatesOnEngine(search, attributes, c.codes, c.shown, c.act);
      const key = (d: { id: string; lang: string }) => `${d.id}_${d.lang}`;
      expect(byEngine.length).toBeGreaterThan(0);
      expect(factCandidates(catalogue!, c.codes, c.shown, c.act).map(key)).toEqual(byEngine.map(key));
      expect(factCandidates(catalogue!, c.codes, c.shown, c.act)).toEqual(byEngine);
    }
  });

  it('keeps no catalogue larger than its bound (the plan then asks the engine for candidates per search)', async () => {
    const search = engine();
    const all = await kept(search);
    expect(all!.length).toBeGreaterThan(100);
    expect(all!.length).toBeLessThanOrEqual(CATALOGUE_MAX);
    expect(await kept(search, 100)).toBeUndefined();
    expect(await kept(search, all!.length)).toHaveLength(all!.length);
  });

  it('reads a catalogue larger than one search returns in ranges of position, the same offences in the same order', async () => {
    const search = engine();
    const whole = await kept(search);
    const trips = recorded(search);
    // 548 offences 50 at a time: a dozen ranges, each starting again at the last position the one before may not have finished.
    expect(await kept(search, undefined, 50)).toEqual(whole);
    expect(trips.length).toBeGreaterThan(whole!.length / 50);
  });

  it('is read when the app starts if the runtime reads ahead (Node), and otherwise not before a facts query (Workers)', async () => {
    const m = meili();
    const env = { MEILI_URL: m.url, MEILI_SEARCH_KEY: m.searchKey, MEILI_INDEX: m.index, MEILI_TIMEOUT_MS: SUITE_TIMEOUT_MS };
    const read = vi.spyOn(ProvisionSearch.prototype, 'perBuild');
    // The catalogue's reads (the words' counts, src/api/short-page.ts, are read by every search route).
    const reads = () => read.mock.calls.map(([key]) => key).filter((key) => key.startsWith('offences:'));
    try {
      createApp(env, { thesaurus: readThesaurus(), readAhead: true });
      expect(reads()).toEqual([expect.stringMatching(/^offences:/)]);
      read.mockClear();
      const app = createApp(env, { thesaurus: readThesaurus() });
      expect(reads()).toEqual([]);
      // A topic search shares the engine with no catalogue read; a description of facts starts it.
      expect((await get(app, '/v1/search?q=forced%20labour')).status).toBe(200);
      expect(reads()).toEqual([]);
      expect((await get(app, `/v1/search?q=${encodeURIComponent('agent recruited villagers with false promises of jobs abroad')}`)).status).toBe(200);
      expect(reads()).toEqual([expect.stringMatching(/^offences:/)]);
    } finally {
      read.mockRestore();
    }
  });
});

describe('on the real engine: a citation-shaped query is resolved in the search\'s own round trip', () => {
  const app = testApp();
  /** Every engine call the app makes for one request (after a first, warming one). */
  const calls = async (path: string) => {
    await get(app, path);
    const multi = vi.spyOn(ProvisionSearch.prototype, 'multiSearch');
    const single = vi.spyOn(ProvisionSearch.prototype, 'search');
    try {
      const answer = await get(app, path);
      return { answer, trips: multi.mock.calls.map(([queries]) => queries), searches: single.mock.calls.length };
    } finally {
      multi.mockRestore();
      single.mockRestore();
    }
  };

  it('finds the cited provision with the search, highlighted, in one round trip', async () => {
    const { answer, trips, searches } = await calls(`/v1/search?q=${encodeURIComponent('ATIPSOM s 14')}&limit=10`);
    expect(answer.body.hits[0]).toMatchObject({ id: 'atipsom-s14', lang: 'en', via: 'citation' });
    expect(answer.body.hits[0].highlight.text.length).toBeGreaterThan(0);
    expect(answer.body.citation).toMatchObject({ act: 'atipsom', section: '14' });
    expect(searches).toBe(0);
    // The strict query, its loose form (a citation's words rarely fill a page) and the
    // citation's two, together: no second trip.
    expect(trips).toHaveLength(1);
    expect(trips[0]!.length).toBe(4);
    expect(trips[0]![1]).toMatchObject({ matchingStrategy: 'last' });
    expect(trips[0]!.filter((q) => String(q.filter).includes('number = "14"'))).toHaveLength(2);
  });

  it('shows the language asked for and respects the filters, still in one round trip', async () => {
    const ms = await calls(`/v1/search?q=${encodeURIComponent('Akta 670 seksyen 14')}&lang=ms`);
    expect(ms.answer.body.hits[0]).toMatchObject({ id: 'atipsom-s14', lang: 'ms', via: 'citation' });
    expect(ms.searches).toBe(0);
    const outside = await calls(`/v1/search?q=${encodeURIComponent('ATIPSOM s 14')}&act=soca`);
    expect(outside.answer.body.citation).toBeNull();
    expect(outside.answer.body.hits.every((h: { act: string }) => h.act === 'soca')).toBe(true);
  });

  it('asks nothing more for a section the Act does not have (the citation route suggests; search does not)', async () => {
    const { answer, searches } = await calls(`/v1/search?q=${encodeURIComponent('ATIPSOM s 999')}`);
    expect(answer.status).toBe(200);
    expect(answer.body.citation).toBeNull();
    expect(answer.body.hits.every((h: { via: string }) => h.via !== 'citation')).toBe(true);
    expect(searches).toBe(0);
  });

  it('resolves a cited defined term first (its section, then its definitions), beside the search', async () => {
    const { answer } = await calls(`/v1/search?q=${encodeURIComponent('s 2 ATIPSOM "exploitation"')}`);
    expect(answer.body.hits[0]).toMatchObject({ id: 'atipsom-s2-exploitation', via: 'citation' });
  });
});

describe('a value kept per index build (ProvisionSearch.perBuild)', () => {
  const name = `perbuild-${Math.random().toString(36).slice(2, 8)}`;
  const admin = () => new Meilisearch({ host: meili().url, apiKey: meili().adminKey });
  const record = async (build: string) => {
    await admin().index(buildIndexName(name)).addDocuments([{ key: BUILD_KEY, build, digests: {}, built_at: new Date().toISOString() }], { primaryKey: 'key' }).waitTask({ timeout: Number(SUITE_TIMEOUT_MS) });
  };
  afterAll(async () => {
    await admin().deleteIndex(buildIndexName(name)).waitTask({ timeout: Number(SUITE_TIMEOUT_MS) });
  });

  /** The value once the read (started by this call if need be) has finished. */
  const settled = async <T>(search: ProvisionSearch, key: string, read: () => Promise<T>) => {
    const now = await search.perBuild(key, read);
    await now.reading;
    return (await search.perBuild(key, read)).value;
  };

  it('is read once while the build id stays, again when a new build is recorded, and not at all without one', async () => {
    const search = new ProvisionSearch({ url: meili().url, searchKey: meili().searchKey, index: name, buildTtlMs: 0, timeoutMs: Number(SUITE_TIMEOUT_MS) });
    let reads = 0;
    const read = async () => ++reads;
    // No build record yet: nothing would say when the value goes stale.
    expect(await search.perBuild('k', read)).toEqual({ value: undefined, reading: undefined });
    expect(reads).toBe(0);
    await record('build-1');
    // Nobody waits for the read: the first caller gets nothing, and the read under way.
    const first = await search.perBuild('k', read);
    expect(first.value).toBeUndefined();
    expect(first.reading).toBeInstanceOf(Promise);
    expect(await settled(search, 'k', read)).toBe(1);
    expect(await settled(search, 'k', read)).toBe(1);
    expect(await settled(search, 'other', read)).toBe(2);
    await record('build-2');
    expect(await settled(search, 'k', read)).toBe(3);
    expect(await settled(search, 'k', read)).toBe(3);
  });

  it('tries a failed read again after a back-off that doubles, not on every call', async () => {
    await record('build-3');
    const search = new ProvisionSearch({ url: meili().url, searchKey: meili().searchKey, index: name, buildTtlMs: 0, timeoutMs: Number(SUITE_TIMEOUT_MS) });
    let reads = 0;
    let fail = true;
    const read = async () => {
      reads++;
      if (fail) throw new Error('engine gone');
      return reads;
    };
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const start = Date.now();
      expect(await settled(search, 'k', read)).toBeUndefined();
      expect(reads).toBe(1);
      expect(await settled(search, 'k', read)).toBeUndefined();
      expect(reads).toBe(1);
      vi.setSystemTime(start + PER_BUILD_RETRY_MS);
      expect(await settled(search, 'k', read)).toBeUndefined();
      expect(reads).toBe(2);
      // Twice the wait after a second failure.
      vi.setSystemTime(start + 2 * PER_BUILD_RETRY_MS);
      expect(await settled(search, 'k', read)).toBeUndefined();
      expect(reads).toBe(2);
      fail = false;
      vi.setSystemTime(start + 3 * PER_BUILD_RETRY_MS);
      expect(await settled(search, 'k', read)).toBe(3);
      expect(await settled(search, 'k', read)).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('starts a read again when the one under way has not settled for long (a runtime cancelled it)', async () => {
    await record('build-4');
    const search = new ProvisionSearch({ url: meili().url, searchKey: meili().searchKey, index: name, buildTtlMs: 0, timeoutMs: Number(SUITE_TIMEOUT_MS) });
    let reads = 0;
    const hung = () => {
      reads++;
      return new Promise<number>(() => {});
    };
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const start = Date.now();
      expect((await search.perBuild('k', hung)).value).toBeUndefined();
      expect((await search.perBuild('k', hung)).value).toBeUndefined();
      expect(reads).toBe(1);
      vi.setSystemTime(start + PER_BUILD_RETRY_MAX_MS);
      expect(await settled(search, 'k', async () => ++reads)).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
