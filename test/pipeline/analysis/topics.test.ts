import { describe, expect, it } from 'vitest';
import { TOPIC_SLUGS } from '../../../src/registry/topics.js';
import { analysis, of } from './corpus.js';

describe('topics on the real corpus', () => {
  it('every provision has at least one topic, all from the vocabulary', () => {
    expect(analysis.report.topics.untagged).toEqual([]);
    for (const a of analysis.provisions.values()) {
      expect(a.topics.length, `${a.id}_${a.lang}`).toBeGreaterThan(0);
      for (const t of a.topics) expect(TOPIC_SLUGS.has(t.topic), t.topic).toBe(true);
    }
  });

  it('tags by wording in both languages and by elements', () => {
    for (const lang of ['en', 'ms']) {
      expect(of('atipsom-s25', lang).topics.map((t) => t.topic)).toContain('non-punishment');
      expect(of('atipsom-s42', lang).topics.map((t) => t.topic)).toContain('places-of-refuge');
    }
    expect(of('atipsom-s14').topics.map((t) => t.topic)).toContain('child-trafficking');
    expect(of('atipsom-s12').topics.map((t) => t.topic)).not.toContain('child-trafficking');
  });
});
