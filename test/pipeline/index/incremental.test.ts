/**
 * Incremental indexing on the real engine: only changed documents travel, vanished ones are
 * deleted, and readers during the update see the old contents or the new, never a mix.
 */
import { Meilisearch, type Task } from 'meilisearch';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDocuments } from '../../../scripts/pipeline/documents/build.js';
import { indexCorpus, standbyName } from '../../../scripts/pipeline/index/index-corpus.js';
import type { ProvisionDoc } from '../../../src/schema/document.js';
import { ProvisionSearch } from '../../../src/search/client.js';
import { wordDocs } from '../../../src/search/words.js';
import { meili, SUITE_TIMEOUT_MS } from '../../helpers/app.js';
import { readThroughout } from '../../helpers/readers.js';

// Several full index runs per test: minutes on a loaded 2-core machine, never a failure for it.
vi.setConfig({ testTimeout: 900_000, hookTimeout: 900_000 });

let docs: ProvisionDoc[];
beforeAll(async () => {
  docs = (await buildDocuments()).slice(0, 200);
});

const admin = () => new Meilisearch({ host: meili().url, apiKey: meili().adminKey });
const run = (live: string, documents: readonly ProvisionDoc[], full = false) =>
  indexCorpus({ url: meili().url, adminKey: meili().adminKey, indexName: live, documents, full, log: () => {} });
// The suite's engine timeout: a reader polling during an update on a loaded machine waits, it does not fail.
const exactCount = async (live: string, q: string) =>
  (await new ProvisionSearch({ url: meili().url, searchKey: meili().searchKey, index: live, timeoutMs: Number(SUITE_TIMEOUT_MS) }).search({ q, limit: 0, offset: 0, exactTotal: true })).total;

/**
 * Document tasks the engine ran on a live index and its standby after task `after`, as it
 * recorded them (a swap also swaps the two indexes' task histories).
 */
async function tasksOf(live: string, after: number, types: readonly Task['type'][]): Promise<Task[]> {
  const { results } = await admin().tasks.getTasks({ indexUids: [live, standbyName(live)], limit: 100 });
  return results.filter((t) => t.uid > after && types.includes(t.type));
}
const documentTasks = (live: string, after: number) => tasksOf(live, after, ['documentAdditionOrUpdate', 'documentDeletion']);
const settingsTasks = (live: string, after: number) => tasksOf(live, after, ['settingsUpdate']);
const lastTask = async () => (await admin().tasks.getTasks({ limit: 1 })).results[0]?.uid ?? 0;

const edit = (d: ProvisionDoc, word: string): ProvisionDoc => ({ ...d, text: `${d.text} ${word}`, markdown: `${d.markdown}\n\n${word}` });

describe('incremental indexing', () => {
  it('sends only the changed document and deletes the vanished one; the build id changes', async () => {
    const live = 'inc-one';
    const first = await run(live, docs);
    await run(live, docs, true); // the second build fills the standby; from now on runs send differences
    const changedKey = docs[7]!.key;
    const goneKey = docs[9]!.key;
    const next = docs.filter((d) => d.key !== goneKey).map((d) => (d.key === changedKey ? edit(d, 'incrementaledit') : d));

    const before = await lastTask();
    const report = await run(live, next);
    expect(report.mode).toBe('incremental');
    expect(report.changes[0]).toEqual({ live, sent: [changedKey], deleted: [goneKey], settings: false });
    expect(report.build).not.toBe(first.build);
    // The words index follows the provisions in the same swap: only words of the two documents changed travel.
    const words = report.changes.find((c) => c.live === `${live}-words`)!;
    const touched = new Set(wordDocs([docs[7]!, docs[9]!, next.find((d) => d.key === changedKey)!]).map((w) => w.key));
    expect(words.sent).toContain(wordDocs([{ id: 'x', text: 'incrementaledit' }])[0]!.key);
    expect(words.sent.filter((k) => !touched.has(k))).toEqual([]);
    expect(words.deleted).toEqual([]);

    // What the engine received, from its own task records: one document added, one deleted.
    const tasks = await documentTasks(live, before);
    const added = tasks.filter((t) => t.type === 'documentAdditionOrUpdate');
    const deleted = tasks.filter((t) => t.type === 'documentDeletion');
    expect(added.map((t) => t.details?.receivedDocuments)).toEqual([1]);
    expect(deleted.map((t) => t.details?.providedIds)).toEqual([1]);
    // The settings did not change: no settings task (the slow kind on a busy engine).
    expect(await settingsTasks(live, before)).toEqual([]);

    expect(await exactCount(live, '')).toBe(docs.length - 1);
    expect(await exactCount(live, 'incrementaledit')).toBe(1);
    const stored = await admin().index(live).getDocuments({ filter: `id = "${docs[9]!.id}" AND lang = "${docs[9]!.lang}"`, limit: 1 });
    expect(stored.results).toEqual([]);

    // Going back: the standby holds the previous build, which is what is wanted now, so
    // nothing travels; the swap alone serves it.
    const back = await run(live, docs);
    expect(back).toMatchObject({ mode: 'incremental', changes: [{ live, sent: [], deleted: [], settings: false }, { live: `${live}-words`, sent: [], deleted: [], settings: false }] });
    expect(await exactCount(live, 'incrementaledit')).toBe(0);
    expect(await exactCount(live, '')).toBe(docs.length);
  });

  it('readers during an update see the old contents or the new, never part of the change', async () => {
    const live = 'inc-readers';
    await run(live, docs);
    await run(live, docs, true);
    const marked = docs.slice(0, 60).map((d) => edit(d, 'atomicmarker'));
    const next = [...marked, ...docs.slice(60)];

    const { seen, errors, result: report } = await readThroughout(() => exactCount(live, 'atomicmarker'), () => run(live, next));

    expect(report.changes[0]!.sent).toHaveLength(60);
    expect(errors).toEqual([]);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.filter((n) => n !== 0 && n !== 60)).toEqual([]);
    expect(seen.slice(seen.indexOf(60))).not.toContain(0);
    expect(await exactCount(live, 'atomicmarker')).toBe(60);
  });

  it('settings travel when they change, and only to the index whose settings changed', async () => {
    const live = 'inc-settings';
    const companion = (filterable: string[]) => [{ live: `${live}-companion`, primaryKey: 'key', settings: { filterableAttributes: filterable }, documents: docs.slice(0, 5) }];
    const runWith = (documents: readonly ProvisionDoc[], filterable: string[], full = false) =>
      indexCorpus({ url: meili().url, adminKey: meili().adminKey, indexName: live, documents, companions: companion(filterable), full, log: () => {} });
    await runWith(docs, ['act']);
    await runWith(docs, ['act'], true);
    // Both standbys were built with ['act'] and the live companion too: a changed filterable
    // attribute travels to the companion only, and is what the live companion then has.
    const before = await lastTask();
    const report = await runWith(docs.map((d, i) => (i === 3 ? edit(d, 'settingsedit') : d)), ['act', 'lang']);
    expect(report.changes.map((c) => [c.live, c.settings])).toEqual([[live, false], [`${live}-companion`, true], [`${live}-words`, false]]);
    expect((await settingsTasks(`${live}-companion`, before)).map((t) => t.details?.filterableAttributes)).toEqual([['act', 'lang']]);
    expect(await settingsTasks(live, before)).toEqual([]);
    expect((await admin().index(`${live}-companion`).getSettings()).filterableAttributes).toEqual(['act', 'lang']);
    // The standby now holds the older settings: the next run with the new ones sends them to it.
    const again = await runWith(docs, ['act', 'lang']);
    expect(again.changes.map((c) => c.settings)).toEqual([false, true, false]);
    const settled = await runWith(docs.map((d, i) => (i === 4 ? edit(d, 'settingsedit') : d)), ['act', 'lang']);
    expect(settled.changes.map((c) => c.settings)).toEqual([false, false, false]);
  });

  it('--full refills from scratch and serves the same contents', async () => {
    const live = 'inc-full';
    await run(live, docs);
    const full = await run(live, docs, true);
    expect(full.mode).toBe('full');
    expect(full.changes[0]!.sent).toHaveLength(docs.length);
    expect(await exactCount(live, '')).toBe(docs.length);
  });
});
