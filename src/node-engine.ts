/**
 * The Node entry's transport to Meilisearch, given to src/search/client.ts in place of the global
 * fetch (`SearchConfig.http`): HTTP/1.1 written and read here, on kept-alive sockets (node:net, or
 * node:tls for an https engine). Workers keep fetch (src/ is shared; only node.ts and this file use
 * `node:`).
 *
 * Why not a client library: the API's CPU is serial with the engine's on every search, and the
 * engine call was its largest part. Per call of the mix's first round trips, answer parsed
 * included, this process's CPU was 0.77 ms through node:http on a kept-alive Agent and 0.31 ms
 * written on the socket (BENCHMARKS.md section 27); undici's `Pool.request` cost what node:http
 * did (section 24), Node's fetch twice that (sections 10, 13). node:http also writes a request on
 * the tick after it is made, behind every promise job queued, and hands the answer over on later
 * ticks: the call's latency fell by more than its CPU.
 *
 * What it speaks: one request at a time per connection (no pipelining), a request's head and body
 * in one write; answers framed by Content-Length, chunked, or (neither given) the connection's end;
 * `Connection: close` and HTTP/1.0 honoured; interim 1xx heads skipped. An answer it cannot read
 * as HTTP fails the call (the client then reads the engine as unreachable: 503), and the connection
 * is dropped, never reused.
 *
 * It throws what the client's own fetch path would have for the engine's answer (a
 * MeilisearchApiError for a non-2xx answer, a SyntaxError for an unreadable one); anything else it
 * throws, the client reads as the engine not reached.
 */
import { connect as tcpConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { MeilisearchApiError } from 'meilisearch';
import type { EngineHttp } from './search/client.js';

/** A transport with its own connections (one set per app). */
export function nodeEngineHttp(): EngineHttp {
  const pools = new Map<string, Pool>();
  return async (input, init = {}) => {
    const url = input instanceof URL ? input : new URL(input instanceof Request ? input.url : input);
    const body = init.body ?? undefined;
    if (body !== undefined && typeof body !== 'string') throw new TypeError('the engine transport sends string bodies only (JSON)');
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`the engine transport speaks http and https, not ${url.protocol}`);
    let pool = pools.get(url.origin);
    if (!pool) pools.set(url.origin, (pool = new Pool(url)));
    const method = init.method ?? 'GET';
    const request = requestHead(url, method, init.headers) + `Content-Length: ${body === undefined ? 0 : Buffer.byteLength(body)}\r\n\r\n` + (body ?? '');
    const { status, statusText, text } = await pool.exchange(request, method === 'HEAD', init.signal ?? undefined);
    // As the client's fetch path: parse first (an unreadable answer is a SyntaxError), then the status.
    const parsed: unknown = text === '' ? undefined : JSON.parse(text);
    if (status < 200 || status > 299) {
      throw new MeilisearchApiError(new Response(null, { status, statusText }), parsed as ConstructorParameters<typeof MeilisearchApiError>[1]);
    }
    return parsed;
  };
}

/**
 * The request line and headers, up to the body's length. The client passes one URL object per
 * path and the same headers object on every call (both built once): the text is built once for each pair.
 */
const heads = new WeakMap<URL, WeakMap<object, Map<string, string>>>();
const NO_HEADERS = {};
function requestHead(url: URL, method: string, init: RequestInit['headers']): string {
  const key = init && typeof init === 'object' ? init : NO_HEADERS;
  let byHeaders = heads.get(url);
  if (!byHeaders) heads.set(url, (byHeaders = new WeakMap()));
  let byMethod = byHeaders.get(key);
  if (!byMethod) byHeaders.set(key, (byMethod = new Map()));
  let head = byMethod.get(method);
  if (head === undefined) {
    if (!/^[A-Z]+$/.test(method)) throw new TypeError(`not an HTTP method: ${method}`);
    head = `${method} ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\n`;
    const headers = new Headers(init);
    // It decodes no content coding: an answer must come as it is (the client asks for it on loopback anyway).
    if (!headers.has('accept-encoding')) headers.set('accept-encoding', 'identity');
    headers.forEach((value, name) => {
      // Headers has refused CR and LF already; these two the transport writes itself.
      if (name !== 'host' && name !== 'content-length') head += `${name}: ${value}\r\n`;
    });
    byMethod.set(method, head);
  }
  return head;
}

interface Answer {
  status: number;
  statusText: string;
  text: string;
  /** The connection may carry another request. */
  reusable: boolean;
}

/** The connections to one engine origin; idle ones are kept (and do not keep the process alive). */
class Pool {
  readonly #idle: Connection[] = [];
  readonly #url: URL;

  constructor(url: URL) {
    this.#url = url;
  }

  /**
   * One request and its whole answer. A kept-alive connection the engine closed while idle fails
   * on reuse before any byte of an answer arrives: every engine call of the API is a read, so it
   * is sent once more on a fresh connection. An abort (the client's deadline) rejects with the
   * signal's reason, which is how the client recognises its own deadline.
   */
  exchange(request: string, bodyless: boolean, signal: AbortSignal | undefined, retried = false): Promise<Answer> {
    return new Promise((done, fail) => {
      if (signal?.aborted) return fail(signal.reason);
      const kept = this.#take();
      const reused = kept !== undefined;
      const connection = kept ?? this.#open();
      const abort = () => {
        connection.drop();
        fail(signal!.reason);
      };
      signal?.addEventListener('abort', abort, { once: true });
      connection.send(request, new AnswerReader(bodyless), (failure, answer) => {
        signal?.removeEventListener('abort', abort);
        if (answer) {
          if (answer.reusable) this.#release(connection);
          else connection.drop();
          return done(answer);
        }
        connection.drop();
        if (signal?.aborted) return; // already rejected with the deadline
        if (reused && !retried && failure!.beforeAnswer) this.exchange(request, bodyless, signal, true).then(done, fail);
        else fail(failure!.cause);
      });
    });
  }

  /** The last connection released that can still carry a request. */
  #take(): Connection | undefined {
    for (let connection = this.#idle.pop(); connection; connection = this.#idle.pop()) {
      if (connection.socket.writable) return connection;
      connection.drop();
    }
    return undefined;
  }

  #open(): Connection {
    const port = Number(this.#url.port) || (this.#url.protocol === 'https:' ? 443 : 80);
    const host = this.#url.hostname.replace(/^\[(.*)\]$/, '$1');
    const socket =
      this.#url.protocol === 'https:'
        ? tlsConnect({ host, port, servername: /^[\d.]+$|:/.test(host) ? undefined : host, ALPNProtocols: ['http/1.1'] })
        : tcpConnect({ host, port });
    socket.setNoDelay(true);
    return new Connection(socket, (gone) => {
      const at = this.#idle.indexOf(gone);
      if (at >= 0) this.#idle.splice(at, 1);
    });
  }

  #release(connection: Connection): void {
    connection.socket.unref();
    this.#idle.push(connection);
  }
}

/** Why a request failed; `beforeAnswer`: no byte of an answer had arrived (safe to send again). */
interface Failure {
  cause: Error;
  beforeAnswer: boolean;
}

/** Called once per request: the answer, or why there is none. */
type Settle = (failure: Failure | undefined, answer: Answer | undefined) => void;

/** One socket and the request it carries (if any). */
class Connection {
  readonly socket: Socket;
  #reader: AnswerReader | undefined;
  #settle: Settle | undefined;
  #received = false;

  /** `onClose`: the connection can carry no more requests (the engine ended it, or it closed). */
  constructor(socket: Socket, onClose: (connection: Connection) => void) {
    this.socket = socket;
    socket.on('data', (chunk: Buffer) => {
      const reader = this.#reader;
      // Bytes nobody asked for: the connection's framing can no longer be trusted.
      if (!reader) return void socket.destroy();
      this.#received = true;
      let answer: Answer | undefined;
      try {
        answer = reader.push(chunk);
      } catch (error) {
        return this.#finish({ cause: error as Error, beforeAnswer: false });
      }
      if (answer) this.#finish(undefined, answer);
    });
    socket.on('end', () => {
      onClose(this);
      const answer = this.#reader?.end();
      if (answer) this.#finish(undefined, answer);
      else this.#fail(Object.assign(new Error('the engine closed the connection before its answer was complete'), { code: 'ECONNRESET' }));
    });
    socket.on('error', (error) => this.#fail(error));
    socket.on('close', () => {
      this.#fail(Object.assign(new Error('the connection to the engine closed'), { code: 'ECONNRESET' }));
      onClose(this);
    });
  }

  send(request: string, reader: AnswerReader, settle: Settle): void {
    this.#reader = reader;
    this.#settle = settle;
    this.#received = false;
    this.socket.ref();
    this.socket.write(request);
  }

  /** Closed for good (after an abort, a failure or an answer that ends the connection). */
  drop(): void {
    this.#reader = undefined;
    this.#settle = undefined;
    this.socket.destroy();
  }

  #fail(cause: Error): void {
    if (this.#settle) this.#finish({ cause, beforeAnswer: !this.#received });
  }

  #finish(failure: Failure | undefined, answer?: Answer): void {
    const settle = this.#settle;
    this.#reader = undefined;
    this.#settle = undefined;
    settle?.(failure, answer);
  }
}

const CRLF = Buffer.from('\r\n');
const HEAD_END = Buffer.from('\r\n\r\n');
/** More than any engine answer's head; a head longer than this is not HTTP from Meilisearch. */
const MAX_HEAD_BYTES = 64 * 1024;

class ProtocolError extends Error {
  constructor(detail: string) {
    super(`the engine's answer is not readable HTTP/1.1: ${detail}`);
  }
}

/** Reads one answer from the bytes as they arrive. */
export class AnswerReader {
  readonly #bodyless: boolean;
  /** Bytes not yet consumed (the head, or chunked framing). */
  #pending: Buffer | undefined;
  #status = 0;
  #statusText = '';
  #keepAlive = true;
  /** How the body is framed, once the head is read. */
  #framing: 'length' | 'chunked' | 'close' | undefined;
  #left = 0;
  #chunkState: 'size' | 'data' | 'crlf' | 'trailer' = 'size';
  readonly #body: Buffer[] = [];

  constructor(bodyless = false) {
    this.#bodyless = bodyless;
  }

  /** The whole answer once these bytes complete it; throws a ProtocolError for what is not HTTP. */
  push(chunk: Buffer): Answer | undefined {
    let bytes = this.#pending ? Buffer.concat([this.#pending, chunk]) : chunk;
    this.#pending = undefined;
    while (this.#framing === undefined) {
      const end = bytes.indexOf(HEAD_END);
      if (end < 0) {
        if (bytes.length > MAX_HEAD_BYTES) throw new ProtocolError('no end to its head');
        this.#pending = bytes;
        return undefined;
      }
      this.#readHead(bytes.toString('latin1', 0, end));
      bytes = bytes.subarray(end + HEAD_END.length);
      if (this.#framing === 'length' && this.#left === 0) return this.#done(bytes);
    }
    if (this.#framing === 'length') {
      if (bytes.length >= this.#left) {
        this.#body.push(bytes.subarray(0, this.#left));
        const rest = bytes.subarray(this.#left);
        this.#left = 0;
        return this.#done(rest);
      }
      this.#left -= bytes.length;
      this.#body.push(bytes);
      return undefined;
    }
    if (this.#framing === 'close') {
      this.#body.push(bytes);
      return undefined;
    }
    return this.#chunks(bytes);
  }

  /** The connection ended: the answer, if its framing was "until the end". */
  end(): Answer | undefined {
    if (this.#framing !== 'close') return undefined;
    this.#keepAlive = false;
    return this.#done(Buffer.alloc(0));
  }

  #readHead(head: string): void {
    const lines = head.split('\r\n');
    const status = /^HTTP\/1\.([01]) (\d{3})(?: (.*))?$/.exec(lines[0]!);
    if (!status) throw new ProtocolError(`its status line reads ${JSON.stringify(lines[0]!.slice(0, 80))}`);
    const code = Number(status[2]);
    // An interim answer (100 Continue, 103 Early Hints): the real one follows.
    if (code >= 100 && code < 200 && code !== 101) return;
    let length: number | undefined;
    let chunked = false;
    let connection = status[1] === '1' ? 'keep-alive' : 'close';
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      const colon = line.indexOf(':');
      if (colon <= 0) throw new ProtocolError(`a header line reads ${JSON.stringify(line.slice(0, 80))}`);
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (name === 'content-length') {
        if (!/^\d+$/.test(value) || (length !== undefined && length !== Number(value))) throw new ProtocolError(`Content-Length ${JSON.stringify(value)}`);
        length = Number(value);
      } else if (name === 'transfer-encoding') chunked = /(?:^|,)\s*chunked\s*$/i.test(value);
      else if (name === 'connection') connection = value.toLowerCase();
    }
    this.#status = code;
    this.#statusText = status[3] ?? '';
    this.#keepAlive = /\bkeep-alive\b/.test(connection) && !/\bclose\b/.test(connection);
    if (this.#bodyless || code === 204 || code === 304) {
      this.#framing = 'length';
      this.#left = 0;
    } else if (chunked) this.#framing = 'chunked';
    else if (length !== undefined) {
      this.#framing = 'length';
      this.#left = length;
    } else this.#framing = 'close';
  }

  #chunks(bytes: Buffer): Answer | undefined {
    let at = 0;
    for (;;) {
      if (this.#chunkState === 'data') {
        const n = Math.min(this.#left, bytes.length - at);
        this.#body.push(bytes.subarray(at, at + n));
        at += n;
        this.#left -= n;
        if (this.#left > 0) return undefined;
        this.#chunkState = 'crlf';
        continue;
      }
      if (this.#chunkState === 'crlf') {
        if (bytes.length - at < 2) break;
        if (bytes[at] !== 13 || bytes[at + 1] !== 10) throw new ProtocolError('a chunk not followed by CRLF');
        at += 2;
        this.#chunkState = 'size';
        continue;
      }
      const eol = bytes.indexOf(CRLF, at);
      if (eol < 0) {
        if (bytes.length - at > MAX_HEAD_BYTES) throw new ProtocolError('a chunk line without an end');
        break;
      }
      const line = bytes.toString('latin1', at, eol);
      at = eol + 2;
      if (this.#chunkState === 'trailer') {
        if (line === '') return this.#done(bytes.subarray(at));
        continue;
      }
      const size = /^([0-9a-fA-F]+)\s*(?:;.*)?$/.exec(line);
      if (!size) throw new ProtocolError(`a chunk size reads ${JSON.stringify(line.slice(0, 40))}`);
      this.#left = parseInt(size[1]!, 16);
      this.#chunkState = this.#left === 0 ? 'trailer' : 'data';
    }
    this.#pending = at < bytes.length ? bytes.subarray(at) : undefined;
    return undefined;
  }

  /** The answer; bytes after it (none are asked for) make the connection unusable. */
  #done(rest: Buffer): Answer {
    const body = this.#body.length === 1 ? this.#body[0]! : Buffer.concat(this.#body);
    return { status: this.#status, statusText: this.#statusText, text: body.toString('utf8'), reusable: this.#keepAlive && rest.length === 0 };
  }
}
