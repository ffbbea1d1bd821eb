/**
 * The search engine could not answer: unreachable, too slow, misconfigured, or the index is not
 * built yet. The API turns this into 503 + Retry-After; `detail` says what an operator can do.
 */
export class SearchUnavailable extends Error {
  override readonly name = 'SearchUnavailable';
  constructor(
    readonly reason: 'unreachable' | 'timeout' | 'not-configured' | 'rejected-key' | 'no-index' | 'engine-error',
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(detail, options);
  }
}
