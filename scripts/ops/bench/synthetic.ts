/**
 * A synthetic corpus for scale tests, made from the real documents by a documented,
 * deterministic transformation. It is NOT law and is never served as law: it lives only in the
 * bench's throwaway Meilisearch, and every document says so in its citation and source basis.
 *
 * Transformation, for copy c = 1, 2, ... of the real documents (in corpus order) until n exist:
 *  - key/id get the suffix `-syn<c>` (`atipsom-s14-syn3_en`), so ids stay unique and valid;
 *  - heading, term and text are the original words shuffled by a Fisher–Yates shuffle driven by
 *    mulberry32 seeded with (c * 100003 + position of the document); markdown is the shuffled
 *    text, blocks one text block of it; the vocabulary and lengths stay those of the real corpus;
 *  - citation and short_citation are prefixed "SYNTHETIC", aliases are dropped (they would make
 *    citation queries match thousands of copies), source.basis says it is synthetic;
 *  - every other field (act, lang, kind, type, topics, order, ...) is copied, so filters and
 *    facets see a realistic spread.
 */
import type { ProvisionDoc } from '../../../src/schema/document.js';
import { docKey } from '../../../src/schema/ids.js';

/** mulberry32: a small, fast, seedable PRNG (public domain), returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffleWords(text: string, random: () => number): string {
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = words.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [words[i], words[j]] = [words[j]!, words[i]!];
  }
  return words.join(' ');
}

export const SYNTHETIC_BASIS = 'SYNTHETIC benchmark text: real words shuffled, not law';

export function syntheticDoc(doc: ProvisionDoc, copy: number, position: number): ProvisionDoc {
  const random = mulberry32(copy * 100_003 + position);
  const id = `${doc.id}-syn${copy}`;
  const text = shuffleWords(doc.text, random);
  return {
    ...doc,
    key: docKey(id, doc.lang),
    id,
    heading: shuffleWords(doc.heading, random),
    ...(doc.term ? { term: shuffleWords(doc.term, random) } : {}),
    ...(doc.parent ? { parent: `${doc.parent}-syn${copy}` } : {}),
    text,
    markdown: text,
    blocks: [{ kind: 'text', text, children: [] }],
    pinpoints: [],
    citation: `SYNTHETIC ${doc.citation}`,
    short_citation: `SYNTHETIC ${doc.short_citation}`,
    aliases: [],
    source: { ...doc.source, basis: SYNTHETIC_BASIS },
  };
}

/**
 * The first n synthetic documents made from `real` (which must not be empty), one at a time: a
 * million documents of ~6 KB do not fit in a Node heap as one array, so the scale run streams them.
 */
export function* syntheticDocs(real: readonly ProvisionDoc[], n: number): Generator<ProvisionDoc> {
  if (real.length === 0) throw new Error('no real documents to transform');
  for (let i = 0; i < n; i++) {
    const copy = Math.floor(i / real.length) + 1;
    const position = i % real.length;
    yield syntheticDoc(real[position]!, copy, position);
  }
}
