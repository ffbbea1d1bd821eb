/**
 * The corpus tells the reader where a provision's words are not as printed: every letter-spaced
 * line the report lists (corpus/report.json) is recorded on each provision whose lines hold it;
 * and where the words' spacing was read from the official PDF instead (its source names the page).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../scripts/pipeline/corpus/read.js';
import type { SourceReport } from '../../../scripts/pipeline/corpus/report.js';

const corpus = await readCorpus();
const report: SourceReport[] = JSON.parse(readFileSync('corpus/report.json', 'utf8'));

describe('letter-spaced lines in the corpus', () => {
  const rows = report.flatMap((s) => s.anomalies.filter((a) => a.kind === 'letter-spaced').map((a) => ({ ...a, file: s.file })));
  const holders = (row: (typeof rows)[number]) =>
    corpus.filter((p) => p.meta.act === row.act && p.meta.lang === row.lang && p.meta.source.file === row.file && p.meta.source.lines[0] <= row.line && row.line <= p.meta.source.lines[1]);

  it('every report row inside a provision is recorded on that provision, with its page, and every record is a report row', () => {
    // One row today: the Child Act's Malay preamble (pdf.js reads an upper-case "M" as "m"), which no provision holds.
    expect(rows.map((r) => `${r.file}:${r.line}`)).toEqual(['child-act/reprint-2023-07-01-ms.txt:561']);
    expect(holders(rows[0]!)).toEqual([]);
    for (const row of rows) {
      for (const p of holders(row)) {
        const record = p.meta.extraction?.find((x) => x.line === row.line);
        expect(record, `${p.meta.id} (${p.meta.lang}) line ${row.line}`).toBeDefined();
        expect(record!.issue).toBe('letter-spaced');
        expect(record!.page).toBeGreaterThanOrEqual(p.meta.source.pages![0]);
        expect(record!.page).toBeLessThanOrEqual(p.meta.source.pages![1]);
      }
    }
    const listed = new Set(rows.map((r) => `${r.file}:${r.line}`));
    for (const p of corpus) for (const x of p.meta.extraction ?? []) expect(listed, `${p.meta.source.file}:${x.line}`).toContain(`${p.meta.source.file}:${x.line}`);
  });

  it('every line respaced from the PDF is named, with its page, in the source of each provision holding it, and nowhere else', () => {
    const respaced = report.flatMap((s) => s.anomalies.filter((a) => a.kind === 'respaced-from-pdf').map((a) => ({ ...a, file: s.file })));
    expect(respaced.length).toBeGreaterThanOrEqual(10);
    const listed = new Set(respaced.map((r) => `${r.file}:${r.line}`));
    for (const row of respaced) {
      expect(holders(row).length, `${row.file}:${row.line}`).toBeGreaterThan(0);
      for (const p of holders(row)) {
        const record = p.meta.source.spacing_from_pdf?.find((x) => x.line === row.line);
        expect(record, `${p.meta.id} (${p.meta.lang}) line ${row.line}`).toBeDefined();
        expect(row.message).toContain(`page ${record!.page}:`);
        expect(p.meta.extraction?.some((x) => x.line === row.line) ?? false).toBe(false);
      }
    }
    for (const p of corpus) for (const x of p.meta.source.spacing_from_pdf ?? []) expect(listed, `${p.meta.id} ${x.line}`).toContain(`${p.meta.source.file}:${x.line}`);
  });

  it('no provision of today\'s reprints is kept letter-spaced (Child Act s 4A (en) is respaced); history versions from a Bill carry no record', async () => {
    expect(corpus.filter((p) => p.meta.extraction)).toEqual([]);
    const s4a = corpus.find((p) => p.meta.id === 'child-act-s4a' && p.meta.lang === 'en')!;
    expect(s4a.meta.source.spacing_from_pdf).toEqual([{ line: 1092, page: 24 }]);
    const history = await readCorpus('corpus/acts', 'history');
    expect(history.filter((p) => p.meta.extraction || p.meta.source.spacing_from_pdf)).toEqual([]);
  });
});
