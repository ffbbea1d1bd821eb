import { describe, expect, it } from 'vitest';
import { ACTS, actBySlug } from '../../src/registry/acts.js';
import { ProvisionFrontMatter, ProvisionId, docKey } from '../../src/schema/provision.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { lawSourcesDir } from '../../scripts/pipeline/sources/law-sources.js';

describe('act registry', () => {
  it('has unique slugs and aliases that name one Act each', () => {
    const slugs = ACTS.map((a) => a.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    const aliases = ACTS.flatMap((a) => a.aliases.map((x) => x.toLowerCase()));
    expect(new Set(aliases).size).toBe(aliases.length);
  });
  it('points every source at a file in the sources folder (LAW_SOURCES), none inside the repository', () => {
    expect(existsSync('corpus/sources')).toBe(false);
    for (const act of ACTS) {
      const files = [...act.sources, ...(act.original ?? []), ...(act.amendments ?? []).flatMap((b) => b.sources)].map((s) => s.file);
      for (const f of files) expect(existsSync(join(lawSourcesDir(), f)), `${f} in ${lawSourcesDir()}`).toBe(true);
    }
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
      file: 'atipsom/reprint-2022-02-22-en.txt',
      lines: [1, 2],
      pages: [1, 1],
      as_at: '2022-02-22',
      year: 2022,
      basis: 'official reprint as at 22 February 2022',
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
