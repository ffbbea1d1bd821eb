/** The corpus report's sections on the history: what the reprints' lists say, and their misprints. */
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
