/**
 * The thesaurus is data people review: every statutory term it names must be the statutes' own
 * words, found in the official reprints of its language (../shared/sources or LAW_SOURCES).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readThesaurus } from '../../scripts/pipeline/corpus/thesaurus.js';
import { requireLawSources } from '../../scripts/pipeline/sources/law-sources.js';
import { normalise, parseThesaurus, type Thesaurus } from '../../src/search/thesaurus.js';

/** Reprint text per language, whitespace and case folded (pdftotext breaks lines mid-phrase). */
const reprints: Record<'en' | 'ms', string> = { en: '', ms: '' };
let thesaurus: Thesaurus;

beforeAll(() => {
  const SOURCES = requireLawSources();
  for (const act of readdirSync(SOURCES, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(SOURCES, act.name))) {
      const lang = /^reprint-.*-(en|ms)\.txt$/.exec(file)?.[1] as 'en' | 'ms' | undefined;
      if (lang) reprints[lang] += ` ${normalise(readFileSync(join(SOURCES, act.name, file), 'utf8'))}`;
    }
  }
  thesaurus = readThesaurus();
});

const inReprint = (lang: 'en' | 'ms' | 'any', term: string): boolean =>
  lang === 'any' ? inReprint('en', term) || inReprint('ms', term) : reprints[lang].includes(normalise(term));

describe('corpus/thesaurus.yaml', () => {
  it('reads the reprints of both languages', () => {
    expect(reprints.en.length).toBeGreaterThan(1_000_000);
    expect(reprints.ms.length).toBeGreaterThan(300_000);
  });

  it('names as statutory terms only words of the reprints', () => {
    const missing = thesaurus.plain.flatMap((e) => e.terms.filter((t) => !inReprint('any', t)));
    expect(missing).toEqual([]);
  });

  it('pairs an English term of the English reprints with a Malay term of the Malay reprints', () => {
    const missing = thesaurus.pairs.flatMap(({ en, ms }) => [
      ...(inReprint('en', en) ? [] : [`en: ${en}`]),
      ...(inReprint('ms', ms) ? [] : [`ms: ${ms}`]),
    ]);
    expect(missing).toEqual([]);
    expect(thesaurus.pairs.map((p) => p.en)).toEqual(expect.arrayContaining(['trafficking in persons', 'smuggling of migrants']));
    expect(thesaurus.pairs.find((p) => p.en === 'smuggling of migrants')?.ms).toBe('penyeludupan migran');
  });

  it('keeps lay words to three words at most: the engine looks synonyms up for 1- to 3-word phrases only', () => {
    const long = [...thesaurus.plain.flatMap((e) => e.words), ...thesaurus.groups.flat()].filter((w) => w.split(' ').length > 3);
    expect(long).toEqual([]);
  });

  it('maps the lay words of issue 14 to the statutes’ terms', () => {
    const terms = (word: string) => thesaurus.plain.filter((e) => e.words.includes(word)).flatMap((e) => e.terms);
    expect(terms('agreed')).toContain('consent');
    expect(terms('fake passport')).toContain('fraudulent travel or identity document');
    expect(terms('kept passport')).toContain('passport');
    expect(terms('locked up')).toContain('wrongful confinement');
    expect(terms('sold')).toEqual(expect.arrayContaining(['sells', 'transfer']));
  });

  it('rejects an unknown element code and an unknown section, naming the file', () => {
    expect(() => parseThesaurus('groups: []\nplain: []\npairs: []\nactors: [man]\nfunction_words: []\nfacts:\n  - {words: [sold], conduct: [sell]}\n')).toThrow(/thesaurus\.yaml/);
    expect(() => parseThesaurus('groups: []\nplain: []\npairs: []\nactors: [man]\nfunction_words: []\nfacts: []\nextra: []\n')).toThrow(/extra/);
  });
});
