/**
 * The realistic query mix: every query of the public relevance set (words, fact descriptions and
 * citations, English and Malay), as a person sends it to the API (no language filter, 10 hits),
 * and as the same search straight to Meilisearch.
 */
import { HIGHLIGHT } from '../../src/api/present.js';
import { FACETS, LIVE_INDEX } from '../../src/search/settings.js';
import type { Judgement } from './relevance.js';
import type { MixRequest } from './wrk.js';

export const MIX_LIMIT = 10;

export const apiSearchPath = (q: string, extra: Record<string, string> = {}): string =>
  `/v1/search?${new URLSearchParams({ q, limit: String(MIX_LIMIT), ...extra })}`;

export const apiMix = (set: readonly Judgement[]): MixRequest[] =>
  set.map((j) => ({ method: 'GET', path: apiSearchPath(j.query) }));

/**
 * The body the API's main search sends for `GET /v1/search?q=…&limit=10` (src/api/routes/search.ts
 * with src/search/client.ts: one hit per provision, facets, highlights and crop). What the API adds
 * on top — validation, citation parsing and its extra lookups, shaping JSON — is what the
 * API/direct ratio measures. bench.ts checks that both return the same ids before measuring.
 */
export function directSearchBody(q: string): Record<string, unknown> {
  return {
    q,
    limit: MIX_LIMIT,
    offset: 0,
    distinct: 'id',
    facets: [...FACETS],
    attributesToHighlight: HIGHLIGHT.attributes,
    attributesToCrop: HIGHLIGHT.crop,
    cropLength: HIGHLIGHT.cropLength,
    highlightPreTag: HIGHLIGHT.pre,
    highlightPostTag: HIGHLIGHT.post,
  };
}

export const directSearchPath = (index = LIVE_INDEX): string => `/indexes/${index}/search`;

export const directMix = (set: readonly Judgement[], index = LIVE_INDEX): MixRequest[] =>
  set.map((j) => ({ method: 'POST', path: directSearchPath(index), body: JSON.stringify(directSearchBody(j.query)) }));

export const directHeaders = (searchKey: string): Record<string, string> => ({
  Authorization: `Bearer ${searchKey}`,
  'Content-Type': 'application/json',
});
