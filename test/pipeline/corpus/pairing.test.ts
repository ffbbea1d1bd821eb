/** Test 3: English and Malay texts of one Act pair one-to-one by section number. */
import { describe, expect, it } from 'vitest';
import { parsedSources } from '../sources/bill/helpers.js';

const bilingual = ['atipsom', 'child-act'];

describe.each(bilingual)('%s in English and Malay', (slug) => {
  const of = (lang: string) => parsedSources().find((s) => s.act.slug === slug && s.source.lang === lang)!;
  const ids = (lang: string, kind: string) =>
    of(lang).provisions.filter((p) => p.meta.kind === kind).map((p) => p.meta.id);

  it('has both languages', () => {
    expect(of('en')).toBeDefined();
    expect(of('ms')).toBeDefined();
  });

  it('has the same sections, in the same order, under the same Parts', () => {
    expect(ids('ms', 'section')).toEqual(ids('en', 'section'));
    const parts = (lang: string) =>
      of(lang).provisions.filter((p) => p.meta.kind === 'section').map((p) => p.meta.part?.number);
    expect(parts('ms')).toEqual(parts('en'));
  });

  it('has the same schedules and as many definitions in each interpretation section', () => {
    expect(ids('ms', 'schedule')).toEqual(ids('en', 'schedule'));
    const perParent = (lang: string) => {
      const counts: Record<string, number> = {};
      for (const p of of(lang).provisions) if (p.meta.parent) counts[p.meta.parent] = (counts[p.meta.parent] ?? 0) + 1;
      return counts;
    };
    expect(perParent('ms')).toEqual(perParent('en'));
  });
});
