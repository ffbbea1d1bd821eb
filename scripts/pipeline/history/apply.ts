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
import { applyInstruction, strayNumbers } from './edit.js';
import { definitionBlocks, Unapplied, type Working } from './edit-tree.js';
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

/** The working state of one language's consolidation, carried through its named steps. */
interface State {
  act: ActConfig;
  lang: Lang;
  w: Working;
  /** The Act's definitions as first enacted, by id. */
  baseDefs: Map<string, Provision>;
  /** Sections whose definitions are provisions of their own. */
  parents: Set<string>;
  /** id → the Bill whose text in this language we lack. */
  tainted: Map<string, string>;
  /** Provisions (definitions) an amending Bill made, with where. */
  made: Map<string, SourceRef>;
  /** Definitions another language's Bill made, held as text-unavailable here. */
  placeholders: Map<string, Provision>;
  results: Result[];
  unresolved: Consolidation['unresolved'];
  resolutions: Resolution[];
}

export function consolidate(input: ConsolidateInput): Consolidation {
  const { act, lang, base, bills, resolutions, other } = input;
  const amending = act.amendments ?? [];
  const baseDefs = new Map(base.filter((p) => p.meta.kind === 'definition').map((p) => [p.meta.id, p]));
  const s: State = {
    act,
    lang,
    w: { act: act.slug, lang, sections: clone(base.filter((p) => p.meta.kind !== 'definition')) },
    baseDefs,
    parents: new Set([...baseDefs.values()].map((p) => p.meta.parent!)),
    tainted: new Map(),
    made: new Map(),
    placeholders: new Map(),
    results: [],
    unresolved: [],
    resolutions,
  };
  const steps = [snapshot(s)];
  const touched: Set<string>[] = [new Set()];
  amending.forEach((bill, k) => {
    const text = bills.find((b) => b.bill.bill === bill.bill && b.lang === lang);
    const here = text ? applyBill(s, bill, text) : other ? markFromOther(s, bill, k, other, base, steps.at(-1)!) : new Set<string>();
    steps.push(snapshot(s));
    touched.push(here);
  });
  return { act: act.slug, lang, bills: amending, steps, touched, results: s.results, unresolved: s.unresolved };
}

/** The text of every provision now: sections, their definitions as provisions, placeholders; tainted ones text-unavailable. */
function snapshot(s: State): Map<string, Provision> {
  const out = new Map<string, Provision>();
  for (const sec of s.w.sections) {
    out.set(sec.meta.id, clone(sec));
    if (!s.parents.has(sec.meta.id)) continue;
    const definitions = definitionBlocks(sec.blocks);
    const ids = definitionIds(sec.meta.id, definitions.map((d) => definedTerm(d.text)!));
    definitions.forEach((d, j) => {
      const term = definedTerm(d.text)!;
      const { id } = ids[j]!;
      const was = s.baseDefs.get(id);
      out.set(id, {
        meta: {
          ...clone(sec.meta),
          id,
          kind: 'definition',
          heading: term,
          term,
          parent: sec.meta.id,
          order: sec.meta.order + j + 1,
          source: was?.meta.source ?? s.made.get(id) ?? sec.meta.source,
        },
        blocks: [clone(d)],
      });
    });
  }
  for (const [id, p] of s.placeholders) if (!out.has(id)) out.set(id, clone(p));
  for (const [id, bill] of s.tainted) {
    const p = out.get(id);
    if (p) out.set(id, unavailable(p, bill, s.lang));
  }
  return out;
}

/** A Bill held in this language: each instruction applied (or resolved by hand). Returns the ids it touched. */
function applyBill(s: State, bill: AmendingBill, text: BillText): Set<string> {
  const here = new Set<string>();
  for (const ins of text.instructions) {
    const r = applyOne(s, bill, ins, text.file);
    if (r) {
      s.results.push(r);
      r.ids.forEach((id) => here.add(id));
    }
  }
  return here;
}

/** A Bill not held in this language: what it touched, in the other language's terms, is marked text-unavailable. */
function markFromOther(s: State, bill: AmendingBill, k: number, other: NonNullable<ConsolidateInput['other']>, base: Provision[], last: Map<string, Provision>): Set<string> {
  const here = new Set<string>();
  const pair = pairDefinitions(other.base, base);
  for (const r of other.consolidation.results.filter((x) => x.instruction.bill === bill.bill)) {
    if (r.outcome === 'not-applicable' || r.outcome === 'no-text-change') continue;
    const ids = r.ids.map((id) => pair.get(id) ?? id);
    for (const id of ids) {
      here.add(id);
      s.tainted.set(id, bill.bill);
      const exists = s.w.sections.some((x) => x.meta.id === id) || last.has(id);
      if (!exists) addPlaceholder(s, id, other.consolidation.steps[k + 1]!.get(id)!);
    }
    s.results.push({
      ...r,
      lang: s.lang,
      ids,
      outcome: 'not-applicable',
      effect: `in the ${langName(r.instruction.lang)} text: ${r.effect}`,
      note: `${bill.bill} is held in ${langName(r.instruction.lang)} only; ${UNAVAILABLE_NOTE}`,
    });
  }
  return here;
}

/** One instruction: confined to the other language, no text change, resolved by hand, or applied; undefined when it fails (listed as unresolved). */
function applyOne(s: State, bill: AmendingBill, ins: Instruction, file: string): Result | undefined {
  const base = { instruction: ins, lang: s.lang, file };
  if (ins.target.onlyLang && ins.target.onlyLang !== s.lang)
    return { ...base, outcome: 'not-applicable', ids: [], effect: 'none', note: `applies to the ${langName(ins.target.onlyLang)} text only` };
  if (ins.op.kind === 'none') return { ...base, outcome: 'no-text-change', ids: [], effect: ins.op.reason };
  const resolution = resolutionFor(s.resolutions, ins);
  if (resolution) {
    try {
      const effect = resolution.apply(s.w, ins, newSection(s, bill, file));
      return { ...base, outcome: 'resolved', ...effect, note: resolution.note };
    } catch (e) {
      if (!(e instanceof Unapplied)) throw e;
      s.unresolved.push({ instruction: ins, reason: `resolution failed: ${e.message}` });
      return undefined;
    }
  }
  const whole = ins.op.kind === 'substitute-unit' && (ins.op.unit === 'definition' || ins.op.unit === 'section');
  const target = targetId(s.act.slug, ins);
  if (target && s.tainted.has(target) && !whole) {
    return { ...base, outcome: 'not-applicable', ids: [target], effect: 'none', note: `the ${langName(s.lang)} text of this provision as amended by ${s.tainted.get(target)} is not held` };
  }
  try {
    const stray = strayNumbers(ins);
    if (stray.length) throw new Unapplied(`quoted section ${stray.join(', ')} not among those the clause names ("${ins.note}")`);
    const effect = applyInstruction(s.w, ins, newSection(s, bill, file));
    if (whole && target) s.tainted.delete(target);
    for (const id of effect.ids) if (!s.baseDefs.has(id) && !s.made.has(id)) s.made.set(id, sourceRef(bill, file, ins.lines));
    return { ...base, outcome: 'applied', ...effect };
  } catch (e) {
    if (!(e instanceof Unapplied)) throw e;
    s.unresolved.push({ instruction: ins, reason: e.message });
    return undefined;
  }
}

/** A provision only the other language's Bill gives: an empty placeholder in its place. */
function addPlaceholder(s: State, id: string, from: Provision): void {
  const p: Provision = { meta: { ...clone(from.meta), lang: s.lang }, blocks: [] };
  // The Part's heading in this language, where this language has the Part.
  const part = s.w.sections.find((x) => x.meta.part?.number === p.meta.part?.number)?.meta.part;
  if (part) p.meta.part = clone(part);
  if (p.meta.kind === 'definition') s.placeholders.set(id, p);
  else {
    const at = s.w.sections.findIndex((x) => x.meta.order > p.meta.order);
    s.w.sections.splice(at < 0 ? s.w.sections.length : at, 0, p);
  }
}

/** The provision an instruction changes, where it names one that exists before it. */
function targetId(act: string, ins: Instruction): string | undefined {
  const t = ins.target;
  const op = ins.op;
  if (!t.section) return undefined;
  const sid = sectionId(act, t.section);
  if (op.kind === 'insert-unit' && (op.unit === 'definition' || op.unit === 'section' || op.unit === 'part')) return undefined;
  if (op.kind === 'delete-unit' && op.unit === 'definition') return definitionId(sid, op.label);
  if (op.kind === 'substitute-unit' && op.unit === 'definition') return definitionId(sid, op.label);
  if (t.definition) return definitionId(sid, t.definition);
  return sid;
}

function newSection(s: State, bill: AmendingBill, file: string) {
  return (q: QuotedSection, part: Division | undefined, order: number): Provision => ({
    meta: {
      id: sectionId(s.act.slug, q.number),
      act: s.act.slug,
      lang: s.lang,
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
