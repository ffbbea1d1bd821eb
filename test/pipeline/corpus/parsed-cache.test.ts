/**
 * The cache of corpus files as they read last time (scripts/pipeline/corpus/parsed-cache.ts):
 * what it gives is what reading the files gives, on the whole corpus and its documents; it parses
 * again exactly the files whose bytes changed, never keeps a bad file, starts empty for other
 * code or an unreadable cache file, forgets deleted files, and is written whole or not at all.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusFileError, markdownToProvision } from '../../../scripts/pipeline/corpus/markdown.js';
import { fingerprint, ParsedFiles, READER_CODE } from '../../../scripts/pipeline/corpus/parsed-cache.js';
import { readCorpus } from '../../../scripts/pipeline/corpus/read.js';
import { SETTLED_MS } from '../../../scripts/pipeline/corpus/stat-memo.js';
import { provisionMarkdown } from '../../../scripts/pipeline/corpus/text.js';
import { buildIndexes } from '../../../scripts/pipeline/documents/build.js';
import type { Provision } from '../../../src/schema/provision.js';
import { corpusCopy, removeCopy } from '../../helpers/corpus-copy.js';

let dir: string;
let root: string;
let cacheFile: string;
beforeEach(() => {
  dir = corpusCopy('parsed-cache-', { 'acts/soca': 'corpus/acts/soca' });
  root = join(dir, 'acts');
  cacheFile = join(dir, 'cache', 'parsed.json');
});
afterEach(() => removeCopy(dir));

/** Both parts of a corpus, read through `cache`, which is then saved. */
async function readBoth(cache: ParsedFiles) {
  const read = [...(await readCorpus(root, 'current', cache)), ...(await readCorpus(root, 'history', cache))];
  await cache.save();
  return read;
}

const mdFiles = (): string[] => (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).sort();
const s16 = () => join(root, 'soca', 'en', 's16.md');

describe('corpus files read through the cache', () => {
  it('reads a corpus to exactly what reading its files gives, the second time without parsing any', async () => {
    const files = mdFiles().length;
    const uncached = [...(await readCorpus(root)), ...(await readCorpus(root, 'history'))];
    expect(uncached.length).toBe(files);
    const cold = ParsedFiles.open(cacheFile, 'code-1');
    expect(await readBoth(cold)).toStrictEqual(uncached);
    expect([cold.parsed, cold.reused]).toEqual([files, 0]);
    const warm = ParsedFiles.open(cacheFile, 'code-1');
    const again = await readBoth(warm);
    expect(again).toStrictEqual(uncached);
    expect([warm.parsed, warm.reused]).toEqual([0, files]);
    for (const p of again) expect(warm.markdownOf(p), p.meta.id).toBe(provisionMarkdown(p));
    expect(warm.markdownOf(uncached[0]!)).toBeUndefined();
  });

  it('parses again only a file whose bytes changed, and gives its new words', async () => {
    await readBoth(ParsedFiles.open(cacheFile, 'code-1'));
    const before = readFileSync(s16(), 'utf8');
    expect(before).toContain('\n**(1)** ');
    writeFileSync(s16(), before.replace('\n**(1)** ', '\n**(1)** Correctedword '));
    const cache = ParsedFiles.open(cacheFile, 'code-1');
    const read = await readBoth(cache);
    expect([cache.parsed, cache.reused]).toEqual([1, mdFiles().length - 1]);
    const edited = read.find((p) => p.meta.source && p.meta.id === 'soca-s16' && p.meta.lang === 'en')!;
    expect(edited.blocks[0]!.text.startsWith('Correctedword ')).toBe(true);
    expect(cache.markdownOf(edited)).toContain('Correctedword');
    // The next run reuses the edited file as it now reads.
    const next = ParsedFiles.open(cacheFile, 'code-1');
    expect((await readBoth(next)).find((p) => p.meta.id === 'soca-s16' && p.meta.lang === 'en')).toStrictEqual(edited);
    expect(next.parsed).toBe(0);
  });

  it('reports a bad file on every run, though it read well before, and keeps nothing of it', async () => {
    await readBoth(ParsedFiles.open(cacheFile, 'code-1'));
    const good = readFileSync(s16(), 'utf8');
    writeFileSync(s16(), good.replace(/^id: .*$/m, 'id: [unclosed'));
    for (let run = 0; run < 2; run++) {
      const cache = ParsedFiles.open(cacheFile, 'code-1');
      const error = await readCorpus(root, 'current', cache).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CorpusFileError);
      expect((error as CorpusFileError).file).toBe(s16());
    }
    writeFileSync(s16(), good);
    const cache = ParsedFiles.open(cacheFile, 'code-1');
    await readBoth(cache);
    expect(cache.parsed).toBe(0);
  });

  it('starts empty for other code, for an unreadable cache file, and when asked for a fresh read', async () => {
    const files = mdFiles().length;
    await readBoth(ParsedFiles.open(cacheFile, 'code-1'));
    const other = ParsedFiles.open(cacheFile, 'code-2');
    await readBoth(other);
    expect(other.parsed).toBe(files);
    const fresh = ParsedFiles.open(cacheFile, 'code-2', true);
    await readBoth(fresh);
    expect([fresh.parsed, fresh.reused]).toEqual([files, 0]);
    for (const garbage of ['{"code": "code-2", "files": ', 'null', '{"code": "code-2", "files": {"x": 1}}']) {
      writeFileSync(cacheFile, garbage);
      const cache = ParsedFiles.open(cacheFile, 'code-2');
      expect((await readBoth(cache)).length).toBe(files);
      expect(cache.parsed).toBe(files);
    }
  });

  it('forgets deleted files, rewrites nothing when nothing changed, and leaves no temporary file', async () => {
    await readBoth(ParsedFiles.open(cacheFile, 'code-1'));
    const held = () => Object.keys((JSON.parse(readFileSync(cacheFile, 'utf8')) as { files: object }).files);
    expect(held().length).toBe(mdFiles().length);
    expect(held()).toContain(s16());
    rmSync(s16());
    await readBoth(ParsedFiles.open(cacheFile, 'code-1'));
    expect(held().length).toBe(mdFiles().length);
    expect(held()).not.toContain(s16());
    const written = statSync(cacheFile).mtimeMs;
    const bytes = readFileSync(cacheFile);
    const unchanged = ParsedFiles.open(cacheFile, 'code-1');
    await readBoth(unchanged);
    expect(unchanged.reused).toBe(mdFiles().length);
    expect(statSync(cacheFile).mtimeMs).toBe(written);
    expect(readFileSync(cacheFile).equals(bytes)).toBe(true);
    expect(readdirSync(join(dir, 'cache'))).toEqual(['parsed.json']);
  });
});

/** Every corpus file read through `cache`, counting the files whose contents were loaded. */
function readCounting(cache: ParsedFiles): { read: Map<string, Provision>; loads: string[] } {
  const loads: string[] = [];
  const read = new Map<string, Provision>();
  for (const f of mdFiles()) {
    const path = join(root, f);
    const load = () => {
      loads.push(f);
      return readFileSync(path, 'utf8');
    };
    read.set(f, cache.read(path, load, (md) => markdownToProvision(md, path)));
  }
  return { read, loads };
}

/** Last modified long enough ago for its stat to be trusted. */
const settle = (path: string, when = new Date(Date.now() - 10 * SETTLED_MS)) => utimesSync(path, when, when);

describe("a long-lived indexer's cache (next())", () => {
  it('gives an unchanged file its very Provision again, without reading it once settled; reads and parses a changed one', async () => {
    const files = mdFiles();
    await readBoth(ParsedFiles.open(cacheFile, 'code-1'));
    for (const f of files) settle(join(root, f));
    const first = ParsedFiles.open(cacheFile, 'code-1').next();
    const a = readCounting(first);
    // Nothing known by stat yet: every file is read, none parsed (the bytes are the cache's).
    expect([a.loads.length, first.parsed, first.reused]).toEqual([files.length, 0, files.length]);
    const second = first.next();
    const b = readCounting(second);
    expect([b.loads, second.parsed, second.reused]).toEqual([[], 0, files.length]);
    for (const f of files) expect(b.read.get(f), f).toBe(a.read.get(f));

    const s16File = join('soca', 'en', 's16.md');
    const text = readFileSync(s16(), 'utf8');
    writeFileSync(s16(), text.replace('\n**(1)** ', '\n**(1)** Correctedword '));
    const third = second.next();
    const c = readCounting(third);
    expect([c.loads, third.parsed]).toEqual([[s16File], 1]);
    expect(c.read.get(s16File)!.blocks[0]!.text.startsWith('Correctedword ')).toBe(true);
    for (const f of files.filter((x) => x !== s16File)) expect(c.read.get(f), f).toBe(a.read.get(f));
    // Changed less than SETTLED_MS ago: read on every look (not parsed: its bytes are known) until it settles.
    const fourth = third.next();
    const d = readCounting(fourth);
    expect([d.loads, fourth.parsed]).toEqual([[s16File], 0]);
    expect(d.read.get(s16File)).toBe(c.read.get(s16File));
  });

  it('reads a file written again to the same size with its modification time put back (its change time moved)', async () => {
    await readBoth(ParsedFiles.open(cacheFile, 'code-1'));
    const when = new Date(Date.now() - 10 * SETTLED_MS);
    for (const f of mdFiles()) settle(join(root, f), when);
    const kept = ParsedFiles.open(cacheFile, 'code-1').next();
    readCounting(kept);
    const text = readFileSync(s16(), 'utf8');
    const same = text.replace('\n**(1)** ', '\n**(1)** Xorrected ');
    const altered = text.replace('\n**(1)** ', '\n**(1)** Yorrected ');
    writeFileSync(s16(), same);
    settle(s16(), when);
    const next = kept.next();
    readCounting(next);
    writeFileSync(s16(), altered);
    expect(statSync(s16()).size).toBe(Buffer.byteLength(same));
    settle(s16(), when);
    const last = next.next();
    const { read, loads } = readCounting(last);
    expect(loads).toEqual([join('soca', 'en', 's16.md')]);
    expect(read.get(join('soca', 'en', 's16.md'))!.blocks[0]!.text.startsWith('Yorrected ')).toBe(true);
  });
});

/** Every module `entry` imports, directly or not (relative imports; `.js` names the `.ts` file). */
function importClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      visit(normalize(join(dirname(file), spec!.replace(/\.js$/, '.ts'))));
    }
  };
  visit(entry);
  return seen;
}

describe('the fingerprint that names the code', () => {
  it('covers every module the reader and the cache import, however indirectly', () => {
    const closure = [...importClosure('scripts/pipeline/corpus/read.ts'), ...importClosure('scripts/pipeline/corpus/parsed-cache.ts')];
    expect(closure).toContain(normalize('scripts/pipeline/corpus/markdown.ts'));
    expect(closure).toContain(normalize('src/schema/provision.ts'));
    expect(closure.length).toBeGreaterThan(6);
    const roots = READER_CODE.filter((r) => !r.endsWith('.json'));
    for (const file of closure) expect(roots.some((r) => file.startsWith(`${r}/`)), file).toBe(true);
  });

  it('changes with any file under its roots: contents, a new file, a new name; not with a missing root', async () => {
    const base = await fingerprint([root, join(dir, 'missing')]);
    expect(await fingerprint([root])).toBe(base);
    const text = readFileSync(s16(), 'utf8');
    writeFileSync(s16(), `${text} `);
    const edited = await fingerprint([root]);
    expect(edited).not.toBe(base);
    writeFileSync(s16(), text);
    expect(await fingerprint([root])).toBe(base);
    writeFileSync(join(root, 'soca', 'en', 'new.md'), '');
    expect(await fingerprint([root])).not.toBe(base);
    rmSync(join(root, 'soca', 'en', 'new.md'));
    cpSync(s16(), join(root, 'soca', 'en', 's16x.md'));
    rmSync(s16());
    expect(await fingerprint([root])).not.toBe(base);
    expect(await fingerprint([join(root, 'soca', 'en', 's16x.md')])).not.toBe(await fingerprint([join(root, 'soca', 'en', 's17.md')]));
  });
});

describe('the whole corpus', () => {
  it('builds the same documents and relations through a cold cache, a warm one, and none', async () => {
    const plain = await buildIndexes();
    const file = join(dir, 'whole.json');
    const cold = ParsedFiles.open(file, 'code-1');
    const first = await buildIndexes('corpus/acts', undefined, cold);
    expect(cold.reused).toBe(0);
    expect(existsSync(file)).toBe(true);
    const warm = ParsedFiles.open(file, 'code-1');
    const second = await buildIndexes('corpus/acts', undefined, warm);
    expect([warm.parsed, warm.reused]).toEqual([0, cold.parsed]);
    for (const built of [first, second]) {
      expect(built.provisions).toStrictEqual(plain.provisions);
      expect(built.relations).toStrictEqual(plain.relations);
    }
  });
});
