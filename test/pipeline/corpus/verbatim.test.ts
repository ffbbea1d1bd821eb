/**
 * Test 2: every provision's words are the source's words (no word invented), and every word of
 * the Bill's body lands in some provision, a Part/Chapter title or the preamble (no word lost).
 */
import { describe, expect, it } from 'vitest';
import { CHAPTER, PART } from '../../../scripts/pipeline/sources/bill/markers.js';
import { joinLines, normalizeSpace, provisionText } from '../../../scripts/pipeline/corpus/text.js';
import { cleaned, label, parsedSources } from '../sources/bill/helpers.js';

describe.each(parsedSources().map((s) => [label(s), s] as const))('verbatim text of %s', (_, s) => {
  const { lines, regions } = cleaned(s);
  const [b0, b1] = regions.body;
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

  it('keeps the Explanatory Statement out of the law', () => {
    const notes = joinLines(lines.slice(regions.notes[0], regions.notes[1]));
    expect(notes).toMatch(/^(EXPLANATORY STATEMENT|HURAIAN)/);
    for (const p of ranged) expect(p.meta.source.lines[1], p.meta.id).toBeLessThanOrEqual(b1);
  });

  it("reads each section's source lines as heading, number and text, nothing more", () => {
    for (const p of ranged) {
      const all = rangeText(p);
      const text = provisionText(p);
      expect(all.endsWith(text), p.meta.id).toBe(true);
      const prefix = normalizeSpace(all.slice(0, all.length - text.length));
      const expected = p.meta.kind === 'schedule' ? p.meta.heading : `${p.meta.heading} ${p.meta.number}.`;
      if (prefix === expected) continue;
      // A misprinted number ("5,") or a heading run together with a title is reported.
      const reported = s.anomalies.some(
        (a) => a.line >= p.meta.source.lines[0] && a.line <= p.meta.source.lines[1] &&
          (a.kind === 'number-misprinted' || a.kind === 'heading-split'),
      );
      expect(reported, `${p.meta.id}: unexpected "${prefix}"`).toBe(true);
    }
  });

  it('loses no word: lines outside provisions are preamble, Part/Chapter markers or titles', () => {
    const covered = new Set<number>();
    for (const p of ranged) for (let n = p.meta.source.lines[0]; n <= p.meta.source.lines[1]; n++) covered.add(n);
    const first = Math.min(...ranged.map((p) => p.meta.source.lines[0]));
    const titles = s.provisions.flatMap((p) => [p.meta.part?.heading ?? '', p.meta.chapter?.heading ?? '']).join(' | ');
    const stray: string[] = [];
    for (let i = b0; i < b1; i++) {
      const n = i + 1;
      const t = lines[i]!;
      if (!t || covered.has(n) || n < first) continue;
      if (PART.test(t) || CHAPTER.test(t) || titles.includes(t)) continue;
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
