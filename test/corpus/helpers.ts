/** Shared by the corpus tests: the real sources, parsed once per test file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllSources, type ParsedSource } from '../../scripts/corpus/build.js';
import { cleanSource } from '../../scripts/corpus/clean.js';

let cache: ParsedSource[] | undefined;
export const parsedSources = (): ParsedSource[] => (cache ??= parseAllSources('.'));

export const fixture = (name: string): string[] =>
  readFileSync(join('test/corpus/fixtures', name), 'utf8').replace(/\n$/, '').split('\n');

export const sourceLines = (file: string): string[] =>
  readFileSync(join('corpus/sources', file), 'utf8').split('\n');

export const cleaned = (s: ParsedSource) => cleanSource(s.text);

/** Levenshtein distance: how far a printed heading is from the arrangement's. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

export const label = (s: ParsedSource) => `${s.act.slug} (${s.source.lang})`;
