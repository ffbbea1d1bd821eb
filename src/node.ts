/** Node entry: serves the app on PORT (default 8787), loopback unless HOST says otherwise. */
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { readFileSync } from 'node:fs';
import { createApp } from './app.js';
import { nodeEngineHttp } from './node-engine.js';
import { parseThesaurus } from './search/thesaurus.js';

/** The socket's peer; in-process requests (no socket) have none. */
const socketAddress = (c: Context): string | undefined => (c.env?.incoming ? getConnInfo(c).remote.address : undefined);

const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? '127.0.0.1';
const server = serve({ fetch: createApp(process.env, { clientAddress: socketAddress, thesaurus: parseThesaurus(readFileSync(new URL('../corpus/thesaurus.yaml', import.meta.url), 'utf8')), engineHttp: nodeEngineHttp(), readAhead: true, shareLookups: true }).fetch, port, hostname }, (info) => {
  console.log(`API and docs on http://${hostname}:${info.port}/docs`);
});
const close = () => server.close(() => process.exit(0));
process.once('SIGINT', close);
process.once('SIGTERM', close);
