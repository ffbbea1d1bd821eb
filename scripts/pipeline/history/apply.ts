/**
 * Applies an Act's amending Bills, in order, to its original text in one language, and keeps
 * every state the text passed through. Pure (the caller reads files).
 *
 * A language whose text of some amending Bill we do not hold (English for 2010) never gets that
 * Bill's words: each provision the Bill touched or made is marked text-unavailable from then on,
 * with a pointer to the language that has it, until a later Bill in this language replaces the
 * whole provision. Later instructions on such a provision are recorded, not applied.
 */
import type { ActConfig, AmendingBill } from '../../../src/registry/acts.js';
import { definitionId, definitionIds, docKey, sectionId } from '../../../src/schema/ids.js';
import type { Division, Lang, Provision, SourceRef } from '../../../src/schema/provision.js';
import { definedTerm } from '../structure/labels.js';
import { applyInstruction, definitionBlocks, strayNumbers, Unapplied, type Working } from './edit.js';
import type { Instruction } from './instructions.js';
import type { BillText } from './load.js';
import { resolutionFor, type Resolution } from './resolutions.js';
import type { QuotedSection } from './units.js';

export type Outcome = 'applied' | 'resolved' | 'not-applicable' | 'no-text-change';

/** What became of one instruction in one language. */
export interface Result {
  instruction: Instruction;
  /** The language whose text it was applied to (differs from the Bill's for a missing text). */
  lang: Lang;
  outcome: Outcome;
  ids: string[];
  effect: string;
  note?: string;
  file: string;
}

/** The text of every provision after each step: index 0 the original, k the k-th Bill. */
export interface Consolidation {
  act: string;
  lang: Lang;
  bills: AmendingBill[];
  steps: Map<string, Provision>[];
  /** Ids each step touched (changed, made, or named by an instruction). */
  touched: Set<string>[];
  results: Result[];
  /** Instructions that could not be applied and have no resolution: the build fails on these. */
  unresolved: { instruction: Instruction; reason: string }[];
}

const clone = <T>(x: T): T => structuredClone(x);

export const UNAVAILABLE_NOTE = 'English text not available for this version';

export interface ConsolidateInput {
  act: ActConfig;
  lang: Lang;
  /** The Act's provisions in this language as first enacted (parsed from its source). */
  base: Provision[];
  bills: BillText[];
  resolutions: Resolution[];
  /** Another language's consolidation, for Bills this language lacks. */
  other?: { consolidation: Consolidation; base: Provision[] };
}

export function consolidate(input: ConsolidateInput): Consolidation {
  const { act, lang, base, bills, resolutions, other } = input;
  const amending = act.amendments ?? [];
  const w: Working = { act: act.slug, lang, sections: clone(base.filter((p) => p.meta.kind !== 'definition')) };
  const baseDefs = new Map(base.filter((p) => p.meta.kind === 'definition').map((p) => [p.meta.id, p]));
  const parents = new Set([...baseDefs.values()].map((p) => p.meta.parent!));
  const tainted = new Map<string, string>(); // id → bill whose text we lack
  const made = new Map<string, SourceRef>(); // provisions (definitions) an amending Bill made
  const placeholders = new Map<string, Provision>();
  const results: Result[] = [];
  const unresolved: Consolidation['unresolved'] = [];

  const snapshot = (): Map<string, Provision> => {
    const out = new Map<string, Provision>();
    for (const s of w.sections) {
      out.set(s.meta.id, clone(s));
      if (!parents.has(s.meta.id)) continue;
      const definitions = definitionBlocks(s.blocks);
      const ids = definitionIds(s.meta.id, definitions.map((d) => definedTerm(d.text)!));
      definitions.forEach((d, j) => {
        const term = definedTerm(d.text)!;
        const { id } = ids[j]!;
        const was = baseDefs.get(id);
        out.set(id, {
          meta: {
            ...clone(s.meta),
            id,
            kind: 'definition',
            heading: term,
            term,
            parent: s.meta.id,
            order: s.meta.order + j + 1,
            source: was?.meta.source ?? made.get(id) ?? s.meta.source,
          },
          blocks: [clone(d)],
        });
      });
    }
    for (const [id, p] of placeholders) if (!out.has(id)) out.set(id, clone(p));
    for (const [id, bill] of tainted) {
      const p = out.get(id);
      if (p) out.set(id, unavailable(p, bill, lang));
    }
    return out;
  };

  const steps = [snapshot()];
  const touched: Set<string>[] = [new Set()];
  amending.forEach((bill, k) => {
    const here = new Set<string>();
    const text = bills.find((b) => b.bill.bill === bill.bill && b.lang === lang);
    if (text) {
      for (const ins of text.instructions) {
        const r = applyOne(ins, text.file);
        if (r) {
          results.push(r);
          r.ids.forEach((id) => here.add(id));
        }
      }
    } else if (other) {
      // Text of this Bill not held in this language: mark what it touched, in the other language's terms.
      const pair = pairDefinitions(other.base, base);
      for (const r of other.consolidation.results.filter((x) => x.instruction.bill === bill.bill)) {
        if (r.outcome === 'not-applicable' || r.outcome === 'no-text-change') continue;
        const ids = r.ids.map((id) => pair.get(id) ?? id);
        for (const id of ids) {
          here.add(id);
          tainted.set(id, bill.bill);
          const exists = w.sections.some((s) => s.meta.id === id) || [...steps.at(-1)!.keys()].includes(id);
          if (!exists) addPlaceholder(id, other.consolidation.steps[k + 1]!.get(id)!);
        }
        results.push({ ...r, lang, ids, outcome: 'not-applicable', effect: `in the ${langName(r.instruction.lang)} text: ${r.effect}`, note: `${bill.bill} is held in ${langName(r.instruction.lang)} only; ${UNAVAILABLE_NOTE}` });
      }
    }
    steps.push(snapshot());
    touched.push(here);

    function applyOne(ins: Instruction, file: string): Result | undefined {
      const base = { instruction: ins, lang, file };
      if (ins.target.onlyLang && ins.target.onlyLang !== lang)
        return { ...base, outcome: 'not-applicable', ids: [], effect: 'none', note: `applies to the ${langName(ins.target.onlyLang)} text only` };
      if (ins.op.kind === 'none') return { ...base, outcome: 'no-text-change', ids: [], effect: ins.op.reason };
      const resolution = resolutionFor(resolutions, ins);
      if (resolution) {
        try {
          const effect = resolution.apply(w, ins, newSection(bill, file));
          return { ...base, outcome: 'resolved', ...effect, note: resolution.note };
        } catch (e) {
          if (!(e instanceof Unapplied)) throw e;
          unresolved.push({ instruction: ins, reason: `resolution failed: ${e.message}` });
          return undefined;
        }
      }
      const whole = ins.op.kind === 'substitute-unit' && (ins.op.unit === 'definition' || ins.op.unit === 'section');
      const target = targetId(ins);
      if (target && tainted.has(target) && !whole) {
        return { ...base, outcome: 'not-applicable', ids: [target], effect: 'none', note: `the ${langName(lang)} text of this provision as amended by ${tainted.get(target)} is not held` };
      }
      try {
        const stray = strayNumbers(ins);
        if (stray.length) throw new Unapplied(`quoted section ${stray.join(', ')} not among those the clause names ("${ins.note}")`);
        const effect = applyInstruction(w, ins, newSection(bill, file));
        if (whole && target) tainted.delete(target);
        for (const id of effect.ids) if (!baseDefs.has(id) && !made.has(id)) made.set(id, sourceRef(bill, file, ins.lines));
        return { ...base, outcome: 'applied', ...effect };
      } catch (e) {
        if (!(e instanceof Unapplied)) throw e;
        unresolved.push({ instruction: ins, reason: e.message });
        return undefined;
      }
    }
  });

  function addPlaceholder(id: string, from: Provision): void {
    const p: Provision = { meta: { ...clone(from.meta), lang }, blocks: [] };
    // The Part's heading in this language, where this language has the Part.
    const part = w.sections.find((s) => s.meta.part?.number === p.meta.part?.number)?.meta.part;
    if (part) p.meta.part = clone(part);
    if (p.meta.kind === 'definition') placeholders.set(id, p);
    else {
      const at = w.sections.findIndex((s) => s.meta.order > p.meta.order);
      w.sections.splice(at < 0 ? w.sections.length : at, 0, p);
    }
  }

  function targetId(ins: Instruction): string | undefined {
    const t = ins.target;
    const op = ins.op;
    if (!t.section) return undefined;
    const sid = sectionId(act.slug, t.section);
    if (op.kind === 'insert-unit' && (op.unit === 'definition' || op.unit === 'section' || op.unit === 'part')) return undefined;
    if (op.kind === 'delete-unit' && op.unit === 'definition') return definitionId(sid, op.label);
    if (op.kind === 'substitute-unit' && op.unit === 'definition') return definitionId(sid, op.label);
    if (t.definition) return definitionId(sid, t.definition);
    return sid;
  }

  function newSection(bill: AmendingBill, file: string) {
    return (q: QuotedSection, part: Division | undefined, order: number): Provision => ({
      meta: {
        id: sectionId(act.slug, q.number),
        act: act.slug,
        lang,
        kind: 'section',
        number: q.number,
        heading: q.heading,
        ...(part ? { part } : {}),
        order,
        status: 'in-force',
        source: sourceRef(bill, file, q.lines),
      },
      blocks: q.blocks,
    });
  }

  return { act: act.slug, lang, bills: amending, steps, touched, results, unresolved };
}

const langName = (l: Lang): string => (l === 'en' ? 'English' : 'Malay (national language)');

function sourceRef(bill: AmendingBill, file: string, lines: [number, number]): SourceRef {
  return { file, lines, bill: bill.bill, year: bill.year, basis: `text of the amending Bill as passed (${bill.bill})` };
}

function unavailable(p: Provision, bill: string, lang: Lang): Provision {
  const other: Lang = lang === 'en' ? 'ms' : 'en';
  return {
    meta: { ...p.meta, status: 'text-unavailable', unavailable: { note: UNAVAILABLE_NOTE, see: docKey(p.meta.id, other), since: bill } },
    blocks: [],
  };
}

/**
 * Definitions are named in each language's own words, so their ids differ by language; the two
 * texts list them in the same order (both follow the Malay alphabet), so pair them by position.
 */
function pairDefinitions(from: Provision[], to: Provision[]): Map<string, string> {
  const defs = (ps: Provision[]) => ps.filter((p) => p.meta.kind === 'definition');
  const a = defs(from);
  const b = defs(to);
  const out = new Map<string, string>();
  if (a.length !== b.length) return out;
  a.forEach((p, i) => {
    if (p.meta.parent === b[i]!.meta.parent) out.set(p.meta.id, b[i]!.meta.id);
  });
  return out;
}
