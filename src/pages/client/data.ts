/** The API calls the pages make, typed by the API's own response schemas. */
import { z } from 'zod';
import { ActAnswer, ActsAnswer, AknLinks, CiteAnswer, LanguageVersion, PointInTime, Provision, SearchAnswer } from '../../api/schemas.js';
import type { Answer, PageApi } from './api.js';

// Read provisions loosely: fields added by later build steps (history, analysis) pass through.
export const ProvisionPageAnswer = z.object({ provision: Provision.loose(), languages: z.array(LanguageVersion), akn: AknLinks, at: PointInTime.optional() });
export type ProvisionPageAnswer = z.infer<typeof ProvisionPageAnswer>;
export type ProvisionData = ProvisionPageAnswer['provision'];
export type SearchData = z.infer<typeof SearchAnswer>;
export type SearchHitData = SearchData['hits'][number];
export type CiteData = z.infer<typeof CiteAnswer>;
export type ActsData = z.infer<typeof ActsAnswer>;
export type ActData = z.infer<typeof ActAnswer>;

export interface SearchFilters {
  act?: string | undefined;
  lang?: string | undefined;
  type?: string | undefined;
  topic?: string | undefined;
}

/** `at` (YYYY-MM-DD): the version in force on that day. */
export const getProvision = (api: PageApi, id: string, lang?: string, at?: string) =>
  api.get(`/v1/provisions/${encodeURIComponent(id)}`, ProvisionPageAnswer, { lang, at });

/**
 * A provision in the language asked for; without one, English unless its English text is not
 * held, then a language whose text is (lists and comparisons quote words, not statements).
 */
export async function getHeldProvision(api: PageApi, id: string, lang?: string): Promise<Answer<ProvisionPageAnswer>> {
  const first = await getProvision(api, id, lang);
  if (lang || !first.ok || first.body.provision.status !== 'text-unavailable') return first;
  const held = first.body.languages.find((l) => l.status !== 'text-unavailable');
  return held ? getProvision(api, id, held.lang) : first;
}

export const cite = (api: PageApi, q: string, lang?: string) => api.get('/v1/cite', CiteAnswer, { q, lang });

/** `shows`: the facets the page lists and whether it states the exact total (each costs the engine work). */
export const searchPage = (
  api: PageApi,
  q: string,
  filters: SearchFilters,
  limit: number,
  offset: number,
  shows: { facets?: string; total?: 'exact' } = {},
) => api.get('/v1/search', SearchAnswer, { q, ...filters, limit, offset, ...shows });

export const acts = (api: PageApi) => api.get('/v1/acts', ActsAnswer);

/** An Act's table of contents in one language. */
export const actContents = (api: PageApi, act: string, lang?: string) => api.get(`/v1/acts/${encodeURIComponent(act)}`, ActAnswer, { lang });

const PAGE = 100;
const MOST = 1_000;

/** Every hit of a listing query (no words), in pages of 100, up to 1,000. */
export async function listAll(api: PageApi, filters: SearchFilters): Promise<Answer<SearchHitData[]>> {
  const hits: SearchHitData[] = [];
  for (let offset = 0; offset < MOST; offset += PAGE) {
    const answer = await searchPage(api, '', filters, PAGE, offset);
    if (!answer.ok) return answer;
    hits.push(...answer.body.hits);
    // A short page is the last (the total is an estimate unless asked for, and not needed here).
    if (answer.body.hits.length < PAGE) break;
  }
  return { ok: true, body: hits };
}

const BATCH = 20;

/**
 * Full provisions for listed hits, 20 at a time; ones gone since the listing are skipped. A ref
 * without a language gets the held text (see getHeldProvision).
 */
export async function getProvisions(api: PageApi, refs: readonly { id: string; lang?: string | undefined }[]): Promise<ProvisionData[]> {
  const out: ProvisionData[] = [];
  for (let i = 0; i < refs.length; i += BATCH) {
    const answers = await Promise.all(refs.slice(i, i + BATCH).map((r) => getHeldProvision(api, r.id, r.lang)));
    out.push(...answers.flatMap((a) => (a.ok ? [a.body.provision] : [])));
  }
  return out;
}

