/**
 * Index settings, kept in code and applied by the index script to every fresh index.
 * Changing them here and running `npm run index` is the only way they change.
 */
import type { Settings } from 'meilisearch';
import { ACTS } from '../registry/acts.js';
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
  // The corpus position (below): the offence catalogue is read in ranges of it, since one search
  // returns at most maxTotalHits (src/api/search-plan.ts offenceCatalogue).
  'position',
] as const;
export type FilterableField = (typeof FILTERABLE)[number];

/** Facet counts returned with every search. */
export const FACETS = ['act', 'lang', 'type', 'topics'] as const satisfies readonly FilterableField[];

/**
 * A document's place in the whole corpus, in the order the documents are built (Acts by slug, as
 * the corpus folders are read, each language, the Act's arrangement), added by the indexer. The last ranking rule:
 * documents the engine ranks equal come in this order rather than in storage order, which
 * differs between a single instance and shards (and after incremental updates), so sharded
 * answers equal a single one's.
 */
export const POSITION_FIELD = 'position';
const ACT_ORDER = ACTS.map((a) => a.slug).sort();
const LANG_ORDER = ['en', 'ms'];
/** Above any `order` in the corpus (hundreds of thousands). */
const ORDER_SPAN = 10_000_000;
export function corpusPosition(doc: { act: string; order: number; lang: string }): number {
  const act = ACT_ORDER.indexOf(doc.act);
  const lang = LANG_ORDER.indexOf(doc.lang);
  return ((act < 0 ? ACT_ORDER.length : act) * LANG_ORDER.length + Math.max(0, lang)) * ORDER_SPAN + doc.order;
}

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
  sortableAttributes: ['order', 'act', 'number', POSITION_FIELD],
  // Where the words are (a defined term, a heading, or deep in the text) right after how many of
  // them match: a provision's heading is its name. The engine counts a multi-word synonym as typos
  // (a 2-word lay phrase matched through its statutory term costs 2), so with `typo` first the lay
  // phrase's own words scattered through a long text ("locked" … "up" in an illustration) beat the
  // statute's term in a heading, and with `proximity` first words close together in a schedule beat
  // the same words in a heading (measured on the relevance set, plain words MRR 0.937 → 0.966 with
  // prefixSearch off, below). The cost is at scale: at 100,000 synthetic documents `attribute` this
  // early makes one description cost ~250 ms of engine CPU, against 50-70 ms in other orders (the
  // direct p99 per request stays 27-40 ms; BENCHMARKS findings 20 and 25); `proximity` first keeps
  // issue 14's targets but breaks the sharded answers' parity (findings 20), and the cheap half alone
  // (`attributeRank`) needs Meilisearch 1.36. Ties last: by corpus position (see POSITION_FIELD).
  rankingRules: ['words', 'attribute', 'typo', 'proximity', 'sort', 'exactness', `${POSITION_FIELD}:asc`],
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
  // Facet search (searching within a facet's values, /facet-search) is asked for by nothing: the
  // API and pages show facet counts only. Off, indexing is ~30% faster (10,000 synthetic
  // documents: 15.7 s against 22.6 s in the 2026-11-30 scale run), search unchanged.
  facetSearch: false,
  // Queries are submitted whole (no search-as-you-type), so the last word is a word, not a prefix;
  // as a prefix, a typo plus a prefix made a heading word of another meaning look like it
  // ("incest" → "incentive", ranked first once attributes rank above typos).
  prefixSearch: 'disabled',
};

/** The settings of every fresh index: synonyms from the thesaurus (corpus/thesaurus.yaml). */
export const indexSettings = (thesaurus: Thesaurus): Settings => ({ ...INDEX_SETTINGS, synonyms: thesaurusSynonyms(thesaurus) });
