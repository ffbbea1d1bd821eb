/** Read the corpus back from disk: every `corpus/acts/<act>/<lang>/*.md`, validated. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Provision } from '../../../src/schema/provision.js';
import { parseFiles } from './parse-files.js';

/** Deterministic corpus order: act, language, then position in the Act. */
export const compareProvisions = (a: Provision, b: Provision): number =>
  a.meta.act.localeCompare(b.meta.act) ||
  a.meta.lang.localeCompare(b.meta.lang) ||
  a.meta.order - b.meta.order ||
  a.meta.id.localeCompare(b.meta.id);

/** Past versions of amended provisions live in `<act>/<lang>/history/` (scripts/pipeline/history). */
const isHistory = (f: string): boolean => f.split(/[\\/]/).includes('history');

const corpusFiles = async (root: string): Promise<string[]> =>
  (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.md')).sort();

export async function readCorpus(root = 'corpus/acts', which: 'current' | 'history' = 'current'): Promise<Provision[]> {
  const files = (await corpusFiles(root)).filter((f) => isHistory(f) === (which === 'history'));
  return (await parseFiles(files.map((f) => join(root, f)))).sort(compareProvisions);
}

/** The current provisions and the past versions, read together (one pass over the files on both cores). */
export async function readCorpusAndHistory(root = 'corpus/acts'): Promise<{ current: Provision[]; history: Provision[] }> {
  const files = await corpusFiles(root);
  const read = await parseFiles(files.map((f) => join(root, f)));
  const history = files.map(isHistory);
  return {
    current: read.filter((_, i) => !history[i]).sort(compareProvisions),
    history: read.filter((_, i) => history[i]).sort(compareProvisions),
  };
}
