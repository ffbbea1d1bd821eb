/**
 * The local Meilisearch of `npm start` and `npm run index`: data in .meili-data/ (git-ignored),
 * with a master key generated once and kept there (mode 600), never committed.
 * MEILI_URL in the environment replaces it with that server.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomMasterKey, useMeili, type MeiliServer } from './meili-server.js';

export const DATA_DIR = '.meili-data';

function storedMasterKey(dir: string): string {
  const file = join(dir, 'master-key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const key = randomMasterKey();
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

/** `needs`: the keys the caller uses, required of an external server (MEILI_URL). */
export function localMeili(needs: readonly ('admin' | 'search')[] = ['admin', 'search'], dir = DATA_DIR): Promise<MeiliServer> {
  if (process.env.MEILI_URL) return useMeili({ dataDir: dir }, process.env, needs);
  return useMeili({ dataDir: dir, masterKey: storedMasterKey(dir), port: Number(process.env.MEILI_PORT) || undefined });
}
