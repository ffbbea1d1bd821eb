/**
 * Whether a past version's words are a held Bill's words: each block occurs in the version's
 * source Bill, or is those words with the quoted words of the Bills in force by then put in.
 * One check for every history file with words (Penal Code sections, definitions of every Act).
 */
import { cleanBill } from '../../../scripts/pipeline/history/clean-bill.js';
import { readLawSource } from '../../../scripts/pipeline/sources/law-sources.js';
import { normalizeSpace } from '../../../scripts/pipeline/structure/whitespace.js';
import type { Provision } from '../../../src/schema/provision.js';

/**
 * A source's words as one line, quote marks folded (the Bills and the corpus print them
 * differently) and hyphens dropped (a Bill's line-end "kanak-" + "kanak" is read as "kanak-kanak"
 * or, where the conversion lost the hyphen, "undangundang").
 */
export const flat = (s: string): string => normalizeSpace(s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/[*_\\]/g, '').replace(/-\s*/g, ''));
const billWords = new Map<string, string>();
export const wordsOf = (file: string): string => {
  if (!billWords.has(file)) billWords.set(file, flat(cleanBill(readLawSource(file)).map((l) => l.text).join(' ')));
  return billWords.get(file)!;
};
export const blockTexts = (p: Provision): string[] => {
  const out: string[] = [];
  const walk = (bs: Provision['blocks']) => bs.forEach((b) => (out.push(b.text), walk(b.children)));
  walk(p.blocks);
  return out.filter(Boolean).map(flat);
};

/** The blocks (or pieces of them) of `p` that no held Bill gives; [] when every word is held. */
export function unheldWords(p: Provision): string[] {
  const base = wordsOf(p.meta.source.file);
  const versions = p.meta.versions ?? [];
  const at = versions.findIndex((v) => v.valid_from === p.meta.version!.valid_from);
  // Applied instructions of the Bills whose Acts were in force by this version.
  const applied = (p.meta.amendments ?? []).filter((a) => {
    const by = versions.findIndex((v) => v.bill === a.bill);
    return a.outcome === 'applied' && by >= 0 && by <= at;
  });
  const derived = p.meta.source.basis.includes('as amended by') || applied.length > 0;
  if (!derived && p.meta.source.bill === undefined) return [`${p.meta.id}: no Bill named as the source`];
  // Words in double quotes, and a whole definition in single quotes around its double-quoted term.
  const quoted = applied.flatMap((a) => [...flat(a.words).matchAll(/"([^"]+)"|'("[^']+)'/g)].map((m) => (m[1] ?? m[2])!.replace(/[,;.]$/, '')));
  const problems: string[] = [];
  for (const t of blockTexts(p)) {
    if (base.includes(t)) continue;
    if (!derived) {
      problems.push(`"${t.slice(0, 80)}" is not in ${p.meta.source.file}`);
      continue;
    }
    // A unit a later Bill put in whole.
    if (quoted.some((q) => q.includes(t.replace(/[,;.]$/, '')))) continue;
    // A block the later Bills changed: what is left once their quoted words are taken out is the base Bill's.
    const pieces = quoted.reduce((parts, q) => parts.flatMap((x) => x.split(q)), [t]).map((x) => x.trim().replace(/^[,;.]\s*|\s*[,;]$/g, '')).filter((x) => x.length > 3);
    for (const piece of pieces) if (!base.includes(piece)) problems.push(`"${piece.slice(0, 80)}" is not in ${p.meta.source.file} nor quoted by the Bills applied`);
  }
  return problems;
}
