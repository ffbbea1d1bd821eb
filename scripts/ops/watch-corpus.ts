/**
 * `npm start -- --watch`: the corpus kept live while the server runs. A change under the watched
 * folders (corpus/acts, corpus/annotations) starts an index run once the files have been quiet
 * for `quietMs`, so an editor's save (often several writes and a rename) is one run. Runs never
 * overlap: changes during a run start one more run after it. A run that fails (a bad file, with
 * its file and line) is reported and the watch goes on; the index run itself guarantees that the
 * live index keeps the last good build (scripts/pipeline/index/index-corpus.ts).
 *
 * Watched with chokidar, not Node's own `fs.watch(root, { recursive: true })`: on Linux, Node 20's
 * recursive watch loses a file once it is replaced by a rename, which is how editors and `sed -i`
 * save (checked: no event for any later change of that file); chokidar watches each folder.
 */
import { watch } from 'chokidar';

export interface CorpusWatch {
  /** Settles once every folder is watched: changes before it may not be seen. */
  ready: Promise<void>;
  /** Settles when no run is running or waiting (the next change may start one again). */
  idle(): Promise<void>;
  /** Stops watching, then waits for a run in progress; starts no further run. */
  close(): Promise<void>;
}

export interface WatchOptions {
  /** Folders watched, recursively. */
  roots: readonly string[];
  /** One index run; a rejection is reported, not thrown. */
  run: () => Promise<void>;
  /**
   * Quiet time after the last change before a run starts, ms (default 50): an editor's save (a
   * write and a rename) lands within a few ms; a change after it only brings one more run.
   */
  quietMs?: number;
  log?: (line: string) => void;
}

export function watchCorpus(options: WatchOptions): CorpusWatch {
  const log = options.log ?? ((line: string) => console.log(line));
  const quietMs = options.quietMs ?? 50;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;
  let settled: (() => void)[] = [];

  const wake = () => {
    if (timer || running) return;
    const waiting = settled;
    settled = [];
    for (const done of waiting) done();
  };

  const start = () => {
    timer = undefined;
    if (closed) return wake();
    running = options
      .run()
      .catch((error: unknown) => log(`indexing failed; the live index is unchanged.\n${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = undefined;
        if (again && !closed) {
          again = false;
          schedule();
        } else wake();
      });
  };

  const schedule = () => {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(start, quietMs);
  };

  const watcher = watch([...options.roots], { ignoreInitial: true })
    .on('all', () => schedule())
    .on('error', (error) => log(`watching ${options.roots.join(', ')} failed: ${error instanceof Error ? error.message : String(error)}`));
  const ready = new Promise<void>((done) => watcher.once('ready', () => done()));

  return {
    ready,
    idle: () => (timer || running ? new Promise<void>((done) => settled.push(done)) : Promise.resolve()),
    async close() {
      closed = true;
      await watcher.close();
      clearTimeout(timer);
      timer = undefined;
      await running;
      wake();
    },
  };
}
