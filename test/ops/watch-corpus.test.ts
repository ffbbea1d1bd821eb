/**
 * `npm start -- --watch` (scripts/ops/watch-corpus.ts): saved changes become one index run after
 * the files are quiet, runs never overlap and a change during one brings exactly one more, a
 * failed run is reported and the watch goes on, closing waits for the run in progress. Then on the
 * real engine, over a copy of the corpus: a corrected file becomes searchable, a bad file leaves
 * the live index as it was and says which file, and its correction is indexed.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HeldIndexer } from '../../scripts/ops/held-indexer.js';
import { watchCorpus, type CorpusWatch } from '../../scripts/ops/watch-corpus.js';
import { ProvisionSearch } from '../../src/search/client.js';
import { meili, SUITE_TIMEOUT_MS } from '../helpers/app.js';

// Index runs of the whole corpus: minutes on a loaded 2-core machine, never a failure for it.
vi.setConfig({ testTimeout: 900_000, hookTimeout: 900_000 });

const dirs: string[] = [];
const watches: CorpusWatch[] = [];
afterEach(async () => {
  for (const w of watches.splice(0)) await w.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'watch-corpus-'));
  dirs.push(d);
  return d;
};
const watched = async (w: CorpusWatch) => {
  watches.push(w);
  await w.ready;
  return w;
};
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Polling until an expectation holds: generous, since the machine may be loaded. */
const POLL = { timeout: 300_000, interval: 20 };

describe('watching the corpus', () => {
  it('makes one run of a burst of saves, and one more run of changes made during a run, never two at once', async () => {
    const root = tempDir();
    let runs = 0;
    let active = 0;
    let most = 0;
    let release: (() => void) | undefined;
    const watch = await watched(
      watchCorpus({
        roots: [root],
        quietMs: 100,
        log: () => {},
        run: async () => {
          runs++;
          most = Math.max(most, ++active);
          await new Promise<void>((done) => (release = done));
          active--;
        },
      }),
    );
    for (let i = 0; i < 5; i++) writeFileSync(join(root, 'a.md'), `save ${i}`);
    await vi.waitFor(() => expect(runs, 'the first run').toBe(1), POLL);
    // Saves while the run is in progress: after it, exactly one more.
    writeFileSync(join(root, 'a.md'), 'during');
    writeFileSync(join(root, 'b.md'), 'during');
    await sleep(300);
    expect(runs).toBe(1);
    release!();
    await vi.waitFor(() => expect(runs, 'the run after the one in progress').toBe(2), POLL);
    release!();
    await watch.idle();
    await sleep(300);
    expect(runs).toBe(2);
    expect(most).toBe(1);
  });

  it('reports a failed run and goes on watching; closing waits for the run in progress and starts none after', async () => {
    const root = tempDir();
    const lines: string[] = [];
    let runs = 0;
    let finished = 0;
    const watch = await watched(
      watchCorpus({
        roots: [root],
        quietMs: 50,
        log: (line) => lines.push(line),
        run: async () => {
          runs++;
          await sleep(200);
          finished++;
          if (runs === 1) throw new Error('corpus/acts/x.md:3: not valid');
        },
      }),
    );
    writeFileSync(join(root, 'x.md'), 'bad');
    await vi.waitFor(() => expect(finished, 'the failing run').toBe(1), POLL);
    await watch.idle();
    expect(lines.join('\n')).toContain('indexing failed; the live index is unchanged.\ncorpus/acts/x.md:3: not valid');
    writeFileSync(join(root, 'x.md'), 'good');
    await vi.waitFor(() => expect(runs, 'the run after the failed one').toBe(2), POLL);
    await watch.close();
    expect(finished).toBe(2);
    writeFileSync(join(root, 'x.md'), 'after close');
    await sleep(300);
    expect(runs).toBe(2);
  });

  it('on the real engine, indexed as npm start -- --watch does: a corrected file is found, a bad one leaves the live index as it was, its correction is found', async () => {
    const dir = tempDir();
    const root = join(dir, 'acts');
    cpSync('corpus/acts', root, { recursive: true });
    const names = { indexName: 'watch-live', relationsName: 'watch-relations' };
    // As `npm start -- --watch` indexes: one HeldIndexer for the start-up run and every change.
    const held = new HeldIndexer({ root, names, cacheFile: join(dir, 'parsed.json'), record: async () => {}, log: () => {} });
    const index = () => held.run(meili());
    await index();
    const reader = new ProvisionSearch({ url: meili().url, searchKey: meili().searchKey, index: names.indexName, buildTtlMs: 0, timeoutMs: Number(SUITE_TIMEOUT_MS) });
    const found = async (word: string) => (await reader.search({ q: word, limit: 0, offset: 0, exactTotal: true })).total;

    const lines: string[] = [];
    await watched(watchCorpus({ roots: [root], log: (line) => lines.push(line), run: async () => void (await index()) }));
    const file = join(root, 'atipsom', 'en', 's14.md');
    const original = readFileSync(file, 'utf8');
    // Saved as editors and `sed -i` do: a new file renamed over the old one (Node 20's recursive
    // fs.watch loses a file after that); the later saves write in place.
    writeFileSync(`${file}.new`, original.replace(/\n*$/, ' watchedcorrection\n'));
    renameSync(`${file}.new`, file);
    await vi.waitFor(async () => expect(await found('watchedcorrection'), 'the corrected file searchable').toBe(1), POLL);

    writeFileSync(file, original.replace(/^id: .*$/m, 'id: [unclosed'));
    await vi.waitFor(() => expect(lines.length, 'the bad file reported').toBeGreaterThan(0), POLL);
    expect(lines[0]).toContain('indexing failed; the live index is unchanged.');
    expect(lines[0]).toContain(file);
    expect(await found('watchedcorrection')).toBe(1);

    writeFileSync(file, original.replace(/\n*$/, ' watchedagain\n'));
    await vi.waitFor(async () => expect(await found('watchedagain'), 'the fixed file searchable').toBe(1), POLL);
    expect(await found('watchedcorrection')).toBe(0);
  });
});
