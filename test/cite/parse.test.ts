import { describe, expect, it } from 'vitest';
import { ACTS } from '../../src/registry/acts.js';
import { canonicalName, mayBeCitation, parseCitation } from '../../src/cite/parse.js';
import { loadRelevanceSet } from '../../scripts/ops/bench/relevance.js';
import { fullCitation, shortCitation } from '../../src/cite/format.js';

// What people type → what it means. Pure parsing: no index involved.
const FORMS: [string, { act: string; section: string; pinpoint?: string[]; term?: string; kind?: 'schedule' }][] = [
  ['ATIPSOM s 14', { act: 'atipsom', section: '14' }],
  ['s.14 ATIPSOM 2007', { act: 'atipsom', section: '14' }],
  ['section 14 of Act 670', { act: 'atipsom', section: '14' }],
  ['Akta 670 seksyen 14', { act: 'atipsom', section: '14' }],
  ['Child Act s 48(1)(a)', { act: 'child-act', section: '48', pinpoint: ['(1)', '(a)'] }],
  ['ATIPSOM 2007, s. 26A', { act: 'atipsom', section: '26A' }],
  ['sec 12 ATIP', { act: 'atipsom', section: '12' }],
  ["s 2 ATIPSOM 'exploitation'", { act: 'atipsom', section: '2', term: 'exploitation' }],
  ['PC 372B', { act: 'penal-code', section: '372B' }],
  ['Penal Code s 370A', { act: 'penal-code', section: '370A' }],
  ['section 372 of the Penal Code', { act: 'penal-code', section: '372' }],
  ['MAPO s 13', { act: 'atipsom', section: '13' }],
  ['ATIPSOM 14', { act: 'atipsom', section: '14' }],
  ['14 ATIPSOM', { act: 'atipsom', section: '14' }],
  ['atipsom s14', { act: 'atipsom', section: '14' }],
  ['ATIPSOM S. 14(1)', { act: 'atipsom', section: '14', pinpoint: ['(1)'] }],
  ['Anti-Trafficking in Persons Act 2007, section 12', { act: 'atipsom', section: '12' }],
  ['Act 670 s 26a', { act: 'atipsom', section: '26A' }],
  ['seksyen 12 Akta Antipemerdagangan Orang 2007', { act: 'atipsom', section: '12' }],
  ['Akta Kanak-Kanak 2001 seksyen 43', { act: 'child-act', section: '43' }],
  ['Child Act 2001 s 2 "child"', { act: 'child-act', section: '2', term: 'child' }],
  ['CA 2001 s 31(1)(a)(i)', { act: 'child-act', section: '31', pinpoint: ['(1)', '(a)', '(i)'] }],
  ['Act 611 section 43 (1) (b)', { act: 'child-act', section: '43', pinpoint: ['(1)', '(b)'] }],
  ['SOCA 2017 s 14', { act: 'soca', section: '14' }],
  ['section 12 Sexual Offences against Children Act 2017', { act: 'soca', section: '12' }],
  ['ECWA s 3', { act: 'ecwa', section: '3' }],
  ['Evidence of Child Witness Act 2007, s. 4', { act: 'ecwa', section: '4' }],
  ['Immigration Act s 6(1)(c)', { act: 'immigration-act', section: '6', pinpoint: ['(1)', '(c)'] }],
  ['s 55B Immigration Act 1959/63', { act: 'immigration-act', section: '55B' }],
  ['§ 14 ATIPSOM', { act: 'atipsom', section: '14' }],
  ['ATIPSOM s 2 (“exploitation”)', { act: 'atipsom', section: '2', term: 'exploitation' }],
  ['ATIPSOM s 2 exploitation', { act: 'atipsom', section: '2', term: 'exploitation' }],
  ['ss. 14 ATIPSOM', { act: 'atipsom', section: '14' }],
  ['  atipsom   SECTION   14  ', { act: 'atipsom', section: '14' }],
  ['KK 372B', { act: 'penal-code', section: '372B' }],
  ['ATIP 2007 s 14', { act: 'atipsom', section: '14' }],
  ['Anti-Trafficking in Persons and Anti-Smuggling of Migrants Act 2007 [Act 670], section 14', { act: 'atipsom', section: '14' }],
  ['Akta Antipemerdagangan Orang dan Antipenyeludupan Migran 2007 [Akta 670], seksyen 14', { act: 'atipsom', section: '14' }],
  ['[Act 670], section 14', { act: 'atipsom', section: '14' }],
  ['Child Act s 17(1)(a)(ii)', { act: 'child-act', section: '17', pinpoint: ['(1)', '(a)', '(ii)'] }],
  ['Child Act Sch 1', { act: 'child-act', section: '1', kind: 'schedule' }],
  ['Second Schedule, Child Act 2001', { act: 'child-act', section: '2', kind: 'schedule' }],
  ['Akta Kanak-Kanak Jadual Kedua', { act: 'child-act', section: '2', kind: 'schedule' }],
  ['SOCA, the Schedule', { act: 'soca', section: '1', kind: 'schedule' }],
  ['Schedule 2 of Act 611', { act: 'child-act', section: '2', kind: 'schedule' }],
];

describe('parseCitation reads what people type', () => {
  it.each(FORMS)('%s', (input, expected) => {
    const result = parseCitation(input);
    expect(result).toEqual({
      ok: true,
      citation: { pinpoint: [], ...expected },
    });
  });

  it('has at least 30 distinct forms', () => {
    expect(new Set(FORMS.map(([input]) => input)).size).toBeGreaterThanOrEqual(30);
  });
});

describe('parseCitation explains what it cannot read', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['ATIPSOM 2007', 'no-section'],
    ['Act 670', 'no-section'],
    ['trafficking of children', 'no-section'],
    ['Widgets Act s 5', 'unknown-act'],
    ['trafficking section 12', 'unknown-act'],
    ['s 14', 'no-act'],
  ] as const)('%j → %s', (input, reason) => {
    const result = parseCitation(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe(reason);
    // Every message tells the person what to write instead.
    expect(result.message).toMatch(/e\.g\.|such as|add one/);
  });

  it('never reads letters inside a word as a section keyword', () => {
    expect(parseCitation('Sexual Offences against Children Act').ok).toBe(false);
  });
});

describe('the citations we print parse back to themselves', () => {
  const forms = () => [
    { kind: 'section' as const, number: '14' },
    { kind: 'section' as const, number: '26A' },
    { kind: 'definition' as const, number: '2', term: 'child' },
    { kind: 'schedule' as const, number: '2' },
  ];
  for (const act of ACTS) {
    for (const p of forms()) {
      const expected = {
        act: act.slug,
        section: p.number,
        pinpoint: [],
        ...(p.kind === 'schedule' ? { kind: 'schedule' } : {}),
        ...('term' in p ? { term: p.term } : {}),
      };
      it(`${shortCitation(act, p)}`, () => {
        expect(parseCitation(shortCitation(act, p))).toEqual({ ok: true, citation: expected });
        expect(parseCitation(fullCitation(act, p, 'en'))).toEqual({ ok: true, citation: expected });
        if (act.title.ms) expect(parseCitation(fullCitation(act, p, 'ms'))).toEqual({ ok: true, citation: expected });
      });
    }
  }
});

describe('mayBeCitation (the search box skips the grammar for words)', () => {
  it('accepts every form that parses, and every citation we print', () => {
    const printed = ACTS.flatMap((act) => [shortCitation(act, { kind: 'section', number: '14' }), fullCitation(act, { kind: 'schedule', number: '2' }, 'en')]);
    for (const input of [...FORMS.map(([input]) => input), ...printed, 'ｓｃｈ 1 ATIPSOM', 'ATIPSOM ſchedule', 'ATIPSOM s １４']) {
      if (parseCitation(input).ok) expect(mayBeCitation(input), input).toBe(true);
    }
    expect(parseCitation('ATIPSOM s １４').ok).toBe(true);
  });

  it('rejects only what does not parse, over the relevance set and its queries mangled', async () => {
    const queries = (await loadRelevanceSet()).map((j) => j.query);
    let rejected = 0;
    for (const q of queries.flatMap((q) => [q, q.toUpperCase(), q.replace(/\d+/g, ''), `${q} schedule`])) {
      if (mayBeCitation(q)) continue;
      rejected++;
      expect(parseCitation(q).ok, q).toBe(false);
    }
    expect(rejected).toBeGreaterThan(queries.length);
  });
});

describe('canonicalName', () => {
  it('ignores case, punctuation and joining words', () => {
    expect(canonicalName('Anti-Trafficking in Persons Act, 2007')).toBe('anti trafficking persons act 2007');
    expect(canonicalName('Akta Kanak-Kanak')).toBe('akta kanak kanak');
  });
});
