/**
 * All Acts with sources → parsed provisions and the files that hold them. Data-driven by the
 * Act registry: an Act with `sources` is parsed; there is no per-Act code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actsWithText, type ActConfig, type ActSource } from '../../../src/registry/acts.js';
import type { Provision } from '../../../src/schema/provision.js';
import { provisionToMarkdown } from './markdown.js';
import { parseActSource, type ParsedAct } from '../sources/bill/parse.js';
import { compareProvisions } from './read.js';

export interface ParsedSource extends ParsedAct {
  act: ActConfig;
  source: ActSource;
  /** The source file's text, as parsed. */
  text: string;
}

/** Parse every source of every Act that has text; `root` is the repository root. */
export function parseAllSources(root = '.'): ParsedSource[] {
  return actsWithText().flatMap((act) =>
    act.sources.map((source) => {
      const text = readFileSync(join(root, 'corpus/sources', source.file), 'utf8');
      return { act, source, text, ...parseActSource(act, source, text) };
    }),
  );
}

/** Path of a provision's file under corpus/acts: `<act>/<lang>/<id without the act>.md`. */
export const provisionPath = (p: Provision): string =>
  `${p.meta.act}/${p.meta.lang}/${p.meta.id.slice(p.meta.act.length + 1)}.md`;

export const allProvisions = (parsed: readonly ParsedSource[]): Provision[] =>
  parsed.flatMap((s) => s.provisions).sort(compareProvisions);

/** Every corpus file: relative path under corpus/acts → content. */
export function corpusFiles(provisions: readonly Provision[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const p of provisions) {
    const path = provisionPath(p);
    if (files.has(path)) throw new Error(`two provisions map to ${path}`);
    files.set(path, provisionToMarkdown(p));
  }
  return files;
}
