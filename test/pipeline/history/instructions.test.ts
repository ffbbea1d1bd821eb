import { readLawSource } from '../../../scripts/pipeline/sources/law-sources.js';
import { describe, expect, it } from 'vitest';
import { actBySlug } from '../../../src/registry/acts.js';
import { cleanBill } from '../../../scripts/pipeline/history/clean-bill.js';
import { maskQuotes, splitClauses } from '../../../scripts/pipeline/history/bill.js';
import { loadAmendingBills } from '../../../scripts/pipeline/history/load.js';
import { parseInstructions, type Instruction } from '../../../scripts/pipeline/history/instructions.js';

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
      const raw = readLawSource(b.file);
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

describe('the grammar on the older Penal Code Bills', () => {
  const lines = (...t: string[]) => t.map((text, i) => ({ n: i + 1, text }));
  const parse = (...t: string[]) => parseInstructions(lines(...t), { bill: 'D.R.1/2001', year: 2001, lang: 'en' });

  it('masks straight quotes, nested ones included, and closes at a closing mark', () => {
    const { masked, quotes } = maskQuotes(lines('substituting for section 9 the following section: "Heading', '9. In this section "word" means a thing.".'));
    expect(quotes.map((q) => q.text)).toEqual(['Heading\n9. In this section "word" means a thing.']);
    expect(flat(masked.map((l) => l.text).join(' '))).toBe('substituting for section 9 the following section: ⟦0⟧.');
  });

  it('reads "the Code" where the newer Bills say "the principal Act"', () => {
    const [ins] = parse('Amendment of section 107', '1. Section 107 of the Code is amended by substituting for the word “five” the word “two”.');
    expect(ins).toMatchObject({ target: { section: '107' }, op: { kind: 'substitute-words', find: 'five', by: 'two' } });
    const [sub] = parse('Amendment of section 376', '1. The Code is amended in subsection 376(2) by substituting for the comma at the end of paragraph (g) a semi colon.');
    expect(sub).toMatchObject({ target: { section: '376', paths: [['(2)', '(g)']] }, op: { kind: 'substitute-end', find: ',', by: ';' } });
  });

  it('lists an item it cannot read when asked to, and throws otherwise', () => {
    const t = ['Amendment of section 107', '1. The Code is amended in section 107 by inserting after Explanation 2 the following explanation: “Explanation 3 - Whoever masterminds.”.'];
    const unread: unknown[] = [];
    expect(parseInstructions(lines(...t), { bill: 'x', year: 2013, lang: 'en' }, (u) => void unread.push(u))).toEqual([]);
    expect(unread).toEqual([expect.objectContaining({ section: '107', clause: '1' })]);
    expect(() => parse(...t)).toThrow(/no instruction recognised/);
  });
});
