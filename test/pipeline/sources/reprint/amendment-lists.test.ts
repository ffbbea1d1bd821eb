import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  amendmentsOfSection,
  authorityKey,
  commencementOf,
  inForceFrom,
  isoDate,
  labelNamesSection,
  parseAmendmentLists,
  parseCommencement,
} from '../../../../scripts/pipeline/sources/reprint/amendment-lists.js';

// Verbatim excerpts of the reprints (pdftotext -layout), page furniture included.
const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

describe('List of Amendments', () => {
  it('reads ATIPSOM (en): amending Act, short title across lines, in force from', () => {
    const { amendments } = parseAmendmentLists(fixture('atipsom-en-lists.txt'));
    expect(amendments.map((a) => [a.authority, a.title, a.date])).toEqual([
      ['Act A1385', 'Anti-Trafficking in Persons (Amendment) Act 2010', '2010-11-15'],
      ['Act A1500', 'Anti-Trafficking in Persons and Anti-Smuggling of Migrants (Amendment) Act 2015', '2015-11-18'],
      ['Act A1644', 'Anti-Trafficking in Persons and Anti-Smuggling of Migrants (Amendment) Act 2022', '2022-02-22'],
    ]);
    // Lines point into the excerpt: the row of A1385.
    expect(fixture('atipsom-en-lists.txt').split('\n')[amendments[0]!.line - 1]).toContain('Act A1385');
  });

  it('reads the Malay list with its two-line column headings', () => {
    const { amendments } = parseAmendmentLists(fixture('atipsom-ms-lists-start.txt'));
    expect(amendments.map((a) => [a.authority, a.title, a.inForce])).toEqual([
      ['Akta A1385', 'Akta Antipemerdagangan Orang (Pindaan) 2010', '15-11-2010'],
      ['Akta A1500', 'Akta Antipemerdagangan Orang dan Antipenyeludupan Migran (Pindaan) 2015', '18-11-2015'],
      ['Akta A1644', 'Akta Antipemerdagangan Orang dan Antipenyeludupan Migran (Pindaan) 2022', '22-02-2022'],
    ]);
  });

  it('reads the Penal Code list across page headers, with the exception printed under a date', () => {
    const { amendments } = parseAmendmentLists(fixture('penal-code-en-lists.txt'));
    const a1210 = amendments.find((a) => a.authority === 'Act A1210')!;
    expect(a1210).toMatchObject({ title: 'Penal Code (Amendment) Act 2003', date: '2007-03-06', note: 'except section 9: 07-09-2007' });
    expect(amendments.find((a) => a.authority === 'L.N. (N.S.) 1/1957')!.title).toBe('Federal Constitution (Modification of Laws) Order 1957');
    // The running header "Penal Code  251" after it is not part of that title.
    expect(amendments.find((a) => a.authority === 'L.N. (N.S.) 9/1957')!.title).toBe('Corrigendum to Federal Constitution (Modification of Laws) Order 1957');
    expect(amendments.find((a) => a.authority === 'Act A1131')).toMatchObject({ title: 'Penal Code (Amendment) Act 2001', date: '2002-08-01' });
    expect(amendments.at(-1)).toMatchObject({ authority: 'Act 846', title: 'Abolition of Mandatory Death Penalty Act 2023', date: '2023-07-04' });
    expect(amendments).toHaveLength(41);
  });
});

describe('List of Sections Amended', () => {
  const lists = parseAmendmentLists(fixture('atipsom-en-lists.txt'));

  it('gives each section its amending Acts, a row without a section continuing the one above', () => {
    expect(amendmentsOfSection(lists, '2').map((s) => [s.authority, s.inForce])).toEqual([
      ['Act A1385', '15-11-2010'],
      ['Act A1500', '18-11-2015'],
      ['Act A1644', '22-02-2022'],
    ]);
    expect(amendmentsOfSection(lists, '14').map((s) => s.authority)).toEqual(['Act A1644']);
    expect(amendmentsOfSection(lists, '4')).toEqual([]);
  });

  it('reads Parts, the long title and ranges such as 26D-26K', () => {
    expect(lists.sections.filter((s) => /^(Part|Long)/.test(s.section)).map((s) => s.section)).toEqual(['Long Title', 'Part IA', 'Part II', 'Part IIIA', 'Part V']);
    expect(amendmentsOfSection(lists, '26G').map((s) => [s.section, s.authority])).toEqual([['26D-26K', 'Act A1385']]);
    expect(amendmentsOfSection(lists, '26L')).toEqual([]);
    expect(lists.sections.at(-1)).toMatchObject({ section: '66B', authority: 'Act A1500', date: '2015-11-18' });
  });

  it('reports the two misprinted dates and keeps them as printed', () => {
    expect(lists.anomalies.map((a) => [a.kind, a.what])).toEqual([
      ['date-unreadable', '15A Act A1644: "in force from" printed "22-02-02" (List of Amendments: 22-02-2022)'],
      ['date-differs', '26C Act A1644: in force from 02-02-2022 here, 22-02-2022 in the List of Amendments'],
    ]);
    const s15a = amendmentsOfSection(lists, '15A').at(-1)!;
    expect(s15a.inForce).toBe('22-02-02');
    expect(s15a.date).toBeUndefined();
    expect(inForceFrom(lists, s15a.authority)!.date).toBe('2022-02-22');
  });

  it('reads small-capital section letters (Child Act "3a", "Part VIIIa")', () => {
    const child = parseAmendmentLists(fixture('child-act-en-lists.txt'));
    expect(child.amendments.map((a) => [a.authority, a.date])).toEqual([
      ['P.U. (A) 7/2003', '2002-08-01'],
      ['Act A1511', '2017-01-01'],
    ]);
    expect(amendmentsOfSection(child, '3A').map((s) => s.authority)).toEqual(['Act A1511']);
    expect(amendmentsOfSection(child, '30').map((s) => s.authority)).toEqual(['P.U. (A) 7/2003', 'Act A1511']);
    expect(child.sections.some((s) => s.section === 'Part VIIIa')).toBe(true);
    expect(child.anomalies).toEqual([]);
  });

  it('Penal Code rows: dates that differ from the List of Amendments are reported', () => {
    const pc = parseAmendmentLists(fixture('penal-code-en-lists.txt'));
    expect(amendmentsOfSection(pc, '52B').map((s) => [s.authority, s.date])).toEqual([['Act A1471', '2014-12-31']]);
    expect(pc.anomalies.find((a) => a.what.startsWith('5 L.N.'))!.what).toBe(
      '5 L.N. (N.S.) 1/1957: in force from 01-07-1957 here, 31-08-1957 in the List of Amendments',
    );
  });
});

describe('helpers', () => {
  it('isoDate accepts only real days with four-digit years', () => {
    expect(isoDate('15-11-2010')).toBe('2010-11-15');
    expect(isoDate('22-02-02')).toBeUndefined();
    expect(isoDate('31-02-2010')).toBeUndefined();
  });

  it('authorityKey equates the English and Malay prints of one law', () => {
    expect(authorityKey('Akta A1385')).toBe(authorityKey('Act A1385'));
    expect(authorityKey('Act No. 39/1967')).toBe(authorityKey('Act 39/1967'));
    expect(authorityKey('Act 40 of 1966')).toBe(authorityKey('Act 40/1966'));
    expect(authorityKey('F.M.S En 11/1937')).toBe(authorityKey('F.M.S. En. 11/1937'));
    expect(authorityKey('Act A1385')).not.toBe(authorityKey('Act A1500'));
  });

  it('ranges include their ends and the lettered sections between', () => {
    expect(labelNamesSection('130c-130f', '130E')).toBe(true);
    expect(labelNamesSection('426-430a', '430A')).toBe(true);
    expect(labelNamesSection('426-430a', '430B')).toBe(false);
    expect(labelNamesSection('124b-124n', '124')).toBe(false);
  });
});

describe('commencement note', () => {
  it('ATIPSOM came into operation by Parts on two dates, in both languages', () => {
    for (const name of ['atipsom-en-commencement.txt', 'atipsom-ms-commencement.txt']) {
      const c = parseCommencement(fixture(name));
      expect(c.map((x) => [x.parts, x.sections, x.date, x.gazette])).toEqual([
        [['I', 'II'], ['66', '67'], '2007-10-01', 'P.U. (B) 339/2007'],
        [['III', 'IV', 'V', 'VI'], [], '2008-02-28', 'P.U. (B) 86/2008'],
      ]);
      expect(commencementOf(c, '14', 'III')!.date).toBe('2008-02-28');
      expect(commencementOf(c, '66', 'VI')!.date).toBe('2007-10-01');
      expect(commencementOf(c, '6', 'II')!.date).toBe('2007-10-01');
      expect(commencementOf(c, '26A', 'IIIA')).toBeUndefined();
    }
  });

  it('an undivided commencement covers every provision', () => {
    const c = parseCommencement(fixture('soca-en-commencement.txt'));
    expect(c).toEqual([{ provisions: '', parts: [], sections: [], date: '2017-07-10', gazette: 'P.U. (B) 340/2017', line: 10 }]);
    expect(commencementOf(c, '14', 'III')!.date).toBe('2017-07-10');
  });
});
