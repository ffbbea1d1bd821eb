/** Cloudflare Workers entry: vars and secrets (MEILI_URL, MEILI_SEARCH_KEY) arrive as `env`. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ExecutionContext } from 'hono';
import { createApp, type AppEnv } from './app.js';

let built: { env: AppEnv; app: OpenAPIHono } | undefined;

export default {
  fetch(request: Request, env: AppEnv, ctx: ExecutionContext): Response | Promise<Response> {
    if (built?.env !== env) built = { env, app: createApp(env) };
    return built.app.fetch(request, env, ctx);
  },
};
