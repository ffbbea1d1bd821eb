/**
 * Whether the live index is current: a fingerprint of the corpus (and of the code that turns it
 * into documents) is recorded after each successful index, per server, in .meili-data/.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_DIR } from './local-meili.js';

const CORPUS = 'corpus/acts';
// Besides the corpus, what shapes the documents and the index.
const SHAPING_FILES = [
  'src/search/settings.ts',
  'src/schema/document.ts',
  'src/cite/format.ts',
  'src/cite/pinpoint.ts',
  'scripts/build/documents.ts',
  'scripts/build/classify.ts',
];
const STATE_FILE = join(DATA_DIR, 'indexed.json');

export async function corpusFingerprint(root = CORPUS): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.md')).sort();
  for (const f of [...files.map((f) => join(root, f)), ...SHAPING_FILES.filter(existsSync)]) {
    hash.update(`${f}\0`);
    hash.update(await readFile(f));
  }
  return hash.digest('hex');
}

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
