/**
 * Curated annotations in corpus/annotations/*.yaml: topic tags, overlaps and gaps written by
 * people. Each is validated with zod, and checked against the corpus: a record that names a
 * provision that does not exist, a topic outside the vocabulary, or quotes words not found
 * verbatim in the named provision fails the build. Quotes are checked against the current text,
 * or, when they name a `version`, against that past version (history/ of the corpus).
 */
import { readFile } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { ELEMENT_CATEGORIES } from '../../../src/schema/elements.js';
import { Gap } from '../../../src/schema/gap.js';
import { Overlap } from '../../../src/schema/overlap.js';
import { Lang, ProvisionId } from '../../../src/schema/provision.js';
import { ELEMENT_CODES } from '../../../src/schema/elements.js';
import type { Quote } from '../../../src/schema/relation.js';
import { TopicSlug } from '../../../src/schema/topic.js';
import { TOPIC_SLUGS } from '../../../src/registry/topics.js';
import { deepFreeze } from './frozen.js';
import { containsVerbatim, type ProvisionText } from './input.js';
import { docKey } from '../../../src/schema/ids.js';

export const CuratedTopic = z
  .object({ id: ProvisionId, topics: z.array(TopicSlug).min(1), because: z.string().min(1) })
  .strict();
export type CuratedTopic = z.infer<typeof CuratedTopic>;

const CuratedOption = z
  .object({
    code: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/),
    words: z.string().min(1),
    /** The provision the words are in, when not the offence itself (a definition it uses). */
    source: ProvisionId.optional(),
  })
  .strict();

const CuratedElements = z.partialRecord(z.enum(ELEMENT_CATEGORIES), z.array(CuratedOption).min(1));
export type CuratedElements = z.infer<typeof CuratedElements>;

/**
 * The offence model where the wording rules fall short: whether a provision creates an offence
 * (overriding the wording test, e.g. a duty or a power that mentions "child" and "conviction"),
 * whether it is a way of charging another offence (abetment, conspiracy, attempt), and its
 * elements with the words that support each, in `lang`; `elements_ms`: the same elements (same
 * codes) with the words of the Malay text, found in it, never translated. Curated elements replace
 * the computed ones of their language; a language with no curated words carries none.
 */
export const CuratedOffence = z
  .object({
    id: ProvisionId,
    lang: Lang.default('en'),
    offence: z.boolean().optional(),
    role: z.enum(['offence', 'way-of-charging']).default('offence'),
    because: z.string().min(1).optional(),
    elements: CuratedElements.optional(),
    elements_ms: CuratedElements.optional(),
    /** Categories the text names but makes unnecessary to prove. */
    not_required: z.array(z.enum(ELEMENT_CATEGORIES)).default([]),
  })
  .strict()
  .refine((o) => o.offence !== false || (!o.elements && o.role === 'offence'), { message: 'a provision that creates no offence has no elements' })
  .refine((o) => !o.elements_ms || (o.elements !== undefined && o.lang === 'en'), { message: 'elements_ms gives the Malay words of the English elements: it needs elements in en' })
  .refine((o) => o.offence === false || o.role === 'way-of-charging' || o.elements?.act, { message: 'an offence model names its conduct (act)' })
  .refine((o) => o.offence !== undefined || o.elements || o.role !== 'offence', { message: 'say what the record changes: offence, role or elements' });
export type CuratedOffence = z.infer<typeof CuratedOffence>;

export const Annotations = z.object({
  topics: z.array(CuratedTopic),
  overlaps: z.array(Overlap),
  gaps: z.array(Gap),
  offences: z.array(CuratedOffence).default([]),
});
export type Annotations = z.infer<typeof Annotations>;

export const ANNOTATIONS_DIR = 'corpus/annotations';

const ANNOTATION_FILES = ['topics.yaml', 'overlaps.yaml', 'gaps.yaml', 'offences.yaml'] as const;

/**
 * The annotations a long-lived indexer read last, with the text of the files they were read from:
 * `loadAnnotations` returns them again while those files are unchanged. Kept frozen, since every
 * later run shares them.
 */
export interface KeptAnnotations {
  texts?: readonly string[];
  value?: Annotations;
}

export async function loadAnnotations(dir = ANNOTATIONS_DIR, kept?: KeptAnnotations): Promise<Annotations> {
  const texts = await Promise.all(ANNOTATION_FILES.map((f) => readFile(join(dir, f), 'utf8')));
  if (kept?.value && isDeepStrictEqual(kept.texts, texts)) return kept.value;
  const [topics, overlaps, gaps, offences] = texts.map((text) => parse(text) ?? []);
  const value = Annotations.parse({ topics, overlaps, gaps, offences });
  if (kept) {
    kept.texts = texts;
    kept.value = deepFreeze(value);
  }
  return value;
}

/** The codes of curated elements, per category, as one comparable string. */
const codesOf = (elements: CuratedElements | undefined): string =>
  ELEMENT_CATEGORIES.map((c) => `${c}: ${[...new Set((elements?.[c] ?? []).map((o) => o.code))].sort().join(' ')}`).join('; ');

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
  // A past version may quote a provision the current text no longer has (a deleted definition).
  const pastIds = new Set(history.map((p) => p.meta.id));
  const needQuote = (where: string, q: Quote) => {
    if (!(q.version && pastIds.has(q.id))) needId(where, q.id);
    if (!ids.has(q.id) && !(q.version && pastIds.has(q.id))) return;
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
  const modelled = new Set<string>();
  for (const o of a.offences) {
    const where = `offences.yaml ${o.id}`;
    if (modelled.has(o.id)) errors.push(`${where}: listed twice`);
    modelled.add(o.id);
    needId(where, o.id);
    const languages: [Lang, CuratedElements | undefined][] = [[o.lang, o.elements], ['ms', o.elements_ms]];
    for (const [lang, elements] of languages) {
      for (const [category, options] of Object.entries(elements ?? {})) {
        for (const opt of options ?? []) {
          if (!ELEMENT_CODES[category as keyof typeof ELEMENT_CODES].includes(opt.code)) {
            errors.push(`${where}: ${category} code "${opt.code}" is not in the element vocabulary (src/elements.ts)`);
          }
          needQuote(`${where} (${lang})`, { id: opt.source ?? o.id, lang, words: opt.words });
        }
      }
    }
    if (o.elements_ms && codesOf(o.elements_ms) !== codesOf(o.elements)) {
      errors.push(`${where}: elements_ms names other codes than elements (${codesOf(o.elements_ms)} against ${codesOf(o.elements)}); the two languages model one offence`);
    }
  }
  for (const g of a.gaps) {
    unique(`gaps.yaml`, g.id);
    g.history.forEach((h) => h.quotes.forEach((q) => needQuote(`gaps.yaml ${g.id} (${h.from})`, q)));
    for (const s of g.assessments) {
      needId(`gaps.yaml ${g.id}`, s.id);
      s.quotes.forEach((q) => needQuote(`gaps.yaml ${g.id}`, q));
      (s.quotes_ms ?? []).forEach((q) => needQuote(`gaps.yaml ${g.id} (Malay)`, q));
      s.history.forEach((h) => h.quotes.forEach((q) => needQuote(`gaps.yaml ${g.id} ${s.id} (${h.from})`, q)));
    }
    for (const topic of g.topics) {
      if (!TOPIC_SLUGS.has(topic)) errors.push(`gaps.yaml ${g.id}: unknown topic ${topic}`);
    }
  }
  return errors;
}
