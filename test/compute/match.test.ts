/**
 * Facts → charges on the real corpus and the real offence model: the cross-Act fact patterns of
 * issue #13 return the named alternatives with their penalties; the named bad cases never appear.
 */
import { describe, expect, it } from 'vitest';
import { matchFacts, offencesFor, rankOffences, type OffenceElements } from '../../src/compute/match.js';
import { POINTERS, WAYS_OF_CHARGING } from '../../src/registry/charging.js';
import { ELEMENT_CODES } from '../../src/schema/elements.js';
import { FACT_FIELD_NAMES, FACT_VOCABULARY } from '../../src/schema/facts.js';
import { docKey } from '../../src/schema/ids.js';
import { Facts } from '../../src/schema/match.js';
import { analysis, items } from '../pipeline/analysis/corpus.js';

const actOf = new Map(items.map((p) => [p.meta.id, p.meta.act]));
const offences: OffenceElements[] = [...analysis.provisions.values()].flatMap((a) =>
  a.offence && a.elements ? [{ id: a.id, act: actOf.get(a.id)!, lang: a.lang as 'en' | 'ms', elements: a.elements, penalties: a.penalties }] : [],
);
const match = (facts: unknown) => {
  const f = Facts.parse(facts);
  return matchFacts(f, offencesFor(f.lang, offences));
};
const ids = (r: ReturnType<typeof match>) => r.offences.map((m) => m.id);
const find = (r: ReturnType<typeof match>, id: string) => {
  const m = r.offences.find((x) => x.id === id);
  if (!m) throw new Error(`${id} is not among ${ids(r).join(', ')}`);
  return m;
};
const maxYears = (m: { penalties: { variants: { imprisonment?: { max_years?: number; life: boolean } }[] }[] }) =>
  Math.max(...m.penalties.flatMap((p) => p.variants.map((v) => (v.imprisonment?.life ? 100 : (v.imprisonment?.max_years ?? 0)))));

describe('the fact vocabulary', () => {
  it('every fact meets element codes of the vocabulary the offences use', () => {
    for (const [field, facts] of Object.entries(FACT_VOCABULARY)) {
      for (const f of facts) for (const s of f.supports) expect(ELEMENT_CODES[s.category], `${field} ${f.code}`).toContain(s.code);
    }
  });

  it('every code an offence element uses is in the vocabulary', () => {
    for (const o of offences) for (const e of o.elements.elements) for (const opt of e.options) expect(ELEMENT_CODES[e.category], o.id).toContain(opt.code);
  });

  it('offers the facts people describe: withheld passport, unpaid wages, debt, confinement, brothel, massage parlour, plantation, fishing boat, domestic work', () => {
    const codes = Object.values(FACT_VOCABULARY).flat().map((f) => f.code);
    for (const c of ['withheld-documents', 'unpaid-wages', 'debt', 'confined', 'brothel', 'massage-parlour', 'plantation', 'fishing-boat', 'domestic-work', 'forced-labour', 'sexual-exploitation']) {
      expect(codes).toContain(c);
    }
  });
});

describe('facts → charges on the real corpus', () => {
  it('a 16-year-old recruited for exploitation: no non-offence and no charge on "child" alone; s 12 and s 13 ruled out, not ranked', () => {
    const r = match({ victim_age: 16, conduct: ['recruit'], purpose: ['sexual-exploitation'] });
    for (const bad of ['child-act-s111', 'child-act-s113', 'child-act-s128', 'ecwa-s14', 'soca-s12', 'soca-s15', 'soca-s16', 'atipsom-s23']) {
      expect(ids(r), bad).not.toContain(bad);
    }
    expect(r.offences.every((m) => m.matched.some((c) => c.category === 'act'))).toBe(true);
    expect(find(r, 'atipsom-s14')).toMatchObject({ score: 1, to_prove: [] });
    expect(r.ruled_out.map((x) => x.id)).toEqual(expect.arrayContaining(['atipsom-s12', 'atipsom-s13']));
    expect(ids(r)).not.toContain('atipsom-s12');
    // Smuggling needs its purpose (unlawful entry) and a migrant: recruiting alone is not 100 %.
    const s26a = r.offences.find((m) => m.id === 'atipsom-s26a');
    if (s26a) expect(s26a.score).toBeLessThan(1);
    expect(r.offences.filter((m) => m.score === 1).length).toBeLessThan(10);
  });

  it('forced labour of an adult: ATIPSOM s 12 with Penal Code s 374 and Employment Act s 90B as alternatives, each with its penalty; the withheld passport points to the Passports Act', () => {
    const r = match({
      victim_age: 30, migrant_status: 'foreign-national', victim_employee: true,
      conduct: ['recruit', 'transport'], means: ['deception', 'withheld-documents', 'confined', 'unpaid-wages'],
      purpose: ['forced-labour'], place: ['plantation'],
    });
    const s12 = find(r, 'atipsom-s12');
    expect(s12.score).toBe(1);
    expect(s12.alternatives).toEqual(expect.arrayContaining(['penal-code-s374', 'employment-act-s90b']));
    expect(maxYears(s12)).toBe(20);
    const pc374 = find(r, 'penal-code-s374');
    expect(pc374.score).toBe(1);
    expect(maxYears(pc374)).toBe(1);
    const ea90b = find(r, 'employment-act-s90b');
    expect(ea90b.score).toBe(1);
    expect(maxYears(ea90b)).toBe(2);
    expect(ea90b.penalties[0]!.variants[0]!.fine?.max_ringgit).toBe(100_000);
    expect(r.pointers).toEqual([expect.objectContaining({ fact: 'withheld-documents', id: 'passports-act-s12', warning: POINTERS[0]!.warning })]);
    expect(r.ways_of_charging.map((w) => w.id)).toEqual(WAYS_OF_CHARGING.map((w) => w.id));
    expect(r.ruled_out.map((x) => x.id)).toEqual(expect.arrayContaining(['child-act-s43', 'soca-s15a']));
    // the reading of each fact is shown, with why where it is our analysis
    expect(r.facts_used.find((f) => f.code === 'withheld-documents')?.because).toMatch(/coercion/);
  });

  it('a child in prostitution: ATIPSOM s 14 with Child Act s 43 and Penal Code s 372 as alternatives, with penalties; adult-only offences ruled out', () => {
    const r = match({ victim_age: 15, conduct: ['recruit', 'harbour'], purpose: ['sexual-exploitation'], place: ['brothel'] });
    const s14 = find(r, 'atipsom-s14');
    expect(s14.score).toBe(1);
    expect(s14.not_required.map((c) => c.category)).toEqual(['means']);
    expect(s14.alternatives).toEqual(expect.arrayContaining(['child-act-s43', 'penal-code-s372']));
    expect(maxYears(s14)).toBe(100);
    expect(find(r, 'child-act-s43').score).toBe(1);
    expect(maxYears(find(r, 'child-act-s43'))).toBe(15);
    expect(find(r, 'penal-code-s372').score).toBe(1);
    expect(maxYears(find(r, 'penal-code-s372'))).toBe(15);
    expect(find(r, 'penal-code-s372').state_of_mind.length).toBeGreaterThan(0);
    expect(r.ruled_out.map((x) => x.id)).toEqual(expect.arrayContaining(['atipsom-s12', 'atipsom-s13']));
    expect(r.pointers).toEqual([]);
  });

  it('a child named without an age: adult-only offences ruled out, the child offences ranked first; an age decides over the flag', () => {
    const r = match({ victim_child: true, conduct: ['transfer'], means: ['payments'] });
    expect(r.ruled_out.map((x) => x.id)).toContain('atipsom-s12');
    expect(ids(r)).not.toContain('atipsom-s12');
    expect(find(r, 'child-act-s48').matched.map((c) => c.category)).toEqual(expect.arrayContaining(['act', 'victim']));
    expect(ids(match({ victim_child: true, victim_age: 30, conduct: ['transfer'], means: ['payments'] }))).toContain('atipsom-s12');
  });

  it('a child sexually abused by messages or threatened with her images: SOCA ss 11 and 15B are charges', () => {
    expect(ids(match({ victim_child: true, conduct: ['sexual-abuse'] }))).toEqual(expect.arrayContaining(['soca-s11', 'soca-s15b']));
    expect(find(match({ victim_child: true, conduct: ['sexual-abuse'], means: ['threat'] }), 'soca-s15b').to_prove).toEqual([]);
  });

  it('sexual intercourse with a girl under 16 is rape (Penal Code s 376 first); touching is not rape', () => {
    const rape = match({ victim_age: 15, conduct: ['sexual-intercourse'] });
    expect(ids(rape)[0]).toBe('penal-code-s376');
    expect(ids(rape)).toEqual(expect.arrayContaining(['penal-code-s376b']));
    expect(ids(rape)).not.toContain('soca-s11');
    const touching = ids(match({ victim_age: 15, conduct: ['sexual-abuse'] }));
    for (const s of ['penal-code-s375b', 'penal-code-s376', 'penal-code-s376b']) expect(touching).not.toContain(s);
  });

  it('a child ill-treated or left without supervision: Child Act ss 31 and 33; a child touched: SOCA s 14', () => {
    expect(ids(match({ victim_child: true, conduct: ['ill-treat'] }))).toEqual(expect.arrayContaining(['child-act-s31', 'child-act-s33']));
    expect(ids(match({ victim_child: true, conduct: ['sexual-abuse'] }))).toEqual(expect.arrayContaining(['soca-s14', 'child-act-s31']));
  });

  it('information not given: the employer of a foreign maid (Employment Act s 57A), sexual abuse of a child (SOCA s 19), trafficking (ATIPSOM s 24)', () => {
    expect(ids(match({ victim_employee: true, conduct: ['fail-to-inform'] }))[0]).toBe('employment-act-s57a');
    expect(ids(match({ victim_child: true, conduct: ['fail-to-inform'] }))[0]).toBe('soca-s19');
    expect(ids(match({ conduct: ['fail-to-inform'] }))).toEqual(expect.arrayContaining(['atipsom-s24', 'child-act-s27', 'child-act-s28', 'child-act-s29']));
  });

  it('abetment, conspiracy and attempt are ways of charging, never matches', () => {
    const r = match({ victim_age: 15, conduct: ['recruit', 'transfer', 'harbour', 'transport'], purpose: ['sexual-exploitation', 'forced-labour'] });
    for (const w of WAYS_OF_CHARGING) expect(ids(r)).not.toContain(w.id);
    for (const id of ['penal-code-s109', 'penal-code-s511', 'penal-code-s120b']) {
      expect(analysis.provisions.get(docKey(id, 'en'))).toMatchObject({ offence: true, role: 'way-of-charging' });
    }
  });

  it('rejects codes outside the fact vocabulary', () => {
    expect(Facts.safeParse({ conduct: ['teleport'] }).success).toBe(false);
    expect(Facts.safeParse({ place: ['moon'] }).success).toBe(false);
  });
});

describe('alternatives and ranking without them', () => {
  // Every fact alone, every field's facts together, and all facts at once, for a child and an adult, in both languages.
  const each = FACT_FIELD_NAMES.flatMap((field) => FACT_VOCABULARY[field].map((f) => ({ [field]: [f.code] })));
  const fields = FACT_FIELD_NAMES.map((field) => ({ [field]: FACT_VOCABULARY[field].map((f) => f.code) }));
  const cases = [...each, ...fields, Object.assign({}, ...fields)].flatMap((f) =>
    (['en', 'ms'] as const).flatMap((lang) => [{ ...f, lang }, { ...f, lang, victim_age: 15 }, { ...f, lang, victim_age: 30 }]),
  );
  // The definition, pair by pair: another Act's candidate sharing a conduct or purpose (exploitation, every form's genus, aside).
  const codesOf = (m: { matched: { category: string; matched: string[] }[] }) =>
    new Set(m.matched.filter((c) => c.category === 'act' || c.category === 'purpose').flatMap((c) => c.matched.filter((x) => x !== 'exploitation').map((x) => `${c.category}:${x}`)));

  it("each offence's alternatives are the other Acts' candidates sharing a conduct or purpose with it, in rank order", () => {
    let linked = 0;
    for (const facts of cases) {
      const r = match(facts);
      for (const m of r.offences) {
        const mine = codesOf(m);
        const expected = r.offences.filter((x) => x.act !== m.act && [...codesOf(x)].some((c) => mine.has(c))).map((x) => x.id);
        expect(m.alternatives, `${JSON.stringify(facts)} ${m.id}`).toEqual(expected);
        linked += m.alternatives.length;
      }
    }
    // The cases hold alternatives to compare, not only empty lists.
    expect(linked).toBeGreaterThan(100);
  });

  it('rankOffences ranks as matchFacts does, with no alternatives worked out', () => {
    for (const facts of cases) {
      const f = Facts.parse(facts);
      const ranked = rankOffences(f, offencesFor(f.lang, offences));
      expect(ranked.every((m) => m.alternatives.length === 0)).toBe(true);
      expect(ranked).toEqual(matchFacts(f, offencesFor(f.lang, offences)).offences.map((m) => ({ ...m, alternatives: [] })));
    }
  });
});
