/**
 * A process that dies without stopping what it started (an unhandled rejection, as a crashed bench
 * did) still stops its children and removes what it registered: nothing left running, no data left.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('children and cleanups at exit', () => {
  it('an unhandled rejection stops the children and runs the cleanups', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atip-exit-'));
    const script = join(dir, 'crash.mts');
    const kept = join(dir, 'data');
    writeFileSync(kept, 'x');
    writeFileSync(
      script,
      [
        `import { spawn } from 'node:child_process';`,
        `import { rmSync } from 'node:fs';`,
        `import { atExit, stoppedOnExit } from ${JSON.stringify(resolve('scripts/ops/processes.ts'))};`,
        `const child = stoppedOnExit(spawn('sleep', ['600'], { stdio: 'ignore' }));`,
        `atExit(() => rmSync(${JSON.stringify(kept)}));`,
        `console.log(child.pid);`,
        `await new Promise((r) => setTimeout(r, 100));`,
        `Promise.reject(new Error('crash'));`,
      ].join('\n'),
    );
    try {
      const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((done) => {
        const run = execFile(process.execPath, ['--import', 'tsx', script], (_error, out) => done({ code: run.exitCode, stdout: out }));
      });
      expect(code).not.toBe(0);
      const pid = Number(stdout.trim());
      expect(pid).toBeGreaterThan(0);
      // SIGTERM was sent at exit; the child may take a moment to go.
      for (let i = 0; i < 600 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
      expect(alive(pid)).toBe(false);
      expect(existsSync(kept)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
