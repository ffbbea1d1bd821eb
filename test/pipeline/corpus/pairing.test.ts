/** Test 3: English and Malay texts of one Act pair one-to-one by section number. */
import { describe, expect, it } from 'vitest';
import { parsedSources } from '../sources/bill/helpers.js';

const sources = await parsedSources();

/** Every Act whose current text is held in both languages. */
const bilingual = [...new Set(sources.map((s) => s.act.slug))].filter(
  (slug) => sources.filter((s) => s.act.slug === slug).length === 2,
);

it('pairs the Acts held in both languages', () => {
  expect(bilingual).toEqual(['atipsom', 'child-act', 'soca', 'ecwa']);
});

describe.each(bilingual)('%s in English and Malay', (slug) => {
  const of = (lang: string) => sources.find((s) => s.act.slug === slug && s.source.lang === lang)!;
  const ids = (lang: string, kind: string) =>
    of(lang).provisions.filter((p) => p.meta.kind === kind).map((p) => p.meta.id);

  it('has both languages', () => {
    expect(of('en')).toBeDefined();
    expect(of('ms')).toBeDefined();
  });

  it('has the same sections, in the same order, under the same Parts, deleted in both or neither', () => {
    expect(ids('ms', 'section')).toEqual(ids('en', 'section'));
    const parts = (lang: string) =>
      of(lang).provisions.filter((p) => p.meta.kind === 'section').map((p) => `${p.meta.part?.number}/${p.meta.chapter?.number}/${p.meta.status}`);
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

  it('has the same structure of subsections in each pair of sections', () => {
    const shape = (lang: string) =>
      Object.fromEntries(
        of(lang).provisions.filter((p) => p.meta.kind === 'section').map((p) => [p.meta.id, p.blocks.map((b) => b.label ?? '').filter((l) => /^\(\d/.test(l))]),
      );
    expect(shape('ms')).toEqual(shape('en'));
  });
});
