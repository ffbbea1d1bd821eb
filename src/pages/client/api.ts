/**
 * The pages' view of the JSON API: they call /v1 in-process (app.request, no network), so a page
 * shows exactly what the API serves and inherits its validation, citation rules and errors.
 */
import type { Hono } from 'hono';
import { z } from 'zod';

export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.string(),
  errors: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
  suggestions: z
    .array(z.object({ id: z.string(), short_citation: z.string(), heading: z.string(), url: z.string() }))
    .optional(),
});
export type Problem = z.infer<typeof Problem>;

export type Answer<T> = { ok: true; body: T } | { ok: false; problem: Problem };

/** The engine did not answer (503) or the API broke (5xx): the page cannot be made. */
export class PageUnavailable extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

type Query = Record<string, string | number | readonly string[] | undefined>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export class PageApi {
  // Any Hono app: OpenAPIHono's generics differ, the pages only need request().
  constructor(private readonly app: Pick<Hono, 'request'>) {}

  get<T>(path: string, schema: z.ZodType<T>, query?: Query): Promise<Answer<T>> {
    return this.#call(withQuery(path, query), undefined, schema);
  }

  post<T>(path: string, body: unknown, schema: z.ZodType<T>): Promise<Answer<T>> {
    const init = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
    return this.#call(path, init, schema);
  }

  async #call<T>(url: string, init: RequestInit | undefined, schema: z.ZodType<T>): Promise<Answer<T>> {
    const res = await this.app.request(url, init);
    const body: unknown = await res.json();
    if (res.ok) return { ok: true, body: schema.parse(body) };
    const problem = Problem.parse(body);
    if (res.status >= 500) throw new PageUnavailable(problem);
    return { ok: false, problem };
  }
}
