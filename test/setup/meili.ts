/**
 * Vitest global setup: one real Meilisearch on loopback for the whole run, with a temporary data
 * folder, the real corpus indexed once into the live index. Tests get its URL and keys with
 * inject('meili'); it is stopped at the end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { indexCorpus } from '../../scripts/pipeline/index/index-corpus.js';
import { useMeili } from '../../scripts/ops/meili-server.js';
import { LIVE_INDEX } from '../../src/search/settings.js';

export interface TestMeili {
  url: string;
  searchKey: string;
  adminKey: string;
  index: string;
  documents: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    meili: TestMeili;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'atip-meili-'));
  const meili = await useMeili({ dataDir });
  try {
    const report = await indexCorpus({ url: meili.url, adminKey: meili.adminKey, indexName: LIVE_INDEX, log: () => {} });
    project.provide('meili', {
      url: meili.url,
      searchKey: meili.searchKey,
      adminKey: meili.adminKey,
      index: LIVE_INDEX,
      documents: report.documents,
    });
  } catch (error) {
    await meili.stop();
    throw error;
  }
  return async () => {
    await meili.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
