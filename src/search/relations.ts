/**
 * The `relations` index: one document per overlap, gap and topic record of the analysis
 * (scripts/pipeline/analysis/relation-docs.ts), built and swapped together with the provisions index.
 * Settings kept in code like the provisions index's; the API filters only on these fields.
 */
import type { Settings } from 'meilisearch';

export const RELATIONS_INDEX = 'relations';

export const RELATION_FILTERABLE = ['kind', 'id', 'acts', 'topics', 'article', 'gap_kind', 'coverage', 'provisions'] as const;
export type RelationFilterField = (typeof RELATION_FILTERABLE)[number];

export const RELATION_SETTINGS: Settings = {
  searchableAttributes: ['title', 'id'],
  filterableAttributes: [...RELATION_FILTERABLE],
  sortableAttributes: ['order'],
  pagination: { maxTotalHits: 5000 },
};
