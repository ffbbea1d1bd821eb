/**
 * The realistic query mix: every query of the public relevance set (words, fact descriptions and
 * citations, English and Malay), as a person sends it to the API (no language filter, 10 hits),
 * and as the same search straight to Meilisearch.
 */
import { HIGHLIGHT, HIT_FIELDS } from '../../../src/api/present.js';
import { highlightParams } from '../../../src/search/client.js';
import { engineQuery } from '../../../src/search/query.js';
import { LIVE_INDEX } from '../../../src/search/settings.js';
import type { Judgement } from './relevance.js';
import type { MixRequest } from './wrk.js';

export const MIX_LIMIT = 10;

export const apiSearchPath = (q: string, extra: Record<string, string> = {}): string =>
  `/v1/search?${new URLSearchParams({ q, limit: String(MIX_LIMIT), ...extra })}`;

export const apiMix = (set: readonly Judgement[]): MixRequest[] =>
  set.map((j) => ({ method: 'GET', path: apiSearchPath(j.query) }));

/**
 * The Meilisearch request the API makes for `GET /v1/search?q=…&limit=10` (src/search/client.ts
 * via src/api/routes/search.ts): one multi-search query with the number-quoted text,
 * matchingStrategy "frequency", one hit per provision, the fields a hit shows, highlights and
 * crop; no facets and no exact count, as none were asked for. What the API adds on top —
 * validation, citation parsing and its extra lookups, shaping JSON, the runtime — is what the
 * API/direct ratio measures. bench.ts checks both return the same provisions before measuring,
 * so this mirror cannot drift from the client unnoticed.
 */
export function directSearchBody(q: string, index = LIVE_INDEX): { queries: Record<string, unknown>[] } {
  return {
    queries: [
      {
        indexUid: index,
        q: engineQuery(q),
        matchingStrategy: 'frequency',
        distinct: 'id',
        limit: MIX_LIMIT,
        offset: 0,
        attributesToRetrieve: HIT_FIELDS,
        ...highlightParams(HIGHLIGHT),
      },
    ],
  };
}

export const DIRECT_SEARCH_PATH = '/multi-search';

export const directMix = (set: readonly Judgement[], index = LIVE_INDEX): MixRequest[] =>
  set.map((j) => ({ method: 'POST', path: DIRECT_SEARCH_PATH, body: JSON.stringify(directSearchBody(j.query, index)) }));

export const directHeaders = (searchKey: string): Record<string, string> => ({
  Authorization: `Bearer ${searchKey}`,
  'Content-Type': 'application/json',
});

/** The same search over sharded instances: one remote federated search through any of them. */
export function federatedSearchBody(q: string, remotes: readonly string[], index = LIVE_INDEX, strategy = 'frequency'): Record<string, unknown> {
  const { limit, offset, ...query } = directSearchBody(q, index).queries[0]!;
  return {
    federation: { limit, offset },
    queries: remotes.map((remote) => ({ ...query, matchingStrategy: strategy, federationOptions: { remote, weight: 1 } })),
  };
}

export const federatedMix = (set: readonly Judgement[], remotes: readonly string[]): MixRequest[] =>
  set.map((j) => ({ method: 'POST', path: DIRECT_SEARCH_PATH, body: JSON.stringify(federatedSearchBody(j.query, remotes)) }));
