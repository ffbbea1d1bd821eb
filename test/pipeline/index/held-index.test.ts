/**
 * A long-lived indexer's runs on the real engine (IndexMemo, as `npm start -- --watch` keeps it):
 * after each corrected corpus file, the indexes it serves hold exactly what a run without any memo
 * serves (every document's hash, in provisions, relations and words, and the build record's
 * digests); once it knows what its standbys hold it sends only the corrected document; and a
 * standby changed behind its back (another indexer's failed run) is read again, not trusted. A
 * new process learns both from a start-up run that finds nothing to do.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ParsedFiles } from '../../../scripts/pipeline/corpus/parsed-cache.js';
import { HASH_FIELD, IndexMemo, indexCorpus, standbyName, withHash } from '../../../scripts/pipeline/index/index-corpus.js';
import { BUILD_KEY, buildIndexName, type BuildRecord } from '../../../src/search/build.js';
import { wordsIndexName } from '../../../src/search/words.js';
import { meili } from '../../helpers/app.js';
import { corpusCopy, removeCopy } from '../../helpers/corpus-copy.js';

// Whole-corpus index runs: minutes on a loaded 2-core machine, never a failure for it.
vi.setConfig({ testTimeout: 900_000, hookTimeout: 900_000 });

let dir: string;
let root: string;
beforeAll(() => {
  dir = corpusCopy('held-index-', { acts: 'corpus/acts' });
  root = join(dir, 'acts');
});
afterAll(() => removeCopy(dir));

const admin = () => new Meilisearch({ host: meili().url, apiKey: meili().adminKey });
const HELD = { indexName: 'held', relationsName: 'held-relations' };
const PLAIN = { indexName: 'plain', relationsName: 'plain-relations' };
const served = (names: typeof HELD) => ({ provisions: names.indexName, relations: names.relationsName, words: wordsIndexName(names.indexName) });

/** Key → content hash of every document an index holds, as the engine returns them. */
async function hashesIn(uid: string): Promise<Map<string, string>> {
  const { results } = await admin().index(uid).getDocuments<Record<string, unknown>>({ fields: ['key', HASH_FIELD], limit: 100_000 });
  return new Map(results.map((d) => [String(d.key), String(d[HASH_FIELD])]));
}

const record = (names: typeof HELD) => admin().index(buildIndexName(names.indexName)).getDocument<BuildRecord>(BUILD_KEY);

/** What the held indexer serves is what the plain one serves: documents and digests, index by index. */
async function expectSameServed(step: string) {
  const [held, plain] = [served(HELD), served(PLAIN)];
  const [heldRecord, plainRecord] = await Promise.all([record(HELD), record(PLAIN)]);
  for (const kind of ['provisions', 'relations', 'words'] as const) {
    expect(await hashesIn(held[kind]), `${step}: ${kind}`).toStrictEqual(await hashesIn(plain[kind]));
    expect(heldRecord.digests[held[kind]], `${step}: ${kind} digest`).toBe(plainRecord.digests[plain[kind]]);
  }
}

describe("a long-lived indexer's runs", () => {
  it('serve what runs without a memo serve, send only the corrected document, and read a standby changed behind their back', async () => {
    const memo = new IndexMemo();
    let parsed = ParsedFiles.open(join(dir, 'parsed.json'), 'code-1');
    const log = () => {};
    const held = async () => {
      const report = await indexCorpus({ url: meili().url, adminKey: meili().adminKey, ...HELD, root, parsed, memo, log });
      await parsed.save();
      parsed = parsed.next();
      return report;
    };
    const plain = () => indexCorpus({ url: meili().url, adminKey: meili().adminKey, ...PLAIN, root, log });
    // A corrected file: its body's last sentence gains a word (a new one every time).
    let edits = 0;
    const correct = (act: string, file: string) => {
      const path = join(root, act, 'en', file);
      const text = readFileSync(path, 'utf8');
      const corrected = text.replace(/\.\n*$/, ` heldindex${++edits}.\n`);
      expect(corrected).not.toBe(text);
      writeFileSync(path, corrected);
    };
    const step = async (name: string, ...files: [string, string][]) => {
      for (const [act, file] of files) correct(act, file);
      const report = await held();
      await plain();
      await expectSameServed(name);
      return report;
    };
    const sent = (report: Awaited<ReturnType<typeof held>>) => report.changes.find((c) => c.live === 'held')!.sent;

    await step('first run');
    // The live indexes before it were not this process's build: nothing is known of the standbys now.
    expect(memo.standbys.size).toBe(0);
    await step('second run', ['atipsom', 's14.md']);
    // Its standbys now hold the first run's build, which this process made: known, not read.
    expect(memo.standbys.size).toBe(4);
    // s14 changed in the second run only, s12 in the third: the standby (the first run's) lacks both.
    const third = await step('third run', ['atipsom', 's12.md']);
    expect(third.mode).toBe('incremental');
    expect(sent(third).sort()).toEqual(['atipsom-s12_en', 'atipsom-s14_en']);

    // Another indexer's failed run left the standby with a document changed and one added.
    const standby = admin().index(standbyName('held'));
    const { results } = await standby.getDocuments<Record<string, unknown>>({ limit: 1, offset: 7 });
    const changed = withHash({ ...results[0]!, text: `${String(results[0]!.text)} foreign` });
    await standby.addDocuments([changed, withHash({ ...results[0]!, key: 'foreign_en', id: 'foreign' })]).waitTask();
    const after = await step('after a standby changed behind its back', ['atipsom', 's14.md']);
    expect(after.changes.find((c) => c.live === 'held')).toMatchObject({ deleted: ['foreign_en'] });
    // The standby held the second run's build, changed since: s12 (third run), s14 (now), and the foreign change undone.
    expect(sent(after).sort()).toEqual([...new Set([String(changed.key), 'atipsom-s12_en', 'atipsom-s14_en'])].sort());
    await step('the run after', ['atipsom', 's13.md']);
    expect(memo.standbys.size).toBe(4);

    // A new process (npm start -- --watch started again): its start-up run finds nothing to do, and
    // learns what is served and what the standbys hold, so its first correction is a warm one.
    const restarted = new IndexMemo();
    parsed = ParsedFiles.open(join(dir, 'parsed.json'), 'code-1');
    const startup = await indexCorpus({ url: meili().url, adminKey: meili().adminKey, ...HELD, root, parsed, memo: restarted, log });
    expect(startup.mode).toBe('unchanged');
    expect(restarted.standbys.size).toBe(4);
    parsed = parsed.next();
    correct('atipsom', 's14.md');
    const first = await indexCorpus({ url: meili().url, adminKey: meili().adminKey, ...HELD, root, parsed, memo: restarted, log });
    await plain();
    await expectSameServed('a new process, its first correction');
    // The standby held the build before the last one: s13 (last run) and s14 (now) differ from it.
    expect(sent(first).sort()).toEqual(['atipsom-s13_en', 'atipsom-s14_en']);
  });
});
