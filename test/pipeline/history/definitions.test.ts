/**
 * Definitions dated as their interpretation sections (scripts/pipeline/history/definitions.ts),
 * on the committed corpus and the real Bills: a definition's versions are its section's, and its
 * words at a date are its section's words at that date, as a held Bill gives them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../../scripts/pipeline/corpus/read.js';
import { docKey } from '../../../src/schema/ids.js';
import type { Provision } from '../../../src/schema/provision.js';
import { blockTexts, flat, unheldWords } from './past-words.js';

let current: Provision[];
let history: Provision[];
const key = (p: Provision) => docKey(p.meta.id, p.meta.lang);
const byKey = (ps: Provision[]) => new Map(ps.map((p) => [key(p), p]));

beforeAll(async () => {
  current = await readCorpus();
  history = await readCorpus('corpus/acts', 'history');
});

const definitionsWithSections = () => {
  const sections = byKey(current);
  return current.flatMap((d) => {
    const section = d.meta.kind === 'definition' && d.meta.parent ? sections.get(docKey(d.meta.parent, d.meta.lang)) : undefined;
    return section?.meta.versions?.length ? [{ d, section }] : [];
  });
};

describe("definitions' versions are their sections'", () => {
  it('every definition of a section with versions has versions, the section\'s from the first it is in', () => {
    const pairs = definitionsWithSections();
    expect(pairs.length).toBeGreaterThan(150);
    for (const { d, section } of pairs) {
      const own = (d.meta.versions ?? []).map((v) => [v.valid_from, v.valid_to]);
      const theirs = section.meta.versions!.map((v) => [v.valid_from, v.valid_to]);
      expect(own.length, key(d)).toBeGreaterThan(0);
      expect(theirs.slice(theirs.length - own.length), key(d)).toEqual(own);
      expect(d.meta.version, key(d)).toEqual(d.meta.versions!.at(-1));
    }
  });

  it("a past version's words are in the section's words at that date (or, where those are not held, at the last earlier date they are), and in a held Bill", () => {
    const pasts = new Map<string, Provision[]>();
    for (const h of history) pasts.set(key(h), [...(pasts.get(key(h)) ?? []), h]);
    const defined = history.filter((h) => h.meta.kind === 'definition' && h.blocks.length);
    const parents = new Set(definitionsWithSections().map(({ d }) => key(d)));
    let checked = 0;
    for (const h of defined.filter((x) => parents.has(key(x)))) {
      const from = h.meta.version!.valid_from;
      const section = pasts.get(docKey(h.meta.parent!, h.meta.lang))!
        .filter((s) => s.meta.version!.valid_from <= from && s.blocks.length && s.meta.status !== 'text-unavailable')
        .sort((a, b) => b.meta.version!.valid_from.localeCompare(a.meta.version!.valid_from))[0];
      expect(section, `${key(h)}@${from}`).toBeDefined();
      const words = flat(blockTexts(section!).join(' '));
      for (const t of blockTexts(h)) expect(words.includes(t), `${key(h)}@${from}: "${t.slice(0, 60)}"`).toBe(true);
      expect(unheldWords(h), `${key(h)}@${from}`).toEqual([]);
      checked++;
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('ATIPSOM "child" (en): the 2007 Bill\'s words until A1644 (22 February 2022), then the reprint\'s; "smuggled migrant", which the 2007 Bill lacks, starts with A1385', () => {
    const [child] = current.filter((p) => p.meta.id === 'atipsom-s2-child' && p.meta.lang === 'en');
    expect(child!.meta.versions!.map((v) => [v.valid_from, v.status])).toEqual([
      ['2007-10-01', 'in-force'],
      ['2010-11-15', 'in-force'],
      ['2015-11-18', 'in-force'],
      ['2022-02-22', 'in-force'],
    ]);
    const past = history.filter((p) => p.meta.id === 'atipsom-s2-child' && p.meta.lang === 'en');
    expect(past.map((p) => p.meta.source.file)).toEqual(['atipsom/2007-bill-DR07-en.md', 'atipsom/2007-bill-DR07-en.md', 'atipsom/2007-bill-DR07-en.md']);
    for (const p of past) expect(p.blocks[0]!.text).toMatch(/^"child" means a person who is under the age of eighteen years;$/);
    const [migrant] = current.filter((p) => p.meta.id === 'atipsom-s2-smuggled-migrant' && p.meta.lang === 'en');
    // The English 2010 and 2015 Bills are not held: those versions' words are not.
    expect(migrant!.meta.versions!.map((v) => [v.valid_from, v.status])).toEqual([
      ['2010-11-15', 'text-unavailable'],
      ['2015-11-18', 'text-unavailable'],
      ['2022-02-22', 'in-force'],
    ]);
  });
});
