/**
 * Reindex while serving: the full reindex (scripts/pipeline/index/index-corpus.ts, corpus read from disk)
 * runs while queries flow through the API without pause. Every answer during the rebuild is a
 * 200 with the same hits as before it: no errors, no empty answers, no half index.
 */
import { Meilisearch } from 'meilisearch';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDocuments } from '../../scripts/pipeline/documents/build.js';
import { indexCorpus } from '../../scripts/pipeline/index/index-corpus.js';
import { createApp } from '../../src/app.js';
import { get, meili, SUITE_TIMEOUT_MS } from '../helpers/app.js';

const LIVE = 'serving-live';
const QUERIES = [
  '/v1/search?q=trafficking%20in%20children&limit=5',
  '/v1/search?q=pemerdagangan%20orang&lang=ms&limit=5',
  '/v1/search?q=child&act=soca&limit=5',
  '/v1/search?q=ATIPSOM%20s%2014&limit=3',
  '/v1/provisions/atipsom-s14',
  '/v1/cite?q=section%2012%20of%20Act%20670',
  '/v1/acts/atipsom',
];

/** What must not change across a rebuild of the same corpus: status, ids in order, totals. */
const essence = (body: any): unknown => ({
  total: body.total,
  ids: body.hits?.map((h: { id: string; lang: string }) => `${h.id}/${h.lang}`),
  provision: body.provision?.id ?? body.id,
  sections: body.parts?.length ?? body.sections?.length,
});

afterAll(async () => {
  await new Meilisearch({ host: meili().url, apiKey: meili().adminKey }).deleteIndex(LIVE).waitTask();
});

describe('reindex while serving', () => {
  it('queries answered throughout a full rebuild: zero errors, zero empty answers', async () => {
    const m = meili();
    await indexCorpus({ url: m.url, adminKey: m.adminKey, indexName: LIVE, documents: await buildDocuments(), log: () => {} });
    const app = createApp({ MEILI_URL: m.url, MEILI_SEARCH_KEY: m.searchKey, MEILI_INDEX: LIVE, MEILI_TIMEOUT_MS: SUITE_TIMEOUT_MS });
    const expected = new Map<string, unknown>();
    for (const q of QUERIES) {
      const res = await get(app, q);
      expect(res.status, q).toBe(200);
      expect(JSON.stringify(essence(res.body)), q).not.toMatch(/"total":0|"ids":\[\]/);
      expected.set(q, essence(res.body));
    }

    let rebuilding = true;
    const failures: string[] = [];
    let answered = 0;
    const flow = async () => {
      for (let i = 0; rebuilding; i++) {
        const q = QUERIES[i % QUERIES.length]!;
        const res = await get(app, q);
        answered++;
        if (res.status !== 200) failures.push(`${q} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
        else if (JSON.stringify(essence(res.body)) !== JSON.stringify(expected.get(q))) failures.push(`${q} → ${JSON.stringify(essence(res.body)).slice(0, 200)}`);
      }
    };
    const readers = [flow(), flow()];
    // The full reindex as `npm run index` runs it: corpus read from disk, new index, swap.
    const report = await indexCorpus({ url: m.url, adminKey: m.adminKey, indexName: LIVE, log: () => {} }).finally(() => (rebuilding = false));
    await Promise.all(readers);

    expect(report).toMatchObject({ live: LIVE, replaced: true });
    expect(failures.slice(0, 10)).toEqual([]);
    expect(answered).toBeGreaterThan(QUERIES.length * 2);
    // Two full index builds while two readers query: minutes on a loaded 2-core machine; the
    // deadline only stops a hang.
  }, 1_200_000);
});
