/**
 * A consolidation → each provision's versions, with valid-from/valid-to, and the chain of
 * amending instructions; and the version in force at a date (for `?at=YYYY-MM-DD`). Pure.
 */
import type { AmendmentRecord, Provision, ProvisionVersion } from '../../../src/schema/provision.js';
import type { Consolidation } from './apply.js';

const same = (a: Provision, b: Provision): boolean =>
  JSON.stringify([a.meta.heading, a.meta.part, a.meta.status, a.blocks]) ===
  JSON.stringify([b.meta.heading, b.meta.part, b.meta.status, b.blocks]);

/**
 * Every version of every provision, oldest first. A version starts where a Bill changed the
 * provision or named it (a Bill that amends a provision whose text we lack still makes a new,
 * text-unavailable version). Each version carries the full chain of versions and amendments.
 */
export function versionsOf(c: Consolidation, originalYear: number, originalBill: string): Map<string, Provision[]> {
  const starts = [{ from: String(originalYear), bill: originalBill }, ...c.bills.map((b) => ({ from: b.commencement, bill: b.bill }))];
  const ids = new Set(c.steps.flatMap((s) => [...s.keys()]));
  const out = new Map<string, Provision[]>();
  for (const id of ids) {
    const chain: { step: number; p: Provision }[] = [];
    c.steps.forEach((step, k) => {
      const p = step.get(id) ?? deleted(chain.at(-1)?.p);
      if (!p) return;
      const prev = chain.at(-1)?.p;
      if (!prev || !same(prev, p) || c.touched[k]!.has(id)) chain.push({ step: k, p });
    });
    const versions: ProvisionVersion[] = chain.map(({ step, p }, i) => {
      const next = chain[i + 1];
      const from = starts[step]!.from;
      const to = next ? starts[next.step]!.from : undefined;
      return {
        valid_from: from,
        ...(to ? { valid_to: to } : {}),
        approximate: from.length === 4 || (to?.length ?? 10) === 4,
        bill: starts[step]!.bill,
        status: p.meta.status,
      };
    });
    const amendments = records(c, id);
    out.set(
      id,
      chain.map(({ p }, i) => ({
        meta: { ...p.meta, version: versions[i]!, versions, ...(amendments.length ? { amendments } : {}) },
        blocks: p.blocks,
      })),
    );
  }
  return out;
}

/** A provision gone from the text (a deleted definition) stays, marked deleted. */
function deleted(last: Provision | undefined): Provision | undefined {
  if (!last || last.meta.status === 'deleted') return last;
  const { unavailable: _, ...meta } = last.meta;
  return { meta: { ...meta, status: 'deleted' }, blocks: [] };
}

function records(c: Consolidation, id: string): AmendmentRecord[] {
  return c.results
    .filter((r) => r.ids.includes(id) && r.outcome !== 'no-text-change')
    .map((r) => ({
      bill: r.instruction.bill,
      year: r.instruction.year,
      lang: r.instruction.lang,
      clause: r.instruction.clause,
      words: r.instruction.summary,
      effect: r.effect,
      outcome: r.outcome as AmendmentRecord['outcome'],
      ...(r.note ? { note: r.note } : {}),
      source: { file: r.file, lines: r.instruction.lines },
    }));
}

/** "YYYY" sorts as the first day of that year (such dates are marked approximate). */
const day = (d: string): string => (d.length === 4 ? `${d}-01-01` : d);

/**
 * The version of a provision in force on `date` (YYYY-MM-DD), from its versions oldest first;
 * undefined before the first. Where a boundary is a year only, the answer for dates in that
 * year is approximate (the version says so).
 */
export function versionAt(versions: readonly Provision[], date: string): Provision | undefined {
  const at = day(date);
  return versions.find((p) => {
    const v = p.meta.version;
    if (!v) return true;
    return day(v.valid_from) <= at && (!v.valid_to || at < day(v.valid_to));
  });
}
