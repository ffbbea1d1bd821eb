/**
 * History = the Bills, checked against the reprint: ATIPSOM consolidated from the 2007 Bill and
 * the 2010, 2015 and 2021 amending Bills equals the reprint as at 22 February 2022 word for word,
 * in English and Malay, except for the differences listed in corpus/REPORT.md, each explained.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { differencesPath } from '../../../scripts/pipeline/corpus/output.js';
import { parseAllSources, parseOriginalSources } from '../../../scripts/pipeline/corpus/build.js';
import { amendAct } from '../../../scripts/pipeline/history/act.js';
import { readReprintLists } from '../../../scripts/pipeline/history/reprint-lists.js';
import { actBySlug } from '../../../src/registry/acts.js';
import { checkAgainstReprint, parseExplanations, reprintSections, unusedExplanations, type ReprintCheck } from '../../../scripts/pipeline/history/check-reprint.js';
import { provisionText } from '../../../scripts/pipeline/corpus/text.js';
import type { Provision } from '../../../src/schema/provision.js';

const FILE = { en: 'atipsom/reprint-2022-02-22-en.txt', ms: 'atipsom/reprint-2022-02-22-ms.txt' } as const;
let current: Provision[];
// The reprint as the reprint reader reads it, per language.
let reader: Record<'en' | 'ms', Provision[]>;
const checks: Partial<Record<'en' | 'ms', ReprintCheck>> = {};
const curated = parseExplanations(readFileSync(differencesPath('atipsom'), 'utf8'), differencesPath('atipsom'));

const sectionsOf = (lang: 'en' | 'ms') =>
  current.filter((p) => p.meta.lang === lang && p.meta.kind === 'section').sort((a, b) => a.meta.order - b.meta.order);

beforeAll(async () => {
  // The consolidation of the Bills, as output.ts checks it: the corpus's current files are the reprint itself.
  const base = parseOriginalSources('.').filter((s) => s.act.slug === 'atipsom').flatMap((s) => s.provisions);
  current = amendAct(actBySlug('atipsom')!, base, readReprintLists('atipsom')).current;
  const reprinted = (await parseAllSources('.')).filter((s) => s.act.slug === 'atipsom').flatMap((s) => s.provisions);
  reader = { en: reprinted.filter((p) => p.meta.lang === 'en'), ms: reprinted.filter((p) => p.meta.lang === 'ms') };
  for (const lang of ['en', 'ms'] as const) {
    const reprint = reprintSections(reader[lang]);
    checks[lang] = checkAgainstReprint('atipsom', lang, FILE[lang], current, reprint, curated);
  }
});

describe('ATIPSOM: consolidation from the Bills = reprint', () => {
  it('compares every Malay section, and every English section whose text the Bills give', () => {
    expect(checks.ms!.compared).toBe(sectionsOf('ms').length);
    expect(checks.ms!.skipped).toEqual([]);
    const en = sectionsOf('en');
    expect(checks.en!.compared).toBe(en.filter((p) => p.meta.status !== 'text-unavailable').length);
    // Only the English sections the Malay-only 2010 Bill touched are not compared.
    for (const s of checks.en!.skipped) expect(en.find((p) => p.meta.id === s.id)!.meta.status, s.id).toBe('text-unavailable');
  });

  it('most sections are identical word for word', () => {
    expect(checks.en!.identical).toBeGreaterThan(30);
    expect(checks.ms!.identical).toBeGreaterThan(35);
  });

  it('leaves no difference unexplained, in either language', () => {
    for (const lang of ['en', 'ms'] as const) {
      const open = checks[lang]!.differences.filter((d) => d.kind === 'unexplained');
      expect(open.map((d) => `${d.id} ${d.where}: "${d.bill}" → "${d.reprint}"`), lang).toEqual([]);
    }
  });

  it('uses every curated explanation (none stale)', () => {
    expect(unusedExplanations([checks.en!, checks.ms!], curated)).toEqual([]);
  });

  it('finds the substantive ones: s 26C minimum/maximum, s 36 reprint misprint', () => {
    const ms = checks.ms!.differences;
    expect(ms.find((d) => d.id === 'atipsom-s26c')).toMatchObject({ bill: 'kurang daripada', reprint: 'melebihi', kind: 'explained' });
    expect(ms.find((d) => d.id === 'atipsom-s36' && d.bill === 'perkara')).toMatchObject({ reprint: 'kepada', kind: 'explained' });
  });

  it('lists every difference in corpus/REPORT.md with its kind', () => {
    const report = readFileSync('corpus/REPORT.md', 'utf8');
    for (const d of [...checks.en!.differences, ...checks.ms!.differences]) {
      const row = report.split('\n').find((l) => l.startsWith(`| ${d.id} | ${d.lines[0]}–${d.lines[1]} | ${d.where} |`) && l.includes(`| ${d.kind} |`));
      expect(row, `${d.id} ${d.bill} → ${d.reprint}`).toBeDefined();
    }
  });
});

describe('the reprint sections the check reads', () => {
  it('carry the section words without running headers or footnotes', () => {
    for (const lang of ['en', 'ms'] as const) {
      const sections = reprintSections(reader[lang]);
      expect(sections.size).toBe(sectionsOf(lang).length);
      for (const s of sections.values()) {
        expect(s.text, `${lang} s ${s.number}`).not.toMatch(/Laws of Malaysia|Undang-Undang Malaysia|NOTE—|CATATAN—|LIST OF AMENDMENTS|SENARAI PINDAAN/);
      }
    }
    const s14 = reprintSections(reader.en).get('14')!;
    expect(s14.heading).toBe(
      'Offence of trafficking in children or a person who is unable to fully take care of or protect himself because of a physical or mental disability or condition',
    );
    expect(s14.text).toBe(provisionText(current.find((p) => p.meta.id === 'atipsom-s14' && p.meta.lang === 'en')!));
  });
});

describe('difference rules', () => {
  const reprint = new Map([['1', { number: '1', heading: 'H', text: '', lines: [1, 2] as [number, number] }]]);
  const one = (bill: string, rep: string) => {
    const p: Provision = {
      meta: { id: 'x-s1', act: 'x', lang: 'en', kind: 'section', number: '1', heading: 'H', order: 1000, status: 'in-force', source: { file: 'corpus/sources/x.md', lines: [1, 1], bill: 'D.R.1/2000', year: 2000, basis: 'b' } },
      blocks: [{ kind: 'text', text: bill, children: [] }],
    };
    reprint.get('1')!.text = rep;
    return checkAgainstReprint('x', 'en', 'x.txt', [p], reprint, []).differences.map((d) => d.kind);
  };
  it('explains typesetting by rule and leaves wording unexplained', () => {
    expect(one('made to — (a)', 'made to— (a)')).toEqual(['spacing']);
    expect(one('under section 61a', 'under section 61A')).toEqual(['number-letter-case']);
    expect(one('mana mana orang', 'mana-mana orang')).toEqual(['hyphen']);
    expect(one('the following: (a) x; (c) z.', 'the following: (a) x; (b) (Deleted by Act A1500); (c) z.')).toEqual(['deleted-placeholder']);
    expect(one('shall, be', 'shall be')).toEqual(['punctuation']);
    expect(one('not less than', 'not exceeding')).toEqual(['unexplained']);
    expect(one('same words', 'same words')).toEqual([]);
  });
});
