/** Reads an Act's amending Bills from corpus/sources and parses their instructions. */
import { readFileSync } from 'node:fs';
import type { ActConfig, AmendingBill } from '../../../src/registry/acts.js';
import type { Lang } from '../../../src/schema/provision.js';
import { cleanBill } from './clean-bill.js';
import { parseInstructions, type Instruction } from './instructions.js';

export interface BillText {
  bill: AmendingBill;
  lang: Lang;
  /** Repository-relative path, e.g. corpus/sources/atipsom/2015-amendment-bill-DR18-en.md */
  file: string;
  instructions: Instruction[];
}

export function loadAmendingBills(act: ActConfig, root = '.'): BillText[] {
  return (act.amendments ?? []).flatMap((bill) =>
    bill.sources.map((s) => {
      const file = `corpus/sources/${s.file}`;
      const text = readFileSync(`${root}/${file}`, 'utf8');
      const instructions = parseInstructions(cleanBill(text), { bill: bill.bill, year: bill.year, lang: s.lang });
      return { bill, lang: s.lang, file, instructions };
    }),
  );
}
