import { describe, expect, it } from 'vitest';
import { relationDocs, relationTitles } from '../../../scripts/pipeline/analysis/relation-docs.js';
import { TOPICS } from '../../../src/registry/topics.js';
import { analysis } from './corpus.js';

const docs = relationDocs(analysis, relationTitles(analysis, (id) => id));

describe('relations index documents from the real analysis', () => {
  it('one document per overlap, gap and topic, with unique keys Meilisearch accepts', () => {
    expect(docs).toHaveLength(analysis.overlaps.length + analysis.gaps.length + TOPICS.length);
    expect(new Set(docs.map((d) => d.key)).size).toBe(docs.length);
    for (const d of docs) expect(d.key).toMatch(/^[a-zA-Z0-9_-]{1,511}$/);
  });

  it('topics list provisions per Act and the Acts with none', () => {
    const smuggling = docs.find((d) => d.key === 'topic_smuggling-of-migrants')!.record as { by_act: Record<string, string[]>; acts_without: string[] };
    expect(smuggling.by_act['atipsom']).toEqual(expect.arrayContaining(['atipsom-s26a', 'atipsom-s26k']));
    expect(smuggling.acts_without).toContain('child-act');
    expect(Object.keys(smuggling.by_act)).not.toContain('child-act');
  });

  it('gaps carry their filters: Act, topic, Protocol article', () => {
    const compensation = docs.find((d) => d.key === 'gap_protocol-art-6-6-compensation')!;
    expect(compensation).toMatchObject({ article: '6(6)', acts: ['atipsom'], topics: ['compensation'], coverage: 'full' });
    expect(compensation.provisions).toContain('atipsom-s66a');
  });
});
