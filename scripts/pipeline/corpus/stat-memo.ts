/**
 * What a long-lived indexer (`npm start -- --watch`) knows of a file without reading it again: a
 * value made from the file is reused while the file's stat (inode, size, modification and change
 * times in nanoseconds) is the one it had when the value was made. Reading and hashing ~2,200
 * corpus files took ~60 ms a run; their stats take ~15 ms.
 *
 * A stat is trusted only when the file was last modified more than SETTLED_MS before it was
 * taken (as git treats a "racily clean" entry): a file written again within the same timestamp
 * tick, to the same size, would keep its stat, so a file changed that recently is read again on
 * every look until it has settled. The stat is taken before the file is read: a change between
 * the two changes the stat, and the next look reads the file again.
 */
import { statSync } from 'node:fs';

/** Far beyond any file system's timestamp tick (1-10 ms on Linux). */
export const SETTLED_MS = 1_000;

interface Look {
  key: string;
  trusted: boolean;
}

function look(path: string): Look {
  const s = statSync(path, { bigint: true });
  return { key: `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`, trusted: Date.now() - Number(s.mtimeMs) > SETTLED_MS };
}

export class StatMemo<T> {
  readonly #kept = new Map<string, { key: string; value: T }>();

  /** `make()` for the file at `path`, or the value made last time if the file is unchanged since. */
  get(path: string, make: () => T): T {
    const now = look(path);
    const kept = this.#kept.get(path);
    if (kept && kept.key === now.key) return kept.value;
    const value = make();
    if (now.trusted) this.#kept.set(path, { key: now.key, value });
    else this.#kept.delete(path);
    return value;
  }
}
