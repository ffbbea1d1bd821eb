/**
 * The index script on a real Meilisearch: readers never see a half-built index, a rebuild is
 * idempotent, and a failed build leaves the live index as it was.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDocuments } from '../../../scripts/pipeline/documents/build.js';
import { indexCorpus } from '../../../scripts/pipeline/index/index-corpus.js';
import type { ProvisionDoc } from '../../../src/schema/document.js';
import { ProvisionSearch } from '../../../src/search/client.js';
import { INDEX_SETTINGS, indexSettings } from '../../../src/search/settings.js';
import { readThesaurus } from '../../../scripts/pipeline/corpus/thesaurus.js';
import { meili, SUITE_TIMEOUT_MS } from '../../helpers/app.js';
import { readThroughout } from '../../helpers/readers.js';

// Several full index runs per test: minutes on a loaded 2-core machine, never a failure for it.
vi.setConfig({ testTimeout: 900_000, hookTimeout: 900_000 });

let docs: ProvisionDoc[];
beforeAll(async () => {
  docs = await buildDocuments();
});

const admin = () => new Meilisearch({ host: meili().url, apiKey: meili().adminKey });
// The suite's engine timeout: a reader polling during a rebuild on a loaded machine waits, it does not fail.
const reader = (index: string) => new ProvisionSearch({ url: meili().url, searchKey: meili().searchKey, index, timeoutMs: Number(SUITE_TIMEOUT_MS) });
const count = async (index: string) => (await reader(index).search({ q: '', limit: 0, offset: 0, exactTotal: true })).total;
const indexesNamed = async (live: string) =>
  (await admin().getIndexes({ limit: 1000 })).results.map((i) => i.uid).filter((uid) => uid.startsWith(live)).sort();
/** A live index, its build record and words index, and the standbys holding the contents before the last swap. */
const family = (...lives: string[]) => lives.flatMap((l) => [l, `${l}-build`, `${l}-build-standby`, `${l}-standby`, `${l}-words`, `${l}-words-standby`]).sort();

describe('swap: the live index answers throughout a rebuild', () => {
  it('old contents until the swap, new contents after, never anything in between', async () => {
    const live = 'swap-live';
    const first = await indexCorpus({ url: meili().url, adminKey: meili().adminKey, indexName: live, documents: docs.slice(0, 50), log: () => {} });
    expect(first).toMatchObject({ live, documents: 50, replaced: false, mode: 'full' });

    const { seen, errors, result: second } = await readThroughout(
      () => count(live),
      () => indexCorpus({ url: meili().url, adminKey: meili().adminKey, indexName: live, documents: docs, log: () => {} }),
    );

    expect(second).toMatchObject({ documents: docs.length, replaced: true });
    expect(errors).toEqual([]);
    expect(seen.length).toBeGreaterThan(1);
    expect(new Set(seen)).toEqual(new Set(seen.filter((n) => n === 50 || n === docs.length)));
    // Once the new contents are served, the old never come back.
    expect(seen.slice(seen.indexOf(docs.length))).not.toContain(50);
    expect(await count(live)).toBe(docs.length);
    expect(await indexesNamed(live)).toEqual(family(live));
  });
});

describe('idempotence', () => {
  it('indexing the same corpus twice gives the same index, settings and answers; the second run touches nothing', async () => {
    const live = 'idem-live';
    const run = async () => {
      const report = await indexCorpus({ url: meili().url, adminKey: meili().adminKey, indexName: live, documents: docs, log: () => {} });
      const settings = await admin().index(live).getSettings();
      const { hits } = await reader(live).search({ q: 'trafficking child', limit: 20, offset: 0 });
      return { report, answer: { total: await count(live), settings, ids: hits.map((h) => h.key) } };
    };
    const a = await run();
    const b = await run();
    expect(b.answer).toEqual(a.answer);
    expect(a.report.mode).toBe('full');
    expect(b.report).toMatchObject({ mode: 'unchanged', build: a.report.build, changes: [] });
    expect(a.answer.total).toBe(docs.length);
    expect(a.answer.settings.searchableAttributes).toEqual(INDEX_SETTINGS.searchableAttributes);
    expect([...(a.answer.settings.filterableAttributes ?? [])].sort()).toEqual([...(INDEX_SETTINGS.filterableAttributes ?? [])].sort());
    expect(a.answer.settings.synonyms).toEqual(indexSettings(readThesaurus()).synonyms);
    expect(a.answer.settings.typoTolerance).toMatchObject({ disableOnNumbers: true });
    expect(await indexesNamed(live)).toEqual([live, `${live}-build`, `${live}-words`]);
  });
});

describe('companion indexes are built and swapped with the provisions', () => {
  const companion = (n: number, key = (i: number) => `r${i}`) => ({
    live: 'pair-rel',
    primaryKey: 'key',
    settings: { filterableAttributes: ['kind'] },
    documents: Array.from({ length: n }, (_, i) => ({ key: key(i), kind: 'gap' })),
  });
  const run = (n: number, provisions: ProvisionDoc[], key?: (i: number) => string) =>
    indexCorpus({ url: meili().url, adminKey: meili().adminKey, indexName: 'pair-live', documents: provisions, companions: [companion(n, key)], log: () => {} });

  it('both live indexes change in the same swap, and a failed companion changes neither', async () => {
    await run(3, docs.slice(0, 10));
    expect([await count('pair-live'), (await admin().index('pair-rel').getStats()).numberOfDocuments]).toEqual([10, 3]);
    await run(5, docs.slice(0, 20));
    expect([await count('pair-live'), (await admin().index('pair-rel').getStats()).numberOfDocuments]).toEqual([20, 5]);
    await expect(run(2, docs, () => 'bad key!')).rejects.toThrow(/into pair-rel-standby\) failed/);
    expect([await count('pair-live'), (await admin().index('pair-rel').getStats()).numberOfDocuments]).toEqual([20, 5]);
    expect(await indexesNamed('pair-')).toEqual([...family('pair-live'), 'pair-rel', 'pair-rel-standby'].sort());
  });
});

describe('a failed build changes nothing', () => {
  it('a task the engine rejects fails loudly and leaves the live index as it was', async () => {
    const live = 'swap-live';
    const before = await count(live);
    const bad = [{ ...docs[0]!, key: 'not a valid key!' }];
    await expect(
      indexCorpus({ url: meili().url, adminKey: meili().adminKey, indexName: live, documents: bad, log: () => {} }),
    ).rejects.toThrow(/task \d+ \(documents 0\+ into swap-live-standby\) failed: .*document identifier/i);
    expect(await count(live)).toBe(before);
    expect(await indexesNamed(live)).toEqual(family(live));
  });

  it('a malformed corpus file stops the build before the engine is touched', async () => {
    const root = mkdtempSync(join(tmpdir(), 'atip-bad-corpus-'));
    try {
      mkdirSync(join(root, 'atipsom', 'en'), { recursive: true });
      writeFileSync(join(root, 'atipsom', 'en', 's1.md'), '---\nid: atipsom-s1\nact: atipsom\n---\n\n# 1\\. Short title\n');
      const before = await count('swap-live');
      await expect(
        indexCorpus({ url: meili().url, adminKey: meili().adminKey, indexName: 'swap-live', root, log: () => {} }),
      ).rejects.toThrow();
      expect(await count('swap-live')).toBe(before);
      expect(await indexesNamed('swap-live')).toEqual(family('swap-live'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a full rebuild of a malformed corpus (its standbys emptied while reading) serves the old contents; the next run refills', async () => {
    const live = 'full-bad-live';
    const relations = 'full-bad-rel';
    const run = (root?: string, full = false) => indexCorpus({ url: meili().url, adminKey: meili().adminKey, indexName: live, relationsName: relations, root, full, log: () => {} });
    await run();
    const served = await count(live);
    expect(served).toBe(docs.length);
    const root = mkdtempSync(join(tmpdir(), 'atip-bad-corpus-'));
    try {
      mkdirSync(join(root, 'atipsom', 'en'), { recursive: true });
      writeFileSync(join(root, 'atipsom', 'en', 's1.md'), '---\nid: atipsom-s1\nact: atipsom\n---\n\n# 1\\. Short title\n');
      await expect(run(root, true)).rejects.toThrow(/s1\.md:\d+: front matter/);
      expect(await count(live)).toBe(served);
      expect(await indexesNamed(live)).toEqual(family(live));
      expect((await admin().index(`${live}-standby`).getStats()).numberOfDocuments).toBe(0);
      // The served build is still this corpus's: nothing to do.
      expect((await run()).mode).toBe('unchanged');
      // The emptied standby is the next change's base: every document is sent, nothing trusted.
      const some = docs.slice(0, 30);
      const next = await indexCorpus({ url: meili().url, adminKey: meili().adminKey, indexName: live, relationsName: relations, documents: some, log: () => {} });
      expect(next.changes[0]).toMatchObject({ live, deleted: [] });
      expect(next.changes[0]!.sent).toHaveLength(some.length);
      expect(await count(live)).toBe(some.length);
      expect(await admin().index(live).getSettings()).toEqual(await admin().index(`${live}-standby`).getSettings());
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
