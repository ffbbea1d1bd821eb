/**
 * Enumerators of statute text — "(1)", "(a)", "(i)", "(A)", and "1." items in schedules — and
 * the block kinds they make. Shared by the parser and the markdown reader so that both derive
 * the same kinds from the same structure (the markdown does not spell kinds out).
 */
import type { BlockKind } from '../../../src/schema/provision.js';
import { DEFINITION, UNQUOTED_DEFINITION } from '../../../src/schema/terms.js';

// Definitions are recognised by the runtime too (page anchors name them by term): one pattern, in src/schema/terms.ts.
export { DEFINITION, UNQUOTED_DEFINITION, definedTerm } from '../../../src/schema/terms.js';

export type LabelType = 'num' | 'alpha' | 'double' | 'roman' | 'upper' | 'item';

const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;

/** The types a label could be, most likely first ("(i)" may be roman or the ninth letter). */
export function labelTypes(label: string): LabelType[] {
  const item = /^(\d+)\.$/.exec(label);
  if (item) return ['item'];
  const m = /^\((.+)\)$/.exec(label);
  if (!m) return [];
  const v = m[1]!;
  // "(1A)", and "(1a)" as amending Acts insert it after "(1)".
  if (/^\d+[A-Za-z]?$/.test(v)) return ['num'];
  if (/^[A-Z]$/.test(v)) return ['upper'];
  const types: LabelType[] = [];
  if (v.length > 0 && ROMAN.test(v)) types.push('roman');
  if (/^[a-z]$/.test(v)) types.push('alpha');
  if (/^([a-z])\1$/.test(v)) types.push('double', 'alpha');
  // "(la)", "(fa)": paragraphs amending Acts insert after "(l)", "(f)".
  else if (/^[a-z]{2}$/.test(v)) types.push('alpha');
  return types;
}

/** The first label of a list of this type. */
export const FIRST: Record<LabelType, string> = {
  num: '(1)',
  alpha: '(a)',
  double: '(aa)',
  roman: '(i)',
  upper: '(A)',
  item: '1.',
};

const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];

/** Does `next` follow `prev` in a list of this type? */
export function follows(type: LabelType, prev: string, next: string): boolean {
  const inner = (l: string) => l.replace(/^\(|\)$|\.$/g, '');
  const p = inner(prev);
  const n = inner(next);
  switch (type) {
    case 'num':
    case 'item':
      return Number.parseInt(n, 10) === Number.parseInt(p, 10) + 1 && /^\d+$/.test(n);
    case 'upper':
      return n.charCodeAt(0) === p.charCodeAt(0) + 1;
    case 'roman': {
      const i = ROMANS.indexOf(p);
      return i >= 0 && ROMANS[i + 1] === n;
    }
    case 'double':
      return n.length === 2 && n[0] === n[1] && n.charCodeAt(0) === p.charCodeAt(0) + 1;
    case 'alpha':
      // (a) … (z), then (aa), (bb) …
      if (p === 'z') return n === 'aa';
      // After a label an amending Act inserted ("(la)" after "(l)", "(aa)" after "(a)") the list
      // goes on from the label it was inserted after: "(m)", "(b)".
      if (p.length === 2) {
        const fromBase = n.length === 1 && n.charCodeAt(0) === p.charCodeAt(0) + 1;
        return fromBase || (p[0] === p[1] && n.length === 2 && n[0] === n[1] && n.charCodeAt(0) === p.charCodeAt(0) + 1);
      }
      return n.length === 1 && n.charCodeAt(0) === p.charCodeAt(0) + 1;
  }
}

/**
 * Labels an amending Act inserts into a list: "(aa)" or "(la)" after "(a)" or "(l)", "(lb)"
 * after "(la)", "(1a)" after "(1)". They continue the list they are inserted into.
 */
export function insertedAfter(prev: string, next: string): boolean {
  const p = prev.replace(/^\(|\)$/g, '');
  const n = next.replace(/^\(|\)$/g, '');
  if (n.length === p.length + 1 && n.startsWith(p) && /[a-z]$/.test(n)) return true;
  return n.length === p.length && n.length > 1 && n.slice(0, -1) === p.slice(0, -1) && /[a-z]$/.test(p) && n.charCodeAt(n.length - 1) === p.charCodeAt(p.length - 1) + 1;
}

/** The kind of block a labelled unit is, given the kind of the block it sits in. */
export function kindForLabel(type: LabelType, parent: BlockKind | undefined): BlockKind {
  if (parent === 'illustration') return 'illustration';
  switch (type) {
    case 'item':
      return 'paragraph';
    case 'num':
      return 'subsection';
    case 'alpha':
      return parent === 'paragraph' ? 'subparagraph' : 'paragraph';
    case 'roman':
      return 'subparagraph';
    case 'double':
      // The Child Act nests (aa), (bb) under paragraphs where other Acts use (i), (ii).
      return parent === 'subparagraph' ? 'subsubparagraph' : 'subparagraph';
    case 'upper':
      return 'subsubparagraph';
  }
}

/** The label type of each list: fixed by its first labelled member. */
export function listType(firstLabel: string): LabelType | undefined {
  const types = labelTypes(firstLabel);
  return types.find((t) => FIRST[t] === firstLabel) ?? types[0];
}

/** Words that open unlabelled blocks of a special kind. */
const PROVISO = /^(?:Provided (?:that|also|further|always)|Dengan syarat)\b/;
const EXPLANATION = /^(?:Explanation|Penjelasan)\b/;
const ILLUSTRATION = /^(?:ILLUSTRATIONS?|Illustrations?|ILUSTRASI|Ilustrasi|MISALAN|Misalan)\b/;
/** "Exception 1—", "Exception.—" (Penal Code): words only, so a sentence opening "Exception" stays text. */
const EXCEPTION = /^(?:Exceptions?|Pengecualian)(?:\s+\d+)?\s*\.?\s*[—–-]/;
/** The kind of an unlabelled block, from its opening words. */
export function kindForText(text: string): BlockKind {
  if (PROVISO.test(text)) return 'proviso';
  if (EXPLANATION.test(text)) return 'explanation';
  if (ILLUSTRATION.test(text)) return 'illustration';
  if (EXCEPTION.test(text)) return 'exception';
  if (DEFINITION.test(text) || UNQUOTED_DEFINITION.test(text)) return 'definition';
  return 'text';
}
