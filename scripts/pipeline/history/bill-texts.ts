/**
 * Words of past versions of an Act whose text as first enacted is not held (the Penal Code),
 * from the amending Bills we do hold. Pure (the caller reads files).
 *
 * The Act's versions are the reprint's List of Sections Amended; a Bill only fills in words. A
 * section a Bill substitutes or inserts whole is held in the Bill's words from that Act's
 * in-force date; a later held Bill's instructions on it are applied to those words (the same
 * edit machinery as the ATIPSOM consolidation). Any other instruction is recorded, not applied:
 * the text it would change is not held. Words stop being held as soon as the List names an Act
 * we do not hold for that section, and nothing is applied where the List does not name the
 * Bill's Act for the section (the Bill as tabled is not always the Act as passed).
 */
import type { ActConfig, AmendingBill } from '../../../src/registry/acts.js';
import { sectionId } from '../../../src/schema/ids.js';
import type { AmendedBy, AmendmentRecord, Provision, SourceRef } from '../../../src/schema/provision.js';
import { applyInstruction } from './edit.js';
import { Unapplied, type Working } from './edit-tree.js';
import type { Instruction } from './instructions.js';
import type { BillCount } from './act.js';
import { billInForce, type FirstVersion, type ReprintLists } from './in-force.js';
import { loadAmendingBills, type BillText } from './load.js';
import { parseSections, type QuotedSection } from './units.js';

/** A Bill with the date its Act came into force (undefined: the List of Amendments does not have it). */
export interface DatedBill {
  text: BillText;
  date: string | undefined;
}

export interface BillTexts {
  /** id → valid_from → the section's words in force from that day (the Bill's, or derived from them). */
  texts: Map<string, Map<string, Provision>>;
  /** id → every held instruction that names the provision, in order. */
  records: Map<string, AmendmentRecord[]>;
  /** Bills left out, and why. */
  skipped: { bill: string; reason: string }[];
}

const clone = <T>(x: T): T => structuredClone(x);

/** The Acts a Bill's changes are listed under: its own, and the amending Act it rewrites. */
const actsOf = (b: AmendingBill): string[] => [b.act, ...(b.through ? [b.through] : [])];

/**
 * `current`: the Act's provisions as the reprint has them, with `amended_by` (the List of
 * Sections Amended); `bills`: the held Bills with their Acts' in-force dates.
 */
export function billTexts(act: string, current: readonly Provision[], bills: readonly DatedBill[]): BillTexts {
  const byId = new Map(current.map((p) => [p.meta.id, p]));
  const listed = (id: string) => byId.get(id)?.meta.amended_by ?? [];
  const texts: BillTexts['texts'] = new Map();
  const records: BillTexts['records'] = new Map();
  const skipped: BillTexts['skipped'] = [];
  const w: Working = { act, lang: 'en', sections: [] };
  /** id → the day its held words came in, and the Acts that made them. */
  const since = new Map<string, { date: string; acts: string[] }>();
  /** id → the instructions of later Bills applied to the words a Bill gave whole. */
  const edits = new Map<string, { bill: AmendingBill; clauses: string[] }[]>();

  const dated = bills.filter((b) => {
    if (!b.date) skipped.push({ bill: b.text.bill.bill, reason: `${b.text.bill.act} is not in the reprint's List of Amendments` });
    return b.date;
  });
  dated.sort((a, b) => a.date!.localeCompare(b.date!));
  for (const { text, date } of dated) {
    const day = date!;
    const acts = actsOf(text.bill);
    dropStale(w, since, listed, day, acts);
    const touched = new Set<string>();
    // A clause item the grammar did not read changes words we would otherwise hold: they stop here.
    const unreadIn = new Set(text.unread.flatMap((u) => (u.section ? [sectionId(act, u.section)] : [])));
    for (const u of text.unread.filter((x) => x.section)) {
      const id = sectionId(act, u.section!);
      w.sections = w.sections.filter((s) => s.meta.id !== id);
      const r: AmendmentRecord = {
        bill: text.bill.bill,
        year: text.bill.year,
        lang: text.lang,
        clause: u.clause,
        words: u.words,
        effect: 'none',
        outcome: 'not-applicable',
        note: `not read by the instruction grammar: the words of s ${u.section} from ${text.bill.act} on are not held`,
        source: { file: text.file, lines: u.lines },
      };
      records.set(id, [...(records.get(id) ?? []), r]);
    }
    for (const ins of text.instructions) {
      if (ins.op.kind === 'none') continue;
      if (ins.target.section && unreadIn.has(sectionId(act, ins.target.section)) && !wholeSection(ins)) {
        const id = sectionId(act, ins.target.section);
        const note = `another item of this clause was not read by the instruction grammar: the words of s ${ins.target.section} from ${text.bill.act} on are not held`;
        const r: AmendmentRecord = { bill: ins.bill, year: ins.year, lang: ins.lang, clause: ins.clause, words: ins.words, effect: 'none', outcome: 'not-applicable', note, source: { file: text.file, lines: ins.lines } };
        records.set(id, [...(records.get(id) ?? []), r]);
        continue;
      }
      const { ids, outcome, effect, note } = applyHeld(ins, text, day, acts);
      for (const id of ids) {
        touched.add(id);
        const r: AmendmentRecord = {
          bill: ins.bill,
          year: ins.year,
          lang: ins.lang,
          clause: ins.clause,
          words: ins.words,
          effect,
          outcome,
          ...(note ? { note } : {}),
          source: { file: text.file, lines: ins.lines },
        };
        records.set(id, [...(records.get(id) ?? []), r]);
      }
    }
    for (const id of touched) {
      const p = w.sections.find((s) => s.meta.id === id);
      if (p) since.set(id, { date: day, acts });
      const edited = p && edits.get(id)?.length ? { ...clone(p), meta: { ...clone(p.meta), source: amendedSource(p.meta.source, edits.get(id)!) } } : p;
      // The List names another Act we do not hold on the same day: its change's place in the words is unknown.
      const others = listed(id).filter((a) => a.in_force === day && !acts.includes(a.act));
      if (edited && !others.length) texts.set(id, (texts.get(id) ?? new Map()).set(day, clone(edited)));
    }
  }
  return { texts, records, skipped };

  function applyHeld(ins: Instruction, text: BillText, day: string, acts: string[]): { ids: string[]; outcome: AmendmentRecord['outcome']; effect: string; note?: string } {
    const named = namedSections(ins);
    const ids = named.map((n) => sectionId(act, n));
    const unlisted = ids.filter((id) => !listed(id).some((a) => acts.includes(a.act) && a.in_force === day));
    if (unlisted.length)
      return {
        ids,
        outcome: 'not-applicable',
        effect: 'none',
        note: `the reprint's List of Sections Amended does not name ${text.bill.act} for ${named.join(', ')}: the Bill as tabled is not the Act as passed here, so it is not applied`,
      };
    const op = ins.op;
    const newSection = (q: QuotedSection): Provision => {
      const now = byId.get(sectionId(act, q.number))!;
      const { notes: _, amended_by: __, extraction: ___, ...meta } = now.meta;
      return {
        meta: {
          ...meta,
          heading: q.heading,
          status: 'in-force',
          source: { file: text.file, lines: q.lines, bill: text.bill.bill, year: text.bill.year, basis: `text of the amending Bill (${text.bill.bill}, ${text.bill.act})` },
        },
        blocks: q.blocks,
      };
    };
    if (op.kind === 'substitute-unit' && op.unit === 'section') return wholeSections(parseSections(op.text.lines), 'section substituted: its earlier words are not held');
    if (op.kind === 'insert-unit' && op.unit === 'section') return wholeSections(parseSections(op.text.lines), 'section inserted');
    if (op.kind === 'delete-unit' && op.unit === 'section') {
      w.sections = w.sections.filter((s) => !ids.includes(s.meta.id));
      return { ids, outcome: 'applied', effect: 'section deleted' };
    }
    if (!w.sections.some((s) => ids.includes(s.meta.id)))
      return { ids, outcome: 'not-applicable', effect: 'none', note: `the words of ${named.map((n) => `s ${n}`).join(', ')} before ${text.bill.act} are not held: recorded, not applied` };
    try {
      const e = applyInstruction(w, ins, newSection);
      for (const id of ids) {
        const list = edits.get(id) ?? [];
        const last = list.at(-1);
        if (last?.bill === text.bill) last.clauses.push(ins.clause);
        else list.push({ bill: text.bill, clauses: [ins.clause] });
        edits.set(id, list);
      }
      return { ids, outcome: 'applied', effect: e.effect };
    } catch (e) {
      if (!(e instanceof Unapplied)) throw e;
      // The words no longer hold: a later reader must not see a version built on a guess.
      w.sections = w.sections.filter((s) => !ids.includes(s.meta.id));
      return { ids, outcome: 'not-applicable', effect: 'none', note: `could not be applied to the words held (${e.message}); the words from ${text.bill.act} on are not held` };
    }

    function wholeSections(sections: QuotedSection[], effect: string) {
      const made = sections.filter((q) => byId.has(sectionId(act, q.number))).map(newSection);
      for (const p of made) {
        w.sections = [...w.sections.filter((s) => s.meta.id !== p.meta.id), p];
        since.set(p.meta.id, { date: day, acts });
        edits.delete(p.meta.id);
      }
      return { ids, outcome: 'applied' as const, effect };
    }
  }
}

const wholeSection = (ins: Instruction): boolean =>
  (ins.op.kind === 'substitute-unit' || ins.op.kind === 'insert-unit' || ins.op.kind === 'delete-unit') && ins.op.unit === 'section';

/** Words later Bills' instructions changed: the version is the last Bill's, derived from the words a Bill gave whole. */
function amendedSource(source: SourceRef, edits: readonly { bill: AmendingBill; clauses: string[] }[]): SourceRef {
  const by = edits.map((e) => `${e.bill.bill} (${e.bill.act}) clause${e.clauses.length > 1 ? 's' : ''} ${e.clauses.join(', ')}`);
  return { ...source, bill: edits.at(-1)!.bill.bill, basis: `${source.basis}, as amended by ${by.join(' and ')} (applied here)` };
}

/** The sections an instruction names: its target, or those it quotes whole. */
function namedSections(ins: Instruction): string[] {
  const op = ins.op;
  if ((op.kind === 'substitute-unit' || op.kind === 'insert-unit') && op.unit === 'section') return parseSections(op.text.lines).map((q) => q.number);
  if (op.kind === 'delete-unit' && op.unit === 'section') return [op.label];
  return ins.target.section ? [ins.target.section] : [];
}

/** Words held since an earlier Act go stale once the List names an Act we do not hold for that section, before or on `day`. */
function dropStale(
  w: Working,
  since: Map<string, { date: string; acts: string[] }>,
  listed: (id: string) => readonly { act: string; in_force: string }[],
  day: string,
  acts: string[],
): void {
  w.sections = w.sections.filter((s) => {
    const from = since.get(s.meta.id);
    if (!from) return true;
    return !listed(s.meta.id).some(
      (a) => (a.in_force > from.date && a.in_force <= day && !acts.includes(a.act)) || (a.in_force === from.date && !from.acts.includes(a.act)),
    );
  });
}

/** What the corpus build takes from an Act's held Bills when its text as enacted is not held. */
export interface RecordedBills extends BillTexts {
  act: string;
  bills: BillText[];
  /**
   * Where the provision's first version starts: a section a held Bill inserts, with its first
   * listed change; any other unlettered section, with the earliest law the reprint lists (it is
   * in the Code as revised in 1936). A lettered section no held Bill inserts: the reprint does not
   * say when it came into the Code, only that it was there by the first change its List of Sections
   * Amended names, so its versions start there, the first marked start_not_stated; none where the
   * List names none.
   */
  first(p: Provision): FirstVersion | undefined;
  /** Provisions whose last version the Bills' words reach: those words, to check against the reprint. */
  reached: Provision[];
  /** Lettered sections whose start is not stated (first() marks them), with the first change listed, if any. */
  unstated: { number: string; first?: AmendedBy }[];
}

export function recordBills(act: ActConfig, current: readonly Provision[], reprints: readonly ReprintLists[], root = '.'): RecordedBills {
  const bills = loadAmendingBills(act, root, true);
  const result = billTexts(
    act.slug,
    current,
    bills.map((text) => ({ text, date: billInForce(reprints, text.bill)?.date })),
  );
  const inserted = new Map(
    bills.flatMap((b) =>
      b.instructions.flatMap((i) =>
        i.op.kind === 'insert-unit' && i.op.unit === 'section'
          ? parseSections(i.op.text.lines).map((q) => [sectionId(act.slug, q.number), `inserted by ${b.bill.act} (${b.bill.bill} clause ${i.clause})`] as const)
          : [],
      ),
    ),
  );
  const reached = current.flatMap((p) => {
    const last = [...(p.meta.amended_by ?? [])].map((a) => a.in_force).sort().at(-1);
    const words = last ? result.texts.get(p.meta.id)?.get(last) : undefined;
    return words ? [words] : [];
  });
  const first = (p: Provision): FirstVersion | undefined => {
    const why = inserted.get(p.meta.id);
    if (why) return { from: 'first-listed', why };
    if (!/[A-Z]$/.test(p.meta.number)) return { from: 'earliest-law' };
    return p.meta.amended_by?.length ? { from: 'first-listed', unstated: true } : undefined;
  };
  const unstated = current.flatMap((p) => {
    if (p.meta.kind !== 'section') return [];
    const f = first(p);
    if (f && !(f.from === 'first-listed' && f.unstated)) return [];
    const listed = [...(p.meta.amended_by ?? [])].sort((a, b) => a.in_force.localeCompare(b.in_force))[0];
    return [{ number: p.meta.number, ...(listed ? { first: listed } : {}) }];
  });
  return { act: act.slug, bills, ...result, reached, first, unstated };
}

/** Per-Bill counts in the amendments report's terms, and the report's notes on what was not read or used. */
export function recordedCounts(r: RecordedBills): BillCount[] {
  return r.bills.map((b) => {
    const recs = [...r.records.values()].flat().filter((x) => x.bill === b.bill.bill);
    const clauses = (o: string) => new Set(recs.filter((x) => x.outcome === o).map((x) => x.clause)).size;
    return {
      act: r.act,
      bill: b.bill.bill,
      lang: b.lang,
      held: true,
      found: b.instructions.length + b.unread.length,
      applied: clauses('applied'),
      resolved: 0,
      notApplicable: clauses('not-applicable'),
      noTextChange: b.instructions.filter((i) => i.op.kind === 'none').length,
      unavailable: 0,
    };
  });
}

export function recordedReportMarkdown(all: readonly RecordedBills[]): string {
  const lines = all.flatMap((r) => [
    `### ${r.act}: amending Bills whose words fill in versions`,
    '',
    'The text as first enacted is not held: versions come from the reprint\'s List of Sections Amended; a held Bill gives',
    'the words of a section it substitutes or inserts whole, and its later held Bills\' instructions on that section are',
    'applied to them ("applied" above). Other instructions are recorded on the provision, not applied ("not applicable").',
    '',
    ...r.skipped.map((s) => `- Not used: ${s.bill}: ${s.reason}.`),
    ...r.bills.flatMap((b) => b.unread.map((u) => `- Not read by the instruction grammar: ${b.bill.bill} clause ${u.clause} (\`${b.file}\`, lines ${u.lines[0]}–${u.lines[1]}): ${u.words.slice(0, 160)}${u.words.length > 160 ? '…' : ''}`)),
    '',
    ...(r.unstated.length
      ? [
          `Lettered sections no held Bill inserts (${r.unstated.length}): the reprint does not say when they came into the Act. Where its`,
          'List of Sections Amended names a change, the versions start there, the first marked "start not stated" (a day',
          'before it answers that the sources do not say); where it names none, the section has no dated versions.',
          '',
          '| section | first change the List of Sections Amended names | row | line |',
          '| --- | --- | --- | ---: |',
          ...r.unstated.map((u) => (u.first ? `| ${u.number} | ${u.first.act}, ${u.first.in_force} | ${u.first.row} | ${u.first.source.line} |` : `| ${u.number} | none: no dated versions | | |`)),
          '',
        ]
      : []),
  ]);
  return lines.join('\n');
}
