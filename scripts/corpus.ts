/**
 * `npm run corpus`: sources → corpus/acts/<act>/<lang>/<file>.md, corpus/REPORT.md and
 * corpus/report.json. Deterministic: files are rewritten only when their content changes and
 * files no provision maps to are removed, so a second run changes nothing.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseAllExtracts, parseAllSources, parseOriginalSources } from './pipeline/corpus/build.js';
import { reportMarkdown, reportOf } from './pipeline/corpus/report.js';
import { amendmentReportMarkdown } from './pipeline/history/act.js';
import { corpusOutput } from './pipeline/corpus/output.js';
import { reprintCheckReportMarkdown, reprintListsReportMarkdown } from './pipeline/history/report.js';
import { definitionPairsReportMarkdown } from './pipeline/corpus/definition-pairs.js';

const ACTS_DIR = 'corpus/acts';

function writeIfChanged(path: string, content: string): boolean {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return false;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return true;
}

const parsed = await parseAllSources('.');
const originals = parseOriginalSources('.');
const extracted = parseAllExtracts('.');
for (const s of parsed) {
  console.log(`parsed ${s.act.slug} (${s.source.lang}): ${s.provisions.length} provisions, ${s.anomalies.length} anomalies`);
}
// Amending Bills (config `amendments`) applied to the Bill as passed: past versions go to history/.
const amended = corpusOutput(parsed, originals, extracted, '.');
const files = amended.files;
let written = 0;
for (const [rel, content] of files) if (writeIfChanged(join(ACTS_DIR, rel), content)) written++;
let removed = 0;
if (existsSync(ACTS_DIR)) {
  for (const rel of readdirSync(ACTS_DIR, { recursive: true }) as string[]) {
    if (rel.endsWith('.md') && !files.has(rel.split('\\').join('/'))) {
      rmSync(join(ACTS_DIR, rel));
      removed++;
    }
  }
}
const reports = reportOf(parsed, extracted);
writeIfChanged('corpus/REPORT.md', `${reportMarkdown(reports)}\n${amendmentReportMarkdown(amended.counts)}\n${amended.recordedReport}\n${reprintListsReportMarkdown(amended.reprints)}\n${reprintCheckReportMarkdown(amended.checks)}\n${definitionPairsReportMarkdown(amended.pairing, amended.current)}`);
writeIfChanged('corpus/report.json', `${JSON.stringify(reports, null, 2)}\n`);
console.log(`corpus: ${files.size} files (${written} written, ${removed} removed); see corpus/REPORT.md`);
