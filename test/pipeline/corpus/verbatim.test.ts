/**
 * Test 2: every provision's words are the source's words (no word invented), and every word of
 * the Act's body lands in some provision, a Part/Chapter title, a cross-heading or the preamble
 * (no word lost). Runs on each current source (the official reprints). The source is the text
 * file as cleaned, with one exception: a line whose letters the file spaces out may take the
 * official PDF's word spacing, if its characters are the file line's and the PDF prints it so
 * (small capitals aside: pdf.js reads them as capitals).
 */
import { describe, expect, it } from 'vitest';
import { CHAPTER, PART } from '../../../scripts/pipeline/sources/bill/markers.js';
import { CHAPTER as REPRINT_CHAPTER, PART as REPRINT_PART, expandNumber, readSectionLine } from '../../../scripts/pipeline/sources/reprint/markers.js';
import { joinLines, normalizeSpace, provisionText } from '../../../scripts/pipeline/corpus/text.js';
import { cleanReprint } from '../../../scripts/pipeline/sources/reprint/clean.js';
import { cleanSource } from '../../../scripts/pipeline/sources/bill/clean.js';
import { reprintPdf } from '../../../src/schema/provision.js';
import { label, parsedSources } from '../sources/bill/helpers.js';
import { closedUpLines, printedOn } from '../sources/reprint/pdf-text.js';

const sources = await parsedSources();
const nonSpace = (t: string) => t.replace(/\s+/g, '');

/** The source file's lines as cleaned, each respaced line put in once the PDF check passes. */
const sourceLinesOf = async (s: (typeof sources)[number]): Promise<string[]> => {
  const lines = s.source.format === 'reprint' ? cleanReprint(s.text).lines : cleanSource(s.text).lines;
  for (const r of s.respaced) {
    if (nonSpace(r.text) !== nonSpace(lines[r.line - 1]!)) throw new Error(`${s.source.file}:${r.line}: respaced line changes a character`);
    if (!printedOn(await closedUpLines(reprintPdf(s.source.file), r.page), r.text)) throw new Error(`${s.source.file}:${r.line}: "${r.text}" is not a line of PDF page ${r.page}`);
    lines[r.line - 1] = r.text;
  }
  return lines;
};
const checked = new Map(await Promise.all(sources.map(async (s) => [s, await sourceLinesOf(s)] as const)));

const isDivision = (t: string) => [PART, CHAPTER, REPRINT_PART, REPRINT_CHAPTER].some((re) => re.test(t));

describe.each(sources.map((s) => [label(s), s] as const))('verbatim text of %s', (_, s) => {
  const lines = checked.get(s)!;

  it('reads the source lines as cleaned, no line changed but the respaced ones', () => {
    expect(s.lines).toEqual(lines);
  });

  const [b0, b1] = s.body;
  const body = joinLines(lines.slice(b0, b1));
  const ranged = s.provisions.filter((p) => p.meta.kind !== 'definition');
  const rangeText = (p: (typeof ranged)[number]) =>
    joinLines(lines.slice(p.meta.source.lines[0] - 1, p.meta.source.lines[1]));

  it('finds each provision, whitespace-normalised, in the cleaned body', () => {
    for (const p of s.provisions) {
      const text = provisionText(p);
      expect(text.length, p.meta.id).toBeGreaterThan(0);
      expect(body.includes(text), `${p.meta.id}: "${text.slice(0, 80)}…" not in source`).toBe(true);
    }
  });

  it('keeps the List of Amendments and the footnotes out of the law', () => {
    const raw = s.text.split('\n');
    const after = raw.slice(b1).join(' ');
    if (s.source.format === 'reprint') expect(after).toMatch(/LIST OF AMENDMENTS|SENARAI PINDAAN/);
    for (const p of ranged) expect(p.meta.source.lines[1], p.meta.id).toBeLessThanOrEqual(b1);
    for (const p of s.provisions) {
      expect(provisionText(p), p.meta.id).not.toMatch(/\b(?:NOTE|CATATAN)\s*[—–−-]/);
      for (const n of p.meta.notes ?? []) {
        expect(provisionText(p).includes(n.text), p.meta.id).toBe(false);
        expect(normalizeSpace(raw.slice(n.lines[0] - 1, n.lines[1]).join(' '))).toContain(n.text.slice(0, 40));
      }
    }
  });

  it("reads each section's source lines as heading, number and text, nothing more", () => {
    for (const p of ranged) {
      const all = rangeText(p);
      const text = provisionText(p);
      expect(all.endsWith(text), p.meta.id).toBe(true);
      const prefix = normalizeSpace(all.slice(0, all.length - text.length));
      if (p.meta.kind === 'schedule') {
        expect(prefix, p.meta.id).toBe(p.meta.heading);
        continue;
      }
      const printed = normalizeSpace(prefix.slice(p.meta.heading.length));
      expect(prefix.startsWith(p.meta.heading), p.meta.id).toBe(true);
      if (printed === `${p.meta.number}.`) continue;
      const read = readSectionLine(printed);
      if (s.source.format === 'reprint' && read && read.rest === '') {
        // "130b." (small capitals), "54—55." (a range): the number as printed names this section.
        expect(expandNumber(read.number), p.meta.id).toContain(p.meta.number);
        continue;
      }
      // A misprinted number ("5,") or a heading run together with a title is reported.
      const reported = s.anomalies.some(
        (a) => a.line >= p.meta.source.lines[0] && a.line <= p.meta.source.lines[1] &&
          (a.kind === 'number-misprinted' || a.kind === 'heading-split'),
      );
      expect(reported, `${p.meta.id}: unexpected "${prefix}"`).toBe(true);
    }
  });

  it('loses no word: lines outside provisions are preamble, Part/Chapter markers, titles or cross-headings', () => {
    const covered = new Set<number>(s.titles);
    for (const p of ranged) for (let n = p.meta.source.lines[0]; n <= p.meta.source.lines[1]; n++) covered.add(n);
    const first = Math.min(...ranged.map((p) => p.meta.source.lines[0]));
    const titles = s.provisions.flatMap((p) => [p.meta.part?.heading ?? '', p.meta.chapter?.heading ?? '']).join(' | ');
    const stray: string[] = [];
    for (let i = b0; i < b1; i++) {
      const n = i + 1;
      const t = lines[i]!;
      if (!t || covered.has(n) || n < first) continue;
      if (isDivision(t) || titles.includes(t)) continue;
      stray.push(`${n}: ${t}`);
    }
    expect(stray).toEqual([]);
  });

  it("finds each definition inside its interpretation section's text", () => {
    for (const d of s.provisions.filter((p) => p.meta.kind === 'definition')) {
      const parent = s.provisions.find((p) => p.meta.id === d.meta.parent && p.meta.lang === d.meta.lang);
      expect(parent, d.meta.id).toBeDefined();
      expect(provisionText(parent!).includes(provisionText(d)), d.meta.id).toBe(true);
      expect(provisionText(d).includes(d.meta.term!), d.meta.id).toBe(true);
    }
  });
});
