/**
 * Search quality on the public relevance set, three ways over the same documents:
 *  - baseline: a fresh index with Meilisearch's default settings (only the primary key set);
 *  - settings: our index settings (src/search/settings.ts), queried straight, without the API;
 *  - api:      GET /v1/search, i.e. our settings plus the API's citation handling.
 * Each query is run in its own language (`lang` filter; the baseline has no filterable
 * attributes by default, so it fetches 100 hits and keeps those in the language, which gives
 * the same order as a filter would).
 */
import { Meilisearch, type Index } from 'meilisearch';
import type { ProvisionDoc } from '../../../src/schema/document.js';
import { LIVE_INDEX } from '../../../src/search/settings.js';
import { dedupe, meanScores, scoreQuery, type Scores } from './metrics.js';
import { apiSearchPath } from './mix.js';
import type { Judgement } from './relevance.js';

export const SYSTEMS = ['baseline', 'settings', 'api'] as const;
export type System = (typeof SYSTEMS)[number];

export interface QueryOutcome {
  judgement: Judgement;
  ranked: Record<System, string[]>;
  scores: Record<System, Omit<Scores, 'queries'>>;
}

export interface QualityResult {
  outcomes: QueryOutcome[];
  /** Rows: "all", "user=ngo", "lang=ms", "kind=facts", ... */
  groups: { group: string; scores: Record<System, Scores> }[];
}

export const BASELINE_INDEX = 'baseline-default-settings';
const TOP = 10;

type Hit = { id: string; lang: string };

/** Creates the default-settings index from the same documents. */
export async function buildBaseline(meili: { url: string; adminKey: string }, docs: readonly ProvisionDoc[]): Promise<void> {
  const client = new Meilisearch({ host: meili.url, apiKey: meili.adminKey });
  await client.deleteIndex(BASELINE_INDEX).waitTask();
  const created = await client.createIndex(BASELINE_INDEX, { primaryKey: 'key' }).waitTask();
  if (created.status !== 'succeeded') throw new Error(`create ${BASELINE_INDEX}: ${created.error?.message}`);
  const added = await client.index(BASELINE_INDEX).addDocuments([...docs]).waitTask({ timeout: 300_000 });
  if (added.status !== 'succeeded') throw new Error(`documents into ${BASELINE_INDEX}: ${added.error?.message}`);
}

async function baselineRanking(index: Index, j: Judgement): Promise<string[]> {
  const { hits } = await index.search<Hit>(j.query, { limit: 100, attributesToRetrieve: ['id', 'lang'] });
  return dedupe(hits.filter((h) => h.lang === j.lang).map((h) => h.id)).slice(0, TOP);
}

async function settingsRanking(index: Index, j: Judgement): Promise<string[]> {
  const { hits } = await index.search<Hit>(j.query, { limit: TOP, filter: `lang = "${j.lang}"`, attributesToRetrieve: ['id', 'lang'] });
  return dedupe(hits.map((h) => h.id));
}

async function apiRanking(apiUrl: string, j: Judgement): Promise<string[]> {
  const res = await fetch(`${apiUrl}${apiSearchPath(j.query, { lang: j.lang })}`);
  if (!res.ok) throw new Error(`API answered ${res.status} for "${j.query}": ${await res.text()}`);
  const body = (await res.json()) as { hits: Hit[] };
  return dedupe(body.hits.map((h) => h.id));
}

export function groupScores(outcomes: readonly QueryOutcome[]): QualityResult['groups'] {
  const groups = new Map<string, QueryOutcome[]>([['all', [...outcomes]]]);
  for (const o of outcomes) {
    for (const g of [`user=${o.judgement.user}`, `lang=${o.judgement.lang}`, `kind=${o.judgement.kind}`]) {
      groups.set(g, [...(groups.get(g) ?? []), o]);
    }
  }
  const order = (g: string) => (g === 'all' ? '' : g);
  return [...groups.entries()]
    .sort(([a], [b]) => order(a).localeCompare(order(b)))
    .map(([group, os]) => ({
      group,
      scores: Object.fromEntries(SYSTEMS.map((s) => [s, meanScores(os.map((o) => o.scores[s]))])) as Record<System, Scores>,
    }));
}

export async function measureQuality(
  meili: { url: string; searchKey: string },
  apiUrl: string,
  set: readonly Judgement[],
): Promise<QualityResult> {
  const client = new Meilisearch({ host: meili.url, apiKey: meili.searchKey });
  const baseline = client.index(BASELINE_INDEX);
  const ours = client.index(LIVE_INDEX);
  const outcomes: QueryOutcome[] = [];
  for (const j of set) {
    const ranked: Record<System, string[]> = {
      baseline: await baselineRanking(baseline, j),
      settings: await settingsRanking(ours, j),
      api: await apiRanking(apiUrl, j),
    };
    const scores = Object.fromEntries(SYSTEMS.map((s) => [s, scoreQuery(ranked[s], j.expected)])) as QueryOutcome['scores'];
    outcomes.push({ judgement: j, ranked, scores });
  }
  return { outcomes, groups: groupScores(outcomes) };
}
