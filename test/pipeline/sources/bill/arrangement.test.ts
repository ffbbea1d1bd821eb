/** Test 1: the body has every section the Arrangement of Sections lists, same heading, same order. */
import { describe, expect, it } from 'vitest';
import { headingKey } from '../../../../scripts/pipeline/structure/sections.js';
import { DELETED, expandNumber } from '../../../../scripts/pipeline/sources/reprint/markers.js';
import { editDistance, label, parsedSources } from './helpers.js';

const sources = await parsedSources();

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const chapterValue = (n: string | undefined) =>
  n === undefined ? undefined : ROMAN.includes(n) ? ROMAN.indexOf(n) + 1 : Number(n);

describe.each(sources.map((s) => [label(s), s] as const))('arrangement of %s', (_, s) => {
  const sections = s.provisions.filter((p) => p.meta.kind === 'section');
  // A range of deleted sections ("34-36. (Deleted)") lists one entry for several numbers.
  const listed = s.arrangement
    .filter((e) => e.kind === 'section')
    .flatMap((e) => expandNumber(e.number).map((number) => ({ ...e, number })));

  it('lists a plausible number of sections', () => {
    expect(listed.length).toBeGreaterThan(10);
  });

  it('has every listed section, in order, and nothing else', () => {
    expect(sections.map((p) => p.meta.number)).toEqual(listed.map((e) => e.number));
    expect(s.anomalies.filter((a) => a.kind === 'missing-section')).toEqual([]);
  });

  it('gives each section the heading the arrangement gives it, or reports the difference', () => {
    for (const [i, p] of sections.entries()) {
      if (p.meta.status === 'deleted') {
        // A deleted section has no heading; the arrangement says "(Deleted)".
        expect(p.meta.heading, p.meta.id).toBe('');
        expect(listed[i]!.heading, p.meta.id).toMatch(DELETED);
        continue;
      }
      const want = headingKey(listed[i]!.heading);
      const got = headingKey(p.meta.heading);
      if (got === want) continue;
      expect(s.anomalies.some((a) => a.id === p.meta.id && a.kind === 'heading-mismatch'), p.meta.id).toBe(true);
      // A Bill's converter misreads characters ("III-treatment"/"Ill-treatment"); a reprint's
      // arrangement may lag its body (s 13 renamed by an amending Act): each is reported.
      if (s.source.format === 'bill') expect(editDistance(got, want), `${p.meta.id}: "${got}" vs "${want}"`).toBeLessThanOrEqual(3);
    }
  });

  it('files each section under the Part the arrangement files it under', () => {
    for (const [i, p] of sections.entries()) {
      expect(p.meta.part?.number, p.meta.id).toBe(listed[i]!.part?.number);
      // The Child Act numbers Chapters "CHAPTER I" in one place and "CHAPTER 1" in another.
      expect(chapterValue(p.meta.chapter?.number), p.meta.id).toBe(chapterValue(listed[i]!.chapter?.number));
    }
  });

  it('has the schedules the arrangement lists', () => {
    const listedSchedules = s.arrangement.filter((e) => e.kind === 'schedule').length;
    const schedules = s.provisions.filter((p) => p.meta.kind === 'schedule').length;
    if (s.source.format === 'reprint') expect(schedules).toBe(listedSchedules);
    else expect(schedules > 0).toBe(listedSchedules > 0);
  });
});
