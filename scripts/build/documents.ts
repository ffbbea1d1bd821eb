/**
 * Corpus → index documents: one ProvisionDoc per provision and language, with its citations,
 * aliases, pinpoints and classification, each validated by the ProvisionDoc schema.
 */
import { actBySlug } from '../../src/acts.js';
import { citationAliases, fullCitation, shortCitation } from '../../src/cite/format.js';
import { pinpointPaths } from '../../src/cite/pinpoint.js';
import { ProvisionDoc } from '../../src/schema/document.js';
import { docKey, type Provision } from '../../src/schema/provision.js';
import { readCorpus } from '../corpus/read.js';
import { provisionMarkdown, provisionText } from '../corpus/text.js';
import { classify } from './classify.js';

export function provisionDoc(p: Provision): ProvisionDoc {
  const { meta } = p;
  const act = actBySlug(meta.act);
  if (!act) throw new Error(`${meta.id}: act "${meta.act}" is not in src/acts.ts`);
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
    ...classify(p),
    text: provisionText(p),
    markdown: provisionMarkdown(p),
    blocks: p.blocks,
    pinpoints: pinpointPaths(p.blocks),
    citation: fullCitation(act, meta, meta.lang),
    short_citation: shortCitation(act, meta),
    aliases: citationAliases(act, meta),
    source: meta.source,
    ...(meta.version ? { version: meta.version } : {}),
    ...(meta.versions ? { versions: meta.versions } : {}),
    ...(meta.amendments ? { amendments: meta.amendments } : {}),
    ...(meta.unavailable ? { unavailable: meta.unavailable } : {}),
  };
  const checked = ProvisionDoc.safeParse(draft);
  if (!checked.success) {
    throw new Error(`${meta.id} (${meta.lang}): invalid document: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return checked.data;
}

/** Every document of the corpus under `root`; fails on a duplicate key. */
export async function buildDocuments(root = 'corpus/acts'): Promise<ProvisionDoc[]> {
  const docs = (await readCorpus(root)).map(provisionDoc);
  const seen = new Set<string>();
  for (const doc of docs) {
    if (seen.has(doc.key)) throw new Error(`duplicate provision ${doc.id} in ${doc.lang}`);
    seen.add(doc.key);
  }
  return docs;
}
