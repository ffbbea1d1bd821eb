/**
 * The offence model: which provisions create an offence a person can be charged with, and their
 * elements. The wording test (penalties.ts) and the element rules (elements.ts) decide by default;
 * curated records (corpus/annotations/offences.yaml) override them where the words mislead — a
 * power or duty that mentions "child" and "conviction", a way of charging another offence
 * (abetment, attempt), an offence whose conduct the rules cannot name. Every element option keeps
 * the statutory words it rests on.
 */
import { ELEMENT_CATEGORIES, type Element, type Elements } from '../../../src/schema/elements.js';
import type { CuratedElements, CuratedOffence } from './annotations.js';
import type { ProvisionText } from './input.js';

export type OffenceRole = 'offence' | 'way-of-charging';

/**
 * The Acts whose offences the wording rules read. The rules were written for the anti-trafficking
 * statutes; in the Penal Code, the Employment Act and the other general Acts the same words
 * ("recruits", "harbours", "transport") name other crimes (terrorism, harbouring offenders,
 * deserters), so their offences take curated elements or their conduct as written, never rule codes.
 */
const RULE_ACTS: ReadonlySet<string> = new Set(['atipsom', 'child-act', 'soca', 'ecwa']);

export interface OffenceModel {
  offence: boolean;
  role?: OffenceRole;
  elements?: Elements;
  /** Where the model comes from, for the report. */
  basis: 'rules' | 'curated';
}

/** The words that make an offence; the conduct is what the same sentence says before them. */
const ANCHOR = /,?\s*(?:commits an offence|(?:shall be|is) guilty of an offence|shall,?\s+(?:on conviction,?\s+)?be (?:punished|liable)|melakukan suatu kesalahan)/;
const SENTENCE_START = /(?:^|[.;:]\s+|\(\d+[A-Z]?\)\s+)/g;
const MOST_CONDUCT_CHARS = 240;

/** Where a provision does not name its conduct in the vocabulary: the words that describe it, as written. */
export function describedConduct(p: ProvisionText, words: string): Element | undefined {
  const anchor = ANCHOR.exec(words);
  if (!anchor) return undefined;
  const before = words.slice(0, anchor.index);
  const start = Math.max(0, ...[...before.matchAll(SENTENCE_START)].map((m) => m.index + m[0].length));
  let conduct = before.slice(start).trim();
  if (conduct.length > MOST_CONDUCT_CHARS) conduct = conduct.slice(conduct.indexOf(' ', conduct.length - MOST_CONDUCT_CHARS) + 1);
  if (!conduct) return undefined;
  return { category: 'act', required: true, options: [{ code: 'other-conduct', words: conduct, source: p.meta.id }] };
}

/** The curated elements with the words of one language: `elements` in the record's language, `elements_ms` in Malay. */
const curatedIn = (c: CuratedOffence, lang: string): CuratedElements | undefined =>
  lang === c.lang ? c.elements : lang === 'ms' ? c.elements_ms : undefined;

function curatedElements(c: CuratedOffence, words: CuratedElements, computed: Elements | undefined): Elements {
  const elements: Element[] = ELEMENT_CATEGORIES.flatMap((category) => {
    const options = words[category] ?? (category === 'mental' ? computed?.elements.find((e) => e.category === 'mental')?.options : undefined);
    if (!options?.length) return [];
    return [{ category, required: !c.not_required.includes(category), options: options.map((o) => ({ code: o.code, words: o.words, source: 'source' in o && o.source ? o.source : c.id })) }];
  });
  return { elements, notes: computed?.notes ?? [] };
}

/**
 * The model of one provision in one language. `computed`: the rules' verdict and elements;
 * `words`: the provision's words without its penalty clauses.
 */
export function offenceModel(
  p: ProvisionText,
  computed: { offence: boolean; elements?: Elements; words: string },
  curated: ReadonlyMap<string, CuratedOffence>,
): OffenceModel {
  const c = curated.get(p.meta.id);
  // Abetment, conspiracy, attempt punish, but only through the offence they attach to.
  if (c?.role === 'way-of-charging') return { offence: true, role: 'way-of-charging', basis: 'curated' };
  const offence = c?.offence ?? computed.offence;
  if (!offence) return { offence: false, basis: c?.offence === false ? 'curated' : 'rules' };
  if (c?.elements) {
    // Curated words are in the language of the text they quote (never translated): none, no elements.
    const words = curatedIn(c, p.meta.lang);
    return words ? { offence, role: 'offence', elements: curatedElements(c, words, computed.elements), basis: 'curated' } : { offence, role: 'offence', basis: 'curated' };
  }
  const found = computed.elements ?? { elements: [], notes: [] };
  const elements = RULE_ACTS.has(p.meta.act) ? found : { ...found, elements: found.elements.filter((e) => e.category === 'mental') };
  if (!elements.elements.some((e) => e.category === 'act')) {
    const conduct = describedConduct(p, p.text); // the full text: the anchor may open the penalty clause
    if (conduct) elements.elements.unshift(conduct);
  }
  return { offence, role: 'offence', elements, basis: 'rules' };
}
