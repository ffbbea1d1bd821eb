/**
 * Corpus → index documents: one ProvisionDoc per provision and language, with its citations,
 * aliases, pinpoints, classification and analysis (references out and in, penalties, elements,
 * topics, overlap and gap ids with short labels), each validated by the ProvisionDoc schema; and
 * the documents of the `relations` index (overlaps, gaps, topics) from the same analysis.
 * Annotations that do not match the corpus stop the build (analyse() throws with file and reason).
 */
import { actBySlug } from '../../../src/registry/acts.js';
import { citationAliases, fullCitation, shortCitation } from '../../../src/cite/format.js';
import { pinpointPaths } from '../../../src/cite/pinpoint.js';
import { ProvisionDoc, type PastVersion } from '../../../src/schema/document.js';
import { docKey, LANGS, type Provision } from '../../../src/schema/provision.js';
import { isDeepStrictEqual } from 'node:util';
import { loadAnnotations, type KeptAnnotations } from '../analysis/annotations.js';
import { deepFreeze } from '../analysis/frozen.js';
import { AnalysisMemo, analyseProvisions, type Analysis, type ProvisionAnalysis } from '../analysis/index.js';
import { relationDocs, relationTitles, type RelationDoc, type RelationTitles } from '../analysis/relation-docs.js';
import type { ParsedFiles } from '../corpus/parsed-cache.js';
import { readCorpus } from '../corpus/read.js';
import { provisionMarkdown, provisionText } from '../corpus/text.js';
import { classify } from './classify.js';

/** The analysis of a provision in one language; a language without text borrows the other's classification. */
function analysisOf(p: Provision, analysis: Analysis): { own: ProvisionAnalysis; classifiedBy: ProvisionAnalysis } {
  const own = analysis.provisions.get(docKey(p.meta.id, p.meta.lang));
  if (!own) throw new Error(`${p.meta.id} (${p.meta.lang}): not analysed`);
  const other = LANGS.filter((l) => l !== p.meta.lang).map((l) => analysis.provisions.get(docKey(p.meta.id, l)))[0];
  return { own, classifiedBy: p.meta.status === 'text-unavailable' && other ? other : own };
}

/** Body markdown of a provision (provisionMarkdown, or what a cache kept of it). */
type MarkdownOf = (p: Provision) => string;

const labelled = (ids: readonly string[], of: ReadonlyMap<string, string>, ms?: ReadonlyMap<string, string>) =>
  ids.map((id) => ({ id, title: of.get(id) ?? id, ...(ms?.has(id) ? { title_ms: ms.get(id)! } : {}) }));

/** Everything a provision's document is built from, besides the Act registry. */
interface DocInputs {
  p: Provision;
  past: readonly Provision[];
  own: ProvisionAnalysis;
  classifiedBy: ProvisionAnalysis;
  overlaps: ReturnType<typeof labelled>;
  gaps: ReturnType<typeof labelled>;
}

function docInputs(p: Provision, analysis: Analysis, titles: RelationTitles, past: readonly Provision[]): DocInputs {
  const { own, classifiedBy } = analysisOf(p, analysis);
  return { p, past, own, classifiedBy, overlaps: labelled(own.overlaps, titles.overlaps), gaps: labelled(own.gaps, titles.gaps, titles.gapsMs) };
}

function provisionDoc({ p, past, own, classifiedBy, overlaps, gaps }: DocInputs, markdownOf: MarkdownOf, text: string): ProvisionDoc {
  const { meta } = p;
  const act = actBySlug(meta.act);
  if (!act) throw new Error(`${meta.id}: act "${meta.act}" is not in src/registry/acts.ts`);
  const draft: ProvisionDoc = {
    key: docKey(meta.id, meta.lang),
    id: meta.id,
    act: meta.act,
    act_title: (meta.lang === 'ms' && act.title.ms) || act.title.en,
    act_number: act.actNumber,
    lang: meta.lang,
    kind: meta.kind,
    number: meta.number,
    heading: meta.heading,
    ...(meta.term ? { term: meta.term } : {}),
    ...(meta.parent ? { parent: meta.parent } : {}),
    ...(meta.part ? { part: meta.part } : {}),
    ...(meta.chapter ? { chapter: meta.chapter } : {}),
    order: meta.order,
    status: meta.status,
    ...classify({ meta, text }, classifiedBy),
    text,
    markdown: markdownOf(p),
    blocks: p.blocks,
    pinpoints: pinpointPaths(p.blocks),
    citation: fullCitation(act, meta, meta.lang),
    short_citation: shortCitation(act, meta),
    aliases: citationAliases(act, meta),
    source: meta.source,
    ...(meta.version ? { version: meta.version } : {}),
    ...(meta.versions ? { versions: meta.versions } : {}),
    ...(meta.amendments ? { amendments: meta.amendments } : {}),
    ...(meta.amended_by ? { amended_by: meta.amended_by } : {}),
    ...(meta.counterpart ? { counterpart: meta.counterpart } : {}),
    ...(past.length ? { past: past.map((h) => pastVersion(h, markdownOf)) } : {}),
    ...(meta.unavailable ? { unavailable: meta.unavailable } : {}),
    ...(meta.notes ? { notes: meta.notes } : {}),
    ...(meta.extraction ? { extraction: meta.extraction } : {}),
    refs_out: own.refs_out,
    refs_in: own.refs_in,
    ...(own.penalties.length ? { penalties: own.penalties } : {}),
    ...(own.elements ? { elements: own.elements } : {}),
    overlaps,
    gaps,
  };
  const checked = ProvisionDoc.safeParse(draft);
  if (!checked.success) {
    throw new Error(`${meta.id} (${meta.lang}): invalid document: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return checked.data;
}

/** A history/ file as the document's record of an earlier version. */
function pastVersion(h: Provision, markdownOf: MarkdownOf): PastVersion {
  if (!h.meta.version) throw new Error(`${h.meta.id} (${h.meta.lang}): a past version without its version record`);
  return {
    version: h.meta.version,
    heading: h.meta.heading,
    ...(h.meta.part ? { part: h.meta.part } : {}),
    status: h.meta.status,
    text: provisionText(h),
    markdown: markdownOf(h),
    blocks: h.blocks,
    source: h.meta.source,
    ...(h.meta.unavailable ? { unavailable: h.meta.unavailable } : {}),
  };
}

/**
 * What a long-lived indexer (`npm start -- --watch`) keeps of one build for the next, so a run
 * after a one-section correction rebuilds that section's documents, not the corpus's: the
 * annotations while their files are unchanged, the analysis's per-provision results
 * (AnalysisMemo), and each document with everything it was built from (DocInputs). A document is
 * built and validated again when any of those is not deep-equal to last run's; its provision and
 * past versions, unchanged, are the very objects the parse cache kept, so comparing them costs
 * nothing. The documents are the same as a build without it (test/pipeline/documents/held-build.test.ts).
 * Kept documents are frozen: every later run shares them.
 */
export class BuildMemo {
  readonly analysis = new AnalysisMemo();
  readonly annotations: KeptAnnotations = {};
  #docs = new Map<string, { inputs: DocInputs; doc: ProvisionDoc }>();
  /** Documents built in the last run, and documents reused. */
  built = 0;
  reused = 0;

  /** The document of `key` for these inputs: last run's when they are deep-equal, else `build()`. */
  document(key: string, inputs: DocInputs, build: () => ProvisionDoc): ProvisionDoc {
    const kept = this.#docs.get(key);
    if (kept && isDeepStrictEqual(kept.inputs, inputs)) {
      this.reused++;
      return kept.doc;
    }
    this.built++;
    const doc = deepFreeze(build());
    this.#docs.set(key, { inputs, doc });
    return doc;
  }

  /** Counts from zero for a run. */
  begin(): void {
    this.built = this.reused = 0;
  }

  /** After a run: only the documents of `keys` are kept (a deleted provision's goes). */
  keepOnly(keys: ReadonlySet<string>): void {
    for (const key of this.#docs.keys()) if (!keys.has(key)) this.#docs.delete(key);
  }
}

export interface CorpusIndexes {
  provisions: ProvisionDoc[];
  relations: RelationDoc[];
  analysis: Analysis;
}

/**
 * Every document of the corpus under `root` (annotations from `annotationsDir`), analysed once;
 * fails on a duplicate key or on annotations that do not match the corpus. With `parsed`, files
 * unchanged since that cache kept them are not parsed again (scripts/pipeline/corpus/parsed-cache.ts).
 */
export async function buildIndexes(root = 'corpus/acts', annotationsDir?: string, parsed?: ParsedFiles, memo?: BuildMemo): Promise<CorpusIndexes> {
  const [provisions, history, annotations] = await Promise.all([
    readCorpus(root, 'current', parsed),
    readCorpus(root, 'history', parsed),
    loadAnnotations(annotationsDir, memo?.annotations),
  ]);
  // Written while the corpus is analysed. A cache that cannot be written only costs the next run
  // its parsing, so it does not fail this one. A long-lived indexer (with a memo) saves it after
  // its run, off the way to live.
  const saving = memo ? undefined : parsed?.save().catch(() => undefined);
  const analysis = analyseProvisions(provisions, annotations, history, memo?.analysis);
  const cite = new Map(provisions.map((p) => [p.meta.id, shortCitation(actBySlug(p.meta.act)!, p.meta)]));
  const titles = relationTitles(analysis, (id) => cite.get(id) ?? id);
  const pastOf = new Map<string, Provision[]>();
  for (const h of history) pastOf.set(docKey(h.meta.id, h.meta.lang), [...(pastOf.get(docKey(h.meta.id, h.meta.lang)) ?? []), h]);
  const byFrom = (a: Provision, b: Provision) => a.meta.version!.valid_from.localeCompare(b.meta.version!.valid_from);
  const markdownOf = (p: Provision) => parsed?.markdownOf(p) ?? provisionMarkdown(p);
  const textOf = (p: Provision) => (memo ? memo.analysis.withText(p).text : provisionText(p));
  memo?.begin();
  const docs = provisions.map((p) => {
    const inputs = docInputs(p, analysis, titles, (pastOf.get(docKey(p.meta.id, p.meta.lang)) ?? []).sort(byFrom));
    const build = () => provisionDoc(inputs, markdownOf, textOf(p));
    return memo ? memo.document(docKey(p.meta.id, p.meta.lang), inputs, build) : build();
  });
  const seen = new Set<string>();
  for (const doc of docs) {
    if (seen.has(doc.key)) throw new Error(`duplicate provision ${doc.id} in ${doc.lang}`);
    seen.add(doc.key);
  }
  memo?.keepOnly(seen);
  await saving;
  return { provisions: docs, relations: relationDocs(analysis, titles), analysis };
}

export const buildDocuments = async (root = 'corpus/acts'): Promise<ProvisionDoc[]> => (await buildIndexes(root)).provisions;
