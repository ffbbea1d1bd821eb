/**
 * In-force dates for the history: when the Act as enacted came into operation (the reprint's
 * commencement note), when each amending Act did (its List of Amendments), and which amending
 * laws the List of Sections Amended names for a provision. Pure over the reprints' lists; the
 * reprints themselves are read by readReprintLists (reprint-lists.ts).
 */
import type { AmendingBill } from '../../../src/registry/acts.js';
import { longDate } from '../../../src/compute/at.js';
import type { AmendedBy, Lang, Provision, ProvisionVersion } from '../../../src/schema/provision.js';
import {
  amendmentsOfSection,
  authorityKey,
  commencementOf,
  inForceFrom,
  type AmendmentLists,
  type Commencement,
} from '../sources/reprint/amendment-lists.js';

/** One reprint's lists, with where they were read from. */
export interface ReprintLists {
  act: string;
  lang: Lang;
  /** Path inside the sources folder, e.g. atipsom/reprint-2022-02-22-en.txt */
  file: string;
  /** The reprint's "as at" date (from its file name). */
  asAt: string;
  lists: AmendmentLists;
  commencement: Commencement[];
}

export interface InForce {
  date: string;
  /** The Act that made the text: "Act A1385", or the Act itself for the text as enacted. */
  act: string;
  /** Where the date comes from, in words. */
  basis: string;
}


/** English first: the basis is written in English, and both reprints give the same dates (checked in the report). */
const byLang = (reprints: readonly ReprintLists[], lang?: Lang): ReprintLists[] =>
  [...reprints].sort((a, b) => Number(b.lang === (lang ?? 'en')) - Number(a.lang === (lang ?? 'en')));

/** When an amending Bill's Act came into force: the List of Amendments' date for `bill.act`. */
export function billInForce(reprints: readonly ReprintLists[], bill: AmendingBill): InForce | undefined {
  for (const r of byLang(reprints)) {
    const listed = inForceFrom(r.lists, bill.act);
    if (listed?.date)
      return {
        date: listed.date,
        act: bill.act,
        basis: `List of Amendments, reprint as at ${longDate(r.asAt)} (${r.file}, line ${listed.line}): ${listed.authority} in force from ${listed.inForce}`,
      };
  }
  return undefined;
}

/** When a provision of the Act as enacted came into operation: the reprint's commencement note. */
export function originalInForce(reprints: readonly ReprintLists[], p: Provision, actNumber: string): InForce | undefined {
  const section = p.meta.kind === 'definition' ? p.meta.parent!.replace(/^.*-s/, '').toUpperCase() : p.meta.number;
  for (const r of byLang(reprints)) {
    const c = commencementOf(r.commencement, section, p.meta.part?.number);
    if (c)
      return {
        date: c.date,
        act: `Act ${actNumber}`,
        basis: `commencement note, reprint as at ${longDate(r.asAt)} (${r.file}, line ${c.line}): ${c.provisions ? `${c.provisions}–` : ''}${longDate(c.date)}, ${c.gazette}`,
      };
  }
  return undefined;
}

/**
 * A provision the Bill as passed does not have came in with a later amending Act: the first
 * change the List of Sections Amended names for it (for a definition, for its section).
 */
function insertedInForce(p: Provision, why = 'not in the Bill as passed', unstated?: true): InForce | undefined {
  const first = [...(p.meta.amended_by ?? [])].sort((a, b) => a.in_force.localeCompare(b.in_force))[0];
  if (!first) return undefined;
  const listed = `the first change the List of Sections Amended names for ${first.row} (${first.source.file}, line ${first.source.line}): ${first.act}, ${first.in_force}`;
  return {
    date: first.in_force,
    act: first.act,
    basis: unstated
      ? `when it came into the Act is not stated (no held Bill inserts it, and the reprint's lists record no insertion): this version starts at ${listed}`
      : `${why}: in force from ${listed}`,
  };
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ORDINALS_MS = ['pertama', 'kedua', 'ketiga', 'keempat', 'kelima', 'keenam', 'ketujuh', 'kelapan', 'kesembilan', 'kesepuluh'];

/** The row label a schedule goes by: "First Schedule" / "Jadual Pertama" for sch1. */
function namesSchedule(label: string, p: Provision): boolean {
  const n = Number(/sch(\d+)$/.exec(p.meta.id)?.[1] ?? 0);
  if (!n) return false;
  const l = label.toLowerCase();
  return l === `${ORDINALS[n - 1]} schedule` || l === `jadual ${ORDINALS_MS[n - 1]}` || (n === 1 && /^(schedule|jadual)$/.test(l));
}

/**
 * The amending laws the List of Sections Amended names for a section or schedule, in this
 * language's reprint, else the other's. A definition is not listed on its own: it gets its
 * section's rows (the change may have been to another definition of that section).
 */
export function amendedBy(reprints: readonly ReprintLists[], p: Provision): AmendedBy[] {
  const r = byLang(reprints, p.meta.lang)[0];
  if (!r) return [];
  const rows = p.meta.kind === 'schedule' ? r.lists.sections.filter((s) => namesSchedule(s.section, p)) : amendmentsOfSection(r.lists, p.meta.number);
  return rows.flatMap((row) => {
    const listed = r.lists.amendments.find((a) => authorityKey(a.authority) === authorityKey(row.authority));
    // The law's own date (List of Amendments); a row whose printed date differs is in the report.
    const date = listed?.date ?? row.date;
    if (!date) return [];
    return [{ act: row.authority, title: listed?.title ?? row.authority, in_force: date, row: row.section, source: { file: r.file, line: row.line } }];
  });
}

/** Where the reprints of one Act disagree on an amending law's date (English vs Malay). */
export function crossLanguageDifferences(reprints: readonly ReprintLists[]): string[] {
  const out: string[] = [];
  const [a, ...rest] = reprints;
  if (!a) return out;
  for (const b of rest)
    for (const x of a.lists.amendments) {
      const y = inForceFrom(b.lists, x.authority);
      if (!y) out.push(`${x.authority} is in the ${a.lang} List of Amendments (${a.file}) but not in the ${b.lang} one (${b.file})`);
      else if (y.inForce !== x.inForce) out.push(`${x.authority}: in force from ${x.inForce} (${a.file}) but ${y.inForce} (${b.file})`);
    }
  return out;
}

/** Where a provision's first version starts. */
export type FirstVersion =
  /** In the Act as enacted, from its commencement note; `words`: the provision in the Bill as passed, where held. */
  | { from: 'enactment'; words?: Provision }
  /**
   * Not in the Act as enacted: from the first change the List of Sections Amended names for it; `why` says how we
   * know. `unstated`: the sources do not say when it came in, only that it was there by that change.
   */
  | { from: 'first-listed'; why?: string; unstated?: true }
  /** An Act whose commencement the reprint does not state (the Penal Code): from the earliest law its List of Amendments names. */
  | { from: 'earliest-law' };

/** The earliest law the List of Amendments names: where the reprint's record of the Act begins. */
function earliestLaw(reprints: readonly ReprintLists[]): InForce | undefined {
  for (const r of byLang(reprints)) {
    const first = r.lists.amendments.filter((a) => a.date).sort((a, b) => a.date!.localeCompare(b.date!))[0];
    if (first)
      return {
        date: first.date!,
        act: first.authority,
        basis: `the earliest law in the List of Amendments, reprint as at ${longDate(r.asAt)} (${r.file}, line ${first.line}): ${first.authority} ${first.title}, in force from ${first.inForce}; the reprint states no earlier date for this provision`,
      };
  }
  return undefined;
}

function firstInForce(p: Provision, reprints: readonly ReprintLists[], actNumber: string, first: FirstVersion): InForce | undefined {
  if (first.from === 'first-listed') return insertedInForce(p, first.why, first.unstated);
  if (first.from === 'earliest-law') return earliestLaw(reprints);
  return originalInForce(reprints, first.words ?? p, actNumber);
}

/**
 * Versions of a provision from the reprint's lists: the first from where `first` says, then one
 * per later change the List of Sections Amended names. Provisions the lists never name keep one
 * version (none where the Act's commencement is not stated).
 *
 * `p` is the current file, the reprint's text: it is the last version. A version's words are
 * held where `first.words` (the Bill as passed) or `words` (valid_from → the provision in an
 * amending Bill's words) has them; each becomes a history file, and the other earlier versions
 * say their text is not held.
 */
export function listedVersions(
  p: Provision,
  reprints: readonly ReprintLists[],
  actNumber: string,
  first: FirstVersion,
  words: ReadonlyMap<string, Provision> = new Map(),
): { current: Provision; history: Provision[] } {
  const start = firstInForce(p, reprints, actNumber, first);
  if (!start) return { current: p, history: [] };
  const changes = [...new Set((p.meta.amended_by ?? []).map((a) => a.in_force).filter((d) => d > start.date))].sort();
  const original = first.from === 'enactment' ? first.words : undefined;
  if ((original || first.from === 'earliest-law') && !changes.length) return { current: p, history: [] };
  const held = (i: number): Provision | undefined => (i === 0 ? (original ?? words.get(start.date)) : words.get(changes[i - 1]!));
  const last = changes.length;
  // The first version is a Bill's where its words are held (and are not the reprint's, the last).
  const firstBill = (last > 0 ? held(0)?.meta.source.bill : undefined) ?? (first.from === 'enactment' ? (original ?? p).meta.source.bill : undefined);
  const versions: ProvisionVersion[] = [
    {
      valid_from: start.date,
      ...(changes[0] ? { valid_to: changes[0] } : {}),
      approximate: false,
      ...(firstBill ? { bill: firstBill } : {}),
      act: start.act,
      in_force: start.basis,
      // Without the Bill, only the reprint's (the last) text is held.
      status: last === 0 ? p.meta.status : (held(0)?.meta.status ?? 'text-unavailable'),
      ...(first.from === 'first-listed' && first.unstated ? { start_not_stated: true as const } : {}),
    },
    ...changes.map((d, i): ProvisionVersion => {
      const by = p.meta.amended_by!.filter((a) => a.in_force === d);
      // The last version's words are the reprint's.
      const bill = i + 1 === last ? undefined : held(i + 1)?.meta.source.bill;
      return {
        valid_from: d,
        ...(changes[i + 1] ? { valid_to: changes[i + 1] } : {}),
        approximate: false,
        ...(bill ? { bill } : {}),
        act: by.map((a) => a.act).join(', '),
        in_force: by.map((a) => `List of Sections Amended (${a.source.file}, line ${a.source.line}): ${a.row} ${a.act}, in force from ${d} (List of Amendments)`).join('; '),
        // The reprint's (the last) text is held, and those an amending Bill gives.
        status: i + 1 === last ? p.meta.status : (held(i + 1)?.meta.status ?? 'text-unavailable'),
      };
    }),
  ];
  const history = versions.slice(0, -1).flatMap((v, i) => {
    const h = held(i);
    if (!h) return [];
    return [{ meta: { ...h.meta, version: v, versions, ...(p.meta.amended_by ? { amended_by: p.meta.amended_by } : {}) }, blocks: h.blocks }];
  });
  return { current: { meta: { ...p.meta, version: versions.at(-1)!, versions }, blocks: p.blocks }, history };
}
