/**
 * `provisionAt(id, lang, date)`: a provision as it stood on a date, from the corpus on disk
 * (current files and history/). The API can call `versionAt` on versions it holds elsewhere.
 */
import type { Lang, Provision } from '../../../src/schema/provision.js';
import { readCorpus } from './read.js';
import { versionAt } from '../history/versions.js';

let cache: Promise<Provision[]> | undefined;
const everything = (root: string): Promise<Provision[]> =>
  (cache ??= Promise.all([readCorpus(root), readCorpus(root, 'history')]).then(([a, b]) => [...a, ...b]));

export async function provisionAt(id: string, lang: Lang, date: string, root = 'corpus/acts'): Promise<Provision | undefined> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`date must be YYYY-MM-DD, got "${date}"`);
  const versions = (await everything(root))
    .filter((p) => p.meta.id === id && p.meta.lang === lang)
    .sort((a, b) => (a.meta.version?.valid_from ?? '').localeCompare(b.meta.version?.valid_from ?? ''));
  return versionAt(versions, date);
}
