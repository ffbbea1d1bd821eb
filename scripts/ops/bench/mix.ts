/**
 * The realistic query mix: every query of the public relevance set (words, fact descriptions and
 * citations, English and Malay), as a person sends it to the API (no language filter, 10 hits),
 * and as the same search straight to Meilisearch.
 */
import { HIGHLIGHT } from '../../../src/api/present.js';
import { engineQuery } from '../../../src/search/query.js';
import { FACETS, LIVE_INDEX } from '../../../src/search/settings.js';
import type { Judgement } from './relevance.js';
import type { MixRequest } from './wrk.js';

export const MIX_LIMIT = 10;

export const apiSearchPath = (q: string, extra: Record<string, string> = {}): string =>
  `/v1/search?${new URLSearchParams({ q, limit: String(MIX_LIMIT), ...extra })}`;

export const apiMix = (set: readonly Judgement[]): MixRequest[] =>
  set.map((j) => ({ method: 'GET', path: apiSearchPath(j.query) }));

/**
 * The Meilisearch request the API makes for `GET /v1/search?q=…&limit=10` (src/search/client.ts
 * via src/api/routes/search.ts): one multi-search with the hits query (number-quoted text,
 * matchingStrategy "frequency", one hit per provision, facets, highlights, crop) and an exact
 * count. What the API adds on top — validation, citation parsing and its extra lookups, shaping
 * JSON, the runtime — is what the API/direct ratio measures. bench.ts checks both return the same
 * provisions before measuring, so this mirror cannot drift from the client unnoticed.
 */
export function directSearchBody(q: string, index = LIVE_INDEX): { queries: Record<string, unknown>[] } {
  const text = engineQuery(q);
  const shared = { indexUid: index, q: text, matchingStrategy: 'frequency', distinct: 'id' };
  return {
    queries: [
      {
        ...shared,
        limit: MIX_LIMIT,
        offset: 0,
        facets: [...FACETS],
        attributesToHighlight: HIGHLIGHT.attributes,
        attributesToCrop: HIGHLIGHT.crop,
        cropLength: HIGHLIGHT.cropLength,
        highlightPreTag: HIGHLIGHT.pre,
        highlightPostTag: HIGHLIGHT.post,
      },
      { ...shared, page: 1, hitsPerPage: 0 },
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
