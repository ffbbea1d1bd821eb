/**
 * The floor under "API / direct": the least any Node API in front of the engine does. A node:http
 * server that forwards each request's body to the engine's `/multi-search` over the API's own
 * transport (src/node-engine.ts), parses the answer and writes it back serialised; no validation,
 * no query understanding, no middleware. Sent the direct mix, it shows what one more HTTP hop
 * through a Node process costs on this machine before any of the API's own work: the part of the
 * ratio no change inside the API can remove. Run as its own process, as the API is
 * (`node --import tsx scripts/ops/bench/floor.ts`, with MEILI_URL, MEILI_SEARCH_KEY, HOST, PORT).
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { nodeEngineHttp } from '../../../src/node-engine.js';
import { directHeaders } from './mix.js';

const send = (res: ServerResponse, status: number, body: string) => {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
};

export function floorServer(meili: { url: string; searchKey: string }): Server {
  const engine = nodeEngineHttp();
  const url = new URL('/multi-search', meili.url);
  const headers = directHeaders(meili.searchKey);
  return createServer((req, res) => {
    if (req.method !== 'POST') return send(res, 200, '{"status":"ok"}');
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      engine(url, { method: 'POST', headers, body }).then(
        (answer) => send(res, 200, JSON.stringify(answer)),
        (error: unknown) => send(res, 502, JSON.stringify({ error: String(error) })),
      );
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { MEILI_URL, MEILI_SEARCH_KEY, HOST = '127.0.0.1', PORT } = process.env;
  if (!MEILI_URL || !MEILI_SEARCH_KEY || !PORT) throw new Error('set MEILI_URL, MEILI_SEARCH_KEY and PORT');
  const server = floorServer({ url: MEILI_URL, searchKey: MEILI_SEARCH_KEY });
  server.listen(Number(PORT), HOST);
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
}
