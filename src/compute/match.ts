/**
 * Facts → charges (pure; runs in the Worker). The facts people give (src/facts.ts) become element
 * codes; an element is met when a code names one of its options, not required when the text says
 * so (means, ATIPSOM s 14(2)), contradicted when the facts exclude every victim it allows, and
 * otherwise still to prove. An offence is a candidate only when a fact meets its conduct: a
 * shared victim ("child") or purpose alone is not a charge. An offence whose victim class excludes
 * the victim ("not being a child") is ruled out, not ranked. Score: share of the required elements
 * met, the state of mind aside (no fact of the form proves it; it is listed to prove); among equal
 * shares, more elements met first.
 */
import { POINTERS, WAYS_OF_CHARGING } from '../registry/charging.js';
import { EXPLOITATION_FORMS, type Element, type ElementCategory, type Elements } from '../schema/elements.js';
import { FACT_FIELD_NAMES, factOf, type Fact } from '../schema/facts.js';
import type { ElementCheck, Facts, MatchResult, OffenceMatch, RuledOut } from '../schema/match.js';
import type { Penalty } from '../schema/penalty.js';
import type { Lang } from '../schema/provision.js';
import { ANALYSIS_LABEL } from '../schema/relation.js';

export interface OffenceElements {
  id: string;
  act: string;
  lang: Lang;
  elements: Elements;
  penalties: readonly Penalty[];
}

/** Victim codes the facts establish, and those they rule out. */
function victimFacts(f: Facts): { known: Set<string>; excluded: Set<string> } {
  const known = new Set<string>();
  const excluded = new Set<string>();
  const child = f.victim_age !== undefined ? f.victim_age < 18 : f.victim_child; // "child": under eighteen (ATIPSOM, Child Act, SOCA s 2)
  if (child !== undefined) {
    known.add(child ? 'child' : 'adult');
    excluded.add(child ? 'adult' : 'child');
  }
  if (f.victim_disabled === true) known.add('disabled-person');
  if (f.victim_disabled === false) excluded.add('disabled-person');
  if (f.migrant_status === 'smuggled-migrant') known.add('migrant');
  if (f.migrant_status === 'citizen-or-resident') excluded.add('migrant');
  if (f.victim_employee === true) known.add('employee');
  if (f.victim_employee === false) excluded.add('employee');
  // The adult-only offences exclude a disabled adult too (s 12: "not being a person who is unable ...").
  if (known.has('disabled-person')) excluded.add('adult');
  return { known, excluded };
}

/** The element codes the facts meet, per category, and how each fact was read. */
export function factElements(f: Facts): { codes: Map<ElementCategory, Set<string>>; used: MatchResult['facts_used'] } {
  const codes = new Map<ElementCategory, Set<string>>();
  const add = (category: ElementCategory, code: string) => codes.set(category, (codes.get(category) ?? new Set()).add(code));
  const used: MatchResult['facts_used'] = [];
  for (const field of FACT_FIELD_NAMES) {
    for (const code of f[field]) {
      const fact: Fact | undefined = factOf(field, code);
      if (!fact) continue;
      fact.supports.forEach((s) => add(s.category, s.code));
      used.push({
        field,
        code,
        label: fact.label.en,
        label_ms: fact.label.ms,
        supports: [...fact.supports],
        ...(fact.because ? { because: fact.because.en, because_ms: fact.because.ms } : {}),
      });
    }
  }
  // Each form of exploitation is "exploitation" (ATIPSOM s 2 "exploitation" includes them).
  if ([...(codes.get('purpose') ?? [])].some((c) => EXPLOITATION_FORMS.includes(c))) add('purpose', 'exploitation');
  victimFacts(f).known.forEach((c) => add('victim', c));
  return { codes, used };
}

function check(f: Facts, codes: Map<ElementCategory, Set<string>>, e: Element): ElementCheck {
  const options = e.options.map(({ code, words, source }) => ({ code, words, source }));
  const given = codes.get(e.category) ?? new Set<string>();
  const matched = [...new Set(e.options.map((o) => o.code).filter((c) => given.has(c)))];
  if (matched.length > 0) return { category: e.category, status: 'met', matched, options };
  if (!e.required) return { category: e.category, status: 'not-required', matched: [], options };
  if (e.category === 'victim') {
    const { excluded } = victimFacts(f);
    if (e.options.every((o) => excluded.has(o.code))) {
      return { category: e.category, status: 'contradicted', matched: e.options.map((o) => o.code), options };
    }
  }
  return { category: e.category, status: 'to-prove', matched: [], options };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Codes of the conduct and purpose a match meets: what makes two charges alternatives. */
const reach = (m: OffenceMatch): Set<string> =>
  new Set(m.matched.filter((c) => c.category === 'act' || (c.category === 'purpose')).flatMap((c) => c.matched.filter((x) => x !== 'exploitation').map((x) => `${c.category}:${x}`)));

/** The offences whose conduct a fact meets, best first, and those the facts rule out. */
function rank(facts: Facts, codes: Map<ElementCategory, Set<string>>, offences: readonly OffenceElements[]): { candidates: OffenceMatch[]; ruledOut: RuledOut[] } {
  const candidates: OffenceMatch[] = [];
  const ruledOut: RuledOut[] = [];
  for (const o of offences) {
    const checks = o.elements.elements.filter((e) => e.category !== 'mental').map((e) => check(facts, codes, e));
    const by = (s: ElementCheck['status']) => checks.filter((c) => c.status === s);
    if (!by('met').some((c) => c.category === 'act')) continue; // no fact meets its conduct: not a charge
    const contradicted = by('contradicted');
    if (contradicted.length > 0) {
      ruledOut.push({ id: o.id, lang: o.lang, contradicted });
      continue;
    }
    const required = checks.filter((c) => c.status !== 'not-required').length;
    candidates.push({
      id: o.id,
      act: o.act,
      lang: o.lang,
      score: required === 0 ? 1 : round(by('met').length / required),
      matched: by('met'),
      to_prove: by('to-prove'),
      not_required: by('not-required'),
      state_of_mind: o.elements.elements.filter((e) => e.category === 'mental').map((e) => ({ options: e.options.map(({ code, words, source }) => ({ code, words, source })) })),
      penalties: [...o.penalties],
      alternatives: [],
    });
  }
  // Equal shares: the offence more of whose elements the facts meet is the closer charge.
  candidates.sort((a, b) => b.score - a.score || b.matched.length - a.matched.length || a.to_prove.length - b.to_prove.length || a.id.localeCompare(b.id));
  return { candidates, ruledOut };
}

/**
 * The charges the facts meet, best first, without their alternatives (what search blends in):
 * matchFacts' offences but for `alternatives`, which stay empty.
 */
export const rankOffences = (facts: Facts, offences: readonly OffenceElements[]): OffenceMatch[] => rank(facts, factElements(facts).codes, offences).candidates;

/**
 * Each candidate's alternatives: the candidates of other Acts sharing a conduct or purpose with it,
 * in rank order. Read off each code's holders rather than by comparing every pair: with the 300
 * candidates search ranks, the pairwise comparison (each pair's codes worked out again) was ~15 ms
 * of a search (BENCHMARKS.md findings 26).
 */
function linkAlternatives(candidates: readonly OffenceMatch[]): void {
  const reaches = candidates.map(reach);
  const holders = new Map<string, number[]>();
  reaches.forEach((codes, i) => {
    for (const code of codes) {
      const list = holders.get(code);
      if (list) list.push(i);
      else holders.set(code, [i]);
    }
  });
  candidates.forEach((m, i) => {
    const near = new Set<number>();
    for (const code of reaches[i]!) for (const j of holders.get(code)!) if (candidates[j]!.act !== m.act) near.add(j);
    m.alternatives = [...near].sort((a, b) => a - b).map((j) => candidates[j]!.id);
  });
}

export function matchFacts(facts: Facts, offences: readonly OffenceElements[]): Omit<MatchResult, 'facts'> {
  const { codes, used } = factElements(facts);
  const { candidates, ruledOut } = rank(facts, codes, offences);
  linkAlternatives(candidates);
  const given = new Set(FACT_FIELD_NAMES.flatMap((f) => facts[f]));
  return {
    offences: candidates,
    ruled_out: ruledOut.sort((a, b) => a.id.localeCompare(b.id)),
    facts_used: used,
    ways_of_charging: candidates.length ? [...WAYS_OF_CHARGING] : [],
    pointers: POINTERS.filter((p) => given.has(p.fact)).map((p) => ({ ...p })),
    label: ANALYSIS_LABEL,
  };
}

/** One language per offence: the requested one where it has elements, else the other. */
export function offencesFor(lang: Lang, all: readonly OffenceElements[]): OffenceElements[] {
  const byId = new Map<string, OffenceElements>();
  for (const o of all) {
    const have = byId.get(o.id);
    if (!have || (have.lang !== lang && o.lang === lang)) byId.set(o.id, o);
  }
  return [...byId.values()];
}

