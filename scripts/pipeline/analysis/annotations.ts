/**
 * Curated annotations in corpus/annotations/*.yaml: topic tags, overlaps and gaps written by
 * people. Each is validated with zod, and checked against the corpus: a record that names a
 * provision that does not exist, a topic outside the vocabulary, or quotes words not found
 * verbatim in the named provision fails the build. Quotes are checked against the current text,
 * or, when they name a `version`, against that past version (history/ of the corpus).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { Gap } from '../../../src/schema/gap.js';
import { Overlap } from '../../../src/schema/overlap.js';
import { ProvisionId } from '../../../src/schema/provision.js';
import type { Quote } from '../../../src/schema/relation.js';
import { TopicSlug } from '../../../src/schema/topic.js';
import { TOPIC_SLUGS } from '../../../src/registry/topics.js';
import { containsVerbatim, type ProvisionText } from './input.js';
import { docKey } from '../../../src/schema/ids.js';

export const CuratedTopic = z
  .object({ id: ProvisionId, topics: z.array(TopicSlug).min(1), because: z.string().min(1) })
  .strict();
export type CuratedTopic = z.infer<typeof CuratedTopic>;

export const Annotations = z.object({
  topics: z.array(CuratedTopic),
  overlaps: z.array(Overlap),
  gaps: z.array(Gap),
});
export type Annotations = z.infer<typeof Annotations>;

export const ANNOTATIONS_DIR = 'corpus/annotations';

async function readYaml(file: string): Promise<unknown> {
  return parse(await readFile(file, 'utf8')) ?? [];
}

export async function loadAnnotations(dir = ANNOTATIONS_DIR): Promise<Annotations> {
  const [topics, overlaps, gaps] = await Promise.all(
    ['topics.yaml', 'overlaps.yaml', 'gaps.yaml'].map((f) => readYaml(join(dir, f))),
  );
  return Annotations.parse({ topics, overlaps, gaps });
}

/** Everything wrong with the annotations against this corpus; empty when they are sound. */
export function checkAnnotations(
  a: Annotations,
  provisions: readonly ProvisionText[],
  history: readonly ProvisionText[] = [],
): string[] {
  const byKey = new Map(provisions.map((p) => [docKey(p.meta.id, p.meta.lang), p]));
  const ids = new Set(provisions.map((p) => p.meta.id));
  const errors: string[] = [];
  const needId = (where: string, id: string) => {
    if (!ids.has(id)) errors.push(`${where}: no provision ${id} in the corpus`);
  };
  const versionOf = (q: Quote): ProvisionText | undefined =>
    [byKey.get(docKey(q.id, q.lang)), ...history.filter((h) => h.meta.id === q.id && h.meta.lang === q.lang)].find(
      (p) => p?.meta.version?.valid_from === q.version,
    );
  const needQuote = (where: string, q: Quote) => {
    needId(where, q.id);
    if (!ids.has(q.id)) return;
    const p = q.version ? versionOf(q) : byKey.get(docKey(q.id, q.lang));
    const which = `the ${q.lang} text of ${q.id}${q.version ? ` as from ${q.version}` : ''}`;
    if (!p) errors.push(`${where}: ${which} is not in the corpus`);
    else if (p.meta.status !== 'in-force') errors.push(`${where}: ${which} is ${p.meta.status}; quote the other language`);
    else if (!containsVerbatim(p.text, q.words)) errors.push(`${where}: "${q.words}" is not in ${which}`);
  };
  const seen = new Set<string>();
  const unique = (where: string, id: string) => {
    if (seen.has(id)) errors.push(`${where}: duplicate record id ${id}`);
    seen.add(id);
  };

  for (const t of a.topics) {
    needId(`topics.yaml ${t.id}`, t.id);
    for (const topic of t.topics) {
      if (!TOPIC_SLUGS.has(topic)) errors.push(`topics.yaml ${t.id}: unknown topic ${topic}`);
    }
  }
  for (const o of a.overlaps) {
    unique(`overlaps.yaml`, o.id);
    o.provisions.forEach((id) => needId(`overlaps.yaml ${o.id}`, id));
    o.quotes.forEach((q) => needQuote(`overlaps.yaml ${o.id}`, q));
  }
  for (const g of a.gaps) {
    unique(`gaps.yaml`, g.id);
    g.history.forEach((h) => h.quotes.forEach((q) => needQuote(`gaps.yaml ${g.id} (${h.from})`, q)));
    for (const s of g.assessments) {
      needId(`gaps.yaml ${g.id}`, s.id);
      s.quotes.forEach((q) => needQuote(`gaps.yaml ${g.id}`, q));
      s.history.forEach((h) => h.quotes.forEach((q) => needQuote(`gaps.yaml ${g.id} ${s.id} (${h.from})`, q)));
    }
    for (const topic of g.topics) {
      if (!TOPIC_SLUGS.has(topic)) errors.push(`gaps.yaml ${g.id}: unknown topic ${topic}`);
    }
  }
  return errors;
}
