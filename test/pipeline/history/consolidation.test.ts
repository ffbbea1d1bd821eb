/**
 * The consolidated ATIPSOM on the real Bills: the amendment step run afresh from the sources
 * (its last versions in `current`), and the history/ files written by `npm run corpus`. The
 * corpus's current text is the official reprint; it carries the versions computed here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { actBySlug } from '../../../src/registry/acts.js';
import type { Provision } from '../../../src/schema/provision.js';
import { amendAct, type AmendedAct } from '../../../scripts/pipeline/history/act.js';
import { definitionsFromSections } from '../../../scripts/pipeline/history/definitions.js';
import { provisionAt } from '../../../scripts/pipeline/corpus/at.js';
import { parseOriginalSources } from '../../../scripts/pipeline/corpus/build.js';
import { readCorpus } from '../../../scripts/pipeline/corpus/read.js';
import { provisionText } from '../../../scripts/pipeline/corpus/text.js';
import type { Instruction } from '../../../scripts/pipeline/history/instructions.js';
import { readReprintLists } from '../../../scripts/pipeline/history/reprint-lists.js';

const act = actBySlug('atipsom')!;
const fold = (s: string): string => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
let base: Provision[];
let amended: AmendedAct;
let current: Provision[];
let history: Provision[];
let reprint: Provision[];
const get = (ps: Provision[], id: string, lang: string) => ps.find((p) => p.meta.id === id && p.meta.lang === lang);

beforeAll(async () => {
  base = parseOriginalSources('.').filter((s) => s.act.slug === 'atipsom').flatMap((s) => s.provisions);
  amended = amendAct(act, base, readReprintLists('atipsom'));
  current = amended.current;
  reprint = (await readCorpus()).filter((p) => p.meta.act === 'atipsom');
  history = (await readCorpus('corpus/acts', 'history')).filter((p) => p.meta.act === 'atipsom');
});

describe('ATIPSOM consolidated from the 2007 Bill and the 2010, 2015 and 2021 amending Bills', () => {
  it('accounts for every instruction of every Bill held in each language', () => {
    for (const c of amended.consolidations) {
      expect(c.unresolved).toEqual([]);
      for (const b of act.amendments!.filter((x) => x.sources.some((s) => s.lang === c.lang))) {
        const n = amended.counts.find((k) => k.bill === b.bill && k.lang === c.lang)!;
        expect(n.applied + n.resolved + n.notApplicable + n.noTextChange, `${b.bill} ${c.lang}`).toBe(n.found);
        expect(n.found).toBeGreaterThan(0);
      }
    }
  });

  it('writes the history as the amendment step computes it, and the versions onto the current text (npm run corpus is up to date)', () => {
    const key = (p: Provision) => `${p.meta.lang}/${p.meta.id}@${p.meta.version?.valid_from}`;
    // The reprint's text carries the consolidation's versions; then its definitions are dated as their sections.
    const carried = reprint.map((p): Provision => {
      const versions = get(current, p.meta.id, p.meta.lang)?.meta.versions;
      return versions ? { meta: { ...p.meta, versions, version: versions.at(-1)! }, blocks: p.blocks } : p;
    });
    const dated = definitionsFromSections(carried, amended.history);
    expect(history.map(key).sort()).toEqual(dated.history.map(key).sort());
    let versioned = 0;
    for (const p of reprint) {
      const c = get(dated.current, p.meta.id, p.meta.lang);
      if (!c?.meta.versions) continue;
      expect(p.meta.versions, p.meta.id).toEqual(c.meta.versions);
      versioned++;
    }
    expect(versioned).toBeGreaterThan(100);
  });

  it('renames the Act in Malay from 2010 on, and not before', async () => {
    const title = 'Akta Antipemerdagangan Orang dan Antipenyeludupan Migran 2007';
    expect(provisionText((await provisionAt('atipsom-s1', 'ms', '2008-06-01'))!)).not.toContain(title);
    expect(provisionText((await provisionAt('atipsom-s1', 'ms', '2011-06-01'))!)).toContain(title);
    expect(provisionText(get(current, 'atipsom-s1', 'ms')!)).toContain(title);
    expect(get(current, 'atipsom-s6', 'ms')!.meta.part!.heading).toBe('MAJLIS BAGI ANTIPEMERDAGANGAN ORANG DAN ANTIPENYELUDUPAN MIGRAN');
  });

  it('has Part IIIA on smuggling of migrants (ss 26A-26K) in Malay from 2010 on', async () => {
    const part = current.filter((p) => p.meta.lang === 'ms' && p.meta.part?.number === 'IIIA');
    expect(part.map((p) => p.meta.number)).toEqual(['26A', '26B', '26C', '26D', '26E', '26F', '26G', '26H', '26I', '26J', '26K']);
    expect(new Set(part.map((p) => p.meta.part!.heading))).toEqual(new Set(['PENYELUDUPAN MIGRAN']));
    expect(await provisionAt('atipsom-s26a', 'ms', '2008-06-01')).toBeUndefined();
    expect((await provisionAt('atipsom-s26a', 'ms', '2012-01-01'))?.meta.status).toBe('in-force');
    // Ordered between Part III and Part IV.
    const orders = (n: string) => get(current, `atipsom-s${n}`, 'ms')!.meta.order;
    expect(orders('26')).toBeLessThan(orders('26a'));
    expect(orders('26k')).toBeLessThan(orders('27'));
  });

  it('never translates: English provisions the 2010 Act made or changed have no text, and point to the Malay', () => {
    for (const id of ['atipsom-s26a', 'atipsom-s15a', 'atipsom-s61a', 'atipsom-s7', 'atipsom-s23']) {
      const en = get(current, id, 'en')!;
      expect(en.meta.status, id).toBe('text-unavailable');
      expect(en.blocks).toEqual([]);
      expect(en.meta.unavailable).toMatchObject({ note: 'English text not available for this version', see: `${id}_ms` });
      expect(get(current, id, 'ms')!.meta.status).toBe('in-force');
    }
    // A provision the 2021 Bill replaced whole is English text again.
    const tip = get(current, 'atipsom-s2-trafficking-in-persons', 'en')!;
    expect(tip.meta.status).toBe('in-force');
    expect(provisionText(tip)).toContain('means all actions of recruiting, conveying, transferring');
  });

  const namedBy = (ins: Instruction): string[] => {
    const op = ins.op;
    if (op.kind === 'insert-unit' && op.unit === 'section') return [...op.text.text.matchAll(/^(\d+)\s?([a-z])\.\s/gm)].map((m) => `${m[1]}${m[2]}`);
    if (op.kind === 'substitute-unit' && op.unit === 'section') return [op.label.toLowerCase()];
    return ins.target.section ? [ins.target.section.toLowerCase()] : [];
  };

  it('gives every section named in the 2015 and 2021 Bills a version made by that Bill', () => {
    for (const c of amended.consolidations)
      for (const ins of c.results.map((r) => r.instruction).filter((i) => i.year >= 2015 && i.lang === c.lang)) {
        for (const n of namedBy(ins)) {
          const p = get(current, `atipsom-s${n === '69b' ? '66b' : n}`, c.lang)!;
          expect(p.meta.versions!.map((v) => v.bill), `${ins.bill} ${ins.clause} s${n} (${c.lang})`).toContain(ins.bill);
        }
      }
  });

  it('shows the words the 2015 and 2021 Bills insert, verbatim, in the version each Bill made', () => {
    const all = [...current, ...history];
    let checked = 0;
    for (const c of amended.consolidations)
      for (const r of c.results.filter((x) => x.instruction.year >= 2015 && x.outcome === 'applied')) {
        const op = r.instruction.op;
        const words = op.kind === 'insert-words' ? op.words : op.kind === 'substitute-words' ? op.by : undefined;
        if (!words) continue;
        const made = all.filter((p) => r.ids.includes(p.meta.id) && p.meta.lang === c.lang && p.meta.version?.bill === r.instruction.bill);
        expect(made.length, `${r.instruction.bill} ${r.instruction.clause}`).toBeGreaterThan(0);
        // An English section whose 2010 text we lack shows no text (its definitions still do).
        expect(made.some((p) => p.meta.status === 'in-force'), `${r.instruction.bill} ${r.instruction.clause}`).toBe(true);
        for (const p of made.filter((x) => x.meta.status === 'in-force')) expect(fold(provisionText(p)) + ' ' + fold(p.meta.heading)).toContain(fold(words));
        checked++;
      }
    expect(checked).toBeGreaterThan(20);
  });

  it('leaves sections no Bill touched identical to the 2007 text, with one version', () => {
    const untouched = current.filter((p) => p.meta.kind === 'section' && !p.meta.amendments);
    expect(untouched.length).toBeGreaterThan(40);
    for (const p of untouched) {
      const was = get(base, p.meta.id, p.meta.lang)!;
      expect(p.blocks, p.meta.id).toEqual(was.blocks);
      expect(p.meta.heading).toBe(was.meta.heading);
      expect(p.meta.versions).toHaveLength(1);
    }
  });

  it('returns the 2007 text for a 2008 date, for every provision with history', async () => {
    const ids = new Set(history.map((p) => `${p.meta.lang}|${p.meta.id}`));
    for (const key of ids) {
      const [lang, id] = key.split('|') as ['en' | 'ms', string];
      const was = get(base, id, lang);
      const at = await provisionAt(id, lang, '2008-06-01');
      if (!was) {
        expect(at, id).toBeUndefined();
        continue;
      }
      expect(at?.blocks, `${id} ${lang}`).toEqual(was.blocks);
      // Parts I and II and ss 66 and 67 on 1 October 2007, the rest on 28 February 2008.
      const early = ['I', 'II'].includes(at!.meta.part?.number ?? '') || ['66', '67'].includes(at!.meta.number);
      const from = early ? '2007-10-01' : '2008-02-28';
      expect(at?.meta.version).toMatchObject({ valid_from: from, bill: 'D.R.07/2007', act: 'Act 670', approximate: false });
    }
  });

  it('dates every version by the reprint: A1385 15 Nov 2010, A1500 18 Nov 2015, A1644 22 Feb 2022, the amending Act beside the Bill', () => {
    const expected: Record<string, [string, string]> = {
      'D.R.22/2010': ['Act A1385', '2010-11-15'],
      'D.R.18/2015': ['Act A1500', '2015-11-18'],
      'D.R.10/2021': ['Act A1644', '2022-02-22'],
    };
    let seen = 0;
    for (const p of [...current, ...history])
      for (const v of p.meta.versions ?? []) {
        expect(v.approximate, p.meta.id).toBe(false);
        expect(v.valid_from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const want = v.bill ? expected[v.bill] : undefined;
        if (!want) continue;
        expect([v.act, v.valid_from], `${p.meta.id} ${v.bill}`).toEqual(want);
        expect(v.in_force).toContain(`${want[0]} in force from ${want[1].split('-').reverse().join('-')}`);
        seen++;
      }
    expect(seen).toBeGreaterThan(100);
    const s14 = get(current, 'atipsom-s14', 'en')!.meta;
    expect(s14.versions!.map((v) => [v.valid_from, v.valid_to])).toEqual([['2008-02-28', '2022-02-22'], ['2022-02-22', undefined]]);
    // The List of Sections Amended is attached in the output step, to the current (reprint) file.
    expect(get(reprint, 'atipsom-s14', 'en')!.meta.amended_by!.map((a) => [a.act, a.in_force])).toEqual([['Act A1644', '2022-02-22']]);
  });

  it('quotes each amending instruction in full, new text included (no line-range placeholder)', () => {
    const records = [...current, ...history].flatMap((p) => p.meta.amendments ?? []);
    expect(records.length).toBeGreaterThan(100);
    for (const r of records) expect(r.words).not.toMatch(/\[text at lines/);
    const s14 = get(current, 'atipsom-s14', 'en')!.meta.amendments!.find((r) => r.clause === '6(d)')!;
    expect(s14.words).toContain('In a prosecution for an offence under this section, the means used against a trafficked person who is a child');
  });

  it('applies the 2015 Malay Bill\'s section 66b under the number its marginal note gives (resolved by hand)', () => {
    expect(get(current, 'atipsom-s66b', 'ms')?.meta.heading).toBe('Perintah pembayaran gaji tertunggak dalam hal tiada sabitan');
    expect(get(current, 'atipsom-s69b', 'ms')).toBeUndefined();
    const rec = get(current, 'atipsom-s66b', 'ms')!.meta.amendments!.find((a) => a.bill === 'D.R.18/2015')!;
    expect(rec.outcome).toBe('resolved');
  });
});
