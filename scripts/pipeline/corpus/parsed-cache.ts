/**
 * Corpus files as they read last time, kept between index runs (`npm run index`, `npm start`),
 * so a run after a one-section correction parses one file instead of ~2,100. Reading every file
 * (YAML front matter, markdown, zod) was most of an index run's CPU: ~2.4 s of the ~3.2 s that
 * building the documents took; writing each provision's body markdown for its document again
 * (remark-stringify) was a quarter of the rest, so that is kept with it (BENCHMARKS.md, findings
 * section 29).
 *
 * An entry is used only for a file with exactly the bytes it was read from (sha256) and only by
 * exactly the code and libraries that read it: the cache is named by a fingerprint of READER_CODE
 * (the reader's folders and package-lock.json), so any change to them starts an empty one. Only
 * files that read without error are kept, so a bad file is reported on every run. A missing,
 * unreadable or foreign cache file is an empty cache; the cache is rewritten whole (temporary
 * file, then rename), so a reader never sees half of one. Tests read without it: they are what
 * proves the reader.
 */
import { hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Provision } from '../../../src/schema/provision.js';
import { StatMemo } from './stat-memo.js';
import { provisionMarkdown } from './text.js';

/** Where `npm run index` and `npm start` keep it: wiped with node_modules, never committed. */
export const PARSED_CACHE_FILE = join('node_modules', '.cache', 'atip-law-kb', 'parsed-corpus.json');
/**
 * Everything that decides how a corpus file reads: the reader and what it imports (the structure
 * helpers, the schemas), and the libraries. parsed-cache.test.ts proves every module the reader
 * imports, however indirectly, lies under these folders, so a change to one empties the cache;
 * changes elsewhere (the analysis, the API, the pages) leave it valid.
 */
export const READER_CODE = ['scripts/pipeline/corpus', 'scripts/pipeline/structure', 'src/schema', 'package-lock.json'];

/**
 * sha256 over the files under `roots` (folders, recursively, or single files), each with its
 * path, in path order; missing roots count as empty. Listed and read synchronously, as the corpus
 * is (scripts/pipeline/corpus/read.ts): thousands of small files through fs/promises wait on
 * the thread pool several times each. `hashes`: a long-lived process's, kept by stat (StatMemo).
 */
export async function fingerprint(roots: readonly string[], hashes?: StatMemo<string>): Promise<string> {
  const h = [];
  const sha = (f: string) => hash('sha256', readFileSync(f));
  for (const root of roots.filter(existsSync)) {
    const files = statSync(root).isFile()
      ? [root]
      : readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
    for (const f of files) h.push(`${f}\0${hashes ? hashes.get(f, () => sha(f)) : sha(f)}`);
  }
  return hash('sha256', h.join('\n'));
}

interface Entry {
  sha: string;
  provision: Provision;
  /** provisionMarkdown(provision). */
  markdown: string;
}

interface CacheFile {
  code: string;
  files: Record<string, Entry>;
}

/** The entries of the cache file for this code; none when there is no such file or it is not for this code. */
function heldEntries(file: string, code: string): Map<string, Entry> {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
    if (saved.code === code && saved.files && typeof saved.files === 'object') return new Map(Object.entries(saved.files));
  } catch {
    // No cache yet, or not one anything can read: every file is parsed.
  }
  return new Map();
}

export class ParsedFiles {
  private readonly kept = new Map<string, Entry>();
  private readonly markdown = new WeakMap<Provision, string>();
  private changed = false;
  /** Files this run parsed. */
  parsed = 0;

  private constructor(
    readonly file: string,
    readonly code: string,
    private readonly held: ReadonlyMap<string, Entry>,
    /** A long-lived indexer's (`next()`): a file whose stat is unchanged is not even read. */
    private readonly stats?: StatMemo<Entry>,
  ) {}

  /**
   * The cache at `file` for code with this fingerprint; empty when there is none for it, or when
   * `fresh` (every file parsed again, and kept for the next run).
   */
  static open(file: string, code: string, fresh = false): ParsedFiles {
    return new ParsedFiles(file, code, fresh ? new Map() : heldEntries(file, code));
  }

  /** Files this run took from the cache. */
  get reused(): number {
    return this.kept.size - this.parsed;
  }

  /**
   * The cache for a long-lived indexer's next run, in memory: what this run read (over what it
   * held, for a run a bad file stopped). An unchanged file then reads as the very Provision object
   * it read as in this run, which the later steps' memos (scripts/pipeline/documents/build.ts
   * BuildMemo) recognise by identity.
   */
  next(): ParsedFiles {
    return new ParsedFiles(this.file, this.code, new Map([...this.held, ...this.kept]), this.stats ?? new StatMemo());
  }

  /**
   * The provision the file at `path` reads as: from the cache if unchanged (its contents, from
   * `load()`, have the same sha256; or, after `next()`, its stat is unchanged: StatMemo), else
   * `parse(text)`.
   */
  read(path: string, load: () => string, parse: (text: string) => Provision): Provision {
    const entry = this.stats ? this.stats.get(path, () => this.entry(path, load(), parse)) : this.entry(path, load(), parse);
    this.kept.set(path, entry);
    this.markdown.set(entry.provision, entry.markdown);
    return entry.provision;
  }

  private entry(path: string, text: string, parse: (text: string) => Provision): Entry {
    const sha = hash('sha256', text);
    const held = this.held.get(path);
    if (held?.sha === sha && held.provision && typeof held.markdown === 'string') return held;
    const provision = parse(text);
    this.parsed++;
    this.changed = true;
    return { sha, provision, markdown: provisionMarkdown(provision) };
  }

  /** provisionMarkdown(p) for a provision this cache read; undefined for any other. */
  markdownOf(p: Provision): string | undefined {
    return this.markdown.get(p);
  }

  /**
   * Writes the files read since `open` (only they: a deleted corpus file leaves the cache), when
   * anything differs from what was held.
   */
  async save(): Promise<void> {
    if (!this.changed && this.kept.size === this.held.size) return;
    // Serialized now, before the caller's next step could touch a provision.
    const saved = JSON.stringify({ code: this.code, files: Object.fromEntries(this.kept) } satisfies CacheFile);
    await mkdir(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      await writeFile(temporary, saved);
      await rename(temporary, this.file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }
}

/** What names a cache: READER_CODE as it is now, and the Node version (its regular expressions and Unicode tables). */
export const readerFingerprint = async (): Promise<string> => `${process.version} ${await fingerprint(READER_CODE)}`;

/** The cache `npm run index` and `npm start` use, for the code as it is now. */
export async function openParsedFiles(options: { file?: string; fresh?: boolean } = {}): Promise<ParsedFiles> {
  return ParsedFiles.open(options.file ?? PARSED_CACHE_FILE, await readerFingerprint(), options.fresh);
}
