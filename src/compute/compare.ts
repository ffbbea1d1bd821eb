/**
 * Side-by-side comparison of 2–6 provisions (pure; runs in the Worker): their verbatim text,
 * an elements matrix, normalised penalties, the differences in words of our own, and the
 * relations among them (references, overlaps, gaps). Analysis, not legal advice.
 */
import { ELEMENT_CATEGORIES, type ElementCategory, type Elements } from '../schema/elements.js';
import type { Penalty } from '../schema/penalty.js';
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

export interface NormalisedPenalty {
  id: string;
  basis: Penalty['basis'] | 'none';
  life: boolean;
  death: boolean;
  min_years?: number;
  max_years?: number;
  max_fine_ringgit?: number;
  fine: boolean;
  whipping: boolean;
  mandatory_imprisonment: boolean;
}

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

const term = (p: NormalisedPenalty): string =>
  p.death ? 'death' : p.life ? 'imprisonment for life' : p.max_years !== undefined ? `up to ${p.max_years} years` : p.min_years !== undefined ? `at least ${p.min_years} years` : 'no imprisonment term';

/** Differences stated in our own words (never law text). */
export function differences(ps: readonly ComparedProvision[], penalties: readonly NormalisedPenalty[]): string[] {
  const out: string[] = [];
  for (const p of ps) {
    if (p.status !== 'in-force') out.push(`${p.short_citation}: ${p.status === 'deleted' ? 'deleted' : `no ${p.lang} text in our sources; see ${p.unavailable?.see ?? 'the other language'}`}.`);
  }
  const offences = ps.filter((p) => p.elements);
  for (const category of ELEMENT_CATEGORIES) {
    const state = (p: ComparedProvision) => {
      const e = p.elements!.elements.find((x) => x.category === category);
      return !e ? 'absent' : e.required ? 'required' : 'not required';
    };
    const states = new Set(offences.map(state));
    if (offences.length > 1 && states.size > 1) {
      out.push(`${category}: ${offences.map((p) => `${state(p)} in ${p.short_citation}`).join('; ')}.`);
    }
    const codes = (p: ComparedProvision) =>
      (p.elements!.elements.find((x) => x.category === category)?.options ?? []).map((o) => o.code).sort().join(', ');
    if (offences.length > 1 && new Set(offences.map(codes)).size > 1 && category !== 'act') {
      out.push(`${category} options differ: ${offences.map((p) => `${p.short_citation}: ${codes(p) || 'none'}`).join('; ')}.`);
    }
  }
  const withPenalty = penalties.filter((p) => p.basis !== 'none');
  if (withPenalty.length > 1 && new Set(withPenalty.map(term)).size > 1) {
    const cite = (id: string) => ps.find((p) => p.id === id)!.short_citation;
    out.push(`maximum punishment: ${withPenalty.map((p) => `${term(p)} (${cite(p.id)})`).join('; ')}.`);
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
    relations: {
      references: ps.flatMap((p) => p.refs_out.filter((to) => ids.has(to) && to !== p.id).map((to) => ({ from: p.id, to }))),
      overlaps: among((p) => p.overlaps),
      gaps: among((p) => p.gaps),
    },
    label: ANALYSIS_LABEL,
  };
}
export type Comparison = ReturnType<typeof compare>;
