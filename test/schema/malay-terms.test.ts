/**
 * The Malay labels name statutory concepts in the Malay reprints' own terms (issue 15). Each
 * concept below pairs the English words that name it in a label with the term(s) the Malay reprints
 * use for it: every Malay label whose English names the concept must use one of those terms, and
 * every term must occur in a Malay reprint we hold (read in place from LAW_SOURCES). So a label
 * that says "buruh paksa" where the Act says "kerja atau perkhidmatan paksa" fails, and so does a
 * term no Act uses. The Penal Code's concepts (kidnapping, abetment) are not checked: its Malay
 * text is not held.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lawSourcesDir } from '../../scripts/pipeline/sources/law-sources.js';
import { ACTS } from '../../src/registry/acts.js';
import { POINTERS, WAYS_OF_CHARGING } from '../../src/registry/charging.js';
import { ELEMENT_CATEGORIES, ELEMENT_CATEGORY_LABELS, ELEMENT_NOTE_LABELS, ELEMENT_VOCABULARY } from '../../src/schema/elements.js';
import { FACT_VOCABULARY } from '../../src/schema/facts.js';
import { MALAY_PENALTY_TERMS } from '../../src/schema/penalty.js';
import { parse } from 'yaml';
import { RELATION_WORDS } from '../../scripts/pipeline/analysis/relations.js';

/** The gap and overlap records' own words with their Malay (`*_ms`), curated and computed (the templates, with sample slots). */
const recordWords = (file: string) =>
  (parse(readFileSync(join('corpus/annotations', file), 'utf8')) as Record<string, unknown>[]).flatMap((r) => {
    const pairs = (o: Record<string, unknown>, where: string): { where: string; en: string; ms: string }[] =>
      Object.entries(o).flatMap(([k, v]) => {
        if (typeof v === 'string' && typeof o[`${k}_ms`] === 'string') return [{ where: `${where} ${k}`, en: v, ms: o[`${k}_ms`] as string }];
        if (Array.isArray(v)) return v.flatMap((x, i) => (x && typeof x === 'object' ? pairs(x as Record<string, unknown>, `${where} ${k}[${i}]`) : []));
        return [];
      });
    return pairs(r, `${file} ${String(r.id)}`);
  });
const shared = [{ category: 'act' as const, code: 'recruit' }, { category: 'purpose' as const, code: 'forced-labour' }];
const TEMPLATES = (['en', 'ms'] as const).map((lang) => {
  const w = RELATION_WORDS[lang];
  return [w.overlap(shared), w.disparityTitle('a', 'b'), w.disparityObligation(lang === 'en' ? 'recruit' : 'merekrut', 1, 100), w.maximum(20), w.disparityBasis('overlap-x', 'computed'), w.definitionTitle('x', ['atipsom', 'child-act']), w.definitionObligation, w.definitionIn('atipsom'), w.definitionBasis];
});
const RECORD_LABELS = [
  ...TEMPLATES[0]!.map((en, i) => ({ where: `relation template ${i}`, en, ms: TEMPLATES[1]![i]! })),
  ...recordWords('overlaps.yaml'),
  ...recordWords('gaps.yaml'),
];

/** The Malay reprints' text, lines joined (a word broken at a line end "undang-\nundang" joined again), lower case. */
const reprints = ACTS.flatMap((a) => a.sources.filter((s) => s.lang === 'ms' && s.file.endsWith('.txt')))
  .map((s) => readFileSync(join(lawSourcesDir(), s.file), 'utf8'))
  .join(' ')
  .replace(/-\s*\n\s*/g, '-')
  .replace(/\s+/g, ' ')
  .toLowerCase();

/** Concept: the English that names it in a label, and the Malay reprints' term(s) for it. */
const CONCEPTS: readonly { en: RegExp; ms: readonly string[] }[] = [
  { en: /trafficking in persons/i, ms: ['pemerdagangan orang'] },
  { en: /trafficked person/i, ms: ['orang yang diperdagangkan'] },
  { en: /smuggl/i, ms: ['penyeludupan migran', 'migran yang diseludup'] },
  { en: /exploit/i, ms: ['eksploitasi', 'mengeksploitasi'] },
  { en: /forced labour/i, ms: ['kerja atau perkhidmatan paksa'] },
  { en: /coercion/i, ms: ['paksaan'] },
  { en: /travel .*documents?/i, ms: ['dokumen perjalanan'] },
  { en: /\bthreat(ened)?\b/i, ms: ['ancaman'] },
  // "in force" is commencement (berkuat kuasa), not the means.
  { en: /(?<!\bin )\bforce\b/i, ms: ['kekerasan'] },
  { en: /deception|deceived/i, ms: ['perdayaan'] },
  { en: /\bfraud\b/i, ms: ['fraud'] },
  { en: /abuse of power|position of power/i, ms: ['penyalahgunaan kuasa'] },
  { en: /vulnerab/i, ms: ['mudah terdedah kepada bahaya'] },
  { en: /payments/i, ms: ['bayaran atau faedah'] },
  { en: /\bslave/i, ms: ['perhambaan'] },
  { en: /servitude/i, ms: ['pengabdian'] },
  { en: /illegal activity|commit crimes/i, ms: ['aktiviti yang menyalahi undang-undang'] },
  { en: /organs/i, ms: ['pemindahan organ'] },
  { en: /\bbeg/i, ms: ['mengemis'] },
  { en: /prostitution|sexual services/i, ms: ['pelacuran'] },
  { en: /brothel/i, ms: ['rumah pelacuran'] },
  { en: /grievous hurt/i, ms: ['kecederaan parah'] },
  { en: /suicide/i, ms: ['membunuh diri'] },
  { en: /life-threatening|endangers life/i, ms: ['penyakit yang mengancam nyawa'] },
  { en: /organised crim/i, ms: ['kumpulan jenayah terancang'] },
  { en: /public officer/i, ms: ['pegawai awam'] },
  { en: /cruel/i, ms: ['kejam, tidak berperikemanusiaan atau menjatuhkan maruah'] },
  { en: /risk of death/i, ms: ['risiko kematian atau kemudaratan yang serius'] },
  { en: /\bchild\b/i, ms: ['kanak-kanak'] },
  { en: /unable to fully take care/i, ms: ['tidak dapat menjaga atau melindungi dirinya sendiri sepenuhnya'] },
  { en: /in transit/i, ms: ['dalam transit'] },
  { en: /\brecruit(ed)?\b/i, ms: ['merekrut'] },
  { en: /harbour/i, ms: ['melindungi'] },
  { en: /profit/i, ms: ['mendapat keuntungan'] },
  { en: /lawful custody/i, ms: ['jagaan yang sah'] },
  { en: /wages/i, ms: ['gaji'] },
  { en: /passport/i, ms: ['pasport'] },
  { en: /abuse material/i, ms: ['bahan penganiayaan seksual kanak-kanak'] },
  { en: /reason to believe/i, ms: ['ada sebab untuk mempercayai'] },
  { en: /wilfully/i, ms: ['dengan sengaja'] },
  { en: /abetment/i, ms: ['persubahatan'] },
  { en: /attempt/i, ms: ['cubaan'] },
  { en: /consent/i, ms: ['kerelaan'] },
  { en: /movement/i, ms: ['pergerakan'] },
  { en: /\bmeans\b/i, ms: ['cara'] },
  { en: /extortion/i, ms: ['pemerasan'] },
];

/** Every Malay label with its English, from every table of our words. */
const LABELS: readonly { where: string; en: string; ms: string }[] = [
  ...ELEMENT_CATEGORIES.flatMap((c) => ELEMENT_VOCABULARY[c].map(([code, en, ms]) => ({ where: `element ${c} ${code}`, en, ms }))),
  ...Object.entries(FACT_VOCABULARY).flatMap(([field, facts]) =>
    facts.flatMap((f) => [{ where: `fact ${field} ${f.code}`, ...f.label }, ...('because' in f ? [{ where: `fact ${field} ${f.code} because`, ...f.because }] : [])]),
  ),
  ...Object.entries(ELEMENT_NOTE_LABELS).map(([code, l]) => ({ where: `element note ${code}`, ...l })),
  ...Object.entries(ELEMENT_CATEGORY_LABELS).map(([category, l]) => ({ where: `element category ${category}`, ...l })),
  ...POINTERS.map((p) => ({ where: `pointer ${p.id}`, en: p.why, ms: p.why_ms })),
  ...WAYS_OF_CHARGING.map((w) => ({ where: `way of charging ${w.id}`, en: w.how, ms: w.how_ms })),
  ...RECORD_LABELS,
];

/** The labels that name a concept in English but not in the reprints' Malay term. */
const wrongTerms = (labels: readonly { where: string; en: string; ms: string }[]) =>
  labels.flatMap((l) =>
    CONCEPTS.filter((c) => c.en.test(l.en) && !c.ms.some((term) => l.ms.toLowerCase().includes(term))).map((c) => `${l.where}: "${l.ms}" lacks ${c.ms.join(' / ')}`),
  );

describe('Malay labels use the Malay reprints\' statutory terms', () => {
  it('reads the Malay reprints', () => {
    expect(reprints.length).toBeGreaterThan(100_000);
  });

  it('every term of the concept list occurs in a Malay reprint', () => {
    const missing = CONCEPTS.flatMap((c) => c.ms).filter((term) => !reprints.includes(term));
    expect(missing).toEqual([]);
  });

  it('every Malay label names each concept its English names by the reprints\' term', () => {
    expect(LABELS.length).toBeGreaterThan(130);
    expect(wrongTerms(LABELS)).toEqual([]);
  });

  it('a wrong term fails: "buruh paksa" for forced labour, "pemaksaan" for coercion', () => {
    const wrong = [
      { where: 'x', en: 'Forced labour or services', ms: 'Buruh atau perkhidmatan paksa' },
      { where: 'y', en: 'Coercion', ms: 'Pemaksaan' },
    ];
    expect(wrongTerms(wrong)).toHaveLength(2);
    expect(reprints.includes('buruh atau perkhidmatan paksa')).toBe(false);
  });

  it('the gap and overlap records\' Malay words are checked too (templates and curated records)', () => {
    expect(RECORD_LABELS.length).toBeGreaterThan(20);
  });

  it('the penalty summary\'s Malay words are the reprints\' penalty words', () => {
    expect(MALAY_PENALTY_TERMS.filter((term) => !reprints.includes(term))).toEqual([]);
  });

  it('every Malay label is written, and differs from its English unless it is a statutory loan word', () => {
    for (const l of LABELS) {
      expect(l.ms.trim(), l.where).not.toBe('');
      if (l.ms === l.en) expect(['Fraud'], l.where).toContain(l.ms);
    }
  });
});
