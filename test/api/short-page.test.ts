/**
 * A short strict page known before the first round trip (src/api/short-page.ts): the counts, the
 * engine's rules they model, and on the real engine that a page they call short is short, and
 * that the plan then asks the loose query in one round trip with the same answer.
 */
import { describe, expect, it, vi } from 'vitest';
import { readThesaurus } from '../../scripts/pipeline/corpus/thesaurus.js';
import { loadRelevanceSet } from '../../scripts/ops/bench/relevance.js';
import { HIGHLIGHT, HIT_FIELDS } from '../../src/api/present.js';
import { factAttributes, firstRoundTrip, offenceCatalogue, planSearch, type PlanRequest } from '../../src/api/search-plan.js';
import { keepVocabulary, keptVocabulary, readVocabulary, shortPage, vocabularyFrom, type Vocabulary } from '../../src/api/short-page.js';
import { MAX_LIMIT } from '../../src/api/params.js';
import { INDEX_SETTINGS } from '../../src/search/settings.js';
import { tokens, WORD_LIST_MAX, wordDocs } from '../../src/search/words.js';
import { ProvisionSearch, type Doc } from '../../src/search/client.js';
import type { Thesaurus } from '../../src/search/thesaurus.js';
import { createApp } from '../../src/app.js';
import { get, meili, SUITE_TIMEOUT_MS } from '../helpers/app.js';

const doc = (id: string, lang: string, text: string, more: Partial<Doc> = {}) => ({ id, lang, text, ...more }) as unknown as Doc;
const noThesaurus: Thesaurus = { groups: [], plain: [], pairs: [], facts: [], actors: [], function_words: [] };
/** The counts as the indexer writes them (src/search/words.ts) and the API reads them back. */
const vocabularyOf = (docs: readonly Doc[]): Vocabulary => vocabularyFrom(wordDocs(docs));

describe('the words\' counts', () => {
  it('cut words as the engine does: lower case, no accents, at punctuation and hyphens', () => {
    expect(tokens('Kanak-kanak “dieksploitasi”, Café s.14A')).toEqual(['kanak', 'kanak', 'dieksploitasi', 'cafe', 's', '14a']);
  });

  it('count a provision once over its languages, and each language\'s document apart', () => {
    const v = vocabularyOf([
      doc('a-s1', 'en', 'child labour', { heading: 'Child' } as Partial<Doc>),
      doc('a-s1', 'ms', 'buruh child'),
      doc('a-s2', 'en', 'labour'),
    ]);
    expect([...v.provisions.get('child')!]).toHaveLength(1);
    expect(v.documents.get('child')).toBe(2);
    expect([...v.provisions.get('labour')!]).toHaveLength(2);
    // Only the searched attributes: the language code is no word of any provision.
    expect(v.provisions.has('en')).toBe(false);
  });

  /** `n` provisions holding `word` (and "filler" in all of them). */
  const corpus = (words: Record<string, number>): Vocabulary =>
    vocabularyOf(Object.entries(words).flatMap(([w, n]) => Array.from({ length: n }, (_, i) => doc(`${w}-${i}`, 'en', `filler ${w}`))));

  it('call a page short when the rarest word as typed is in fewer provisions than the page holds, with its typos', () => {
    const v = corpus({ filler: 20, rare: 3, common: 30 });
    expect(shortPage(v, noThesaurus, 'common rare', false, 10)).toBe(true);
    expect(shortPage(v, noThesaurus, 'common filler', false, 10)).toBe(false);
    expect(shortPage(v, noThesaurus, 'common rare', false, 3)).toBe(false);
    // One typo from 5 letters: "groom" also finds "grooms"'s provisions, not "broom"'s (a first letter costs two).
    const typos = corpus({ filler: 20, common: 30, groom: 8, grooms: 4, broom: 40 });
    expect(shortPage(typos, noThesaurus, 'common groom', false, 10)).toBe(false);
    expect(shortPage(typos, noThesaurus, 'common groom', false, 13)).toBe(true);
  });

  it('keep which provisions hold a word only below WORD_LIST_MAX, more than any page: a word in more, its typo or its join never makes a page short', () => {
    expect(WORD_LIST_MAX).toBeGreaterThanOrEqual(MAX_LIMIT);
    const v = corpus({ filler: 20, groom: 3, grooms: WORD_LIST_MAX, common: WORD_LIST_MAX + 5 });
    expect(v.provisions.has('common')).toBe(false);
    expect(v.documents.get('common')).toBe(WORD_LIST_MAX + 5);
    expect(v.provisions.get('groom')).toHaveLength(3);
    // "groom" alone: short; its one-typo neighbour "grooms" is in WORD_LIST_MAX provisions.
    expect(shortPage(corpus({ filler: 20, groom: 3, common: 30 }), noThesaurus, 'common groom', false, MAX_LIMIT)).toBe(true);
    expect(shortPage(v, noThesaurus, 'common groom', false, 10)).toBe(false);
    // Joined with its neighbour ("filler" + "groom") into a word held too often.
    const joins = corpus({ filler: 20, groom: 3, fillergroom: WORD_LIST_MAX, common: 30 });
    expect(shortPage(joins, noThesaurus, 'filler groom', false, 10)).toBe(false);
  });

  it('bound a synonym by the words it holds that are listed: one held too often bounds nothing, all of them make it too many', () => {
    const v = corpus({ filler: 20, rare: 3, some: 4, common: WORD_LIST_MAX + 5, other: WORD_LIST_MAX + 5 });
    const synonyms = (term: string): Thesaurus => ({ ...noThesaurus, groups: [['rare', term]] });
    // "some common": at most the 4 provisions of "some"; "common other": unknown, not short.
    expect(shortPage(v, synonyms('some common'), 'filler rare', false, 10)).toBe(true);
    expect(shortPage(v, synonyms('some common'), 'filler rare', false, 7)).toBe(false);
    expect(shortPage(v, synonyms('common other'), 'filler rare', false, 10)).toBe(false);
  });

  it('with `last` matching look at the first word only; count a word\'s synonyms where all their words are', () => {
    const v = corpus({ filler: 20, rare: 3, common: 30, other: 30 });
    expect(shortPage(v, noThesaurus, 'rare common', true, 10)).toBe(true);
    expect(shortPage(v, noThesaurus, 'common rare', true, 10)).toBe(false);
    const synonyms: Thesaurus = { ...noThesaurus, groups: [['rare', 'other']] };
    expect(shortPage(v, synonyms, 'common rare', false, 10)).toBe(false);
  });
});

describe('on the real engine', () => {
  const engine = () => new ProvisionSearch({ url: meili().url, searchKey: meili().searchKey, index: meili().index, timeoutMs: Number(SUITE_TIMEOUT_MS) });
  const thesaurus = readThesaurus();
  const request = (q: string, more: Partial<PlanRequest> = {}): PlanRequest => ({ q, filter: {}, limit: 10, offset: 0, facets: [], exactTotal: false, highlight: HIGHLIGHT, attributes: HIT_FIELDS, ...more });

  it('a page the counts call short is short, for every query of the relevance set, with and without an Act or language filter', async () => {
    const search = engine();
    const v = (await readVocabulary(search))!;
    expect(v.provisions.size).toBeGreaterThan(1_000);
    const set = await loadRelevanceSet();
    let called = 0;
    for (const filter of [{}, { act: 'atipsom' }, { lang: 'ms' }]) {
      for (const j of set) {
        const req = request(j.query, { filter, vocabulary: v });
        const { vocabulary: _, ...without } = req;
        const guessed = firstRoundTrip(thesaurus, req);
        if (guessed.length === firstRoundTrip(thesaurus, without).length) continue;
        called++;
        // The page's queries (with `lang`, the strict one and the fallback merged into it): all but the loose one, last.
        const answers = await search.multiSearch(guessed.slice(0, -1));
        expect(answers.reduce((n, a) => n + a.hits.length, 0), j.query).toBeLessThan(10);
      }
    }
    expect(called).toBeGreaterThan(0);
  });

  it('then sends the loose query in the first round trip, with the same answer as two round trips', async () => {
    const search = engine();
    const vocabulary = (await readVocabulary(search))!;
    const twoTrips = await planSearch(search, thesaurus, request('agent provocateur'));
    const trips: { matchingStrategy?: string }[][] = [];
    const send = search.multiSearch.bind(search);
    vi.spyOn(search, 'multiSearch').mockImplementation((queries) => {
      trips.push(queries.map((q) => (q.matchingStrategy ? { matchingStrategy: q.matchingStrategy } : {})));
      return send(queries);
    });
    const oneTrip = await planSearch(search, thesaurus, request('agent provocateur', { vocabulary }));
    expect(trips).toEqual([[{}, { matchingStrategy: 'last' }]]);
    expect(oneTrip.hits.some((h) => h.via === 'loose')).toBe(true);
    expect(oneTrip).toEqual(twoTrips);
    // A full page: one query, as without the counts.
    trips.length = 0;
    await planSearch(search, thesaurus, request('forced labour', { vocabulary }));
    expect(trips).toEqual([[{}]]);
  });

  it('the words index counts what the engine holds: for every word the same documents and provisions as the documents served', async () => {
    const search = engine();
    const v = (await readVocabulary(search))!;
    const searched = (INDEX_SETTINGS.searchableAttributes ?? []) as string[];
    const [all] = await search.multiSearch([{ q: '', page: 1, hitsPerPage: 5_000, attributesToRetrieve: ['id', ...searched] }]);
    expect(all!.hits.length).toBe(all!.totalHits);
    const served = vocabularyOf(all!.hits);
    expect(v.documents).toEqual(served.documents);
    // Numbered in another order: the lists compared by their sizes.
    const sizes = (x: Vocabulary) => new Map([...x.provisions].map(([w, p]) => [w, p.length]));
    expect(sizes(v)).toEqual(sizes(served));
  });

  it('are read once per build and kept, after a search has its answer (nobody waits); an index without a words index keeps none', async () => {
    const search = engine();
    const reads = vi.spyOn(search, 'words');
    keepVocabulary(search);
    expect(keptVocabulary(search)).toBeUndefined();
    await vi.waitFor(() => expect(keptVocabulary(search)).toBeDefined(), { timeout: 60_000, interval: 50 });
    keepVocabulary(search);
    await new Promise((r) => setTimeout(r, 50));
    expect(reads).toHaveBeenCalledTimes(1);
    const without = new ProvisionSearch({ url: meili().url, searchKey: meili().searchKey, index: 'no-such-index', timeoutMs: Number(SUITE_TIMEOUT_MS) });
    expect(await without.words()).toBeUndefined();
    expect(await readVocabulary(without)).toBeUndefined();
  });

  it('on Workers the whole of keeping them is handed to waitUntil: once it has settled they are kept (nothing left to be cancelled with the request)', async () => {
    const m = meili();
    const env = { MEILI_URL: m.url, MEILI_SEARCH_KEY: m.searchKey, MEILI_INDEX: m.index, MEILI_TIMEOUT_MS: SUITE_TIMEOUT_MS };
    const words = vi.spyOn(ProvisionSearch.prototype, 'words');
    try {
      const workers = createApp(env, { thesaurus });
      const waited: Promise<unknown>[] = [];
      const ctx = { waitUntil: (p: Promise<unknown>) => void waited.push(p), passThroughOnException: () => undefined, props: {} };
      const res = await workers.request(`/v1/search?q=${encodeURIComponent('forced labour')}`, {}, {}, ctx);
      expect(res.status).toBe(200);
      expect(waited.length).toBeGreaterThan(0);
      await Promise.all(waited);
      expect(words).toHaveBeenCalledTimes(1);
      expect(keptVocabulary(words.mock.contexts[0] as ProvisionSearch)).toBeDefined();
    } finally {
      words.mockRestore();
    }
  });

  it('in the app: a runtime that reads ahead (Node) keeps them from start-up; one that does not (Workers) reads them after its first answer; both then answer a short page in one round trip', async () => {
    const m = meili();
    const env = { MEILI_URL: m.url, MEILI_SEARCH_KEY: m.searchKey, MEILI_INDEX: m.index, MEILI_TIMEOUT_MS: SUITE_TIMEOUT_MS };
    const path = `/v1/search?q=${encodeURIComponent('agent provocateur')}&limit=10`;
    const multi = vi.spyOn(ProvisionSearch.prototype, 'multiSearch');
    const words = vi.spyOn(ProvisionSearch.prototype, 'words');
    const kept = async (search: ProvisionSearch) => vi.waitFor(() => expect(keptVocabulary(search)).toBeDefined(), { timeout: 60_000, interval: 50 });
    try {
      const workers = createApp(env, { thesaurus });
      expect(words).not.toHaveBeenCalled();
      const twoTrips = await get(workers, path);
      expect(multi.mock.calls).toHaveLength(2);
      // Read after that answer, in the background.
      await vi.waitFor(() => expect(words).toHaveBeenCalledTimes(1), { timeout: 60_000, interval: 50 });
      await kept(words.mock.contexts[0] as ProvisionSearch);
      multi.mockClear();
      const afterRead = await get(workers, path);
      expect(afterRead.body).toEqual(twoTrips.body);
      expect(multi.mock.calls).toHaveLength(1);

      multi.mockClear();
      words.mockClear();
      const node = createApp(env, { thesaurus, readAhead: true });
      await vi.waitFor(() => expect(words).toHaveBeenCalledTimes(1), { timeout: 60_000, interval: 50 });
      const search = words.mock.contexts[0] as ProvisionSearch;
      await kept(search);
      // The offence catalogue, read ahead too, is no request's own work.
      await (await offenceCatalogue(search, factAttributes(HIT_FIELDS))).reading;
      multi.mockClear();
      const oneTrip = await get(node, path);
      expect(oneTrip.body).toEqual(twoTrips.body);
      expect(multi.mock.calls).toHaveLength(1);
    } finally {
      multi.mockRestore();
      words.mockRestore();
    }
  });
});
