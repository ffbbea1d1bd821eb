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

  it('a provision has the same topics in both languages, whichever language\'s words a rule fired on', () => {
    const byId = new Map<string, Map<string, string[]>>();
    for (const a of analysis.provisions.values()) {
      byId.set(a.id, (byId.get(a.id) ?? new Map()).set(a.lang, a.topics.map((t) => t.topic).sort()));
    }
    const both = [...byId].filter(([, v]) => v.size === 2);
    expect(both.length).toBeGreaterThan(250);
    expect(both.filter(([, v]) => v.get('en')!.join() !== v.get('ms')!.join()).map(([id]) => id)).toEqual([]);
    expect(of('atipsom-s66b', 'ms').topics.find((t) => t.topic === 'compensation')).toMatchObject({ basis: 'rule', because: 'gaji yang tertunggak' });
    // A topic one language's words fired is taken over by the other copy, with those words marked by language.
    let taken = 0;
    for (const a of analysis.provisions.values()) {
      for (const t of a.topics) {
        const m = /^(en|ms) text: (.*)$/.exec(t.because);
        if (!m) continue;
        taken++;
        expect(of(a.id, m[1]).topics, `${a.id}_${a.lang} ${t.topic}`).toContainEqual({ topic: t.topic, basis: 'rule', because: m[2] });
      }
    }
    expect(taken).toBeGreaterThan(0);
  });
});
