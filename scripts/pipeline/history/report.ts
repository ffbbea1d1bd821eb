/** The corpus report's sections on the history: what the reprints' lists say, and their misprints. */
import type { DifferenceKind, ReprintCheck } from './check-reprint.js';
import { crossLanguageDifferences, type ReprintLists } from './in-force.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|');

export function reprintListsReportMarkdown(all: ReadonlyMap<string, readonly ReprintLists[]>): string {
  const acts = [...all.entries()].filter(([, rs]) => rs.length).sort(([a], [b]) => a.localeCompare(b));
  const rows = acts.flatMap(([, rs]) =>
    rs.map((r) => {
      const dates = r.lists.amendments.flatMap((a) => (a.date ? [a.date] : [])).sort();
      return `| ${r.act} | ${r.lang} | \`${r.file}\` | ${r.commencement.map((c) => c.date).join(', ') || '—'} | ${r.lists.amendments.length} | ${dates.length ? `${dates[0]} – ${dates.at(-1)}` : '—'} | ${r.lists.sections.length} | ${r.lists.anomalies.length} |`;
    }),
  );
  const out = [
    '## Reprints: amendment lists',
    '',
    'Read from each reprint (scripts/pipeline/sources/reprint/amendment-lists.ts) into',
    '`corpus/acts/<act>/amendments.json`: the commencement note of the Act as enacted, the List of',
    'Amendments (amending law, short title, in force from) and the List of Sections Amended. A',
    'version\'s in-force date is the List of Amendments\' date for its amending Act; the rows below',
    'where the List of Sections Amended prints something else are kept as printed and not used.',
    '',
    '| act | lang | reprint | commencement | amending laws | in force | section rows | anomalies |',
    '| --- | --- | --- | --- | ---: | --- | ---: | ---: |',
    ...rows,
    '',
  ];
  for (const [act, rs] of acts) {
    const cross = crossLanguageDifferences(rs);
    const anomalies = rs.flatMap((r) => r.lists.anomalies.map((a) => `| \`${r.file}\` | ${a.line} | ${a.kind} | ${cell(a.what)} |`));
    if (!anomalies.length && !cross.length) continue;
    out.push(`### ${act}`, '');
    if (anomalies.length) out.push('| reprint | line | kind | what |', '| --- | ---: | --- | --- |', ...anomalies, '');
    for (const c of cross) out.push(`- English and Malay lists differ: ${c}`);
    if (cross.length) out.push('');
  }
  return out.join('\n');
}

const KIND_ORDER: DifferenceKind[] = ['unexplained', 'explained', 'punctuation', 'spacing', 'number-letter-case', 'hyphen', 'deleted-placeholder'];
const quoted = (s: string): string => (s ? `“${cell(s)}”` : '—');

/** "Bills consolidated vs reprint": every difference with its explanation. */
export function reprintCheckReportMarkdown(checks: readonly ReprintCheck[]): string {
  if (!checks.length) return '';
  const count = (c: ReprintCheck, k: DifferenceKind) => c.differences.filter((d) => d.kind === k).length;
  const out = [
    '## History checked against the reprint',
    '',
    'The last version the Bills consolidate to (scripts/pipeline/history) compared word for word with the',
    'reprint (section headings and text; quotes “” and "" compared as one mark). Each difference is',
    'listed with its explanation: a rule for typesetting (kinds below) or a curated explanation in',
    '`corpus/amendments/<act>-reprint-differences.yaml`. "unexplained" must stay at 0 (test).',
    '',
    `| act | lang | reprint | compared | identical | not compared | ${KIND_ORDER.join(' | ')} |`,
    `| --- | --- | --- | ---: | ---: | ---: | ${KIND_ORDER.map(() => '---:').join(' | ')} |`,
    ...checks.map((c) => `| ${c.act} | ${c.lang} | \`${c.file}\` | ${c.compared} | ${c.identical} | ${c.skipped.length} | ${KIND_ORDER.map((k) => count(c, k)).join(' | ')} |`),
    '',
  ];
  const rules = new Map(checks.flatMap((c) => c.differences).filter((d) => d.kind !== 'explained' && d.kind !== 'unexplained').map((d) => [d.kind, d.explanation]));
  if (rules.size) out.push('Kinds explained by rule:', '', ...[...rules].map(([k, e]) => `- **${k}**: ${e}`), '');
  for (const c of checks) {
    if (c.differences.length) {
      out.push(`### ${c.act} (${c.lang}): differences`, '', '| provision | lines | where | after | Bills consolidated | reprint | kind | explanation |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
      for (const d of c.differences)
        out.push(`| ${d.id} | ${d.lines[0]}–${d.lines[1]} | ${d.where} | …${cell(d.after)} | ${quoted(d.bill)} | ${quoted(d.reprint)} | ${d.kind} | ${d.kind === 'explained' || d.kind === 'unexplained' ? cell(d.explanation) : 'see kind'} |`);
      out.push('');
    }
    if (c.skipped.length) {
      const reasons = new Map<string, string[]>();
      for (const s of c.skipped) reasons.set(s.reason, [...(reasons.get(s.reason) ?? []), s.id]);
      out.push(`Not compared (${c.act}, ${c.lang}): ${[...reasons].map(([r, ids]) => `${r}: ${ids.join(', ')}`).join('; ')}.`, '');
    }
  }
  return out.join('\n');
}
