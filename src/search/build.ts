/**
 * The build record: one document in a small index `<live>-build`, written by every index run
 * that changes something and swapped in the same call as the indexes it describes, so the
 * build id a reader sees always names the contents it is served. The API reads it with the
 * search key and uses it as the ETag and as part of cache keys: a reindex invalidates them.
 */
export const buildIndexName = (live: string): string => `${live}-build`;

export const BUILD_KEY = 'build';

export interface BuildRecord {
  key: typeof BUILD_KEY;
  /** Unique per index run that changed something: `<UTC timestamp>-<digest prefix>`. */
  build: string;
  /** Per live index: a digest of its settings and of every document's content hash. */
  digests: Record<string, string>;
  /**
   * Per index (the build record's own included): a digest of the settings it was built with, so
   * the next run can leave settings alone that did not change (absent in records of older runs).
   */
  settings?: Record<string, string>;
  built_at: string;
}

export const BUILD_SETTINGS = {};
