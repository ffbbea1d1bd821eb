/**
 * One deadline per API request: a route may ask the engine several times in a row (a citation
 * with suggestions), and each call's own timeout would add up. Past the deadline the answer is
 * 503 + Retry-After, as for an engine that does not answer at all.
 */
import type { MiddlewareHandler } from 'hono';
import { SearchUnavailable } from '../../search/errors.js';

export function deadline(ms: number): MiddlewareHandler {
  return async (_c, next) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, fail) => {
      timer = setTimeout(() => fail(new SearchUnavailable('timeout', 'The search engine did not answer in time.')), ms);
    });
    try {
      await Promise.race([next(), late]);
    } finally {
      clearTimeout(timer);
    }
  };
}
