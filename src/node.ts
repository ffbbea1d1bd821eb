/** Node entry: serves the app on PORT (default 8787), loopback unless HOST says otherwise. */
import { serve } from '@hono/node-server';
import { createApp } from './app.js';

const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? '127.0.0.1';
const server = serve({ fetch: createApp(process.env).fetch, port, hostname }, (info) => {
  console.log(`API and docs on http://${hostname}:${info.port}/docs`);
});
const close = () => server.close(() => process.exit(0));
process.once('SIGINT', close);
process.once('SIGTERM', close);
