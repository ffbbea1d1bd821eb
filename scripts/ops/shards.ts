/**
 * The corpus sharded over several Meilisearch instances on loopback, joined by Meilisearch's
 * experimental `/network` so that any one of them answers a remote federated search over all.
 * Each shard is indexed with the real index library; every instance gets the same network
 * (names `s0`, `s1`, ... with their search keys). Used by the network test and the bench.
 *
 * Licence: remote federated search ships in the Community Edition binary (MIT) behind the
 * `network` experimental feature; Meilisearch's managed sharding and replication (the `leader`,
 * `shards` of /network) are Enterprise Edition (BUSL: free for evaluation, a licence for production).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexCorpus } from '../pipeline/index/index-corpus.js';
import { startMeili, type MeiliServer } from './meili-server.js';

export interface Shards {
  /** The instance the API talks to; any would do. */
  entry: MeiliServer;
  servers: MeiliServer[];
  remotes: string[];
  stop(): Promise<void>;
}

async function patch(server: MeiliServer, path: string, body: unknown): Promise<void> {
  const res = await fetch(`${server.url}${path}`, {
    method: 'PATCH',
    headers: { Authorization: `Bearer ${server.masterKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`PATCH ${path} on ${server.url}: ${res.status} ${await res.text()}`);
}

/**
 * The corpus by Act over `count` shards, in the documents' Act order: the first Acts one shard
 * each, the rest together. Both languages of a provision share a shard, so one hit per
 * provision (`distinct: id`) stays right.
 */
export function actShards<D extends { act: string }>(docs: readonly D[], count = 3): { acts: string[]; documents: D[] }[] {
  const acts = [...new Set(docs.map((d) => d.act))];
  const groups = [...acts.slice(0, count - 1).map((a) => [a]), acts.slice(count - 1)];
  return groups.map((held) => ({ acts: held, documents: docs.filter((d) => held.includes(d.act)) }));
}

/** One instance per group of documents, each indexed, all joined in one network. */
export async function startShards(groups: readonly (readonly Record<string, unknown>[])[], log: (line: string) => void = () => {}): Promise<Shards> {
  const servers: MeiliServer[] = [];
  const dirs: string[] = [];
  const stop = async () => {
    for (const s of servers) await s.stop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  };
  try {
    for (const [i, documents] of groups.entries()) {
      const dir = mkdtempSync(join(tmpdir(), `atip-shard-${i}-`));
      dirs.push(dir);
      const server = await startMeili({ dataDir: dir });
      servers.push(server);
      await indexCorpus({ url: server.url, adminKey: server.adminKey, documents, log: () => {} });
      log(`shard s${i} on ${server.url}: ${documents.length} documents`);
    }
    const remotes = servers.map((_, i) => `s${i}`);
    const network = Object.fromEntries(servers.map((s, i) => [remotes[i], { url: s.url, searchApiKey: s.searchKey }]));
    for (const [i, server] of servers.entries()) {
      await patch(server, '/experimental-features', { network: true });
      await patch(server, '/network', { self: remotes[i], remotes: network });
    }
    return { entry: servers[0]!, servers, remotes, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
