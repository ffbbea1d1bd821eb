/**
 * Throwaway copies of parts of the corpus, for tests that change corpus files: the real
 * corpus/ is never written.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A new temporary folder (name starting `prefix`) holding `copies`: its path → the corpus path copied there. */
export function corpusCopy(prefix: string, copies: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [to, from] of Object.entries(copies)) cpSync(from, join(dir, to), { recursive: true });
  return dir;
}

export const removeCopy = (dir: string): void => rmSync(dir, { recursive: true, force: true });
