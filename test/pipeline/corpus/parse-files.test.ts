/**
 * The corpus read on two threads (scripts/pipeline/corpus/parse-files.ts) gives what reading the
 * files one after another gives: the same provisions in the same order, and for a corpus with bad
 * files, the error of the first bad file in path order, whichever thread met which file.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorpusFileError, markdownToProvision } from '../../../scripts/pipeline/corpus/markdown.js';
import { parseFiles } from '../../../scripts/pipeline/corpus/parse-files.js';

const ROOT = 'corpus/acts';
const files = readdirSync(ROOT, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => join(ROOT, f));
const oneByOne = (paths: readonly string[]) => paths.map((f) => markdownToProvision(readFileSync(f, 'utf8'), f));
const errorOf = (f: string, md: string): CorpusFileError => {
  try {
    markdownToProvision(md, f);
  } catch (error) {
    return error as CorpusFileError;
  }
  throw new Error(`${f} was expected not to read`);
};

describe('parseFiles', () => {
  it('reads the whole corpus exactly as a one-thread read does, in the order given', async () => {
    expect(files.length).toBeGreaterThan(1000);
    expect(await parseFiles(files)).toEqual(oneByOne(files));
  });

  describe('bad files', () => {
    let dir: string;
    let copies: string[];
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'atip-parse-files-'));
      // Enough files for many chunks, so both threads take some.
      copies = files.slice(0, 600).map((f, i) => {
        const to = join(dir, `${String(i).padStart(4, '0')}.md`);
        cpSync(f, to);
        return to;
      });
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const breakFile = (f: string): CorpusFileError => {
      const broken = readFileSync(f, 'utf8').replace(/^lang: (en|ms)$/m, 'lang: english');
      writeFileSync(f, broken);
      return errorOf(f, broken);
    };

    it('throws the first bad file in path order (file, line, reason), not the first one met', async () => {
      const late = breakFile(copies[590]!);
      const first = breakFile(copies[333]!);
      breakFile(copies[334]!);
      const thrown = await parseFiles(copies).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(thrown).toBeInstanceOf(CorpusFileError);
      expect(thrown).toMatchObject({ file: first.file, line: first.line, reason: first.reason });
      expect((thrown as CorpusFileError).file).not.toBe(late.file);
      // Without the earlier bad files, the late one is the error.
      expect(await parseFiles(copies.slice(335)).catch((error: unknown) => error)).toMatchObject({ file: late.file, line: late.line, reason: late.reason });
    });
  });
});
