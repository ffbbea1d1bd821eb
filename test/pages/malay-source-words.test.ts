/**
 * A provision page's source basis and amendment effects in Malay (issue 15): every basis and
 * effect the corpus holds (current and past versions) has a Malay version built from the
 * templates' pieces (and the hand-written bases of the two Acts held only in an amending Bill's
 * words from rules of their own). And the provision page shows them so.
 */
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../scripts/pipeline/corpus/read.js';
import { basisIn, effectIn } from '../../src/pages/components/source-words.js';
import { ACTS } from '../../src/registry/acts.js';
import { testApp } from '../helpers/app.js';
import { fetchPage, functionWords } from './helpers.js';

const corpus = Promise.all([readCorpus('corpus/acts', 'current'), readCorpus('corpus/acts', 'history')]).then((r) => r.flat());

describe('source basis and amendment effects in Malay', () => {
  it('every basis has Malay, the two Bill extracts of Acts not held too', async () => {
    const bases = [...new Set((await corpus).map((p) => p.meta.source.basis))];
    expect(bases.length).toBeGreaterThan(15);
    const english = bases.filter((b) => basisIn(b, 'ms').lang === 'en');
    expect(english).toEqual([]);
    for (const b of bases.filter((x) => /Immigration|Passports/.test(x))) expect(functionWords(basisIn(b, 'ms').text), b).toEqual([]);
    expect(basisIn('subsection (1) as substituted in 1995; later changes not held (Passports (Amendment) Bill 1995, D.R.41/1995)', 'ms').text).toBe(
      'subseksyen (1) sebagaimana yang digantikan pada tahun 1995; perubahan kemudian tiada dalam simpanan (Rang Undang-Undang Pasport (Pindaan) 1995, D.R.41/1995)',
    );
    expect(basisIn('official reprint as at 22 February 2022', 'ms')).toEqual({ text: 'Cetakan Semula rasmi setakat 22 Februari 2022', lang: 'ms' });
  });

  it('every amendment effect has Malay, in the amending Bills\' verbs', async () => {
    const records = (await corpus).flatMap((p) => p.meta.amendments ?? []);
    expect(records.length).toBeGreaterThan(100);
    const english = records.filter((a) => effectIn(a.effect, a.outcome, 'ms').lang === 'en').map((a) => `${a.effect} (${a.outcome})`);
    expect(english).toEqual([]);
    expect(effectIn('words substituted in the definition of "exploitation"', 'applied', 'ms').text).toBe('perkataan digantikan dalam takrif "exploitation" (diguna pakai)');
    expect(effectIn('paragraph (c) deleted in (2)', 'applied', 'ms').text).toBe('perenggan (c) dipotong dalam (2) (diguna pakai)');
  });

  it('a string no rule covers stays English, whole', () => {
    expect(effectIn('words moved to the Schedule', 'applied', 'ms')).toEqual({ text: 'words moved to the Schedule (applied)', lang: 'en' });
  });

  it('every Act\'s caveats have their Malay, one for one', () => {
    for (const a of ACTS) {
      expect(a.caveats_ms.length, a.slug).toBe(a.caveats.length);
      for (const c of a.caveats_ms) expect(functionWords(c), `${a.slug}: ${c}`).toEqual([]);
    }
  });

  it('the provision page gives its basis, caveats and history in Malay', async () => {
    const { document } = await fetchPage(testApp(), '/provisions/atipsom-s13?lang=ms');
    const text = document.querySelector('main')!.textContent!;
    expect(text).toContain('Cetakan Semula rasmi setakat 22 Februari 2022');
    expect(text).toContain(ACTS.find((a) => a.slug === 'atipsom')!.caveats_ms[0]);
    expect(text).not.toContain('official reprint as at');
    expect([...document.querySelectorAll('td')].some((td) => / \(diguna pakai\)$/.test(td.textContent ?? ''))).toBe(true);
  });
});
