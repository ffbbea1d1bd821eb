/** Runs a long-lived child beside Meilisearch; Ctrl-C or its exit stops both, cleanly. */
import type { ChildProcess } from 'node:child_process';
import type { MeiliServer } from './meili-server.js';

export function superviseWith(meili: MeiliServer, child: ChildProcess): void {
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    await meili.stop();
    console.log('stopped');
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));
  child.once('exit', (code) => void shutdown(code ?? 0));
}
