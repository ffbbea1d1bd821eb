/**
 * Relations computed from the analysis: overlaps between offences in different Acts (from shared
 * elements), penalty disparities between overlapping offences, and terms defined differently in
 * different Acts. Curated records (annotations) are merged by the caller.
 */
import type { Elements } from '../../../src/schema/elements.js';
import type { Gap } from '../../../src/schema/gap.js';
import type { Overlap, SharedElement } from '../../../src/schema/overlap.js';
import type { Penalty } from '../../../src/schema/penalty.js';
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

const codesBy = (e: Elements, category: string): Set<string> => {
  const codes = new Set(e.elements.filter((x) => x.category === category).flatMap((x) => x.options.map((o) => o.code)));
  if (category === 'act') for (const c of [...codes]) (IMPLIES[c] ?? []).forEach((x) => codes.add(x));
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

const pairId = (prefix: string, a: string, b: string) => `${prefix}-${[a, b].sort().join('-')}`;

export function computedOverlaps(offences: readonly OffenceFacts[]): Overlap[] {
  const out: Overlap[] = [];
  for (let i = 0; i < offences.length; i++) {
    for (let j = i + 1; j < offences.length; j++) {
      const a = offences[i]!;
      const b = offences[j]!;
      if (a.p.meta.act === b.p.meta.act) continue;
      const { score, shared } = elementOverlap(a.elements, b.elements);
      if (score < OVERLAP_THRESHOLD) continue;
      const [x, y] = [a.p.meta.id, b.p.meta.id].sort();
      out.push({
        id: pairId('overlap', x!, y!),
        provisions: [x!, y!],
        external: [],
        basis: 'computed',
        score,
        shared,
        rationale: `Both offences name ${shared.map((s) => `${s.category} "${s.code}"`).join(', ')} (elements found by wording rules; see each offence's elements for the statutory words).`,
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

const describeMax = (y: number) => (y >= 100 ? 'imprisonment for life' : `${y} years' imprisonment`);

/** Overlapping offences where one allows at most half the imprisonment of the other. */
export function penaltyDisparities(overlaps: readonly Overlap[], offences: ReadonlyMap<string, OffenceFacts>): Gap[] {
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
    const clause = (f: OffenceFacts) => f.penalties.find((p) => p.basis === 'own')?.clause;
    const quotes = [light, heavy].flatMap((f) => {
      const c = clause(f);
      return c ? [{ id: f.p.meta.id, lang: f.p.meta.lang, words: c }] : [];
    });
    const id = (f: OffenceFacts) => f.p.meta.id;
    const gapId = pairId('penalty-disparity', id(light), id(heavy));
    if (seen.has(gapId)) continue;
    seen.add(gapId);
    gaps.push({
      id: gapId,
      kind: 'penalty-disparity',
      title: `${id(light)} punishes overlapping conduct far more lightly than ${id(heavy)}`,
      obligation: `Offences reaching the same conduct (${o.shared.map((s) => s.code).join(', ')}) carry very different maximum punishments: at most ${describeMax(Math.min(ya, yb))} against ${describeMax(Math.max(ya, yb))}. The charge chosen decides the sentence range.`,
      coverage: 'partial',
      history: [],
      assessments: [light, heavy].map((f) => ({
        id: f.p.meta.id,
        coverage: 'partial' as const,
        quotes: quotes.filter((q) => q.id === f.p.meta.id).length
          ? quotes.filter((q) => q.id === f.p.meta.id)
          : [{ id: f.p.meta.id, lang: f.p.meta.lang, words: f.p.text.slice(0, 120) }],
        rationale: `maximum: ${describeMax(maxImprisonment(f.penalties)!)}`,
        history: [],
      })),
      external: [],
      acts: [...new Set([light.p.meta.act, heavy.p.meta.act])],
      topics: ['penalties'],
      basis: `computed: overlap ${o.id} (${o.basis}) and the parsed penalty clauses quoted`,
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
      title: `"${term}" is defined differently in ${[...acts].map((a) => actBySlug(a)?.shortCitation ?? a).join(', ')}`,
      obligation: `The same term carries different definitions in different Acts; conduct or persons inside one definition may fall outside another.`,
      coverage: 'partial',
      history: [],
      assessments: defs.map((d) => ({
        id: d.meta.id,
        coverage: 'partial' as const,
        quotes: [{ id: d.meta.id, lang: d.meta.lang, words: d.text }],
        rationale: `definition in ${actBySlug(d.meta.act)?.shortCitation ?? d.meta.act}`,
        history: [],
      })),
      external: [],
      acts: [...acts],
      topics: ['definitions'],
      basis: 'computed: the definitions quoted differ in wording',
      label: ANALYSIS_LABEL,
    });
  }
  return gaps;
}
