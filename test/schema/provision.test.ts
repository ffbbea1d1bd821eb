import { describe, expect, it } from 'vitest';
import { ACTS, actBySlug } from '../../src/registry/acts.js';
import { ProvisionFrontMatter, ProvisionId, docKey } from '../../src/schema/provision.js';
import { existsSync } from 'node:fs';

describe('act registry', () => {
  it('has unique slugs and aliases that name one Act each', () => {
    const slugs = ACTS.map((a) => a.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    const aliases = ACTS.flatMap((a) => a.aliases.map((x) => x.toLowerCase()));
    expect(new Set(aliases).size).toBe(aliases.length);
  });
  it('points every source at a file copied into corpus/sources', () => {
    for (const act of ACTS)
      for (const s of act.sources) expect(existsSync(`corpus/sources/${s.file}`), s.file).toBe(true);
  });
  it('finds an Act by slug', () => {
    expect(actBySlug('atipsom')?.actNumber).toBe('670');
    expect(actBySlug('nope')).toBeUndefined();
  });
});

describe('provision schema', () => {
  const base = {
    id: 'atipsom-s14',
    act: 'atipsom',
    lang: 'en',
    kind: 'section',
    number: '14',
    heading: 'Offence of trafficking in children',
    order: 14,
    status: 'in-force',
    source: {
      file: 'corpus/sources/atipsom/2007-bill-DR07-en.md',
      lines: [1, 2],
      bill: 'D.R.07/2007',
      year: 2007,
      basis: 'text of the Bill as passed (D.R.07/2007)',
    },
  };
  it('accepts a section and rejects a definition without its term', () => {
    expect(ProvisionFrontMatter.safeParse(base).success).toBe(true);
    expect(ProvisionFrontMatter.safeParse({ ...base, kind: 'definition' }).success).toBe(false);
  });
  it('rejects ids that are not URL- and Meilisearch-safe', () => {
    for (const bad of ['Atipsom-s14', 'atipsom s14', 'atipsom_s14', '../x', '']) {
      expect(ProvisionId.safeParse(bad).success, bad).toBe(false);
    }
    expect(docKey('atipsom-s14', 'ms')).toBe('atipsom-s14_ms');
  });
});
