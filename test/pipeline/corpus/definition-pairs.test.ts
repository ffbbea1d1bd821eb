/** English ↔ Malay definition pairs (corpus/definitions-pairs.yaml) on the real corpus. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFINITION_PAIRS } from '../../../scripts/pipeline/corpus/output.js';
import { pairDefinitions, parseDefinitionPairs, type Pairing } from '../../../scripts/pipeline/corpus/definition-pairs.js';
import { readCorpus } from '../../../scripts/pipeline/corpus/read.js';
import type { Provision } from '../../../src/schema/provision.js';

let current: Provision[];
let pairing: Pairing;
const pairs = parseDefinitionPairs(readFileSync(DEFINITION_PAIRS, 'utf8'), DEFINITION_PAIRS);

beforeAll(async () => {
  current = await readCorpus();
  pairing = pairDefinitions(current, pairs);
});

describe('definition pairs', () => {
  it('pairs "exploitation" with "eksploitasi" both ways, as the corpus front matter says', () => {
    const en = current.find((p) => p.meta.id === 'atipsom-s2-exploitation' && p.meta.lang === 'en')!;
    const ms = current.find((p) => p.meta.id === 'atipsom-s2-eksploitasi' && p.meta.lang === 'ms')!;
    expect(en.meta.counterpart).toEqual({ id: 'atipsom-s2-eksploitasi', lang: 'ms', term: 'eksploitasi' });
    expect(ms.meta.counterpart).toEqual({ id: 'atipsom-s2-exploitation', lang: 'en', term: 'exploitation' });
  });

  it('every counterpart is a definition of the other language whose counterpart points back', () => {
    const defs = current.filter((p) => p.meta.kind === 'definition');
    let n = 0;
    for (const p of defs.filter((d) => d.meta.counterpart)) {
      const c = p.meta.counterpart!;
      const other = defs.find((d) => d.meta.id === c.id && d.meta.lang === c.lang)!;
      expect(other, `${p.meta.id} → ${c.id}`).toBeDefined();
      expect(c.lang).not.toBe(p.meta.lang);
      expect(other.meta.term).toBe(c.term);
      expect(other.meta.counterpart).toEqual({ id: p.meta.id, lang: p.meta.lang, term: p.meta.term });
      n++;
    }
    expect(n).toBeGreaterThan(150);
  });

  it('every definition of an Act held in both languages is paired or listed unpaired in the report', () => {
    const report = readFileSync('corpus/REPORT.md', 'utf8');
    for (const p of current.filter((d) => d.meta.kind === 'definition' && ['atipsom', 'child-act'].includes(d.meta.act))) {
      if (p.meta.counterpart) continue;
      expect(report, `${p.meta.id} (${p.meta.lang})`).toContain(`| ${p.meta.act} | ${p.meta.lang} | ${p.meta.id} |`);
    }
  });

  it('Child Act: all 64 definitions paired in each language; ATIPSOM: every Malay definition whose English text is held', () => {
    expect(pairing.unpaired.filter((u) => u.act === 'child-act')).toEqual([]);
    expect(pairing.missing.filter((m) => m.act === 'child-act')).toEqual([]);
    // The only unpaired ATIPSOM terms are those whose English definition the Malay-only 2010 Bill made.
    for (const u of pairing.unpaired.filter((x) => x.act === 'atipsom')) {
      const en = current.find((p) => p.meta.id === u.id && p.meta.lang === 'en');
      expect(en?.meta.status, u.id).toBe('text-unavailable');
    }
  });

  it('pair terms are exact terms of the current texts: each term of a pair is a definition in the corpus, in its language', () => {
    for (const act of ['atipsom', 'child-act', 'ecwa'])
      for (const pair of pairs[act]!)
        for (const lang of ['en', 'ms'] as const)
          expect(current.some((p) => p.meta.act === act && p.meta.lang === lang && p.meta.kind === 'definition' && p.meta.term === pair[lang]), `${act} ${lang} ${pair[lang]}`).toBe(true);
  });
});
