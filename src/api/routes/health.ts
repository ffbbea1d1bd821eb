import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { resourceApp } from '../problem.js';
import { SearchUnavailable } from '../../search/errors.js';
import type { ProvisionSearch } from '../../search/client.js';
import { Health } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/',
  summary: 'Liveness, and whether search answers',
  description: 'Always 200 while the app runs; `search.ok` says whether the live index answered a query (within 2 s).',
  responses: { 200: { description: 'Health.', content: { 'application/json': { schema: Health } } } },
});

export function healthApi(search: ProvisionSearch): OpenAPIHono {
  const app = resourceApp();
  app.openapi(route, async (c) => {
    const state = await searchHealth(search);
    return c.json({ status: state.ok ? ('ok' as const) : ('degraded' as const), app: 'ok' as const, search: state }, 200);
  });
  return app;
}

async function searchHealth(search: ProvisionSearch): Promise<{ ok: boolean; detail: string }> {
  try {
    await search.ping();
    return { ok: true, detail: 'The search index answers.' };
  } catch (error) {
    if (error instanceof SearchUnavailable) return { ok: false, detail: error.detail };
    throw error;
  }
}
