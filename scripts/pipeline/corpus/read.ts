/** Read the corpus back from disk: every `corpus/acts/<act>/<lang>/*.md`, validated. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Provision } from '../../../src/schema/provision.js';
import { markdownToProvision } from './markdown.js';
import type { ParsedFiles } from './parsed-cache.js';

/** Deterministic corpus order: act, language, then position in the Act. */
export const compareProvisions = (a: Provision, b: Provision): number =>
  a.meta.act.localeCompare(b.meta.act) ||
  a.meta.lang.localeCompare(b.meta.lang) ||
  a.meta.order - b.meta.order ||
  a.meta.id.localeCompare(b.meta.id);

/** Past versions of amended provisions live in `<act>/<lang>/history/` (scripts/pipeline/history). */
const isHistory = (f: string): boolean => f.split(/[\\/]/).includes('history');

/** Every provision under `root`; with `cache`, a file unchanged since it was kept there is not parsed again. */
export async function readCorpus(root = 'corpus/acts', which: 'current' | 'history' = 'current', cache?: ParsedFiles): Promise<Provision[]> {
  // Listed synchronously with file types: fs/promises' recursive listing, or one without types,
  // asks the thread pool for every entry's type (20-45 ms for the corpus, against 1-4 ms).
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .filter((f) => f.endsWith('.md') && isHistory(f) === (which === 'history'))
    .sort();
  // One file after another: the first bad file (in path order) stops the read, and no parsing
  // carries on behind the error. Read synchronously: ~2,000 small files through fs/promises cost
  // four thread-pool round trips each (open, stat, read, close), seconds of waiting on a busy
  // machine for what readFileSync does in a fraction of one.
  const provisions: Provision[] = [];
  for (const f of files) {
    const path = join(root, f);
    const load = () => readFileSync(path, 'utf8');
    provisions.push(cache ? cache.read(path, load, (md) => markdownToProvision(md, path)) : markdownToProvision(load(), path));
  }
  return provisions.sort(compareProvisions);
}
