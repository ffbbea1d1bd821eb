/**
 * All Acts with sources → parsed provisions and the files that hold them. Data-driven by the
 * Act registry: each source is read by the reader its `format` names (the reprint reader in
 * scripts/pipeline/sources/reprint, the Bill reader here); there is no per-Act code.
 */
import { ACTS, actsWithText, type ActConfig, type ActSource, type BillExtract } from '../../../src/registry/acts.js';
import { reprintPdf, type Provision } from '../../../src/schema/provision.js';
import { lawSourcePath, readLawSource } from '../sources/law-sources.js';
import { letterSpacedLines, parseReprint } from '../sources/reprint/parse.js';
import { cleanReprint } from '../sources/reprint/clean.js';
import { readPdfPages, type PdfPages } from '../sources/reprint/pdf.js';
import { cleanSource } from '../sources/bill/clean.js';
import { extractClauses } from '../sources/bill/clause.js';
import type { Anomaly } from '../structure/anomalies.js';
import { provisionToMarkdown } from './markdown.js';
import { parseActSource } from '../sources/bill/parse.js';
import type { ParsedAct } from '../sources/types.js';
import { compareProvisions } from './read.js';

export interface ParsedSource extends ParsedAct {
  act: ActConfig;
  source: ActSource;
  /** The source file's text, as parsed. */
  text: string;
  /** The cleaned lines the reader parsed (one per source line) and the body region [start, end). */
  lines: string[];
  body: [number, number];
  /** 1-based body lines that are titles between sections (cross-headings), not provisions. */
  titles: number[];
  /** Letter-spaced lines of a reprint given the PDF's word spacing (`lines` holds them so). */
  respaced: { line: number; page: number; text: string }[];
}

/** Parse one source with the reader of its format; `pdf`: the pages of a reprint's PDF its letter-spaced lines are on. */
export function parseSource(act: ActConfig, source: ActSource, text: string, pdf: PdfPages = new Map()): ParsedSource {
  if (source.format === 'reprint') {
    const r = parseReprint(act, source, text, pdf);
    const { cleaned, crossHeadings, ...parsed } = r;
    return { act, source, text, ...parsed, lines: cleaned.lines, body: cleaned.regions.body, titles: crossHeadings };
  }
  const { lines, regions } = cleanSource(text);
  return { act, source, text, ...parseActSource(act, source, text), lines, body: regions.body, titles: [], respaced: [] };
}

/** The pages of a reprint's PDF that print its letter-spaced lines, read (none for a Bill). */
export async function letterSpacedPages(source: ActSource, text: string, root = '.'): Promise<PdfPages> {
  if (source.format !== 'reprint') return new Map();
  const pages = letterSpacedLines(cleanReprint(text)).map((x) => x.page);
  return readPdfPages(lawSourcePath(reprintPdf(source.file), root), pages);
}

/** The current text of every Act that has one; `root` is the repository root. */
export async function parseAllSources(root = '.'): Promise<ParsedSource[]> {
  const parsed: ParsedSource[] = [];
  for (const act of actsWithText()) {
    for (const source of act.sources) {
      const text = readLawSource(source.file, root);
      parsed.push(parseSource(act, source, text, await letterSpacedPages(source, text, root)));
    }
  }
  return parsed;
}

/** Provisions held in an amending Bill's words, of Acts whose text is not held (config `extracts`). */
export interface ExtractedSource {
  act: ActConfig;
  extract: BillExtract;
  provisions: Provision[];
  anomalies: Anomaly[];
}

export function parseAllExtracts(root = '.'): ExtractedSource[] {
  return ACTS.flatMap((act) =>
    (act.extracts ?? []).map((extract) => ({ act, extract, ...extractClauses(act.slug, extract, readLawSource(extract.file, root)) })),
  );
}

/** The Bills as passed of every Act whose amendment history is rebuilt (config `amendments`). */
export function parseOriginalSources(root = '.'): ParsedSource[] {
  return actsWithText()
    .filter((act) => act.original?.length)
    .flatMap((act) => act.original!.map((source) => parseSource(act, source, readLawSource(source.file, root))));
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
