/** Shared by the corpus tests: the real sources (LAW_SOURCES), parsed once per test file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllExtracts, parseAllSources, parseOriginalSources, type ExtractedSource, type ParsedSource } from '../../../../scripts/pipeline/corpus/build.js';
import { readLawSource } from '../../../../scripts/pipeline/sources/law-sources.js';
export { editDistance } from '../../../../scripts/pipeline/sources/bill/distance.js';

let cache: Promise<ParsedSource[]> | undefined;
/** The current text of every Act (official reprints, their letter-spaced lines respaced from the PDF). */
export const parsedSources = (): Promise<ParsedSource[]> => (cache ??= parseAllSources('.'));

let originals: ParsedSource[] | undefined;
/** The Bills as passed that amendment histories are rebuilt from. */
export const originalSources = (): ParsedSource[] => (originals ??= parseOriginalSources('.'));

let extracts: ExtractedSource[] | undefined;
/** Provisions held in an amending Bill's words, of Acts whose text is not held. */
export const extractedSources = (): ExtractedSource[] => (extracts ??= parseAllExtracts('.'));

export const fixture = (name: string): string[] =>
  readFileSync(join('test/pipeline/sources/bill/fixtures', name), 'utf8').replace(/\n$/, '').split('\n');

export const sourceLines = (file: string): string[] => readLawSource(file).split('\n');

export const label = (s: ParsedSource) => `${s.act.slug} (${s.source.lang})`;
