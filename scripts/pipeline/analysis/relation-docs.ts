/**
 * The documents of the `relations` search index: one per overlap, gap and topic, so the Worker
 * (which cannot read files) serves /v1/overlaps, /v1/gaps and /v1/topics from Meilisearch. The
 * index script builds this index next to the provisions index and swaps both in one
 * swapIndexes call, so provisions and relations always come from the same corpus build.
 */
import { actBySlug, actsWithText } from '../../../src/registry/acts.js';
import type { Gap } from '../../../src/schema/gap.js';
import type { Overlap } from '../../../src/schema/overlap.js';
import { ANALYSIS_LABEL } from '../../../src/schema/relation.js';
import { TOPICS } from '../../../src/registry/topics.js';
import type { Analysis } from './index.js';

export interface RelationDoc {
  /** Meilisearch key: `<kind>_<id>`. */
  key: string;
  kind: 'overlap' | 'gap' | 'topic';
  id: string;
  /** Filterable: Acts, topics, Protocol article, gap kind, coverage, provision ids named. */
  acts: string[];
  topics: string[];
  article?: string;
  gap_kind?: Gap['kind'];
  coverage?: Gap['coverage'];
  provisions: string[];
  title: string;
  /** Position in the build (overlaps, then gaps, then topics): the order lists are served in. */
  order: number;
  record: Overlap | Gap | TopicRecord;
  label: typeof ANALYSIS_LABEL;
}

export interface TopicRecord {
  slug: string;
  label: { en: string; ms: string };
  description: { en: string; ms: string };
  /** Provision ids per Act (each id once, whatever language tagged it). */
  by_act: Record<string, string[]>;
  /** Acts in the corpus with no provision on the topic. */
  acts_without: string[];
}

const actOf = (id: string) => actsWithText().find((a) => id.startsWith(`${a.slug}-`))?.slug;

/** Short labels of overlap and gap records, by id, for the provisions that name them. */
export interface RelationTitles {
  overlaps: ReadonlyMap<string, string>;
  gaps: ReadonlyMap<string, string>;
  /** A gap's Malay title, where its record has one (an overlap's title is citations). */
  gapsMs: ReadonlyMap<string, string>;
}

/** An overlap is labelled by the provisions it relates (short citations); a gap by its title. */
export function relationTitles(analysis: Analysis, cite: (id: string) => string): RelationTitles {
  const external = (e: Overlap['external'][number]) => `${actBySlug(e.act)?.shortCitation ?? e.act}${e.section ? ` s ${e.section}` : ''}`;
  return {
    overlaps: new Map(analysis.overlaps.map((o) => [o.id, [...o.provisions.map(cite), ...o.external.map(external)].join(' / ')])),
    gaps: new Map(analysis.gaps.map((g) => [g.id, g.title])),
    gapsMs: new Map(analysis.gaps.flatMap((g) => (g.title_ms ? [[g.id, g.title_ms] as const] : []))),
  };
}

export function relationDocs(analysis: Analysis, titles: RelationTitles): RelationDoc[] {
  const overlaps = analysis.overlaps.map((o): Omit<RelationDoc, 'order'> => ({
    key: `overlap_${o.id}`, kind: 'overlap', id: o.id,
    acts: [...new Set([...o.provisions.flatMap((p) => actOf(p) ?? []), ...o.external.map((e) => e.act)])],
    topics: [], provisions: o.provisions, title: titles.overlaps.get(o.id) ?? o.id, record: o, label: ANALYSIS_LABEL,
  }));
  const gaps = analysis.gaps.map((g): Omit<RelationDoc, 'order'> => ({
    key: `gap_${g.id}`, kind: 'gap', id: g.id, acts: g.acts, topics: g.topics,
    ...(g.article ? { article: g.article } : {}), gap_kind: g.kind, coverage: g.coverage,
    provisions: g.assessments.map((a) => a.id), title: g.title, record: g, label: ANALYSIS_LABEL,
  }));
  const topics = TOPICS.map((t): Omit<RelationDoc, 'order'> => {
    const by_act: Record<string, string[]> = {};
    for (const a of analysis.provisions.values()) {
      if (!a.topics.some((x) => x.topic === t.slug)) continue;
      const act = actOf(a.id);
      if (act && !(by_act[act] ??= []).includes(a.id)) by_act[act].push(a.id);
    }
    const acts = actsWithText().map((a) => a.slug);
    const record: TopicRecord = { ...t, by_act, acts_without: acts.filter((a) => !by_act[a]) };
    return {
      key: `topic_${t.slug}`, kind: 'topic', id: t.slug, acts: Object.keys(by_act), topics: [t.slug],
      provisions: Object.values(by_act).flat(), title: t.label.en, record, label: ANALYSIS_LABEL,
    };
  });
  return [...overlaps, ...gaps, ...topics].map((d, order) => ({ ...d, order }));
}
