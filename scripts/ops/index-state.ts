/**
 * Whether the live index is current: a fingerprint of the corpus (and of the code that turns it
 * into documents) is recorded after each successful index, per server, in .meili-data/.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fingerprint } from '../pipeline/corpus/parsed-cache.js';
import type { StatMemo } from '../pipeline/corpus/stat-memo.js';
import { DATA_DIR } from './local-meili.js';

/**
 * Everything that shapes the documents and the index: the corpus with its annotations, and the
 * code and libraries that read, build, analyse and index it (all of src/, which schemas and
 * settings live in). Whole folders rather than a list of files, so a new module cannot be
 * missed; a change to a page only costs an unneeded reindex.
 */
export const shapingRoots = (acts = 'corpus/acts'): string[] => [acts, 'corpus/annotations', 'scripts/pipeline', 'src', 'package-lock.json'];
const STATE_FILE = join(DATA_DIR, 'indexed.json');

/** `hashes`: a long-lived process's file hashes, kept by stat (StatMemo). */
export const corpusFingerprint = (roots: readonly string[] = shapingRoots(), hashes?: StatMemo<string>): Promise<string> => fingerprint(roots, hashes);

/** Which server the record is about: an external URL, or the local data folder. */
const target = (): string => process.env.MEILI_URL ?? 'local';

async function readState(): Promise<Record<string, string>> {
  return existsSync(STATE_FILE) ? (JSON.parse(await readFile(STATE_FILE, 'utf8')) as Record<string, string>) : {};
}

export async function indexedFingerprint(): Promise<string | undefined> {
  return (await readState())[target()];
}

export async function recordIndexed(fingerprint?: string): Promise<void> {
  const state = await readState();
  state[target()] = fingerprint ?? (await corpusFingerprint());
  await mkdir(DATA_DIR, { recursive: true });
  await writeFile(STATE_FILE, `${JSON.stringify(state, null, 2)}\n`);
}
