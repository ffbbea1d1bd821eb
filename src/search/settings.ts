/**
 * Index settings, kept in code and applied by the index script to every fresh index.
 * Changing them here and running `npm run index` is the only way they change.
 */
import type { Settings } from 'meilisearch';

/** The live index name the API reads; the index script swaps fresh builds into it. */
export const LIVE_INDEX = 'provisions';

/** Attributes the API may filter on; filter expressions are only ever built over these. */
export const FILTERABLE = [
  'id',
  'act',
  'lang',
  'kind',
  'number',
  'parent',
  'type',
  'topics',
  'status',
  'part.number',
  'chapter.number',
] as const;
export type FilterableField = (typeof FILTERABLE)[number];

/** Facet counts returned with every search. */
export const FACETS = ['act', 'lang', 'type', 'topics'] as const satisfies readonly FilterableField[];

/**
 * Two-way equivalences: English/Malay legal vocabulary (as the two texts of the same Act use
 * it) and the names people give the Acts. Meilisearch wants each direction spelt out.
 */
const EQUIVALENT: readonly (readonly string[])[] = [
  ['atipsom', 'atip', 'atipsoma', 'atipa', 'mapo', 'act 670', 'akta 670'],
  ['child act', 'act 611', 'akta 611', 'akta kanak-kanak'],
  ['soca', 'act 792', 'akta 792'],
  ['ecwa', 'act 676', 'akta 676'],
  ['trafficking in persons', 'pemerdagangan orang'],
  ['trafficked person', 'orang yang diperdagangkan'],
  ['smuggling of migrants', 'penyeludupan migran'],
  ['smuggled migrant', 'migran yang diseludup'],
  ['child', 'kanak-kanak'],
  ['exploitation', 'eksploitasi'],
  ['coercion', 'paksaan'],
  ['forced labour', 'kerja paksa'],
  ['protection order', 'perintah perlindungan'],
  ['place of refuge', 'tempat perlindungan'],
  ['protection officer', 'pegawai pelindung'],
  ['enforcement officer', 'pegawai penguat kuasa'],
  ['travel document', 'dokumen perjalanan'],
  ['prostitution', 'pelacuran'],
  ['offence', 'kesalahan'],
  ['imprisonment', 'penjara'],
  ['fine', 'denda'],
  ['whipping', 'sebat'],
  ['section', 'seksyen'],
  // Added from the relevance figures (BENCHMARKS.md, findings): no stemming in the engine, and
  // the Malay texts use the loanword "fraud" where people write "palsu".
  ['harbour', 'harbours', 'harbouring', 'harboured'],
  ['fraud', 'palsu'],
];

/**
 * One-way: the word people use → the statute's term (the term itself keeps its own matches).
 * ATIPSOM s 2 defines a trafficked person as the victim; s 22(2) and s 56(c) make hiding a
 * person harbouring ("melindungi"); its place of refuge is the shelter.
 */
const PLAIN_TO_STATUTE: Readonly<Record<string, readonly string[]>> = {
  victim: ['trafficked person'],
  mangsa: ['orang yang diperdagangkan'],
  shelter: ['place of refuge'],
  menyembunyikan: ['melindungi'],
  bersetuju: ['merelakan', 'kerelaan'],
};

export function synonyms(
  groups: readonly (readonly string[])[] = EQUIVALENT,
  oneWay: Readonly<Record<string, readonly string[]>> = PLAIN_TO_STATUTE,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (word: string, others: readonly string[]) => {
    out[word] = [...new Set([...(out[word] ?? []), ...others])];
  };
  for (const group of groups) for (const word of group) add(word, group.filter((w) => w !== word));
  for (const [word, terms] of Object.entries(oneWay)) add(word, terms);
  return out;
}

export const INDEX_SETTINGS: Settings = {
  // In order of importance: a defined term or heading match beats a match deep in the text.
  searchableAttributes: [
    'term',
    'heading',
    'short_citation',
    'aliases',
    'text',
    'part.heading',
    'chapter.heading',
    // The reprints' footnotes ("NOTE—Previously …"): not law text, so last, below every part of the law.
    'notes.text',
  ],
  filterableAttributes: [...FILTERABLE],
  sortableAttributes: ['order', 'act', 'number'],
  // Attributes ranking is after words/typo/proximity by default; keep the default order.
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  synonyms: synonyms(),
  typoTolerance: {
    enabled: true,
    // Section numbers are exact: "14" must never match 41, nor "370A" match 370.
    disableOnNumbers: true,
    disableOnAttributes: ['short_citation', 'aliases'],
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
  },
  // A table of contents for the Child Act (both languages, with definitions) exceeds the default 1000.
  pagination: { maxTotalHits: 5000 },
  faceting: { maxValuesPerFacet: 100 },
};
