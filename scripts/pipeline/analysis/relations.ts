/**
 * Relations computed from the analysis: overlaps between offences in different Acts (from shared
 * elements), penalty disparities between overlapping offences, and terms defined differently in
 * different Acts. Curated records (annotations) are merged by the caller.
 */
import { deepFreeze } from './frozen.js';
import { ELEMENT_CATEGORY_LABELS, elementLabel, type Elements } from '../../../src/schema/elements.js';
import type { Gap } from '../../../src/schema/gap.js';
import type { Overlap, SharedElement } from '../../../src/schema/overlap.js';
import { PENALTY_WORDS, type Penalty } from '../../../src/schema/penalty.js';
import type { Lang } from '../../../src/schema/provision.js';
import { ANALYSIS_LABEL } from '../../../src/schema/relation.js';
import { actBySlug } from '../../../src/registry/acts.js';
import type { ProvisionText } from './input.js';
import { normalizeSpace } from '../structure/whitespace.js';

export interface OffenceFacts {
  p: ProvisionText;
  elements: Elements;
  penalties: Penalty[];
}

/** Codes too general to show an overlap: "other-conduct" is each provision's own conduct, not a shared one. */
const GENERIC = new Set(['exploitation', 'trafficked-person', 'other-conduct']);

/**
 * Conduct one code implies for comparison: kidnapping moves the person (Penal Code s 360 "conveys
 * any person beyond the limits of Malaysia", s 362 "to go from any place"), as transporting does.
 */
const IMPLIES: Readonly<Record<string, readonly string[]>> = { kidnap: ['transport'] };

/** Victim classes that exclude each other: "not being a child" against a child-only offence, or a disabled person. */
const EXCLUSIVE: readonly (readonly [string, string])[] = [
  ['adult', 'child'],
  ['adult', 'disabled-person'],
];

/** Per offence and category, computed once: computedOverlaps compares every pair of offences (a profile's 6% of a rebuild). */
const codeSets = new WeakMap<Elements, Map<string, ReadonlySet<string>>>();

const codesBy = (e: Elements, category: string): ReadonlySet<string> => {
  let sets = codeSets.get(e);
  if (!sets) codeSets.set(e, (sets = new Map()));
  let codes = sets.get(category);
  if (!codes) {
    const own = new Set(e.elements.filter((x) => x.category === category).flatMap((x) => x.options.map((o) => o.code)));
    if (category === 'act') for (const c of [...own]) (IMPLIES[c] ?? []).forEach((x) => own.add(x));
    sets.set(category, (codes = own));
  }
  return codes;
};

/**
 * Can one victim be within both offences? An offence naming no victim class reaches anyone; two
 * classes are compatible unless every pair of their options excludes each other.
 */
export function compatibleVictims(a: Elements, b: Elements): boolean {
  const va = codesBy(a, 'victim');
  const vb = codesBy(b, 'victim');
  if (va.size === 0 || vb.size === 0) return true;
  const excludes = (x: string, y: string) => EXCLUSIVE.some(([p, q]) => (p === x && q === y) || (p === y && q === x));
  return [...va].some((x) => [...vb].some((y) => !excludes(x, y)));
}

/**
 * Share of the Protocol categories present in either offence in which both name a common option
 * (0..1), with the shared options. Two offences overlap only when they share conduct AND purpose
 * and one victim can be within both: a shared victim ("child") or a shared verb ("conveys" child
 * abuse material, "transport" of a trafficked person) alone is not the same conduct.
 */
export function elementOverlap(a: Elements, b: Elements): { score: number; shared: SharedElement[] } {
  const shared: SharedElement[] = [];
  let present = 0;
  let common = 0;
  for (const category of ['act', 'means', 'purpose', 'victim'] as const) {
    const ca = codesBy(a, category);
    const cb = codesBy(b, category);
    if (ca.size === 0 && cb.size === 0) continue;
    present++;
    const both = [...ca].filter((c) => cb.has(c) && !GENERIC.has(c));
    if (both.length > 0) common++;
    shared.push(...both.map((code) => ({ category, code })));
  }
  const has = (category: string) => shared.some((s) => s.category === category);
  const overlap = present > 0 && has('act') && has('purpose') && compatibleVictims(a, b);
  return { score: overlap ? Math.round((common / present) * 100) / 100 : 0, shared };
}

export const OVERLAP_THRESHOLD = 0.5;

/**
 * The computed records' own words, in both languages (a language left out is a type error). The
 * Malay names statutory concepts as the Malay reprints do, and the Acts by their Malay titles (by
 * number, "Akta 265", where no Malay text is held).
 */
const actName = (slug: string, lang: Lang): string => {
  const act = actBySlug(slug);
  if (!act) return slug;
  return lang === 'ms' ? (act.title.ms ?? `Akta ${act.actNumber}`) : act.shortCitation;
};
const maxTerm = (y: number, lang: Lang): string => {
  const w = PENALTY_WORDS[lang];
  return y >= 100 ? `${w.imprisonment} ${w.life}` : lang === 'ms' ? `${w.imprisonment} ${w.years(y)}` : `${y} years' imprisonment`;
};

export const RELATION_WORDS: Readonly<
  Record<
    Lang,
    {
      overlap: (shared: readonly SharedElement[]) => string;
      disparityTitle: (light: string, heavy: string) => string;
      disparityObligation: (codes: string, light: number, heavy: number) => string;
      maximum: (years: number) => string;
      disparityBasis: (overlap: string, basis: string) => string;
      definitionTitle: (term: string, acts: readonly string[]) => string;
      definitionObligation: string;
      definitionIn: (act: string) => string;
      definitionBasis: string;
    }
  >
> = {
  en: {
    overlap: (shared) =>
      `Both offences name ${shared.map((s) => `${s.category} "${s.code}"`).join(', ')} (elements found by wording rules; see each offence's elements for the statutory words).`,
    disparityTitle: (light, heavy) => `${light} punishes overlapping conduct far more lightly than ${heavy}`,
    disparityObligation: (codes, light, heavy) =>
      `Offences reaching the same conduct (${codes}) carry very different maximum punishments: at most ${maxTerm(light, 'en')} against ${maxTerm(heavy, 'en')}. The charge chosen decides the sentence range.`,
    maximum: (y) => `maximum: ${maxTerm(y, 'en')}`,
    disparityBasis: (overlap, basis) => `computed: overlap ${overlap} (${basis}) and the parsed penalty clauses quoted`,
    definitionTitle: (term, acts) => `"${term}" is defined differently in ${acts.map((a) => actName(a, 'en')).join(', ')}`,
    definitionObligation: 'The same term carries different definitions in different Acts; conduct or persons inside one definition may fall outside another.',
    definitionIn: (act) => `definition in ${actName(act, 'en')}`,
    definitionBasis: 'computed: the definitions quoted differ in wording',
  },
  ms: {
    overlap: (shared) =>
      `Kedua-dua kesalahan menamakan ${shared.map((s) => `${ELEMENT_CATEGORY_LABELS[s.category].ms} "${elementLabel(s.category, s.code, 'ms')}"`).join(', ')} (unsur yang dikenal pasti melalui peraturan perkataan; lihat unsur setiap kesalahan bagi perkataan statutnya).`,
    disparityTitle: (light, heavy) => `${light} menghukum perbuatan yang bertindih jauh lebih ringan daripada ${heavy}`,
    disparityObligation: (codes, light, heavy) =>
      `Kesalahan yang meliputi perbuatan yang sama (${codes}) membawa hukuman maksimum yang sangat berbeza: ${PENALTY_WORDS.ms.upTo(maxTerm(light, 'ms'))} berbanding ${maxTerm(heavy, 'ms')}. Pertuduhan yang dipilih menentukan julat hukuman.`,
    maximum: (y) => `maksimum: ${maxTerm(y, 'ms')}`,
    disparityBasis: (overlap, basis) => `dikira: pertindihan ${overlap} (${basis === 'computed' ? 'dikira' : 'disusun oleh kami'}) dan fasal hukuman yang dipetik`,
    // The term is shown beside the Malay title, quoted in its own language (the record's `term`).
    definitionTitle: (_term, acts) => `Istilah yang ditakrifkan secara berbeza dalam ${acts.map((a) => actName(a, 'ms')).join(', ')}:`,
    definitionObligation: 'Istilah yang sama membawa takrif yang berbeza dalam Akta yang berbeza; perbuatan atau orang yang termasuk dalam satu takrif mungkin terkeluar daripada takrif yang lain.',
    definitionIn: (act) => `takrif dalam ${actName(act, 'ms')}`,
    definitionBasis: 'dikira: perkataan takrif yang dipetik berbeza',
  },
};

const pairId = (prefix: string, a: string, b: string) => `${prefix}-${[a, b].sort().join('-')}`;

/** elementOverlap's answers kept by the two Elements objects (a long-lived indexer's: AnalysisMemo). */
export type OverlapMemo = WeakMap<Elements, WeakMap<Elements, Readonly<ReturnType<typeof elementOverlap>>>>;

function keptOverlap(memo: OverlapMemo, a: Elements, b: Elements): Readonly<ReturnType<typeof elementOverlap>> {
  let row = memo.get(a);
  if (!row) memo.set(a, (row = new WeakMap()));
  let found = row.get(b);
  if (!found) row.set(b, (found = deepFreeze(elementOverlap(a, b))));
  return found;
}

export function computedOverlaps(offences: readonly OffenceFacts[], memo?: OverlapMemo): Overlap[] {
  const out: Overlap[] = [];
  for (let i = 0; i < offences.length; i++) {
    for (let j = i + 1; j < offences.length; j++) {
      const a = offences[i]!;
      const b = offences[j]!;
      if (a.p.meta.act === b.p.meta.act) continue;
      const { score, shared } = memo ? keptOverlap(memo, a.elements, b.elements) : elementOverlap(a.elements, b.elements);
      if (score < OVERLAP_THRESHOLD) continue;
      const [x, y] = [a.p.meta.id, b.p.meta.id].sort();
      out.push({
        id: pairId('overlap', x!, y!),
        provisions: [x!, y!],
        external: [],
        basis: 'computed',
        score,
        shared,
        rationale: RELATION_WORDS.en.overlap(shared),
        rationale_ms: RELATION_WORDS.ms.overlap(shared),
        quotes: [],
        label: ANALYSIS_LABEL,
      });
    }
  }
  return out;
}

/** The heaviest imprisonment a penalty allows, in years (life counts as 100). */
export function maxImprisonment(penalties: readonly Penalty[]): number | undefined {
  const years = penalties.flatMap((p) =>
    p.variants.flatMap((v) =>
      v.imprisonment ? [v.imprisonment.life ? 100 : (v.imprisonment.max_years ?? v.imprisonment.min_years ?? 0)] : [],
    ),
  );
  return years.length ? Math.max(...years) : undefined;
}

/**
 * Overlapping offences where one allows at most half the imprisonment of the other. `malay` gives
 * an offence's Malay text and penalties where held: the Malay record quotes its Malay penalty
 * clause, verbatim, never a translation.
 */
export function penaltyDisparities(
  overlaps: readonly Overlap[],
  offences: ReadonlyMap<string, OffenceFacts>,
  malay: (id: string) => Pick<OffenceFacts, 'p' | 'penalties'> | undefined = () => undefined,
): Gap[] {
  const gaps: Gap[] = [];
  const pairs = overlaps.flatMap((o) =>
    o.provisions.flatMap((x, i) => o.provisions.slice(i + 1).map((y) => ({ o, a: offences.get(x), b: offences.get(y) }))),
  );
  const seen = new Set<string>();
  for (const { o, a, b } of pairs) {
    // A record relating several provisions compares across Acts; two of one Act only when the record is about them.
    if (!a || !b || (o.provisions.length > 2 && a.p.meta.act === b.p.meta.act)) continue;
    const ya = maxImprisonment(a.penalties);
    const yb = maxImprisonment(b.penalties);
    if (ya === undefined || yb === undefined || Math.min(ya, yb) * 2 > Math.max(ya, yb)) continue;
    const [light, heavy] = ya < yb ? [a, b] : [b, a];
    const clause = (f: Pick<OffenceFacts, 'penalties'>) => f.penalties.find((p) => p.basis === 'own')?.clause;
    // The penalty clause, or where none is parsed the offence's opening words.
    const quoteOf = (f: Pick<OffenceFacts, 'p' | 'penalties'>) => [{ id: f.p.meta.id, lang: f.p.meta.lang, words: clause(f) ?? f.p.text.slice(0, 120) }];
    const id = (f: OffenceFacts) => f.p.meta.id;
    const ms = (f: OffenceFacts) => (f.p.meta.lang === 'ms' ? f : malay(f.p.meta.id));
    const gapId = pairId('penalty-disparity', id(light), id(heavy));
    if (seen.has(gapId)) continue;
    seen.add(gapId);
    gaps.push({
      id: gapId,
      kind: 'penalty-disparity',
      title: RELATION_WORDS.en.disparityTitle(id(light), id(heavy)),
      title_ms: RELATION_WORDS.ms.disparityTitle(id(light), id(heavy)),
      obligation: RELATION_WORDS.en.disparityObligation(o.shared.map((s) => s.code).join(', '), Math.min(ya, yb), Math.max(ya, yb)),
      obligation_ms: RELATION_WORDS.ms.disparityObligation(o.shared.map((s) => elementLabel(s.category, s.code, 'ms')).join(', '), Math.min(ya, yb), Math.max(ya, yb)),
      coverage: 'partial',
      history: [],
      assessments: [light, heavy].map((f) => ({
        id: f.p.meta.id,
        coverage: 'partial' as const,
        quotes: quoteOf(f),
        ...(ms(f) ? { quotes_ms: quoteOf(ms(f)!) } : {}),
        rationale: RELATION_WORDS.en.maximum(maxImprisonment(f.penalties)!),
        rationale_ms: RELATION_WORDS.ms.maximum(maxImprisonment(f.penalties)!),
        history: [],
      })),
      external: [],
      acts: [...new Set([light.p.meta.act, heavy.p.meta.act])],
      topics: ['penalties'],
      basis: RELATION_WORDS.en.disparityBasis(o.id, o.basis),
      basis_ms: RELATION_WORDS.ms.disparityBasis(o.id, o.basis),
      label: ANALYSIS_LABEL,
    });
  }
  return gaps;
}

/** Terms defined in more than one Act with different words (each language's terms apart). */
export function definitionDifferences(definitions: readonly ProvisionText[]): Gap[] {
  const byTerm = new Map<string, ProvisionText[]>();
  for (const d of definitions) {
    if (d.meta.kind !== 'definition' || !d.meta.term || d.meta.status !== 'in-force') continue;
    const term = d.meta.term.toLowerCase();
    byTerm.set(term, [...(byTerm.get(term) ?? []), d]);
  }
  const gaps: Gap[] = [];
  for (const [term, defs] of [...byTerm].sort(([a], [b]) => a.localeCompare(b))) {
    const acts = new Set(defs.map((d) => d.meta.act));
    if (acts.size < 2) continue;
    const body = (d: ProvisionText) => normalizeSpace(d.text).replace(/^["“][^"”]+["”]\s*/, '').toLowerCase();
    if (new Set(defs.map(body)).size < 2) continue;
    gaps.push({
      id: `definition-${term.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`,
      kind: 'definition',
      title: RELATION_WORDS.en.definitionTitle(term, [...acts]),
      obligation: RELATION_WORDS.en.definitionObligation,
      title_ms: RELATION_WORDS.ms.definitionTitle(term, [...acts]),
      term: { words: defs[0]!.meta.term!, lang: defs[0]!.meta.lang },
      obligation_ms: RELATION_WORDS.ms.definitionObligation,
      basis_ms: RELATION_WORDS.ms.definitionBasis,
      coverage: 'partial',
      history: [],
      assessments: defs.map((d) => ({
        id: d.meta.id,
        coverage: 'partial' as const,
        quotes: [{ id: d.meta.id, lang: d.meta.lang, words: d.text }],
        rationale: RELATION_WORDS.en.definitionIn(d.meta.act),
        rationale_ms: RELATION_WORDS.ms.definitionIn(d.meta.act),
        history: [],
      })),
      external: [],
      acts: [...acts],
      topics: ['definitions'],
      basis: RELATION_WORDS.en.definitionBasis,
      label: ANALYSIS_LABEL,
    });
  }
  return gaps;
}
