/**
 * A provision's source basis ("official reprint as at 4 July 2023", "text of the amending Bill
 * (D.R.18/2012, Act A1430)") and its amending instructions' effects ("words substituted in (1)",
 * "definition inserted") are written by the pipeline's templates in English. Their Malay is built
 * here from the same template pieces, in the Malay reprints' and amending Bills' terms (Cetakan
 * Semula, Rang Undang-Undang, dimasukkan, digantikan, dipotong, dinomborkan semula, nota bahu).
 * A string no rule fully covers is given back in English, marked so (never half translated); the
 * page tests read every basis and effect in the corpus and list the ones left English.
 */
import type { Lang } from '../../schema/provision.js';

export interface Worded {
  text: string;
  lang: Lang;
}

const MONTHS: Readonly<Record<string, string>> = {
  January: 'Januari',
  February: 'Februari',
  March: 'Mac',
  April: 'April',
  May: 'Mei',
  June: 'Jun',
  July: 'Julai',
  August: 'Ogos',
  September: 'September',
  October: 'Oktober',
  November: 'November',
  December: 'Disember',
};

/** Rules applied in order; `$n` are the English template's slots (Bill numbers, dates, labels), kept as they are. */
const BASIS_RULES: readonly (readonly [RegExp, string])[] = [
  [/^official reprint as at (\d{1,2}) (\w+) (\d{4})/, 'Cetakan Semula rasmi setakat $1 $2 $3'],
  [/^text of the Bill as passed \(([^)]+)\)/, 'teks Rang Undang-Undang sebagaimana yang diluluskan ($1)'],
  [/^text of the amending Bill as passed \(([^)]+)\)/, 'teks Rang Undang-Undang pindaan sebagaimana yang diluluskan ($1)'],
  [/^text of the amending Bill \(([^,)]+), Act (\w+)\)/, 'teks Rang Undang-Undang pindaan ($1, Akta $2)'],
  [/, as amended by (.+) \(applied here\)$/, ', sebagaimana yang dipinda oleh $1 (diguna pakai di sini)'],
  // The two Acts held only in an amending Bill's words (src/registry/acts.ts extracts), in the
  // words of their Malay caveats.
  [/^as inserted in (\d{4}); later amended \((\d{4}) Bill not held\); not the current text \(/, 'sebagaimana yang dimasukkan pada tahun $1; dipinda kemudian (Rang Undang-Undang $2 tiada dalam simpanan); bukan teks semasa ('],
  [/^subsection \((\d+)\) as substituted in (\d{4}); later changes not held \(/, 'subseksyen ($1) sebagaimana yang digantikan pada tahun $2; perubahan kemudian tiada dalam simpanan ('],
  [/\bImmigration \(Amendment\) Bill (\d{4})/, 'Rang Undang-Undang Imigresen (Pindaan) $1'],
  [/\bPassports \(Amendment\) Bill (\d{4})/, 'Rang Undang-Undang Pasport (Pindaan) $1'],
  [/\(Act (\w+)\)/g, '(Akta $1)'],
  [/ clauses? /g, ' fasal '],
  [/ and /g, ' dan '],
];

const UNITS: readonly (readonly [RegExp, string])[] = [
  [/\bsubsection\b/g, 'subseksyen'],
  [/\bsubparagraph\b/g, 'subperenggan'],
  [/\bparagraph\b/g, 'perenggan'],
  [/\bsection\b/g, 'seksyen'],
  [/\bPart\b/g, 'Bahagian'],
];

const EFFECT_RULES: readonly (readonly [RegExp, string])[] = [
  [/^in the Malay \(national language\) text: /, 'dalam teks bahasa Melayu (bahasa kebangsaan): '],
  [/^in the English text: /, 'dalam teks bahasa Inggeris: '],
  [/(^|: )none: text left as the source has it$/, '$1tiada: teks dibiarkan seperti dalam sumber'],
  [/(^|: )none$/, '$1tiada'],
  [/: its earlier words are not held$/, ': perkataan terdahulunya tiada dalam simpanan'],
  [/closing ("[^"]*") replaced by ("[^"]*")/, '$1 penutup digantikan dengan $2'],
  [/renumbered as subsection/, 'dinomborkan semula sebagai subsection'],
  [/heading of Part (\w+) amended/, 'tajuk Part $1 dipinda'],
  [/shoulder note (amended|substituted)/, 'nota bahu $1'],
  [/\bwords (substituted|inserted|deleted)\b/, 'perkataan $1'],
  [/\bdefinition (substituted|inserted|deleted)\b/, 'takrif $1'],
  [/ in the definition of ("[^"]*")/g, ' dalam takrif $1'],
  [/(,)? in (\()/g, '$1 dalam $2'],
  [/\binserted\b/g, 'dimasukkan'],
  [/\bsubstituted\b/g, 'digantikan'],
  [/\bdeleted\b/g, 'dipotong'],
  [/\bamended\b/g, 'dipinda'],
  ...UNITS,
];

const OUTCOMES: Readonly<Record<string, string>> = { applied: 'diguna pakai', 'not-applicable': 'tidak terpakai', resolved: 'diselesaikan', 'no-text-change': 'tiada perubahan teks' };

/** English left after the rules (outside quoted labels): the string then stays English. */
const ENGLISH_LEFT = /\b(?:the|of|in|as|by|and|not|held|text|words|applied|here|later|current|Bill|Act|section|clause|definition|as at|reprint)\b/;

function apply(text: string, rules: readonly (readonly [RegExp, string])[]): Worded {
  const ms = rules.reduce((s, [re, by]) => s.replace(re, by), text).replace(/\b(\d{1,2}) (\w+) (\d{4})\b/g, (all, d: string, m: string, y: string) => (MONTHS[m] ? `${d} ${MONTHS[m]} ${y}` : all));
  return ENGLISH_LEFT.test(ms.replace(/"[^"]*"/g, '')) ? { text, lang: 'en' } : { text: ms, lang: 'ms' };
}

/** A source basis in the interface language (English where no rule covers it). */
export const basisIn = (basis: string, lang: Lang): Worded => (lang === 'ms' ? apply(basis, BASIS_RULES) : { text: basis, lang: 'en' });

/** An amending instruction's effect and outcome in the interface language. */
export const effectIn = (effect: string, outcome: string, lang: Lang): Worded => {
  if (lang !== 'ms' || !OUTCOMES[outcome]) return { text: `${effect} (${outcome})`, lang: 'en' };
  const e = apply(effect, EFFECT_RULES);
  return e.lang === 'ms' ? { text: `${e.text} (${OUTCOMES[outcome]})`, lang: 'ms' } : { text: `${effect} (${outcome})`, lang: 'en' };
};
