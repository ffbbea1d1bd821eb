/**
 * The system under test, started fresh for a bench run: a Meilisearch of our own (the shared
 * launcher, data in a temporary folder removed afterwards) and the API under Node given only
 * the search key. Indexing goes through the real index script's library.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMeili, type MeiliServer } from '../meili-server.js';
import { atExit } from '../processes.js';
import { pidByCommandLine } from './processes.js';

export interface BenchMeili extends MeiliServer {
  pid: number;
  dataDir: string;
}

/** A throwaway Meilisearch (never MEILI_URL: the bench must not touch a server someone uses). */
export async function startBenchMeili(label: string): Promise<BenchMeili> {
  const dataDir = mkdtempSync(join(tmpdir(), `atip-bench-${label}-`));
  // Gigabytes at scale: removed even when the run dies.
  const release = atExit(() => rmSync(dataDir, { recursive: true, force: true }));
  const server = await startMeili({ dataDir });
  const pid = pidByCommandLine(join(dataDir, 'data.ms'));
  if (!pid) {
    await server.stop();
    throw new Error(`started Meilisearch in ${dataDir} but cannot find its process`);
  }
  return {
    ...server,
    pid,
    dataDir,
    stop: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
      release();
    },
  };
}
