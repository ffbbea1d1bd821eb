import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actBySlug } from '../../../src/registry/acts.js';
import { cleanBill } from '../../../scripts/pipeline/history/clean-bill.js';
import { splitClauses } from '../../../scripts/pipeline/history/bill.js';
import { loadAmendingBills } from '../../../scripts/pipeline/history/load.js';
import type { Instruction } from '../../../scripts/pipeline/history/instructions.js';

const act = actBySlug('atipsom')!;
const bills = loadAmendingBills(act);
/** Whitespace-normalised; spacing beside quote marks varies in the PDF conversion. */
const flat = (s: string): string => s.replace(/\s+/g, ' ').replace(/ ?([‘’“”]) ?/g, '$1').trim();

/** Highest clause number the Bill's Explanatory Statement mentions ("Clause 19", "Fasal 26"). */
function highestClauseMentioned(raw: string): number {
  const statement = raw.slice(raw.search(/^(HURAIAN|EXPLANATORY STATEMENT)$/m));
  return Math.max(...[...statement.matchAll(/(?:Clause|Fasal|Subclause|Subfasal)_?\s+(\d+)/g)].map((m) => Number(m[1])));
}

/** The quoted texts an instruction carries (words to find, words or units to put in). */
function quoted(i: Instruction): string[] {
  const op = i.op;
  switch (op.kind) {
    case 'substitute-words':
      return [op.find, op.by];
    case 'insert-words':
      return [op.after, op.words];
    case 'delete-words':
      return [op.find];
    case 'substitute-end':
      return [op.by];
    case 'substitute-unit':
    case 'insert-unit':
      return [op.text.text];
    default:
      return [];
  }
}

describe('amending Bill instructions (real Bills)', () => {
  it('reads every amending Bill configured for ATIPSOM: 2010 in Malay, 2015 and 2021 in both languages', () => {
    expect(bills.map((b) => `${b.bill.year}-${b.lang}`)).toEqual(['2010-ms', '2015-en', '2015-ms', '2021-en', '2021-ms']);
  });

  for (const b of bills) {
    describe(`${b.bill.bill} (${b.lang})`, () => {
      const raw = readFileSync(b.file, 'utf8');
      const clauses = splitClauses(cleanBill(raw));
      const cleaned = flat(cleanBill(raw).map((l) => l.text).join('\n'));

      it('finds clauses 1..N in order, at least up to the last clause the Explanatory Statement names', () => {
        expect(clauses.map((c) => Number(c.number))).toEqual(clauses.map((_, i) => i + 1));
        expect(clauses.length).toBeGreaterThanOrEqual(highestClauseMentioned(raw));
      });

      it('yields at least one instruction for every clause', () => {
        for (const c of clauses)
          expect(b.instructions.filter((i) => i.clause.replace(/\(.*$/, '') === c.number).length, `clause ${c.number}`).toBeGreaterThan(0);
      });

      it('quotes only words that are in the Bill, verbatim', () => {
        for (const i of b.instructions) for (const q of quoted(i)) expect(cleaned, `${i.clause}: ${q}`).toContain(flat(q));
      });

      it("keeps each instruction's own words verbatim from the Bill", () => {
        for (const i of b.instructions) {
          const own = i.words.slice(i.words.lastIndexOf(i.clause.match(/\([a-z]+\)$/)?.[0] ?? `${i.clause}.`));
          expect(cleaned, i.clause).toContain(flat(own));
        }
      });
    });
  }

  it('parses the English and Malay texts of a Bill into the same instructions, clause by clause', () => {
    for (const year of [2015, 2021]) {
      const [en, ms] = ['en', 'ms'].map((l) => bills.find((b) => b.bill.year === year && b.lang === l)!.instructions);
      const shape = (i: Instruction) => [i.clause, i.op.kind, i.target.section, i.target.paths, i.target.onlyLang, i.target.within];
      expect(en!.map(shape), String(year)).toEqual(ms!.map(shape));
    }
  });

  it('counts the instructions each Bill gives (clauses with items count once per item)', () => {
    // 2010: 26 clauses, 52 instructions; 2015: 17 clauses, 26; 2021: 19 clauses, 35 (read off the Bills).
    expect(bills.map((b) => b.instructions.length)).toEqual([52, 26, 26, 35, 35]);
  });

  it('reads the 2010 renaming and the new Part IIIA from the Malay Bill', () => {
    const i2010 = bills[0]!.instructions;
    const rename = i2010.find((i) => i.clause === '3')!;
    expect(rename.target).toMatchObject({ section: '1', paths: [['(1)']] });
    expect(rename.op).toMatchObject({ kind: 'insert-words', after: 'Antipemerdagangan Orang', words: 'dan Antipenyeludupan Migran' });
    const part = i2010.find((i) => i.op.kind === 'insert-unit' && i.op.unit === 'part')!;
    expect(part.clause).toBe('15');
    expect(part.op.kind === 'insert-unit' && part.op.text.text).toMatch(/^Bahagian Iiia\nPENYELUDUPAN MIGRAN/);
  });

  it('marks instructions that the Bill confines to one language text', () => {
    const only = bills.flatMap((b) => b.instructions.filter((i) => i.target.onlyLang).map((i) => `${b.bill.year}-${b.lang} ${i.clause} ${i.target.onlyLang}`));
    expect(only).toEqual(['2010-ms 4(f) ms', '2021-en 2(a) en', '2021-en 10(a) ms', '2021-ms 2(a) en', '2021-ms 10(a) ms']);
  });
});
