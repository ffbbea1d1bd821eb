/**
 * The Node entry's transport to Meilisearch: node:http on kept-alive connections, given to
 * src/search/client.ts in place of the global fetch (`SearchConfig.http`). Measured on the
 * API process (BENCHMARKS.md, sections 10 and 13): Node's fetch (undici, web streams, the request
 * head and body written separately) cost about twice the CPU of node:http per engine call, and the
 * API's CPU is serial with the engine's on every request. Workers keep fetch (src/ is shared; only
 * node.ts and this file use `node:`).
 *
 * It throws what the client's own fetch path would have for the engine's answer (a
 * MeilisearchApiError for a non-2xx answer, a SyntaxError for an unreadable one); anything else it
 * throws, the client reads as the engine not reached.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { urlToHttpOptions } from 'node:url';
import { MeilisearchApiError } from 'meilisearch';
import type { EngineHttp } from './search/client.js';

/** A transport with its own connection pool (one per app). */
export function nodeEngineHttp(): EngineHttp {
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
  return async (input, init = {}) => {
    const url = input instanceof URL ? input : new URL(input instanceof Request ? input.url : input);
    const headers = headerRecord(init.headers);
    const body = init.body ?? undefined;
    if (body !== undefined && typeof body !== 'string') throw new TypeError('the engine transport sends string bodies only (JSON)');
    const { status, statusText, text } = await exchange(url, init.method ?? 'GET', headers, body, init.signal ?? undefined, agents);
    // As the client's fetch path: parse first (an unreadable answer is a SyntaxError), then the status.
    const parsed: unknown = text === '' ? undefined : JSON.parse(text);
    if (status < 200 || status > 299) {
      throw new MeilisearchApiError(new Response(null, { status, statusText }), parsed as ConstructorParameters<typeof MeilisearchApiError>[1]);
    }
    return parsed;
  };
}

/**
 * Headers as node:http takes them. The client passes the same headers object (built once, never
 * changed) on every call: converted once, not per call.
 */
const converted = new WeakMap<object, Record<string, string>>();
function headerRecord(init: RequestInit['headers']): Record<string, string> {
  const kept = init && typeof init === 'object' ? converted.get(init) : undefined;
  if (kept) return kept;
  const record: Record<string, string> = {};
  new Headers(init).forEach((value, name) => (record[name] = value));
  if (init && typeof init === 'object') converted.set(init, record);
  return record;
}

/**
 * A URL as node:http reads it. The client passes the same URL object for each path it asks (it
 * parses each once): converted once, not per call (about 1% of the Node API's CPU per search).
 */
const targets = new WeakMap<URL, ReturnType<typeof urlToHttpOptions>>();
function target(url: URL): ReturnType<typeof urlToHttpOptions> {
  let options = targets.get(url);
  if (!options) targets.set(url, (options = urlToHttpOptions(url)));
  return options;
}

interface Answer {
  status: number;
  statusText: string;
  text: string;
}

/**
 * One request and its whole answer. The head and a string body leave in one write. A kept-alive
 * connection the engine closed while idle fails with ECONNRESET on reuse: every engine call of the
 * API is a read, so it is sent once more on a fresh connection. An abort (the client's deadline)
 * rejects with the signal's reason, which is how the client recognises its own deadline.
 */
function exchange(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
  signal: AbortSignal | undefined,
  agents: { http: HttpAgent; https: HttpsAgent },
  retried = false,
): Promise<Answer> {
  return new Promise((done, fail) => {
    if (signal?.aborted) return fail(signal.reason);
    const https = url.protocol === 'https:';
    const req = (https ? httpsRequest : httpRequest)({ ...target(url), method, headers, agent: https ? agents.https : agents.http }, (res: IncomingMessage) => {
      res.setEncoding('utf8');
      let text = '';
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        signal?.removeEventListener('abort', abort);
        done({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', text });
      });
      res.on('error', failed);
    });
    function abort() {
      fail(signal!.reason);
      req.destroy();
    }
    function failed(error: NodeJS.ErrnoException) {
      signal?.removeEventListener('abort', abort);
      if (!retried && req.reusedSocket && error.code === 'ECONNRESET' && !signal?.aborted) {
        exchange(url, method, headers, body, signal, agents, true).then(done, fail);
      } else fail(error);
    }
    signal?.addEventListener('abort', abort, { once: true });
    req.on('error', failed);
    req.end(body);
  });
}
