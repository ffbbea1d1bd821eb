/**
 * Differences between two texts by structural unit, as lawyers read them: subsections,
 * paragraphs and subparagraphs are aligned by their numbers first (so an inserted paragraph (ba)
 * does not shift every later one), then the words of each aligned pair are compared. Used for the
 * redline between two versions of a provision, the changes an amending Act made, and compare.
 * Pure (runs in the Worker); the words are never altered — joining a side's pieces gives its text.
 */
import { diffArrays, diffWordsWithSpace } from 'diff';
import type { Block } from '../schema/provision.js';

/** One piece of a unit's words: in both texts, only in the old one, only in the new one. */
export interface Piece {
  value: string;
  op: 'same' | 'del' | 'ins';
}

/** A unit of the text, flattened: its place in the structure and its own words. */
export interface Unit {
  /** Pinpoint path of the unit ("(1)(a)"), or the path of its enumerated parent. */
  path: string;
  /** Alignment key: the path, and for an unlabelled block its place among its unlabelled siblings. */
  key: string;
  depth: number;
  label: string | undefined;
  text: string;
  kind: Block['kind'];
}

export interface UnitChange {
  status: 'same' | 'changed' | 'added' | 'removed';
  path: string;
  depth: number;
  kind: Block['kind'];
  /** Label as in the newer text (the older one when the unit was removed). */
  label?: string | undefined;
  /** A relabelled unit (e.g. "(c)" became "(d)"). */
  old_label?: string | undefined;
  pieces: Piece[];
}

const isEnumerator = (label: string | undefined): label is string => !!label && /^\(.+\)$/.test(label);

/** The blocks as a list of units in reading order, each keyed by its place in the structure. */
export function flattenBlocks(blocks: readonly Block[], path = '', keyPrefix = '', depth = 0): Unit[] {
  const out: Unit[] = [];
  let unlabelled = 0;
  for (const b of blocks) {
    const own = isEnumerator(b.label) ? path + b.label : path;
    const key = isEnumerator(b.label) ? keyPrefix + b.label : `${keyPrefix}#${unlabelled++}`;
    out.push({ path: own, key, depth, label: b.label, text: b.text, kind: b.kind });
    out.push(...flattenBlocks(b.children, own, key, depth + 1));
  }
  return out;
}

const whole = (text: string, op: Piece['op']): Piece[] => (text ? [{ value: text, op }] : []);

/** Word changes from `before` to `after`; joining same+del gives `before`, same+ins gives `after`. */
export function wordChanges(before: string, after: string): Piece[] {
  if (before === after) return whole(after, 'same');
  // With spaces as tokens, so that each side reads back exactly (diffWords may drop a space at a change).
  return diffWordsWithSpace(before, after).map((c) => ({ value: c.value, op: c.added ? 'ins' : c.removed ? 'del' : 'same' }));
}

/** Share of the words both texts have (0–1), measured on the longer text. */
export function similarity(pieces: readonly Piece[]): number {
  const count = (op: Piece['op']) => pieces.filter((p) => p.op === op).reduce((n, p) => n + (p.value.match(/\S+/g)?.length ?? 0), 0);
  const same = count('same');
  const longer = Math.max(same + count('del'), same + count('ins'));
  return longer === 0 ? 1 : same / longer;
}

/**
 * The changes from `before` to `after`, unit by unit in reading order. Units are paired by key
 * (longest common sequence of keys); units whose key is in one text only are added or removed
 * whole, unless an unpaired run on both sides sits at the same place — then they are paired in
 * order, so a relabelled or rewritten unit shows its word changes rather than a delete and insert.
 */
export function redline(before: readonly Block[], after: readonly Block[]): UnitChange[] {
  const a = flattenBlocks(before);
  const b = flattenBlocks(after);
  const runs = diffArrays(a, b, { comparator: (x, y) => x.key === y.key });
  const out: UnitChange[] = [];
  const pair = (x: Unit, y: Unit): UnitChange => {
    const pieces = wordChanges(x.text, y.text);
    const relabelled = x.label !== y.label;
    return {
      status: relabelled || pieces.some((p) => p.op !== 'same') ? 'changed' : 'same',
      path: y.path,
      depth: y.depth,
      kind: y.kind,
      label: y.label,
      ...(relabelled ? { old_label: x.label } : {}),
      pieces,
    };
  };
  const alone = (u: Unit, status: 'added' | 'removed'): UnitChange => ({
    status,
    path: u.path,
    depth: u.depth,
    kind: u.kind,
    label: u.label,
    pieces: whole(u.text, status === 'added' ? 'ins' : 'del'),
  });
  // diffArrays reports the common run with the old side's values; walk both lists by counts.
  let ia = 0;
  let ib = 0;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const n = run.count ?? run.value.length;
    if (!run.added && !run.removed) {
      for (let k = 0; k < n; k++) out.push(pair(a[ia++]!, b[ib++]!));
      continue;
    }
    const next = runs[i + 1];
    if (run.removed && next?.added) {
      const removed = a.slice(ia, ia + n);
      const m = next.count ?? next.value.length;
      const added = b.slice(ib, ib + m);
      const paired = Math.min(removed.length, added.length);
      // Units at the same depth in the same place: a rewrite or relabelling, shown word by word.
      for (let k = 0; k < paired; k++) {
        const x = removed[k]!;
        const y = added[k]!;
        if (x.depth === y.depth && similarity(wordChanges(x.text, y.text)) >= 0.5) out.push(pair(x, y));
        else out.push(alone(x, 'removed'), alone(y, 'added'));
      }
      for (const x of removed.slice(paired)) out.push(alone(x, 'removed'));
      for (const y of added.slice(paired)) out.push(alone(y, 'added'));
      ia += n;
      ib += m;
      i++;
      continue;
    }
    if (run.removed) {
      for (let k = 0; k < n; k++) out.push(alone(a[ia++]!, 'removed'));
    } else {
      for (let k = 0; k < n; k++) out.push(alone(b[ib++]!, 'added'));
    }
  }
  return out;
}

/** Whether any unit changed. */
export const hasChanges = (changes: readonly UnitChange[]): boolean => changes.some((c) => c.status !== 'same');
