/**
 * Errors as RFC 9457 problem details (application/problem+json). Every `detail` tells the
 * person what to change. Problem types are documented on the /docs page under their anchor.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ZodError } from 'zod';

export const PROBLEM_TYPES = {
  'invalid-request': 'A parameter is missing, malformed or out of range; `errors` lists each one.',
  'unreadable-citation': 'The citation could not be read; `detail` shows the forms that work.',
  'not-found': 'No such provision, Act or route.',
  'method-not-allowed': 'The path exists but not for this method; `Allow` lists the methods it answers to.',
  'citation-not-found': 'The citation was read but names nothing in the corpus; `suggestions` lists near matches.',
  'text-not-held': 'The Act is known but its text is not in this knowledge base yet.',
  'search-unavailable': 'The search engine did not answer; retry after `Retry-After` seconds.',
  'rate-limited': 'Too many requests from one client; retry after `Retry-After` seconds.',
  'payload-too-large': 'The request body is larger than the API accepts.',
  'uri-too-long': 'The URL is longer than the API accepts.',
  'internal-error': 'A fault on our side; the request itself may be fine.',
} as const;
export type ProblemType = keyof typeof PROBLEM_TYPES;

export const Suggestion = z
  .object({ id: z.string(), short_citation: z.string(), heading: z.string(), url: z.string() })
  .openapi('Suggestion');

export const Problem = z
  .object({
    type: z.string().openapi({ example: '/docs#problem-invalid-request' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().openapi({ example: '/v1/search?limit=500' }),
    errors: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
    suggestions: z.array(Suggestion).optional(),
  })
  .openapi('Problem');
export type Problem = z.infer<typeof Problem>;

const TITLES: Record<ProblemType, string> = {
  'invalid-request': 'Invalid request',
  'unreadable-citation': 'Citation not understood',
  'not-found': 'Not found',
  'method-not-allowed': 'Method not allowed',
  'citation-not-found': 'Citation not found',
  'text-not-held': 'Text not held',
  'search-unavailable': 'Search unavailable',
  'rate-limited': 'Too many requests',
  'payload-too-large': 'Request body too large',
  'uri-too-long': 'URL too long',
  'internal-error': 'Internal error',
};

export const RETRY_AFTER_SECONDS = 5;

/** The request's path and query, cut short so an overlong URL is not echoed back whole. */
const MAX_INSTANCE = 500;
const instanceOf = (c: Context): string => {
  const url = new URL(c.req.url);
  const instance = url.pathname + url.search;
  return instance.length > MAX_INSTANCE ? `${instance.slice(0, MAX_INSTANCE)}…` : instance;
};

type ProblemStatus = 400 | 404 | 405 | 413 | 414 | 429 | 500 | 503;
type ProblemExtra = Pick<Problem, 'errors' | 'suggestions'>;

/** Thrown by handlers; the app's error handler answers with it as problem+json. */
export class ApiProblem extends Error {
  constructor(
    readonly type: ProblemType,
    readonly status: ProblemStatus,
    readonly detail: string,
    readonly extra: ProblemExtra = {},
  ) {
    super(detail);
  }
}

export function problem(
  c: Context,
  type: ProblemType,
  status: ProblemStatus,
  detail: string,
  extra: ProblemExtra = {},
  retryAfterSeconds = status === 503 ? RETRY_AFTER_SECONDS : undefined,
  more: Record<string, string> = {},
): Response {
  const body: Problem = { type: `/docs#problem-${type}`, title: TITLES[type], status, detail, instance: instanceOf(c), ...extra };
  const headers: Record<string, string> = { 'Content-Type': 'application/problem+json', ...more };
  if (retryAfterSeconds !== undefined) headers['Retry-After'] = String(retryAfterSeconds);
  return new Response(JSON.stringify(body), { status, headers });
}

/** One sentence per invalid parameter; the schemas word their messages for people. */
export function invalidParameters(error: ZodError, target: string): NonNullable<Problem['errors']> {
  return error.issues.map((issue) => ({ parameter: issue.path.map(String).join('.') || target, message: issue.message }));
}

/** The validation hook shared by every route: zod failures become one 400 problem. */
export function validationHook(result: { success: boolean; error?: ZodError; target: string }, c: Context): Response | undefined {
  if (result.success || !result.error) return undefined;
  const errors = invalidParameters(result.error, result.target);
  const detail = `Fix the request and try again: ${errors.map((e) => e.message).join('; ')}.`;
  return problem(c, 'invalid-request', 400, detail, { errors });
}

/** A resource's sub-app, mounted by createApp with app.route(); its zod failures answer like every other route's. */
export const resourceApp = (): OpenAPIHono => new OpenAPIHono({ defaultHook: validationHook });
