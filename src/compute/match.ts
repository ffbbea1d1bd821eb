/**
 * Match facts to offences by their elements (pure; runs in the Worker). An element is met when a
 * fact names one of its options, contradicted when a fact excludes all of them (a child victim
 * for an adult-only offence), not required when the text says so (means, ATIPSOM s 14(2)), and
 * otherwise still to prove. Ranking: applicable offences first, then the share of required
 * elements met, then fewer elements left to prove.
 */
import { EXPLOITATION_FORMS } from '../schema/elements.js';
import type { Element, Elements } from '../schema/elements.js';
import type { ElementCheck, Facts, OffenceMatch } from '../schema/match.js';
import type { Lang } from '../schema/provision.js';

export interface OffenceElements {
  id: string;
  lang: Lang;
  elements: Elements;
}

/** Victim codes the facts establish, and those they rule out. */
function victimFacts(f: Facts): { known: Set<string>; excluded: Set<string> } {
  const known = new Set<string>();
  const excluded = new Set<string>();
  if (f.victim_age !== undefined) {
    known.add(f.victim_age < 18 ? 'child' : 'adult'); // "child": under eighteen (ATIPSOM, Child Act s 2)
    excluded.add(f.victim_age < 18 ? 'adult' : 'child');
  }
  if (f.victim_disabled === true) known.add('disabled-person');
  if (f.victim_disabled === false) excluded.add('disabled-person');
  if (f.migrant_status === 'smuggled-migrant') known.add('migrant');
  if (f.migrant_status === 'citizen-or-resident') excluded.add('migrant');
  // A person not a child and not disabled is outside "child or disabled person" (s 14), and the
  // adult-only offences exclude a disabled adult too (s 12: "not being a person who is unable ...").
  if (known.has('disabled-person')) excluded.add('adult');
  return { known, excluded };
}

function factCodes(f: Facts, e: Element): string[] {
  switch (e.category) {
    case 'act':
      return f.conduct;
    case 'means':
      return f.means;
    case 'purpose':
      return EXPLOITATION_FORMS.some((x) => f.purpose.includes(x)) ? [...f.purpose, 'exploitation'] : f.purpose;
    case 'circumstance':
      return f.circumstances;
    case 'victim':
      return [...victimFacts(f).known];
  }
}

function check(f: Facts, e: Element): ElementCheck {
  const options = e.options.map(({ code, words, source }) => ({ code, words, source }));
  const codes = new Set(factCodes(f, e));
  const matched = e.options.map((o) => o.code).filter((c) => codes.has(c));
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

export function matchOffences(facts: Facts, offences: readonly OffenceElements[]): OffenceMatch[] {
  const results: OffenceMatch[] = [];
  for (const o of offences) {
    const checks = o.elements.elements.map((e) => check(facts, e));
    const by = (s: ElementCheck['status']) => checks.filter((c) => c.status === s);
    const matched = by('met');
    if (matched.length === 0) continue; // nothing in the facts touches this offence
    const required = checks.filter((c) => c.status !== 'not-required').length;
    results.push({
      id: o.id,
      lang: o.lang,
      score: required === 0 ? 1 : Math.round((matched.length / required) * 1000) / 1000,
      applicable: by('contradicted').length === 0,
      matched,
      to_prove: by('to-prove'),
      contradicted: by('contradicted'),
      not_required: by('not-required'),
    });
  }
  return results.sort(
    (a, b) =>
      Number(b.applicable) - Number(a.applicable) ||
      b.score - a.score ||
      a.to_prove.length - b.to_prove.length ||
      a.id.localeCompare(b.id),
  );
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
