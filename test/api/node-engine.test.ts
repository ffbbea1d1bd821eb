/**
 * The Node entry's engine transport (src/node-engine.ts) speaks HTTP/1.1 itself: these tests hold
 * it to the protocol against a server that writes its answers byte by byte as scripted (framing by
 * length, chunks and the connection's end; answers cut anywhere; kept-alive connections reused,
 * closed while idle, or closed by the answer), and to the client's contract (errors as the fetch
 * path raises them, the deadline's reason). test/api/errors.test.ts runs the app's 503 cases
 * through it; the bench's parity check compares its answers with the engine's own.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { MeilisearchApiError } from 'meilisearch';
import { AnswerReader, nodeEngineHttp } from '../../src/node-engine.js';

interface Received {
  head: string;
  body: string;
  /** Which connection (0, 1, …) carried it. */
  connection: number;
}

/** Answers each request with what `answer` returns: raw bytes (or several writes), then maybe closes. */
type Script = (request: Received, socket: Socket) => void;

const servers: { server: Server; connections: Socket[] }[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(({ server, connections }) => {
      connections.forEach((c) => c.destroy());
      return new Promise((r) => server.close(r));
    }),
  );
});

async function scripted(script: Script): Promise<{ url: URL; requests: Received[]; connections: Socket[] }> {
  const requests: Received[] = [];
  const connections: Socket[] = [];
  const server = createServer((socket) => {
    const connection = connections.push(socket) - 1;
    let buffer = Buffer.alloc(0);
    socket.on('error', () => {});
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = buffer.toString('latin1', 0, end);
        const length = Number(/content-length: *(\d+)/i.exec(head)?.[1] ?? 0);
        if (buffer.length < end + 4 + length) return;
        const received = { head, body: buffer.toString('utf8', end + 4, end + 4 + length), connection };
        buffer = buffer.subarray(end + 4 + length);
        requests.push(received);
        script(received, socket);
      }
    });
  });
  servers.push({ server, connections });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/multi-search`), requests, connections };
}

const json = (value: unknown, status = '200 OK', extra = ''): string => {
  const body = JSON.stringify(value);
  return `HTTP/1.1 ${status}\r\ncontent-type: application/json\r\n${extra}content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};

const post = (http: ReturnType<typeof nodeEngineHttp>, url: URL, body: unknown, init: RequestInit = {}) =>
  http(url, { method: 'POST', headers: HEADERS, body: JSON.stringify(body), ...init });
const HEADERS = { 'Content-Type': 'application/json', Authorization: 'Bearer search-key' };

describe('requests', () => {
  it('are written as HTTP/1.1 with the headers given, the host and the body’s length in bytes', async () => {
    const { url, requests } = await scripted((_r, s) => s.write(json({ ok: true })));
    const body = { q: 'kanak-kanak — perdagangan' };
    expect(await post(nodeEngineHttp(), url, body)).toEqual({ ok: true });
    const [request] = requests;
    const lines = request!.head.split('\r\n');
    expect(lines[0]).toBe('POST /multi-search HTTP/1.1');
    expect(lines).toContain(`host: ${url.host}`.replace(/^host/, 'Host'));
    expect(lines).toContain('authorization: Bearer search-key');
    expect(lines).toContain('content-type: application/json');
    // It decodes no content coding, so it asks for none.
    expect(lines).toContain('accept-encoding: identity');
    expect(lines).toContain(`Content-Length: ${Buffer.byteLength(JSON.stringify(body))}`);
    expect(JSON.parse(request!.body)).toEqual(body);
  });

  it('one after another share one kept-alive connection; at the same time, each has its own', async () => {
    const { url, requests } = await scripted((r, s) => setTimeout(() => s.write(json({ echo: JSON.parse(r.body) })), 20));
    const http = nodeEngineHttp();
    for (let i = 0; i < 3; i++) expect(await post(http, url, i)).toEqual({ echo: i });
    expect(requests.map((r) => r.connection)).toEqual([0, 0, 0]);
    const together = await Promise.all([0, 1, 2].map((i) => post(http, url, i)));
    expect(together).toEqual([{ echo: 0 }, { echo: 1 }, { echo: 2 }]);
    expect(new Set(requests.slice(3).map((r) => r.connection)).size).toBe(3);
  });
});

describe('answers', () => {
  it('framed by Content-Length, arriving a byte at a time (a character split across writes)', async () => {
    const value = { text: 'Seksyen 14 — kanak-kanak 🙂 ümlaut', n: [1, 2, 3] };
    const { url } = await scripted((_r, s) => {
      const bytes = Buffer.from(json(value));
      let i = 0;
      const next = () => (i < bytes.length ? s.write(bytes.subarray(i, ++i), () => setImmediate(next)) : undefined);
      next();
    });
    expect(await post(nodeEngineHttp(), url, {})).toEqual(value);
  });

  it('chunked, with a chunk extension and a trailer, in pieces that cut through the framing', async () => {
    const value = { hits: Array.from({ length: 50 }, (_, i) => ({ id: `atipsom-s${i}`, text: 'é'.repeat(i) })) };
    const body = Buffer.from(JSON.stringify(value));
    const { url, requests } = await scripted((_r, s) => {
      const chunks = [body.subarray(0, 7), body.subarray(7, 300), body.subarray(300)];
      const framed = Buffer.concat([
        Buffer.from('HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n'),
        ...chunks.flatMap((c, i) => [Buffer.from(`${c.length.toString(16)}${i === 1 ? ';name=value' : ''}\r\n`), c, Buffer.from('\r\n')]),
        Buffer.from('0\r\nx-trailer: 1\r\n\r\n'),
      ]);
      for (let at = 0; at < framed.length; at += 5) s.write(framed.subarray(at, at + 5));
    });
    const http = nodeEngineHttp();
    expect(await post(http, url, {})).toEqual(value);
    expect(await post(http, url, {})).toEqual(value);
    expect(requests.map((r) => r.connection)).toEqual([0, 0]);
  });

  it('framed by the connection’s end (neither length nor chunks); the next request opens a new connection', async () => {
    const { url, requests } = await scripted((_r, s) => s.end('HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n{"until":"the end"}'));
    const http = nodeEngineHttp();
    expect(await post(http, url, {})).toEqual({ until: 'the end' });
    expect(await post(http, url, {})).toEqual({ until: 'the end' });
    expect(requests.map((r) => r.connection)).toEqual([0, 1]);
  });

  it('Connection: close and HTTP/1.0 answers are not reused; an interim 100 head is skipped', async () => {
    let n = 0;
    const { url, requests } = await scripted((_r, s) => {
      const i = n++;
      if (i === 0) s.write(json({ i }, '200 OK', 'connection: close\r\n'));
      else if (i === 1) s.write(json({ i }).replace('HTTP/1.1', 'HTTP/1.0'));
      else s.write(`HTTP/1.1 100 Continue\r\n\r\n${json({ i })}`);
    });
    const http = nodeEngineHttp();
    expect([await post(http, url, {}), await post(http, url, {}), await post(http, url, {}), await post(http, url, {})]).toEqual([{ i: 0 }, { i: 1 }, { i: 2 }, { i: 3 }]);
    expect(requests.map((r) => r.connection)).toEqual([0, 1, 2, 2]);
  });

  it('an error status is a MeilisearchApiError carrying the engine’s body; an unreadable body a SyntaxError', async () => {
    let n = 0;
    const { url } = await scripted((_r, s) =>
      s.write(n++ === 0 ? json({ message: 'Index `x` not found.', code: 'index_not_found' }, '404 Not Found') : 'HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\n{not '),
    );
    const http = nodeEngineHttp();
    const error = await post(http, url, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MeilisearchApiError);
    expect((error as MeilisearchApiError).response.status).toBe(404);
    expect((error as MeilisearchApiError).cause).toMatchObject({ code: 'index_not_found' });
    await expect(post(http, url, {})).rejects.toBeInstanceOf(SyntaxError);
  });

  it('what is not HTTP fails the call, and the connection is not used again', async () => {
    let n = 0;
    const { url, requests } = await scripted((_r, s) => s.write(n++ === 0 ? 'SMTP ready\r\n\r\n' : json({ fine: true })));
    const http = nodeEngineHttp();
    await expect(post(http, url, {})).rejects.toThrow(/not readable HTTP\/1\.1: its status line reads "SMTP ready"/);
    expect(await post(http, url, {})).toEqual({ fine: true });
    expect(requests.map((r) => r.connection)).toEqual([0, 1]);
  });
});

describe('connections that end', () => {
  it('one the engine closed while idle is replaced, and the request sent once more', async () => {
    const { url, requests, connections } = await scripted((_r, s) => s.write(json({ ok: true })));
    const http = nodeEngineHttp();
    await post(http, url, {});
    // The engine drops the idle connection; the transport may not have seen it yet when it reuses it.
    connections[0]!.destroy();
    expect(await post(http, url, {})).toEqual({ ok: true });
    expect(requests.map((r) => r.connection)).toEqual([0, 1]);
  });

  it('a reused connection whose write finds it already gone is retried on a fresh one', async () => {
    let n = 0;
    // The second request arrives on the kept-alive connection; the engine closes it without answering.
    const { url, requests } = await scripted((_r, s) => (n++ === 1 ? s.destroy() : s.write(json({ n }))));
    const http = nodeEngineHttp();
    await post(http, url, {});
    expect(await post(http, url, {})).toEqual({ n: 3 });
    expect(requests.map((r) => r.connection)).toEqual([0, 0, 1]);
  });

  it('an answer cut off after its first bytes fails (not sent again: part of an answer came)', async () => {
    const { url, requests } = await scripted((_r, s) => s.end('HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n{"hits":['));
    await expect(post(nodeEngineHttp(), url, {})).rejects.toThrow(/closed the connection before its answer was complete/);
    expect(requests).toHaveLength(1);
  });

  it('nothing listening: the connection’s error', async () => {
    const { url } = await scripted(() => {});
    await new Promise((r) => servers.pop()!.server.close(r));
    await expect(post(nodeEngineHttp(), url, {})).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('the deadline: the call rejects with the signal’s reason and the connection is dropped', async () => {
    const { url, requests, connections } = await scripted((r, s) => (requests.length === 1 ? undefined : s.write(json({ late: false }))));
    const http = nodeEngineHttp();
    const deadline = new AbortController();
    const reason = new Error('deadline');
    const call = post(http, url, {}, { signal: deadline.signal });
    await new Promise((r) => setTimeout(r, 50));
    deadline.abort(reason);
    await expect(call).rejects.toBe(reason);
    await new Promise<void>((r) => (connections[0]!.closed ? r() : connections[0]!.on('close', () => r())));
    expect(await post(http, url, {})).toEqual({ late: false });
    expect(requests.map((r) => r.connection)).toEqual([0, 1]);
    const aborted = new AbortController();
    aborted.abort(reason);
    await expect(post(http, url, {}, { signal: aborted.signal })).rejects.toBe(reason);
    expect(requests).toHaveLength(2);
  });

  it('idle connections do not keep a process alive', () => {
    const script = `
      import { createServer } from 'node:net';
      import { nodeEngineHttp } from './src/node-engine.ts';
      const server = createServer((s) => { s.unref(); s.on('data', () => s.write('HTTP/1.1 200 OK\\r\\ncontent-length: 2\\r\\n\\r\\n{}')); });
      server.listen(0, '127.0.0.1', async () => {
        const url = new URL('http://127.0.0.1:' + server.address().port + '/health');
        console.log(JSON.stringify(await nodeEngineHttp()(url)));
        server.unref();
      });`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('{}');
    expect(run.status).toBe(0);
  });
});

/**
 * An https engine (Meilisearch Cloud, or a self-hosted one behind TLS): node:tls under the same
 * framing. The server's certificate is a test fixture (fixtures/engine-tls.crt, self-signed for
 * localhost and 127.0.0.1, key beside it; test-only). Node reads extra trusted certificates at start
 * (NODE_EXTRA_CA_CERTS, as a deployment with a private CA would set it), so each case runs in a
 * child process with the server in it.
 */
describe('over TLS', () => {
  const tlsScript = (cases: string) => `
    import { createServer } from 'node:https';
    import { readFileSync } from 'node:fs';
    import { nodeEngineHttp } from './src/node-engine.ts';
    import { createApp } from './src/app.ts';
    const server = createServer({ key: readFileSync('test/api/fixtures/engine-tls.key'), cert: readFileSync('test/api/fixtures/engine-tls.crt') }, (req, res) => {
      res.setHeader('content-type', 'application/json');
      if (req.url === '/chunked') { res.write('{"parts":['); for (let i = 0; i < 2000; i++) res.write((i ? ',' : '') + i); return res.end(']}'); }
      res.end(JSON.stringify({ servername: req.socket.servername || null }));
    });
    let handshakes = 0;
    server.on('secureConnection', () => handshakes++);
    server.listen(0, '127.0.0.1', async () => {
      const port = server.address().port;
      const http = nodeEngineHttp();
      const call = (url) => http(new URL(url)).catch((e) => ({ error: e.code ?? e.message }));
      const out = {};
      ${cases}
      console.log(JSON.stringify({ ...out, handshakes }));
      server.close();
      process.exit(0);
    });`;
  const runChild = (script: string, env: Record<string, string>) =>
    new Promise<{ stdout: string; stderr: string; status: number | null }>((done) => {
      // Asynchronous, not spawnSync: the test process stays free while the child works.
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, ...env } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c) => (stdout += c));
      child.stderr.on('data', (c) => (stderr += c));
      child.on('close', (status) => done({ stdout, stderr, status }));
    });

  it('with the engine’s certificate trusted: answers read, one handshake per origin kept alive, the host name sent for SNI, chunks across TLS records', async () => {
    const run = await runChild(
      tlsScript(`
        out.ip = [await call('https://127.0.0.1:' + port + '/a'), await call('https://127.0.0.1:' + port + '/b')];
        out.chunked = await call('https://127.0.0.1:' + port + '/chunked');
        out.named = await call('https://localhost:' + port + '/c');`),
      { NODE_EXTRA_CA_CERTS: 'test/api/fixtures/engine-tls.crt' },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    // An address is no server name: none is sent for it.
    expect(out.ip).toEqual([{ servername: null }, { servername: null }]);
    expect(out.chunked).toEqual({ parts: Array.from({ length: 2000 }, (_, i) => i) });
    expect(out.named).toEqual({ servername: 'localhost' });
    // 127.0.0.1 (three calls, one connection) and localhost (another origin).
    expect(out.handshakes).toBe(2);
  }, 120_000);

  it('with a certificate nobody vouches for: the call fails on it, and the API answers 503 that the engine cannot be reached', async () => {
    const run = await runChild(
      tlsScript(`
        out.call = await call('https://127.0.0.1:' + port + '/a');
        const app = createApp({ MEILI_URL: 'https://127.0.0.1:' + port, MEILI_SEARCH_KEY: 'search-key' }, { engineHttp: http });
        const res = await app.fetch(new Request('http://api.test/v1/search?q=forced+labour'));
        out.api = { status: res.status, type: res.headers.get('content-type'), body: await res.json() };`),
      {},
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.call).toEqual({ error: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(out.api.status).toBe(503);
    expect(out.api.type).toMatch(/^application\/problem\+json/);
    expect(out.api.body.detail).toMatch(/cannot be reached/);
    expect(out.handshakes).toBe(0);
  }, 120_000);
});

describe('AnswerReader', () => {
  it('refuses a head with no end, a bad length and a bad chunk size', () => {
    expect(() => new AnswerReader().push(Buffer.alloc(70_000, 'a'))).toThrow(/no end to its head/);
    expect(() => new AnswerReader().push(Buffer.from('HTTP/1.1 200 OK\r\ncontent-length: 1x\r\n\r\n'))).toThrow(/Content-Length "1x"/);
    expect(() => new AnswerReader().push(Buffer.from('HTTP/1.1 200 OK\r\ncontent-length: 2\r\ncontent-length: 3\r\n\r\n'))).toThrow(/Content-Length/);
    expect(() => new AnswerReader().push(Buffer.from('HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n'))).toThrow(/chunk size reads "zz"/);
  });

  it('bytes after the answer make the connection unusable; 204 and HEAD answers have no body', () => {
    expect(new AnswerReader().push(Buffer.from('HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}extra'))).toMatchObject({ text: '{}', reusable: false });
    expect(new AnswerReader().push(Buffer.from('HTTP/1.1 204 No Content\r\n\r\n'))).toEqual({ status: 204, statusText: 'No Content', text: '', reusable: true });
    expect(new AnswerReader(true).push(Buffer.from('HTTP/1.1 200 OK\r\ncontent-length: 9\r\n\r\n'))).toMatchObject({ text: '', reusable: true });
  });
});
