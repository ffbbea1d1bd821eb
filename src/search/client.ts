/**
 * The API's view of Meilisearch: search and filtered reads of the live index with the
 * search-only key. Every failure to get an answer becomes a SearchUnavailable (≤ timeout).
 */
import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  type Config,
  type FederatedMultiSearchParams,
  type MultiSearchQuery,
  type SearchParams,
} from 'meilisearch';
import { ProvisionDoc } from '../schema/document.js';
import { buildIndexName, type BuildRecord } from './build.js';
import { SearchUnavailable } from './errors.js';
import { filterExpression, type Filter } from './filter.js';
import { engineQuery } from './query.js';
import { connectionOptions } from './connection.js';
import { RELATIONS_INDEX, type RelationFilterField } from './relations.js';
import { WORD_FIELDS, WORDS_PAGE, wordsIndexName, type WordDoc } from './words.js';
import { LIVE_INDEX } from './settings.js';

/**
 * A whole document as the API shows it: the schema's fields, not whatever else the index holds
 * (the indexer's content hash). Documents are validated when built, so reads need no parse.
 */
const DOCUMENT_FIELDS = Object.keys(ProvisionDoc.shape);

/** More than the analysis makes (≈ 100 records); the index allows 5,000. */
const RELATIONS_LIMIT = 2_000;

export interface SearchConfig {
  url?: string | undefined;
  searchKey?: string | undefined;
  index?: string | undefined;
  /** The relations index (overlaps, gaps, topics), swapped with the provisions index. */
  relationsIndex?: string | undefined;
  /** Per request; the API answers 503 rather than keep a person waiting longer. */
  timeoutMs?: number | undefined;
  /** How long a build id read from `<index>-build` is reused before asking again (0: every time). */
  buildTtlMs?: number | undefined;
  /**
   * Names of Meilisearch remotes (its experimental `/network`) each holding a shard of the corpus:
   * searches become one remote federated search through `url`, merged by ranking score.
   */
  remotes?: readonly string[] | undefined;
  /** How words are dropped when not all match (default `frequency`; see ARCHITECTURE.md on shards). */
  matchingStrategy?: 'frequency' | 'all' | undefined;
  /** How requests reach the engine instead of the global fetch (Node: src/node-engine.ts). */
  http?: EngineHttp | undefined;
  /**
   * Whether a build id lookup in flight may be awaited by other requests (Node: one process, no
   * request contexts). Never on Workers, where a request that awaits another's I/O resumes in that
   * request's context (buildId). Default false.
   */
  shareLookups?: boolean | undefined;
}

/**
 * Another transport than the global fetch (the shape of meilisearch-js's `httpClient` hook): it
 * gets the request as fetch would and returns the parsed answer, throwing a MeilisearchApiError
 * for an error status and a SyntaxError for an unreadable answer, as ProvisionSearch's fetch path does.
 */
export type EngineHttp = NonNullable<Config['httpClient']>;

export type Doc = ProvisionDoc & { _formatted?: Partial<Record<keyof ProvisionDoc, unknown>> };

export interface SearchRequest {
  q: string;
  filter?: Filter;
  limit: number;
  offset: number;
  /** One hit per provision (its best language) instead of one per language. */
  onePerProvision?: boolean;
  facets?: readonly string[];
  sort?: string[];
  attributesToRetrieve?: string[];
  highlight?: { attributes: string[]; crop: string[]; cropLength: number; pre: string; post: string };
  /** Count every match (a second query in the same round trip); else the engine's estimate. */
  exactTotal?: boolean;
}

export interface SearchAnswer {
  hits: Doc[];
  total: number;
  /** False when `total` is the engine's estimate. */
  totalExact: boolean;
  facets: Record<string, Record<string, number>>;
}

/** One search's answer in a multi-search: what the search plan reads. */
export interface MultiAnswer {
  hits: Doc[];
  totalHits?: number;
  estimatedTotalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
}

/** What a request's highlight asks of the engine (the one mapping for every query that highlights). */
export const highlightParams = (h: NonNullable<SearchRequest['highlight']>) => ({
  attributesToHighlight: h.attributes,
  attributesToCrop: h.crop,
  cropLength: h.cropLength,
  highlightPreTag: h.pre,
  highlightPostTag: h.post,
});

/**
 * The body of `POST /multi-search` for queries of one index (no remotes): each query in the
 * index, with the configured matching strategy unless it names its own.
 */
export const multiSearchBody = (queries: readonly Omit<MultiSearchQuery, 'indexUid'>[], index: string, matchingStrategy: 'frequency' | 'all'): { queries: MultiSearchQuery[] } => ({
  queries: queries.map((q) => ({ matchingStrategy, ...q, indexUid: index })),
});

export const DEFAULT_TIMEOUT_MS = 2_000;
/** After a failed per-build read, the wait before it is tried again; doubled after each failure, up to the max. */
export const PER_BUILD_RETRY_MS = 1_000;
export const PER_BUILD_RETRY_MAX_MS = 60_000;

/** What ProvisionSearch.perBuild has for a key now. */
export interface Kept<T> {
  /** The value read for the live build; undefined until its read has finished (or without a build id, or after a failed read). */
  value: T | undefined;
  /** The read in progress, if any. */
  reading: Promise<void> | undefined;
}

interface PerBuildEntry {
  build: string;
  started: number;
  reading?: Promise<void>;
  done?: { value: unknown };
  failed?: { retryAt: number; delay: number };
}
/** A reindex reaches every process (or Workers isolate) within this time. */
export const DEFAULT_BUILD_TTL_MS = 2_000;

/** A record of the relations index (scripts/pipeline/analysis/relation-docs.ts); `record` is read by the routes' schemas. */
export interface RelationHit {
  kind: 'overlap' | 'gap' | 'topic';
  id: string;
  title: string;
  record: unknown;
}


/** Where and how the engine is asked: its base URL, the headers of every request, the deadline of each. */
interface Engine {
  base: URL;
  headers: Record<string, string>;
  timeoutMs: number;
  http: EngineHttp | undefined;
}

/** What aborts a request at its deadline (told apart from any other abort). */
const DEADLINE = Symbol('deadline');

export class ProvisionSearch {
  readonly #engine: Engine | undefined;
  /** The URLs of the few paths asked (multi-search, an index's search), parsed once. */
  readonly #urls = new Map<string, URL>();
  readonly #index: string;
  readonly #relations: string;
  readonly #buildTtlMs: number;
  readonly #remotes: readonly string[];
  readonly #matchingStrategy: 'frequency' | 'all';
  /** The last build id looked up (undefined: none found), and when its lookup started. */
  #build: { id: string | undefined; at: number } | undefined;
  /** With `shareLookups`: the lookup in flight, and when it started. */
  #lookup: { id: Promise<string | undefined>; at: number } | undefined;
  readonly #shareLookups: boolean;
  readonly #perBuild = new Map<string, PerBuildEntry>();

  constructor(config: SearchConfig) {
    this.#index = config.index ?? LIVE_INDEX;
    this.#relations = config.relationsIndex ?? RELATIONS_INDEX;
    this.#buildTtlMs = config.buildTtlMs ?? DEFAULT_BUILD_TTL_MS;
    this.#remotes = config.remotes ?? [];
    this.#matchingStrategy = config.matchingStrategy ?? 'frequency';
    this.#shareLookups = config.shareLookups ?? false;
    if (config.url) {
      // As meilisearch-js reads a host: http:// when no scheme is given, paths relative to it.
      const host = /^https?:\/\//.test(config.url) ? config.url : `http://${config.url}`;
      this.#engine = {
        base: new URL(host.endsWith('/') ? host : `${host}/`),
        headers: {
          ...connectionOptions(config.url).requestInit?.headers,
          'Content-Type': 'application/json',
          ...(config.searchKey ? { Authorization: `Bearer ${config.searchKey}` } : {}),
        },
        timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        http: config.http,
      };
    }
  }

  async search(request: SearchRequest): Promise<SearchAnswer> {
    const h = request.highlight;
    const params: SearchParams = {
      limit: request.limit,
      offset: request.offset,
      // Drop the commonest words first when not all match, not the last-typed ones.
      matchingStrategy: this.#matchingStrategy,
      filter: request.filter ? filterExpression(request.filter) : undefined,
      ...(request.onePerProvision ? { distinct: 'id' } : {}),
      ...(request.facets ? { facets: [...request.facets] } : {}),
      ...(request.sort ? { sort: request.sort } : {}),
      ...(request.attributesToRetrieve ? { attributesToRetrieve: request.attributesToRetrieve } : {}),
      ...(h ? highlightParams(h) : {}),
    };
    // An exact count, when asked, in the same round trip: with one hit per provision the
    // engine's estimatedTotalHits is an estimate, page mode's totalHits is exact. It is a second
    // search over every match, about a third of the engine's time for this request (measured).
    const q = engineQuery(request.q);
    if (this.#remotes.length) {
      const res = await this.#call(() => this.#federated({ q, ...params }));
      const last = res.hits.length < request.limit && (res.hits.length > 0 || request.offset === 0);
      const seen = request.offset + res.hits.length;
      return { hits: res.hits, total: last ? seen : Math.max(res.estimatedTotalHits ?? 0, seen), totalExact: last, facets: res.facetDistribution ?? {} };
    }
    const queries: MultiSearchQuery[] = [{ indexUid: this.#index, q, ...params }];
    if (request.exactTotal) {
      queries.push({
        indexUid: this.#index,
        q,
        filter: params.filter,
        matchingStrategy: params.matchingStrategy,
        distinct: params.distinct,
        page: 1,
        hitsPerPage: 0,
      });
    }
    const [res, counted] = await this.#call(async () => (await this.#post<{ results: MultiAnswer[] }>('multi-search', { queries })).results);
    const hits = (res?.hits ?? []) as Doc[];
    // A short page is the last one: its end is the exact count, estimate or not.
    const last = hits.length < request.limit && (hits.length > 0 || request.offset === 0);
    const seen = request.offset + hits.length;
    return {
      hits,
      total: counted?.totalHits ?? (last ? seen : Math.max(res?.estimatedTotalHits ?? 0, seen)),
      totalExact: counted !== undefined || last,
      facets: (res?.facetDistribution ?? {}) as Record<string, Record<string, number>>,
    };
  }

  /**
   * Several searches of the provisions index in one round trip (src/api/search-plan.ts builds
   * them); a query without a matching strategy gets the configured one. With remotes, each query
   * is one remote federated search over the shards (a federation merges its queries into one
   * list, so separate lists need separate federations), sent together.
   */
  async multiSearch(queries: readonly Omit<MultiSearchQuery, 'indexUid'>[]): Promise<MultiAnswer[]> {
    if (this.#remotes.length) {
      const withStrategy = queries.map((q) => ({ matchingStrategy: this.#matchingStrategy, ...q }));
      return this.#call(() => Promise.all(withStrategy.map((q) => this.#federated(q))));
    }
    const { results } = await this.#call(() => this.#post<{ results: MultiAnswer[] }>('multi-search', multiSearchBody(queries, this.#index, this.#matchingStrategy)));
    return results.map((r) => ({
      hits: r.hits as Doc[],
      ...(r.totalHits !== undefined ? { totalHits: r.totalHits } : {}),
      ...(r.estimatedTotalHits !== undefined ? { estimatedTotalHits: r.estimatedTotalHits } : {}),
      ...(r.facetDistribution ? { facetDistribution: r.facetDistribution as Record<string, Record<string, number>> } : {}),
    }));
  }

  /**
   * One search over every remote's shard as one remote federated search: per-shard hits merged
   * by ranking score (or sort), facets merged. Paging and facets belong to the federation, which
   * (Meilisearch 1.21) has no page mode: a page-mode query (an exact count) becomes the same
   * page by limit and offset, and its total the federation's estimate.
   */
  async #federated(query: Omit<MultiSearchQuery, 'indexUid'>): Promise<MultiAnswer> {
    const { limit, offset, page, hitsPerPage, facets, ...perQuery } = query;
    const res = await this.#post<{ hits: (Doc & { _federation?: unknown })[] }>('multi-search', {
      federation: {
        ...(page !== undefined ? { limit: hitsPerPage ?? 20, offset: (page - 1) * (hitsPerPage ?? 20) } : { limit: limit ?? 20, offset: offset ?? 0 }),
        ...(facets?.length ? { facetsByIndex: { [this.#index]: facets }, mergeFacets: {} } : {}),
      },
      queries: this.#remotes.map((remote) => ({ indexUid: this.#index, ...perQuery, federationOptions: { remote, weight: 1 } })),
    } satisfies FederatedMultiSearchParams);
    // `_federation` says which shard answered: not part of a document.
    const hits = res.hits.map(({ _federation, ...doc }) => doc as Doc);
    const r = res as { totalHits?: number; estimatedTotalHits?: number; facetDistribution?: unknown };
    return {
      hits,
      ...(r.totalHits !== undefined ? { totalHits: r.totalHits } : {}),
      ...(r.estimatedTotalHits !== undefined ? { estimatedTotalHits: r.estimatedTotalHits } : {}),
      ...(r.facetDistribution ? { facetDistribution: r.facetDistribution as Record<string, Record<string, number>> } : {}),
    };
  }

  /** All documents matching a filter (e.g. both languages of one id), in Act order. */
  async find(filter: Filter, options: { limit?: number; attributes?: string[] } = {}): Promise<Doc[]> {
    const answer = await this.search({
      q: '',
      filter,
      limit: options.limit ?? 20,
      offset: 0,
      sort: ['order:asc'],
      attributesToRetrieve: options.attributes ?? DOCUMENT_FIELDS,
    });
    return answer.hits;
  }

  /** Relation records matching a filter, in build order (every one: the records are few). */
  async relations(filter: Filter<RelationFilterField>): Promise<RelationHit[]> {
    const res = await this.#call(() =>
      this.#post<{ hits: RelationHit[] }>(`indexes/${this.#relations}/search`, {
        q: '',
        filter: filterExpression(filter),
        sort: ['order:asc'],
        limit: RELATIONS_LIMIT,
        attributesToRetrieve: ['kind', 'id', 'title', 'record'],
      } satisfies SearchParams),
    );
    return res.hits;
  }

  /**
   * Every word of the words index built with the live one (src/search/words.ts), read WORDS_PAGE at a
   * time; undefined when there is none (an index built before it existed, or by hand) or the pages
   * read do not add up to its count (swapped while read). Shards keep none: each remote counts only
   * its own provisions.
   */
  async words(): Promise<WordDoc[] | undefined> {
    if (this.#remotes.length) return undefined;
    const uid = wordsIndexName(this.#index);
    const out: WordDoc[] = [];
    for (;;) {
      let page: { hits: WordDoc[]; estimatedTotalHits?: number };
      try {
        page = await this.#call(() =>
          this.#post<{ hits: WordDoc[]; estimatedTotalHits?: number }>(`indexes/${uid}/search`, { q: '', offset: out.length, limit: WORDS_PAGE, attributesToRetrieve: [...WORD_FIELDS] } satisfies SearchParams),
        );
      } catch (error) {
        if (error instanceof SearchUnavailable && error.reason === 'no-index') return undefined;
        throw error;
      }
      out.push(...page.hits);
      if (page.hits.length < WORDS_PAGE) return out.length === (page.estimatedTotalHits ?? out.length) ? out : undefined;
    }
  }

  /**
   * The build id of the live indexes (src/search/build.ts), or undefined when there is none or
   * the engine does not answer (then nothing is cached; the route itself reports the outage).
   * An id found (or its absence) is kept for the build TTL. A caller that finds none kept looks
   * it up itself, unless `shareLookups` lets it await a lookup in flight (Node). In the Workers
   * runtime the continuations of a promise settled by one request's I/O run in that request's
   * context, so a request that awaited another's lookup then did its own I/O (the Cache API read of
   * a hit) on the other's behalf, and workerd refused to serve the body it read: a 500 "Cannot
   * perform I/O on behalf of a different request" for up to ~2% of cache hits at 64 connections
   * (BENCHMARKS.md section 28). There, concurrent lookups cost a few one-hit searches once per TTL.
   */
  async buildId(): Promise<string | undefined> {
    const now = Date.now();
    const kept = this.#build;
    if (kept && now - kept.at < this.#buildTtlMs) return kept.id;
    const shared = this.#lookup;
    if (shared && now - shared.at < this.#buildTtlMs) return shared.id;
    const lookup = this.#lookUpBuild().catch(() => undefined);
    if (this.#shareLookups) this.#lookup = { id: lookup, at: now };
    const id = await lookup;
    // Of lookups that overlap, the one started last is kept.
    if (!this.#build || this.#build.at <= now) this.#build = { id, at: now };
    return id;
  }

  #lookUpBuild(): Promise<string | undefined> {
    const uid = buildIndexName(this.#index);
    // With shards, every remote has its own build record: the id names all of them.
    return this.#call(async () => {
      const { hits } = this.#remotes.length
        ? await this.#post<{ hits: BuildRecord[] }>('multi-search', {
            federation: { limit: this.#remotes.length },
            queries: this.#remotes.map((remote) => ({ indexUid: uid, q: '', attributesToRetrieve: ['build'], federationOptions: { remote, weight: 1 } })),
          } satisfies FederatedMultiSearchParams)
        : await this.#post<{ hits: BuildRecord[] }>(`indexes/${uid}/search`, { q: '', limit: 1, attributesToRetrieve: ['build'] } satisfies SearchParams);
      return hits.length === Math.max(1, this.#remotes.length) ? hits.map((h) => h.build).sort().join('+') : undefined;
    });
  }

  /**
   * A value read from the live indexes, kept while their build id stays the same (in this process
   * or Workers isolate) and read again after a reindex, which changes the id. Nobody waits for the
   * read: `value` is there once it has finished, and until then the caller does without (the read
   * runs in the background; `reading` is it, for a runtime that must be told to let it finish after
   * a response). Nothing without a build id (no build record, or the lookup failed): nothing would
   * say when the value goes stale. A failed read is tried again after a back-off (PER_BUILD_RETRY_MS,
   * doubling to PER_BUILD_RETRY_MAX_MS; a new build starts afresh), not by every request; a read
   * still unsettled after PER_BUILD_RETRY_MAX_MS is started again.
   */
  async perBuild<T>(key: string, read: () => Promise<T>): Promise<Kept<T>> {
    const build = await this.buildId();
    if (build === undefined) return { value: undefined, reading: undefined };
    const kept = this.#perBuild.get(key);
    const same = kept?.build === build ? kept : undefined;
    if (same?.done) return { value: same.done.value as T, reading: undefined };
    // A read that never settles (Workers cancel what a finished request started) is replaced.
    if (same?.reading && Date.now() - same.started < PER_BUILD_RETRY_MAX_MS) return { value: undefined, reading: same.reading };
    if (same?.failed && Date.now() < same.failed.retryAt) return { value: undefined, reading: undefined };
    const entry: PerBuildEntry = { build, started: Date.now(), ...(same?.failed ? { failed: same.failed } : {}) };
    entry.reading = read().then(
      (value) => {
        entry.done = { value };
        delete entry.failed;
      },
      () => {
        const delay = entry.failed ? Math.min(entry.failed.delay * 2, PER_BUILD_RETRY_MAX_MS) : PER_BUILD_RETRY_MS;
        entry.failed = { retryAt: Date.now() + delay, delay };
      },
    ).finally(() => {
      delete entry.reading;
    });
    this.#perBuild.set(key, entry);
    return { value: undefined, reading: entry.reading };
  }

  /** Whether the live index answers a query with our key (not merely whether the engine is up). */
  async ping(): Promise<void> {
    await this.#call(() => this.#post(`indexes/${this.#index}/search`, { q: '', limit: 0 } satisfies SearchParams));
  }

  async #call<T>(run: () => Promise<T>): Promise<T> {
    if (!this.#engine) {
      throw new SearchUnavailable('not-configured', 'The search engine is not configured: set MEILI_URL and MEILI_SEARCH_KEY.');
    }
    try {
      return await run();
    } catch (error) {
      // 408: the engine did not read the request in time (its HTTP workers starved, e.g. while it
      // indexes on the same cores). Every call here is a read, so it is asked once more.
      if (!(error instanceof MeilisearchApiError && error.response.status === 408)) throw unavailable(error);
      try {
        return await run();
      } catch (again) {
        throw unavailable(again);
      }
    }
  }

  /**
   * One JSON request to the engine, as meilisearch-js's client sends it and with its errors (its
   * classes, which `unavailable` reads): the engine's answer to an error status is a
   * MeilisearchApiError, an unreadable answer a SyntaxError, and a request that fails or passes its
   * deadline a MeilisearchRequestError (the cause a MeilisearchRequestTimeOutError for the
   * deadline). Sent by hand: the library built a URL, spread the request's options and merged its
   * headers on every call, about 3% of the Node API's CPU per search (BENCHMARKS.md section 21).
   */
  async #post<T>(path: string, body: unknown): Promise<T> {
    const engine = this.#engine!;
    let url = this.#urls.get(path);
    if (!url) this.#urls.set(path, (url = new URL(path, engine.base)));
    const deadline = new AbortController();
    const init: RequestInit = { method: 'POST', headers: engine.headers, body: JSON.stringify(body), signal: deadline.signal };
    const timer = setTimeout(() => deadline.abort(DEADLINE), engine.timeoutMs);
    let answer: Response;
    let text: string;
    try {
      if (engine.http) return (await engine.http(url, init)) as T;
      // The global fetch as it is now (the bench counts engine calls by replacing it).
      answer = await fetch(url, init);
      text = await answer.text();
    } catch (error) {
      if (engine.http && (error instanceof MeilisearchApiError || error instanceof SyntaxError)) throw error;
      throw new MeilisearchRequestError(url.href, Object.is(error, DEADLINE) ? new MeilisearchRequestTimeOutError(engine.timeoutMs, init) : error);
    } finally {
      clearTimeout(timer);
    }
    const parsed: unknown = text === '' ? undefined : JSON.parse(text);
    if (!answer.ok) throw new MeilisearchApiError(answer, parsed as ConstructorParameters<typeof MeilisearchApiError>[1]);
    return parsed as T;
  }
}

function unavailable(error: unknown): unknown {
  if (error instanceof MeilisearchRequestError) {
    return error.cause instanceof MeilisearchRequestTimeOutError
      ? new SearchUnavailable('timeout', 'The search engine did not answer in time.', { cause: error })
      : new SearchUnavailable('unreachable', 'The search engine cannot be reached.', { cause: error });
  }
  if (error instanceof MeilisearchApiError) {
    const status = error.response.status;
    if (status === 401 || status === 403) {
      return new SearchUnavailable('rejected-key', 'The search engine rejected the API key: check MEILI_SEARCH_KEY.', { cause: error });
    }
    if (error.cause?.code === 'index_not_found') {
      return new SearchUnavailable('no-index', 'The search index has not been built yet: run `npm run index`.', { cause: error });
    }
    if (status === 408) return new SearchUnavailable('timeout', 'The search engine did not answer in time.', { cause: error });
    if (status >= 500) return new SearchUnavailable('engine-error', `The search engine failed (${status}).`, { cause: error });
  }
  // A proxy in front of the engine answering with something that is not JSON.
  if (error instanceof SyntaxError) {
    return new SearchUnavailable('engine-error', 'The search engine sent an unreadable answer.', { cause: error });
  }
  return error;
}
