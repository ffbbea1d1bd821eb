/**
 * Where the statute sources are read from: `LAW_SOURCES`, else `<repo>/../shared/sources`. They
 * are read in place, never copied into the repository (see its PROVENANCE.md); every script
 * and test that reads a source goes through here, so a missing folder fails the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const LAW_SOURCES_ENV = 'LAW_SOURCES';

/** The sources folder for the repository at `root` (absolute). */
export function lawSourcesDir(root = '.'): string {
  const fromEnv = process.env[LAW_SOURCES_ENV];
  return resolve(fromEnv ? fromEnv : join(root, '..', 'shared', 'sources'));
}

/** The folder, or an error that names where it was looked for and how to point elsewhere. */
export function requireLawSources(root = '.'): string {
  const dir = lawSourcesDir(root);
  if (!existsSync(dir)) {
    throw new Error(
      `law sources not found: looked in ${dir}. Put the shared sources folder there (beside the repository: ../shared/sources) or set ${LAW_SOURCES_ENV} to the folder that holds PROVENANCE.md and the <act>/ folders.`,
    );
  }
  return dir;
}

/** The absolute path of a source file by its path inside the sources folder; it must exist. */
export function lawSourcePath(file: string, root = '.'): string {
  const path = join(requireLawSources(root), file);
  if (!existsSync(path)) throw new Error(`law source missing: ${path} (sources folder ${lawSourcesDir(root)})`);
  return path;
}

/** One source file by its path inside the sources folder, e.g. `atipsom/reprint-2022-02-22-en.txt`. */
export function readLawSource(file: string, root = '.'): string {
  return readFileSync(lawSourcePath(file, root), 'utf8');
}
