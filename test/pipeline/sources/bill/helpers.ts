/** Shared by the corpus tests: the real sources, parsed once per test file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllSources, type ParsedSource } from '../../../../scripts/pipeline/corpus/build.js';
import { cleanSource } from '../../../../scripts/pipeline/sources/bill/clean.js';
export { editDistance } from '../../../../scripts/pipeline/sources/bill/distance.js';

let cache: ParsedSource[] | undefined;
export const parsedSources = (): ParsedSource[] => (cache ??= parseAllSources('.'));

export const fixture = (name: string): string[] =>
  readFileSync(join('test/pipeline/sources/bill/fixtures', name), 'utf8').replace(/\n$/, '').split('\n');

export const sourceLines = (file: string): string[] =>
  readFileSync(join('corpus/sources', file), 'utf8').split('\n');

export const cleaned = (s: ParsedSource) => cleanSource(s.text);

export const label = (s: ParsedSource) => `${s.act.slug} (${s.source.lang})`;
