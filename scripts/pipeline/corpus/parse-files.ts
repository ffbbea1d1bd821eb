/**
 * Corpus files → provisions on both cores: the calling thread and one worker thread take chunks
 * of the (path-ordered) file list from a shared counter, each parsing whole chunks in order. The
 * caller starts at once; the worker joins when its modules are loaded (about a second), so
 * neither waits for the other, and without a worker (it failed to start or died) the caller
 * parses what the worker never reported. The result, and the error thrown, are exactly a
 * one-thread read's: every chunk claimed is finished up to its first bad file, and chunks are
 * claimed in path order, so every file before the first bad one found has been parsed.
 */
import { readFileSync } from 'node:fs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Provision } from '../../../src/schema/provision.js';
import { CorpusFileError, markdownToProvision } from './markdown.js';

const CHUNK = 16;

/** A failure as it crosses the thread boundary (a CorpusFileError is rebuilt with file, line and reason). */
type Failure = { index: number; file?: string; line?: number; reason?: string; message: string };

interface Chunk {
  start: number;
  provisions: Provision[];
  failure?: Failure;
}

interface Job {
  files: readonly string[];
  counter: Int32Array;
}

const failureOf = (index: number, error: unknown): Failure =>
  error instanceof CorpusFileError
    ? { index, file: error.file, line: error.line, reason: error.reason, message: error.message }
    : { index, message: error instanceof Error ? error.message : String(error) };

const errorOf = (f: Failure): Error => (f.file !== undefined ? new CorpusFileError(f.file, f.line!, f.reason!) : new Error(f.message));

/** Parses files [start, start + CHUNK) in order, up to the first bad one. */
function parseChunk(files: readonly string[], start: number): Chunk {
  const provisions: Provision[] = [];
  for (let i = start; i < Math.min(start + CHUNK, files.length); i++) {
    try {
      provisions.push(markdownToProvision(readFileSync(files[i]!, 'utf8'), files[i]!));
    } catch (error) {
      return { start, provisions, failure: failureOf(i, error) };
    }
  }
  return { start, provisions };
}

/** Claims and parses chunks until none is left or a file fails (which stops every thread's claiming). */
function drain({ files, counter }: Job, each: (chunk: Chunk) => void): void {
  for (let start = Atomics.add(counter, 0, CHUNK); start < files.length; start = Atomics.add(counter, 0, CHUNK)) {
    const chunk = parseChunk(files, start);
    each(chunk);
    if (chunk.failure) Atomics.store(counter, 0, files.length);
  }
}

if (!isMainThread && (workerData as { parseFiles?: Job } | null)?.parseFiles) {
  drain((workerData as { parseFiles: Job }).parseFiles, (chunk) => parentPort!.postMessage(chunk));
}

/**
 * The worker runs this module through tsx's loader, registered inside it: a worker thread does
 * not inherit the loader of the process (tsx, or vitest's) that starts it.
 */
const workerSource = (url: string): string =>
  `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`;

/** Each file (paths) parsed into its provision, in the order given; throws the first bad file's error. */
export async function parseFiles(files: readonly string[]): Promise<Provision[]> {
  const job: Job = { files, counter: new Int32Array(new SharedArrayBuffer(4)) };
  const out: (Provision | undefined)[] = new Array(files.length);
  let failure: Failure | undefined;
  const reported = new Set<number>();
  const take = (c: Chunk) => {
    c.provisions.forEach((p, i) => (out[c.start + i] = p));
    if (c.failure && (!failure || c.failure.index < failure.index)) failure = c.failure;
    reported.add(c.start);
  };
  // Every chunk before the first failure (all of them without one) has been claimed by now.
  const allIn = () => {
    for (let s = 0; s < (failure?.index ?? files.length); s += CHUNK) if (!reported.has(s)) return false;
    return true;
  };
  // One chunk is not worth a thread.
  const worker = files.length > CHUNK ? new Worker(workerSource(import.meta.url), { eval: true, workerData: { parseFiles: job } }) : undefined;
  const workerDone = new Promise<void>((done) => {
    if (!worker) return done();
    worker.on('message', (chunk: Chunk) => {
      take(chunk);
      if (allIn()) done();
    });
    // Whatever the worker did not report is parsed below; its own failure is not the corpus's.
    worker.on('error', () => done());
    worker.on('exit', () => done());
  });
  try {
    drain(job, take);
    // A worker still loading finds nothing left to claim; one parsing a chunk is waited for.
    if (!allIn()) await workerDone;
  } finally {
    await worker?.terminate();
  }
  // Chunks the worker claimed and never reported (it died): parsed here, in order.
  for (let s = 0; s < (failure?.index ?? files.length); s += CHUNK) if (!reported.has(s)) take(parseChunk(files, s));
  if (failure) throw errorOf(failure);
  return out as Provision[];
}
