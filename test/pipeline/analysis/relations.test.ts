import { describe, expect, it } from 'vitest';
import { checkAnnotations } from '../../../scripts/pipeline/analysis/annotations.js';
import { ANALYSIS_LABEL } from '../../../src/schema/relation.js';
import { analysis, annotations, history, items, of } from './corpus.js';

const ids = new Set(items.map((p) => p.meta.id));

describe('overlaps and gaps on the real corpus', () => {
  it('the curated annotations name existing provisions and quote them verbatim', () => {
    expect(checkAnnotations(annotations, items, history)).toEqual([]);
  });

  it('rejects an annotation naming a provision that does not exist or misquoting one', () => {
    const bad = {
      ...annotations,
      topics: [{ id: 'atipsom-s999', topics: ['general'], because: 'x' }],
      overlaps: [{ ...annotations.overlaps[0]!, quotes: [{ id: 'atipsom-s14', lang: 'en' as const, words: 'not in the text' }] }],
    };
    const errors = checkAnnotations(bad, items, history);
    expect(errors.some((e) => e.includes('no provision atipsom-s999'))).toBe(true);
    expect(errors.some((e) => e.includes('"not in the text" is not in the en text of atipsom-s14'))).toBe(true);
  });

  it('checks a Malay record\'s quotes against the Malay text: a translated quote fails', () => {
    const gap = annotations.gaps.find((g) => g.assessments.some((a) => a.quotes_ms))!;
    expect(gap, 'a curated gap with Malay quotes').toBeDefined();
    const a = gap.assessments.find((x) => x.quotes_ms)!;
    const translated = { ...a, quotes_ms: [{ id: a.id, lang: 'ms' as const, words: 'kerelaan bukanlah pembelaan' }] };
    const errors = checkAnnotations({ ...annotations, gaps: [{ ...gap, assessments: [translated] }] }, items, history);
    expect(errors.some((e) => e.includes('"kerelaan bukanlah pembelaan" is not in the ms text of'))).toBe(true);
  });

  it('checks quotes against the version they name, and refuses quotes of a text the corpus does not hold', () => {
    const s14of2007 = 'Any person, who traffics in persons being a child, for the purpose of exploitation, commits an offence';
    const quote = (words: string, version?: string, id = 'atipsom-s14') => ({
      ...annotations,
      overlaps: [{ ...annotations.overlaps[0]!, quotes: [{ id, lang: 'en' as const, words, ...(version ? { version } : {}) }] }],
    });
    expect(checkAnnotations(quote(s14of2007, '2008-02-28'), items, history)).toEqual([]);
    expect(checkAnnotations(quote(s14of2007), items, history)).toEqual([
      `overlaps.yaml overlap-atipsom-s14-child-act-s48: "${s14of2007}" is not in the en text of atipsom-s14`,
    ]);
    expect(checkAnnotations(quote('his illegal entry into the receiving country or transit country', undefined, 'atipsom-s25'), items, history)).toEqual([]);
    const malay = { ...annotations, overlaps: [{ ...annotations.overlaps[0]!, quotes: [{ id: 'penal-code-s374', lang: 'ms' as const, words: 'buruh paksa' }] }] };
    expect(checkAnnotations(malay, items, history)).toEqual([`overlaps.yaml ${annotations.overlaps[0]!.id}: the ms text of penal-code-s374 is not in the corpus`]);
  });

  it('records how coverage changed with the amendments (current text first, history by version)', () => {
    const gap = (id: string) => analysis.gaps.find((g) => g.id === id)!;
    const compensation = gap('protocol-art-6-6-compensation');
    expect(compensation.coverage).toBe('full');
    expect(compensation.history.map((h) => [h.from, h.to, h.coverage])).toEqual([['2007', '2015', 'none']]);
    expect(compensation.assessments.map((a) => a.id)).toContain('atipsom-s66a');
    const definition = gap('protocol-art-3-a-definition');
    expect(definition.history.map((h) => h.coverage)).toEqual(['full', 'partial']);
    expect(of('atipsom-s51a').gaps).toContain('protocol-art-6-3-recovery');
    expect(of('atipsom-s41a', 'ms').gaps).toContain('non-punishment-smuggled-migrants');
  });

  it('every record names provisions that exist, states a basis and carries the label', () => {
    for (const o of analysis.overlaps) {
      expect(o.label).toBe(ANALYSIS_LABEL);
      expect(o.rationale).not.toBe('');
      for (const id of o.provisions) expect(ids.has(id), id).toBe(true);
    }
    for (const g of analysis.gaps) {
      expect(g.label).toBe(ANALYSIS_LABEL);
      expect(g.basis).not.toBe('');
      for (const a of g.assessments) expect(ids.has(a.id), a.id).toBe(true);
    }
  });

  it('computes the overlap of ATIPSOM s 14 and Child Act s 48 and the penalty disparity between them', () => {
    expect(of('atipsom-s14').overlaps).toContain('overlap-atipsom-s14-child-act-s48');
    const gap = analysis.gaps.find((g) => g.id === 'penalty-disparity-atipsom-s14-child-act-s48');
    expect(gap?.assessments.map((a) => a.id)).toEqual(['child-act-s48', 'atipsom-s14']);
    expect(of('child-act-s48').gaps).toContain('penalty-disparity-atipsom-s14-child-act-s48');
  });

  it('maps Protocol articles with full / partial / none, and the immunity provision s 25', () => {
    const byArticle = new Map(analysis.gaps.filter((g) => g.kind === 'protocol').map((g) => [g.article, g.coverage]));
    expect(byArticle.get('3(c)')).toBe('full');
    expect(byArticle.get('6(2)')).toBe('none');
    expect(byArticle.get('6(3)')).toBe('partial');
    expect(of('atipsom-s25').gaps).toContain('non-punishment-scope-of-s25');
  });
});
