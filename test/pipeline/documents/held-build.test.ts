/**
 * A long-lived indexer's build (`npm start -- --watch`): through the parse cache carried in memory
 * (ParsedFiles.next) and the build's memo (BuildMemo: annotations, per-provision analysis,
 * documents), each run gives exactly the documents, relations and report a build from scratch
 * gives on the same files, while a one-section correction analyses and builds that section alone.
 * The changes cover what crosses files: a definition other offences read, an annotation's title
 * shown on other documents, a deleted provision others cite, and its return.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ParsedFiles } from '../../../scripts/pipeline/corpus/parsed-cache.js';
import { BuildMemo, buildIndexes, type CorpusIndexes } from '../../../scripts/pipeline/documents/build.js';
import { corpusCopy, removeCopy } from '../../helpers/corpus-copy.js';

// Two whole builds per step: minutes on a loaded 2-core machine, never a failure for it.
vi.setConfig({ testTimeout: 900_000, hookTimeout: 900_000 });

let dir: string;
let root: string;
let annotations: string;
beforeAll(() => {
  dir = corpusCopy('held-build-', { acts: 'corpus/acts', annotations: 'corpus/annotations' });
  root = join(dir, 'acts');
  annotations = join(dir, 'annotations');
});
afterAll(() => removeCopy(dir));

const rewrite = (path: string, change: (text: string) => string) => {
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
  return before;
};

/** What a build gives, the analysis's figures included. */
const given = (built: CorpusIndexes) => ({ provisions: built.provisions, relations: built.relations, report: built.analysis.report });

describe("a long-lived indexer's build", () => {
  it('builds what a build from scratch builds, after every kind of change, rebuilding only what changed', async () => {
    const memo = new BuildMemo();
    let parsed = ParsedFiles.open(join(dir, 'parsed.json'), 'code-1');
    const held = async () => {
      const built = await buildIndexes(root, annotations, parsed, memo);
      await parsed.save();
      parsed = parsed.next();
      return built;
    };
    const scratch = () => buildIndexes(root, annotations);
    const same = async (step: string) => {
      const a = await held();
      expect(given(a), step).toStrictEqual(given(await scratch()));
      return a;
    };

    const first = await same('first run');
    const all = first.provisions.length;
    expect([memo.built, memo.reused]).toEqual([all, 0]);
    await same('nothing changed');
    expect([memo.built, memo.reused, memo.analysis.analysed]).toEqual([0, all, 0]);

    // One section corrected: only it is analysed and built again.
    const s14 = join(root, 'atipsom', 'en', 's14.md');
    // The body's last words (the front matter quotes the same words from the amending Act).
    rewrite(s14, (t) => t.replace(/is not a requirement to be proved\.\n*$/, 'is not a requirement to be proved heldedit.\n'));
    const corrected = await same('a section corrected');
    expect([memo.built, memo.analysis.analysed]).toEqual([1, 1]);
    expect(corrected.provisions.find((d) => d.key === 'atipsom-s14_en')!.text).toContain('heldedit');

    // A definition the offences read, given a made-up further purpose: every provision is analysed again,
    // and the offences defined through it gain that purpose.
    rewrite(join(root, 'atipsom', 'en', 's2-exploitation.md'), (t) => t.replace('removal of human organs;', 'removal of human organs or begging;'));
    const redefined = await same('a definition changed');
    expect(memo.analysis.analysed).toBe(all);
    const purposes = (built: CorpusIndexes, key: string) =>
      built.provisions.find((d) => d.key === key)!.elements!.elements.filter((e) => e.category === 'purpose').flatMap((e) => e.options.map((o) => o.code));
    expect(purposes(corrected, 'atipsom-s12_en')).not.toContain('begging');
    expect(purposes(redefined, 'atipsom-s12_en')).toContain('begging');

    // An annotation's title, shown on the documents of the provisions it names.
    rewrite(join(annotations, 'gaps.yaml'), (t) => t.replace('title: Criminalisation of trafficking in persons', 'title: Criminalisation of trafficking in persons (held edit)'));
    const titled = await same('an annotation retitled');
    expect(memo.built).toBeGreaterThan(0);
    expect(memo.built).toBeLessThan(all);
    expect(JSON.stringify(titled.provisions)).toContain('(held edit)');

    // A provision others cite, deleted and then back.
    const s403 = join(root, 'penal-code', 'en', 's403.md');
    const text = readFileSync(s403, 'utf8');
    rmSync(s403);
    const without = await same('a cited provision deleted');
    expect(without.provisions.length).toBe(all - 1);
    writeFileSync(s403, text);
    await same('the provision back');
  });
});
