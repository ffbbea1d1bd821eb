/**
 * What each amending Act changed in an Act: the amending Acts named by the provisions' dated
 * versions and by the reprint's List of Sections Amended (`amended_by`), each with every provision
 * it changed and a redline from the text before to the text it made. Read leniently from the
 * indexed documents (fields a build may not yet write are simply absent). Pure; runs in the Worker.
 */
import { z } from 'zod';
import { Block } from '../schema/provision.js';
import { redline, type UnitChange } from './redline.js';

const Version = z.object({ valid_from: z.string(), valid_to: z.string().optional(), act: z.string().optional(), status: z.string(), start_not_stated: z.literal(true).optional() });
const Past = z.object({ version: z.object({ valid_from: z.string() }), status: z.string(), blocks: z.array(Block) });
const AmendedBy = z.object({ act: z.string(), title: z.string(), in_force: z.string() });

/** The document fields this reads; everything else passes. */
export const AmendableDoc = z
  .object({
    id: z.string(),
    kind: z.string(),
    number: z.string(),
    heading: z.string(),
    short_citation: z.string(),
    order: z.number(),
    status: z.string(),
    blocks: z.array(Block),
    version: Version.optional(),
    versions: z.array(Version).optional(),
    past: z.array(Past).optional(),
    amended_by: z.array(AmendedBy).optional(),
  })
  .loose();
export type AmendableDoc = z.infer<typeof AmendableDoc>;

export type ChangeKind = 'amended' | 'inserted' | 'deleted' | 'text-not-held';

export interface ProvisionChange {
  id: string;
  number: string;
  heading: string;
  short_citation: string;
  change: ChangeKind;
  /** First day of the version before the change, and of the version the change made. */
  before?: string | undefined;
  after?: string | undefined;
  redline: UnitChange[];
}

export interface AmendingActChanges {
  /** As printed in the document's language: "Act A1644", "Akta A1644". */
  act: string;
  /** "A1644": the same in both languages. */
  number: string;
  title: string | undefined;
  in_force: string | undefined;
  provisions: ProvisionChange[];
}

/** "Act A1644" / "Akta A1644" / "A1644" → "A1644"; other authorities (P.U. (A) 7/2003) as printed. */
export const amendingNumber = (act: string): string => /\b(A\d+)\b/.exec(act)?.[1] ?? act.trim();

type Text = { status: string; blocks: Block[] } | undefined;

/** The text a version had: the current text, a past one held, or undefined (not held). */
function textOf(doc: AmendableDoc, validFrom: string): Text {
  if (doc.version?.valid_from === validFrom || (!doc.version && doc.versions?.at(-1)?.valid_from === validFrom)) return { status: doc.status, blocks: doc.blocks };
  const past = doc.past?.find((p) => p.version.valid_from === validFrom);
  return past ? { status: past.status, blocks: past.blocks } : undefined;
}

function changeBy(doc: AmendableDoc, number: string): ProvisionChange {
  const base = { id: doc.id, number: doc.number, heading: doc.heading, short_citation: doc.short_citation };
  const versions = doc.versions ?? [];
  const i = versions.findIndex((v) => v.act !== undefined && amendingNumber(v.act) === number);
  const made = versions[i];
  if (!made) return { ...base, change: 'text-not-held', redline: [] };
  const prior = versions[i - 1];
  const after = textOf(doc, made.valid_from);
  const before = prior ? textOf(doc, prior.valid_from) : undefined;
  if (!after || (prior && !before)) return { ...base, change: 'text-not-held', before: prior?.valid_from, after: made.valid_from, redline: [] };
  // A first version whose start is only the first change the sources record may follow words not held.
  if (!prior && made.start_not_stated) return { ...base, change: 'text-not-held', after: made.valid_from, redline: [] };
  if (!prior) return { ...base, change: 'inserted', after: made.valid_from, redline: redline([], after.blocks) };
  const change: ChangeKind = after.status === 'deleted' && before!.status !== 'deleted' ? 'deleted' : 'amended';
  return { ...base, change, before: prior.valid_from, after: made.valid_from, redline: redline(before!.blocks, after.blocks) };
}

/**
 * Every amending Act of these documents (one Act, one language), oldest first, each with the
 * provisions it changed in Act order. Definitions are left to their interpretation section,
 * whose redline shows them.
 */
export function changesByAmendingAct(docs: readonly AmendableDoc[]): AmendingActChanges[] {
  const acts = new Map<string, AmendingActChanges>();
  // A title comes with the reprint's list (amended_by), whose act name and date then prevail.
  const note = (number: string, printed: string, title?: string, inForce?: string) => {
    const known = acts.get(number);
    if (!known) acts.set(number, { act: printed, number, title, in_force: inForce, provisions: [] });
    else if (title) Object.assign(known, { act: printed, title, in_force: inForce ?? known.in_force });
  };
  const sorted = [...docs].filter((d) => d.kind !== 'definition').sort((a, b) => a.order - b.order);
  for (const doc of sorted) {
    const numbers = new Set<string>();
    // The first version is the Act as enacted, not an amendment.
    for (const v of (doc.versions ?? []).slice(1)) {
      if (!v.act) continue;
      note(amendingNumber(v.act), v.act, undefined, v.valid_from);
      numbers.add(amendingNumber(v.act));
    }
    for (const a of doc.amended_by ?? []) {
      note(amendingNumber(a.act), a.act, a.title, a.in_force);
      numbers.add(amendingNumber(a.act));
    }
    for (const n of numbers) acts.get(n)!.provisions.push(changeBy(doc, n));
  }
  return [...acts.values()].sort((a, b) => (a.in_force ?? '').localeCompare(b.in_force ?? '') || a.number.localeCompare(b.number));
}
