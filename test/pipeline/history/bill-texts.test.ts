/**
 * Penal Code history from its amending Bills: versions from the reprint's List of Sections
 * Amended, words where a held Bill gives them, checked against the reprint; on the committed
 * corpus and the real sources.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../../scripts/pipeline/corpus/read.js';
import { provisionText } from '../../../scripts/pipeline/corpus/text.js';
import { readLawSource } from '../../../scripts/pipeline/sources/law-sources.js';
import { loadAmendingBills } from '../../../scripts/pipeline/history/load.js';
import { actBySlug } from '../../../src/registry/acts.js';
import type { Provision } from '../../../src/schema/provision.js';
import { unheldWords } from './past-words.js';

let current: Provision[];
let history: Provision[];
const byId = (ps: Provision[], id: string) => ps.filter((p) => p.meta.id === id);

beforeAll(async () => {
  current = (await readCorpus()).filter((p) => p.meta.act === 'penal-code');
  history = (await readCorpus('corpus/acts', 'history')).filter((p) => p.meta.act === 'penal-code');
});

describe('Penal Code versions from the List of Sections Amended and the held Bills', () => {
  it('s 376: each amending Act with its in-force day; the 2007, 2013 and 2017 Bills give the words from 7 September 2007', () => {
    const [s376] = byId(current, 'penal-code-s376');
    const v = s376!.meta.versions!;
    expect(v.map((x) => [x.valid_from, x.act, x.status, x.bill])).toEqual([
      ['1936-03-27', 'F.M.S. En. 1/1936', 'text-unavailable', undefined],
      ['1976-03-31', 'Act A327', 'text-unavailable', undefined],
      ['1989-05-05', 'Act A727', 'text-unavailable', undefined],
      ['2007-03-06', 'Act A1210', 'text-unavailable', undefined],
      ['2007-09-07', 'Act A1273, Act A1303', 'in-force', 'D.R.13/2007'],
      ['2014-12-31', 'Act A1471', 'in-force', 'D.R.9/2013'],
      ['2017-09-01', 'Act A1536', 'in-force', undefined],
    ]);
    // The whole-section substitution says the earlier words are not held.
    expect(s376!.meta.amendments![0]).toMatchObject({ bill: 'D.R.13/2007', clause: '2→7', outcome: 'applied', effect: expect.stringContaining('earlier words are not held') });
    const past = byId(history, 'penal-code-s376').map((p) => [p.meta.version!.valid_from, p.meta.version!.valid_to]);
    expect(past).toEqual([
      ['2007-09-07', '2014-12-31'],
      ['2014-12-31', '2017-09-01'],
    ]);
    const [y2007, y2014] = byId(history, 'penal-code-s376');
    expect(provisionText(y2007!)).toContain('not less than five years and not more than thirty years');
    expect(provisionText(y2014!)).toContain('not less than ten years and not more than thirty years');
    expect(provisionText(y2014!)).toContain('the woman becomes insane');
  });

  it('ss 372–373 (2001) and 52A, 52B, 75A (2013): the amending Act and its day; a section inserted starts there', () => {
    for (const [id, act, from] of [
      ['penal-code-s372a', 'Act A1131', '2002-08-01'],
      ['penal-code-s372b', 'Act A1131', '2002-08-01'],
      ['penal-code-s52a', 'Act A1471', '2014-12-31'],
      ['penal-code-s52b', 'Act A1471', '2014-12-31'],
      ['penal-code-s75a', 'Act A1471', '2014-12-31'],
    ] as const) {
      const [p] = byId(current, id);
      expect(p!.meta.versions![0], id).toMatchObject({ valid_from: from, act, status: 'in-force' });
      expect(p!.meta.versions![0]!.in_force, id).toContain('inserted by');
    }
    // s 372 was substituted whole in 2001: the words before are not held, the version is.
    const [s372] = byId(current, 'penal-code-s372');
    expect(s372!.meta.versions!.map((v) => [v.valid_from, v.status])).toEqual([
      ['1936-03-27', 'text-unavailable'],
      ['2002-08-01', 'in-force'],
    ]);
    expect(s372!.meta.amendments).toEqual([expect.objectContaining({ bill: 'D.R 26/2001', clause: '2', effect: 'section substituted: its earlier words are not held' })]);
  });

  it('s 370 (never amended) and a lettered section no held Bill inserts get no invented dates', () => {
    expect(byId(current, 'penal-code-s370')[0]!.meta.versions).toBeUndefined();
    // s 130J: listed under Act A1483 (2015) and Act 846 (2023) only; when it came into the Code is not stated.
    const [s130j] = byId(current, 'penal-code-s130j');
    expect(s130j!.meta.versions!.map((v) => [v.valid_from, v.act, v.status, v.start_not_stated])).toEqual([
      ['2015-06-15', 'Act A1483', 'text-unavailable', true],
      ['2023-07-04', 'Act 846', 'in-force', undefined],
    ]);
    expect(s130j!.meta.versions![0]!.in_force).toContain('when it came into the Act is not stated');
    expect(s130j!.meta.amendments!.some((a) => a.bill === 'D.R. 4/2015')).toBe(true);
    // Listed under a range row ("130c-130f Act A1210"): dated from it, start not stated.
    expect(byId(current, 'penal-code-s130e')[0]!.meta.versions).toEqual([
      expect.objectContaining({ valid_from: '2007-03-06', act: 'Act A1210', start_not_stated: true, in_force: expect.stringContaining('names for 130c-130f') }),
    ]);
    // Not in the List of Sections Amended at all: no dates, and the report lists it.
    expect(byId(current, 'penal-code-s130r')[0]!.meta.versions).toBeUndefined();
    expect(readFileSync('corpus/REPORT.md', 'utf8')).toContain('| 130R | none: no dated versions | | |');
  });

  it('every past version’s words occur in its source Bill, or are those words with the named Bills’ quoted words put in', () => {
    expect(history.length).toBeGreaterThanOrEqual(8);
    for (const p of history) expect(unheldWords(p), `${p.meta.id}@${p.meta.version!.valid_from}`).toEqual([]);
  });

  it('words the Bills carry to the last version equal the reprint: the check in corpus/REPORT.md has no unexplained difference', () => {
    const report = readFileSync('corpus/REPORT.md', 'utf8');
    const row = report.split('\n').find((l) => l.startsWith('| penal-code | en | `penal-code/reprint-2023-07-04-en.txt` | ') && /\| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \|/.test(l))!;
    const [compared, identical, , unexplained] = row.split('|').slice(4, 8).map((c) => Number(c.trim()));
    expect(compared).toBeGreaterThanOrEqual(30);
    expect(identical).toBeGreaterThanOrEqual(25);
    expect(unexplained).toBe(0);
    // s 376 as the 2007 Bill, with 2013 clause 20 and 2017 clause 5 applied, is the reprint's word for word.
    expect(report).not.toMatch(/\| penal-code-s376 \|/);
  });
});

describe('the held Penal Code Bills', () => {
  const bills = loadAmendingBills(actBySlug('penal-code')!, '.', true);

  it('the 2007 Bill amends the Code only through Act A1273: its instructions are the clauses quoted there', () => {
    const b2007 = bills.find((b) => b.bill.bill === 'D.R.13/2007')!;
    expect(b2007.instructions.map((i) => [i.clause, i.target.section])).toEqual(
      expect.arrayContaining([
        ['2→7', '376'],
        ['3→11A', '396'],
        ['3→11B', '402'],
      ]),
    );
  });

  it('reads the 2001 Bill whole, straight quotes and all', () => {
    const b2001 = bills.find((b) => b.bill.bill === 'D.R 26/2001')!;
    expect(b2001.unread).toEqual([]);
    expect(b2001.instructions.map((i) => i.op.kind)).toEqual(['none', 'substitute-unit', 'insert-unit', 'substitute-unit', 'delete-unit', 'insert-unit']);
  });

  it('leaves out the two files that are not the Penal Code Bill they are filed as', () => {
    const files = actBySlug('penal-code')!.amendments!.flatMap((b) => b.sources.map((s) => s.file));
    expect(files).not.toContain('penal-code/2004-amendment-bill-en.md');
    expect(files).not.toContain('penal-code/2023-amendment-bill-en.md');
    expect(readLawSource('penal-code/2023-amendment-bill-en.md')).toContain('An Act to amend the Environmental Quality Act 1974.');
    expect(readLawSource('penal-code/reprint-2023-07-04-en.txt')).not.toMatch(/Penal Code \(Amendment\) Act 2004/);
  });
});
