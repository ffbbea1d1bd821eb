/**
 * Index settings, kept in code and applied by the index script to every fresh index.
 * Changing them here and running `npm run index` is the only way they change.
 */
import type { Settings } from 'meilisearch';
import { thesaurusSynonyms, type Thesaurus } from './thesaurus.js';

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
  // Offences' element codes: the facts → charges matcher's candidates are found by filter.
  'elements.elements.options.code',
] as const;
export type FilterableField = (typeof FILTERABLE)[number];

/** Facet counts returned with every search. */
export const FACETS = ['act', 'lang', 'type', 'topics'] as const satisfies readonly FilterableField[];

/** Everything but the synonyms, which come from the thesaurus (indexSettings). */
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

/** The settings of every fresh index: synonyms from the thesaurus (corpus/thesaurus.yaml). */
export const indexSettings = (thesaurus: Thesaurus): Settings => ({ ...INDEX_SETTINGS, synonyms: thesaurusSynonyms(thesaurus) });
