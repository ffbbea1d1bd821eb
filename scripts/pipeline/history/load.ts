/** Reads an Act's amending Bills from the sources folder (LAW_SOURCES) and parses their instructions. */
import { readLawSource } from '../sources/law-sources.js';
import type { ActConfig, AmendingBill } from '../../../src/registry/acts.js';
import type { Lang } from '../../../src/schema/provision.js';
import { cleanBill } from './clean-bill.js';
import { parseInstructions, throughInstructions, type Instruction, type Unread } from './instructions.js';

export interface BillText {
  bill: AmendingBill;
  lang: Lang;
  /** Path in the sources folder, e.g. atipsom/2015-amendment-bill-DR18-en.md */
  file: string;
  instructions: Instruction[];
  /** Clause items the grammar did not read (only when read with `tolerant`). */
  unread: Unread[];
}

/**
 * `tolerant`: keep going past clause items the grammar does not read and list them (for an Act
 * whose history is recorded, not consolidated); otherwise such an item throws.
 */
export function loadAmendingBills(act: ActConfig, root = '.', tolerant = false): BillText[] {
  return (act.amendments ?? []).flatMap((bill) =>
    bill.sources.map((s) => {
      const file = s.file;
      const text = readLawSource(file, root);
      const ref = { bill: bill.bill, year: bill.year, lang: s.lang };
      const unread: Unread[] = [];
      const collect = tolerant ? (u: Unread) => void unread.push(u) : undefined;
      const outer = parseInstructions(cleanBill(text), ref, collect);
      const instructions = bill.through ? throughInstructions(outer, ref, collect) : outer;
      return { bill, lang: s.lang, file, instructions, unread };
    }),
  );
}
