/**
 * The realistic query mix: every query of the public relevance set (words, fact descriptions and
 * citations, English and Malay), as a person sends it to the API (no language filter, 10 hits),
 * and as the same search straight to Meilisearch.
 */
import { firstSearchQueries } from '../../../src/api/routes/search.js';
import { readVocabulary, type Vocabulary } from '../../../src/api/short-page.js';
import { multiSearchBody, ProvisionSearch } from '../../../src/search/client.js';
import { LIVE_INDEX } from '../../../src/search/settings.js';
import type { Thesaurus } from '../../../src/search/thesaurus.js';
import { readThesaurus } from '../../pipeline/corpus/thesaurus.js';
import type { Judgement } from './relevance.js';
import type { MixRequest } from './wrk.js';

export const MIX_LIMIT = 10;

/** The query parameters of a mix request. */
const mixParams = (q: string, extra: Record<string, string> = {}): Record<string, string> => ({ q, limit: String(MIX_LIMIT), ...extra });

export const apiSearchPath = (q: string, extra: Record<string, string> = {}): string => `/v1/search?${new URLSearchParams(mixParams(q, extra))}`;

export const apiMix = (set: readonly Judgement[]): MixRequest[] =>
  set.map((j) => ({ method: 'GET', path: apiSearchPath(j.query) }));

let thesaurus: Thesaurus | undefined;

/**
 * The API's first engine request for `GET /v1/search?q=…&limit=10`, built by the route's own
 * function (src/api/routes/search.ts firstSearchQueries → src/api/search-plan.ts plan, with the
 * client's multiSearchBody), so it cannot drift from what the API sends: the understood query
 * (ages and a named Act out, spelling put right; a long description thesaurus words first with
 * `last` matching, else the typed words with `frequency`), an Act named in the query as a filter,
 * one hit per provision, the fields a hit shows, highlights, crop and ranking score, no facets and
 * no exact count (the mix asks for none); for a citation-shaped query, or one whose page the
 * words' counts show to be short (`vocabulary`, mixVocabulary), its loose form rides along, and a
 * citation's two lookup queries, as in the API's. Not sent directly: the API's second round trip
 * for a short page the counts did not show (loose hits), and the facts matcher's work
 * (in-process over the kept offence catalogue). test/ops/bench/mix.test.ts checks this body equals the one the API sends.
 */
export function directSearchBody(q: string, index = LIVE_INDEX, matchingStrategy: 'frequency' | 'all' = 'frequency', vocabulary?: Vocabulary): { queries: Record<string, unknown>[] } {
  thesaurus ??= readThesaurus();
  return multiSearchBody(firstSearchQueries(thesaurus, mixParams(q), vocabulary), index, matchingStrategy);
}

/**
 * The words' counts the API keeps for the index (src/api/short-page.ts), read the same way: with
 * them, a page they show to be short has its loose query in the direct request too, as in the
 * API's first round trip. Undefined for an index without a words index (the API keeps none either).
 */
export const mixVocabulary = (meili: { url: string; searchKey: string }, index = LIVE_INDEX): Promise<Vocabulary | undefined> =>
  readVocabulary(new ProvisionSearch({ url: meili.url, searchKey: meili.searchKey, index }));

export const DIRECT_SEARCH_PATH = '/multi-search';

export const directMix = (set: readonly Judgement[], index = LIVE_INDEX, vocabulary?: Vocabulary): MixRequest[] =>
  set.map((j) => ({ method: 'POST', path: DIRECT_SEARCH_PATH, body: JSON.stringify(directSearchBody(j.query, index, 'frequency', vocabulary)) }));

export const directHeaders = (searchKey: string): Record<string, string> => ({
  Authorization: `Bearer ${searchKey}`,
  'Content-Type': 'application/json',
});

/**
 * The same search's main query over sharded instances: one remote federated search through any of
 * them (a citation's lookup queries, separate federations in the API, are left out).
 */
export function federatedSearchBody(q: string, remotes: readonly string[], index = LIVE_INDEX, strategy: 'frequency' | 'all' = 'frequency'): Record<string, unknown> {
  const { limit, offset, ...query } = directSearchBody(q, index, strategy).queries[0]!;
  return {
    federation: { limit, offset },
    queries: remotes.map((remote) => ({ ...query, federationOptions: { remote, weight: 1 } })),
  };
}

export const federatedMix = (set: readonly Judgement[], remotes: readonly string[]): MixRequest[] =>
  set.map((j) => ({ method: 'POST', path: DIRECT_SEARCH_PATH, body: JSON.stringify(federatedSearchBody(j.query, remotes)) }));
