/** The app as the tests meet it: wired to the suite's Meilisearch with the search-only key. */
import { inject } from 'vitest';
import { readThesaurus } from '../../scripts/pipeline/corpus/thesaurus.js';
import { createApp } from '../../src/app.js';

export const meili = () => inject('meili');

export const testApp = () => {
  const m = meili();
  return createApp({ MEILI_URL: m.url, MEILI_SEARCH_KEY: m.searchKey, MEILI_INDEX: m.index }, { thesaurus: readThesaurus() });
};

/** GET a path and parse the JSON body, keeping status and headers for assertions. */
export async function get<T = any>(app: ReturnType<typeof createApp>, path: string) {
  const res = await app.request(path);
  const text = await res.text();
  const body = (text ? JSON.parse(text) : undefined) as T;
  return { status: res.status, headers: res.headers, body };
}
