/** The app as the tests meet it: wired to the suite's Meilisearch with the search-only key. */
import { inject } from 'vitest';
import { createApp } from '../../src/app.js';

export const meili = () => inject('meili');

/**
 * The engine's answer deadline for the suite's app: generous, because on a loaded 2-core machine the
 * suite's Meilisearch can take seconds, and a 503 then would measure the machine, not the code.
 * The deadline itself is tested with apps of their own (test/api/errors.test.ts).
 */
export const SUITE_TIMEOUT_MS = '30000';

export const testApp = () => {
  const m = meili();
  return createApp({ MEILI_URL: m.url, MEILI_SEARCH_KEY: m.searchKey, MEILI_INDEX: m.index, MEILI_TIMEOUT_MS: SUITE_TIMEOUT_MS });
};

/** GET a path and parse the JSON body, keeping status and headers for assertions. */
export async function get<T = any>(app: ReturnType<typeof createApp>, path: string) {
  const res = await app.request(path);
  const text = await res.text();
  const body = (text ? JSON.parse(text) : undefined) as T;
  return { status: res.status, headers: res.headers, body };
}
