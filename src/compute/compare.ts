/**
 * Side-by-side comparison of 2–6 provisions (pure; runs in the Worker): their verbatim text,
 * an elements matrix, normalised penalties, the differences in words of our own, and the
 * relations among them (references, overlaps, gaps). Analysis, not legal advice.
 */
import { ELEMENT_CATEGORIES, ELEMENT_CATEGORY_LABELS, elementLabel, type ElementCategory, type Elements } from '../schema/elements.js';
import { PENALTY_WORDS, type NormalisedPenalty, type Penalty } from '../schema/penalty.js';
import type { Lang, ProvisionStatus } from '../schema/provision.js';
import { ANALYSIS_LABEL } from '../schema/relation.js';

/** What comparison reads of a provision (a search document carries all of it). */
export interface ComparedProvision {
  id: string;
  lang: Lang;
  short_citation: string;
  heading: string;
  status: ProvisionStatus;
  text: string;
  unavailable?: { note: string; see: string } | undefined;
  elements?: Elements | undefined;
  penalties: readonly Penalty[];
  refs_out: readonly string[];
  overlaps: readonly string[];
  gaps: readonly string[];
}

/** Resolved provision ids a provision cites, each once, itself left out. */
export const refIds = (refs: readonly { id?: string | undefined }[], self?: string): string[] =>
  [...new Set(refs.flatMap((r) => (r.id && r.id !== self ? [r.id] : [])))];

export function normalisePenalty(id: string, penalties: readonly Penalty[]): NormalisedPenalty {
  const variants = penalties.flatMap((p) => p.variants);
  const nums = (f: (v: (typeof variants)[number]) => number | undefined) =>
    variants.map(f).filter((n): n is number => n !== undefined);
  const max = (xs: number[]) => (xs.length ? Math.max(...xs) : undefined);
  const min = (xs: number[]) => (xs.length ? Math.min(...xs) : undefined);
  const maxYears = max(nums((v) => v.imprisonment?.max_years));
  const minYears = min(nums((v) => v.imprisonment?.min_years));
  const maxFine = max(nums((v) => v.fine?.max_ringgit));
  return {
    id,
    basis: penalties[0]?.basis ?? 'none',
    life: variants.some((v) => v.imprisonment?.life === true),
    death: variants.some((v) => v.death),
    ...(minYears !== undefined ? { min_years: minYears } : {}),
    ...(maxYears !== undefined ? { max_years: maxYears } : {}),
    ...(maxFine !== undefined ? { max_fine_ringgit: maxFine } : {}),
    fine: variants.some((v) => v.fine !== undefined),
    whipping: variants.some((v) => v.whipping !== undefined),
    mandatory_imprisonment: variants.some((v) => v.imprisonment?.mandatory === true),
  };
}

export interface MatrixRow {
  category: ElementCategory;
  code: string;
  /** Per provision id: absent, or required / optional with the statutory words. */
  cells: Record<string, { required: boolean; words: string; source: string } | null>;
}

export function elementsMatrix(ps: readonly ComparedProvision[]): MatrixRow[] {
  const rows: MatrixRow[] = [];
  for (const category of ELEMENT_CATEGORIES) {
    const codes = [...new Set(ps.flatMap((p) => (p.elements?.elements ?? []).filter((e) => e.category === category).flatMap((e) => e.options.map((o) => o.code))))];
    for (const code of codes) {
      const cells: MatrixRow['cells'] = {};
      for (const p of ps) {
        const e = p.elements?.elements.find((x) => x.category === category && x.options.some((o) => o.code === code));
        const o = e?.options.find((x) => x.code === code);
        cells[p.id] = e && o ? { required: e.required, words: o.words, source: o.source } : null;
      }
      rows.push({ category, code, cells });
    }
  }
  return rows;
}

/** The phrases of the differences, per language: our words, with the penalty words of PENALTY_WORDS and the element labels of ELEMENT_VOCABULARY. */
const PHRASES = {
  en: {
    lifeTerm: 'imprisonment for life',
    deleted: 'deleted',
    notHeld: (lang: Lang, see: string | undefined) => `no ${lang} text in our sources; see ${see ?? 'the other language'}`,
    state: { absent: 'absent', required: 'required', 'not required': 'not required' },
    stateIn: (state: string, cite: string) => `${state} in ${cite}`,
    optionsDiffer: (category: string) => `${category} options differ`,
    none: 'none',
    maximum: 'maximum punishment',
    /** The English differences name element codes, as the API always has. */
    option: (_category: ElementCategory, code: string) => code,
  },
  ms: {
    lifeTerm: 'pemenjaraan seumur hidup',
    deleted: 'dipotong',
    notHeld: (lang: Lang, see: string | undefined) => `tiada teks bahasa ${lang === 'ms' ? 'Melayu' : 'Inggeris'} dalam sumber kami; lihat ${see ?? 'bahasa yang satu lagi'}`,
    state: { absent: 'tiada', required: 'dikehendaki', 'not required': 'tidak dikehendaki' },
    stateIn: (state: string, cite: string) => `${state} dalam ${cite}`,
    optionsDiffer: (category: string) => `pilihan ${category} berbeza`,
    none: 'tiada',
    maximum: 'hukuman maksimum',
    option: (category: ElementCategory, code: string) => elementLabel(category, code, 'ms'),
  },
} as const;

const term = (p: NormalisedPenalty, lang: Lang): string => {
  const w = PENALTY_WORDS[lang];
  if (p.death) return w.death;
  if (p.life) return PHRASES[lang].lifeTerm;
  if (p.max_years !== undefined) return w.upTo(w.years(p.max_years));
  if (p.min_years !== undefined) return w.atLeast(w.years(p.min_years));
  return w.noImprisonment;
};

/** Differences stated in our own words (never law text), in English or Malay. */
export function differences(ps: readonly ComparedProvision[], penalties: readonly NormalisedPenalty[], lang: Lang = 'en'): string[] {
  const w = PHRASES[lang];
  const out: string[] = [];
  for (const p of ps) {
    if (p.status !== 'in-force') out.push(`${p.short_citation}: ${p.status === 'deleted' ? w.deleted : w.notHeld(p.lang, p.unavailable?.see)}.`);
  }
  const offences = ps.filter((p) => p.elements);
  for (const category of ELEMENT_CATEGORIES) {
    const name = lang === 'en' ? category : ELEMENT_CATEGORY_LABELS[category].ms;
    const state = (p: ComparedProvision) => {
      const e = p.elements!.elements.find((x) => x.category === category);
      return !e ? 'absent' : e.required ? 'required' : 'not required';
    };
    const states = new Set(offences.map(state));
    if (offences.length > 1 && states.size > 1) {
      out.push(`${name}: ${offences.map((p) => w.stateIn(w.state[state(p)], p.short_citation)).join('; ')}.`);
    }
    const codes = (p: ComparedProvision) =>
      (p.elements!.elements.find((x) => x.category === category)?.options ?? []).map((o) => o.code).sort();
    if (offences.length > 1 && new Set(offences.map((p) => codes(p).join(', '))).size > 1 && category !== 'act') {
      out.push(`${w.optionsDiffer(name)}: ${offences.map((p) => `${p.short_citation}: ${codes(p).map((c) => w.option(category, c)).join(', ') || w.none}`).join('; ')}.`);
    }
  }
  const withPenalty = penalties.filter((p) => p.basis !== 'none');
  if (withPenalty.length > 1 && new Set(withPenalty.map((p) => term(p, 'en'))).size > 1) {
    const cite = (id: string) => ps.find((p) => p.id === id)!.short_citation;
    out.push(`${w.maximum}: ${withPenalty.map((p) => `${term(p, lang)} (${cite(p.id)})`).join('; ')}.`);
  }
  return out;
}

export function compare(ps: readonly ComparedProvision[]) {
  const ids = new Set(ps.map((p) => p.id));
  const penalties = ps.map((p) => normalisePenalty(p.id, p.penalties));
  const among = (lists: (p: ComparedProvision) => readonly string[]) =>
    [...new Set(ps.flatMap(lists))].filter((r) => ps.filter((p) => lists(p).includes(r)).length >= 2);
  return {
    provisions: ps.map(({ id, lang, short_citation, heading, status, text, unavailable }) => ({
      id, lang, short_citation, heading, status, text, ...(unavailable ? { unavailable } : {}),
    })),
    elements: elementsMatrix(ps),
    penalties,
    differences: differences(ps, penalties),
    /** The same differences in Malay, for the Malay pages. */
    differences_ms: differences(ps, penalties, 'ms'),
    relations: {
      references: ps.flatMap((p) => p.refs_out.filter((to) => ids.has(to) && to !== p.id).map((to) => ({ from: p.id, to }))),
      overlaps: among((p) => p.overlaps),
      gaps: among((p) => p.gaps),
    },
    label: ANALYSIS_LABEL,
  };
}
export type Comparison = ReturnType<typeof compare>;
