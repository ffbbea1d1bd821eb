/**
 * Amending Bill → instructions. Pure.
 *
 * A clause is a preamble ("Seksyen 6 Akta ibu dipinda—" / "Section 6 of the principal Act is
 * amended—") and, often, lettered items, sometimes with roman sub-items. Each leaf item is one
 * instruction (or two, where the Bill joins them with "and"); its locators and operation are
 * read from the words of the leaf and of the items above it. Quoted passages are masked first
 * (bill.ts), so the grammar only ever sees ⟦k⟧ where the Bill quotes words or new text.
 */
import type { Lang } from '../../../src/schema/provision.js';
import { MARK_PATTERN, splitClauses, type Clause, type Quote, type SourceLine } from './bill.js';
import { normalizeSpace } from '../structure/whitespace.js';
import { follows } from '../structure/labels.js';

export type Unit = 'section' | 'subsection' | 'paragraph' | 'subparagraph' | 'definition' | 'part';

/** Where an instruction acts. Paths are enumerators within the section: ["(2)", "(m)"]. */
export interface Target {
  /** Section number as printed in the Act ("6", "15A"); absent for Part, long title. */
  section?: string;
  /** Parts of the section the instruction is confined to (several: "(2), (3) and (5)"). */
  paths: string[][];
  /** Defined term (quoted in the Bill) the instruction is confined to. */
  definition?: string;
  /** Part number ("II") for a Part heading. */
  part?: string;
  /** The marginal note, the Part heading or the Act's long title rather than the body. */
  within?: 'shoulder-note' | 'part-heading' | 'long-title';
  /** "in the English language text" / "dalam teks bahasa kebangsaan": one language only. */
  onlyLang?: Lang;
}

export type Operation =
  | { kind: 'substitute-words'; find: string; by: string; everywhere: boolean; except?: string[] }
  | { kind: 'insert-words'; after: string; words: string; everywhere: boolean; except?: string[] }
  | { kind: 'delete-words'; find: string; atEnd: boolean }
  /** Replace the closing punctuation ("." or ",") of the target with the given words. */
  | { kind: 'substitute-end'; find: string; by: string }
  | { kind: 'substitute-unit'; unit: Unit | 'long-title' | 'shoulder-note'; label: string; text: Quote }
  | { kind: 'insert-unit'; unit: Unit; position: 'after' | 'before'; anchor: string; text: Quote }
  | { kind: 'delete-unit'; unit: Unit; label: string }
  /** "renumbering that section as subsection (1)" */
  | { kind: 'renumber'; as: string }
  /** Clauses that change no words of the Act: short title and commencement, savings. */
  | { kind: 'none'; reason: string };

export interface Instruction {
  /** D.R. number of the amending Bill, e.g. "D.R.22/2010". */
  bill: string;
  year: number;
  lang: Lang;
  /** Clause and item, e.g. "4(b)", "8(c)(i)". */
  clause: string;
  /** The clause's marginal note, e.g. "Seksyen baru 66a dan 66b". */
  note: string;
  /** Position among the Bill's instructions (0-based), for stable ordering and ids. */
  index: number;
  /** The instruction's words as printed (preamble, enclosing items and the item itself). */
  words: string;
  lines: [number, number];
  target: Target;
  op: Operation;
}

export interface BillRef {
  bill: string;
  year: number;
  lang: Lang;
}

/** A clause item the grammar does not read: its words, for the report. */
export interface Unread {
  /** The section the item's words name, where the locators find one. */
  section?: string;
  clause: string;
  note: string;
  words: string;
  lines: [number, number];
}

/**
 * Parses a cleaned amending Bill into its instructions, clause by clause. An item the grammar
 * cannot read throws, unless `unread` collects it (an Act whose history is recorded rather than
 * consolidated can live with a clause it does not read; a consolidation cannot).
 */
export function parseInstructions(lines: SourceLine[], ref: BillRef, unread?: (u: Unread) => void): Instruction[] {
  return clauseInstructions(splitClauses(lines), ref, unread);
}

function clauseInstructions(clauses: Clause[], ref: BillRef, unread?: (u: Unread) => void): Instruction[] {
  const out: Instruction[] = [];
  for (const clause of clauses) {
    for (const item of leaves(clause)) {
      for (const parsed of parseLeaf(clause, item, unread)) {
        out.push({ ...ref, ...parsed, index: out.length });
      }
    }
  }
  return out;
}

/**
 * A Bill that amends an amending Act (the Penal Code (Amendment) (Amendment) Bill 2007 rewrites
 * sections of Act A1273) changes the Act through the sections it puts into that amending Act:
 * its instructions on the Act are the clauses quoted inside those sections, numbered as printed
 * there ("2→7"). Outer instructions that quote no such clause go to `unread`.
 */
export function throughInstructions(outer: Instruction[], ref: BillRef, unread?: (u: Unread) => void): Instruction[] {
  const out: Instruction[] = [];
  for (const ins of outer) {
    const op = ins.op;
    const quoted = (op.kind === 'substitute-unit' || op.kind === 'insert-unit') && op.unit === 'section' ? op.text : undefined;
    const inner = quoted ? clauseInstructions(splitClauses(quoted.lines, 'as-printed'), ref, unread) : [];
    if (!inner.length && op.kind !== 'none') unread?.({ clause: ins.clause, note: ins.note, words: ins.words, lines: ins.lines });
    for (const i of inner) out.push({ ...i, clause: `${ins.clause}→${i.clause}`, index: out.length });
  }
  return out;
}

interface Item {
  label: string;
  text: string;
  lines: SourceLine[];
  children: Item[];
}

interface Leaf {
  /** Labels from the clause down, e.g. ["(c)", "(i)"]. */
  labels: string[];
  /** Masked words of the preamble, the enclosing items and the leaf, in order. */
  context: string[];
  lines: SourceLine[];
}

const ITEM = /^\(([a-z]{1,2}|[ivx]+)\)\s/;
/** An item label continues a list of lettered or roman items: the corpus's own enumerator sequence. */
const continues = (prev: string, label: string): boolean => follows('alpha', prev, label) || follows('roman', prev, label);

/**
 * The clause's items as a tree. A line opening with "(x)" is an item only where the Bill's
 * numbering allows it: the next label of an open list, or "(a)"/"(i)" under an item that ends
 * with "—". Anything else, like "(n) dengan perkataan" on a wrapped line, is running text.
 */
function leaves(clause: Clause): Leaf[] {
  const root: Item = { label: '', text: '', lines: [], children: [] };
  const path: Item[] = [root];
  for (const line of clause.masked) {
    const m = ITEM.exec(line.text);
    const label = m?.[1];
    let placed = false;
    if (label) {
      const current = path.at(-1)!;
      const opensList = /—\s*$/.test(current.text);
      if ((label === 'a' || label === 'i') && opensList) {
        const item: Item = { label: `(${label})`, text: line.text, lines: [line], children: [] };
        current.children.push(item);
        path.push(item);
        placed = true;
      } else {
        for (let depth = path.length - 1; depth >= 1 && !placed; depth--) {
          if (continues(path[depth]!.label, label)) {
            path.length = depth;
            const item: Item = { label: `(${label})`, text: line.text, lines: [line], children: [] };
            path.at(-1)!.children.push(item);
            path.push(item);
            placed = true;
          }
        }
      }
    }
    if (!placed) {
      const top = path.at(-1)!;
      top.text += (top.text ? '\n' : '') + line.text;
      top.lines.push(line);
    }
  }
  const out: Leaf[] = [];
  const walk = (item: Item, labels: string[], context: string[]): void => {
    const here = item === root ? labels : [...labels, item.label];
    const words = [...context, item.text];
    if (item.children.length === 0) out.push({ labels: here, context: words, lines: item.lines });
    for (const child of item.children) walk(child, here, words);
  };
  walk(root, [], []);
  return out;
}

/** A definition is named by its (first) term: ‘ “pemerdagangan orang” atau “…” ’ → pemerdagangan orang. */
const term = (s: string): string => normalizeSpace(/“\s*([^”]+)”/.exec(s)?.[1] ?? s);

/** Restores the quoted passages into masked words, verbatim. */
function restore(masked: string, quotes: Quote[]): string {
  return masked.replace(MARK_PATTERN, (_, k: string) => {
    const q = quotes[Number(k)]!;
    return q.marks[0] + q.text + q.marks[1];
  });
}

type Parsed = Omit<Instruction, keyof BillRef | 'index'>;

function parseLeaf(clause: Clause, leaf: Leaf, unread?: (u: Unread) => void): Parsed[] {
  const q = (k: string): Quote => clause.quotes[Number(k)]!;
  const qt = (k: string): string => normalizeSpace(q(k).text);
  // The words that say where: preamble + enclosing items + leaf, labels and clause number removed.
  const all = normalizeSpace(leaf.context.map((t) => t.replace(ITEM, '')).join(' ').replace(/^\d+\.\s*/, ''));
  const masked = normalizeSpace(leaf.context.join(' '));
  const used = [...masked.matchAll(MARK_PATTERN)].map((m) => q(m[1]!));
  const lineNos = [...leaf.lines, ...used.flatMap((x) => x.lines)].map((l) => l.n);
  const base = {
    clause: clause.number + leaf.labels.join(''),
    note: clause.note,
    words: normalizeSpace(restore(masked, clause.quotes)),
    lines: [Math.min(...lineNos, clause.lines[0]), Math.max(...lineNos)] as [number, number],
  };
  const target = locate(all, q);
  const ops = operations(all, q, qt, target);
  if (ops.length === 0) {
    const none = noTextChange(clause.note);
    if (none) return [{ ...base, target, op: { kind: 'none', reason: none } }];
    if (unread) {
      unread({ ...(target.section ? { section: target.section } : {}), clause: base.clause, note: base.note, words: base.words, lines: base.lines });
      return [];
    }
    throw new Error(`clause ${base.clause}: no instruction recognised in: ${base.words}`);
  }
  return ops.map(({ op, target: t }) => ({ ...base, target: t, op }));
}

/** Clauses whose marginal note says they change no words of the Act. */
function noTextChange(note: string): string | undefined {
  if (/^(Short title(?: and commencement)?|Tajuk ringkas dan permulaan kuat kuasa)$/i.test(note))
    return 'short title and commencement of the amending Act';
  if (/^(Savings?|Kecualian)$/i.test(note)) return 'saving provision of the amending Act';
  return undefined;
}

const SECTION_NO = String.raw`(\d+[A-Za-z]?)`;
const PATH = String.raw`((?:\([0-9a-z]+\))*)`;
const splitPath = (p: string | undefined): string[] => (p ? (p.match(/\([0-9a-z]+\)/g) ?? []) : []);
/** Section numbers print as "15a" in the Bills (small capitals lost); the Act prints "15A". */
export const sectionNumber = (s: string): string => s.replace(/[a-z]$/, (c) => c.toUpperCase());

/**
 * How a clause names the section it amends, Malay and English, first match wins: group 1 the
 * section, group 2 the path within it. The Penal Code's Bills call it "the Code".
 */
const SECTION_LOCATORS: readonly RegExp[] = [
  // "Seksyen 6 Akta ibu dipinda", "Subseksyen 6(2) Akta ibu dipinda"
  new RegExp(String.raw`\b(?:Sub)?[Ss]ek?s?yen ${SECTION_NO}${PATH} Akta [Ii]bu dipinda`),
  // "Section 6 of the principal Act is amended", "Section 107 of the Code is amended"
  new RegExp(String.raw`\b(?:Sub)?[Ss]ection ${SECTION_NO}${PATH} of the (?:principal Act|Code) is amended`),
  // "The Code is amended in subsection 376(2)", "… in paragraph 320(h)"
  new RegExp(String.raw`is amended in (?:subsection|paragraph) ${SECTION_NO}${PATH}`),
  // "Akta ibu dipinda dalam seksyen 6", "The principal Act is amended in section 6"
  new RegExp(String.raw`(?:dipinda dalam seksyen|is amended in section) ${SECTION_NO}()\b`),
];

const firstMatch = (patterns: readonly RegExp[], text: string): RegExpExecArray | null => {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m) return m;
  }
  return null;
};

/** Where the instruction acts, from the preamble and the "in ..." / "dalam ..." locators. */
function locate(all: string, q: (k: string) => Quote): Target {
  const t: Target = { paths: [[]] };
  const sec = firstMatch(SECTION_LOCATORS, all);
  if (sec) {
    t.section = sectionNumber(sec[1]!);
    t.paths = [splitPath(sec[2])];
  }
  const part = /\bBahagian ([IVX]+[a-z]?) Akta ibu dipinda/.exec(all);
  if (part) t.part = part[1]!.toUpperCase();
  if (/\b(dalam tajuk)\b/.test(all) && t.part) t.within = 'part-heading';
  if (/\b(dalam nota bahu|in the shoulder note)\b/.test(all)) t.within = 'shoulder-note';
  if (/tajuk panjang|long title/.test(all)) t.within = 'long-title';
  if (/dalam teks bahasa Inggeris|in the English language text/.test(all)) t.onlyLang = 'en';
  if (/dalam teks bahasa kebangsaan|in the national language text/.test(all)) t.onlyLang = 'ms';
  const def = /\b(?:dalam takrif|in the definition of) ⟦(\d+)⟧/.exec(all);
  if (def) t.definition = normalizeSpace(q(def[1]!).text);
  // "dalam subseksyen (2), (3) dan (5)," / "in subsection (1)," / "dalam subperenggan (3)(a)(i)"
  const within = new RegExp(
    String.raw`(?<!kecuali )\b(?:dalam|in)(?: the renumbered)? (subseksyen|subsekyen|subsection|perenggan|paragraph|subperenggan|subparagraph) ((?:\([0-9a-z]+\))+(?:(?:, | dan | and )\([0-9a-z]+\))*)`,
  ).exec(all);
  if (within) {
    const alternatives = within[2]!.split(/, | dan | and /);
    t.paths = alternatives.map((a) => [...t.paths[0]!, ...splitPath(a)]);
  }
  return t;
}

const UNIT: Record<string, Unit> = {
  seksyen: 'section',
  section: 'section',
  sections: 'section',
  subseksyen: 'subsection',
  subsection: 'subsection',
  subsections: 'subsection',
  perenggan: 'paragraph',
  paragraph: 'paragraph',
  paragraphs: 'paragraph',
  Bahagian: 'part',
  Part: 'part',
  'heading and sections': 'section',
};
const UNIT_WORD = '(?<unit>seksyen|section|subseksyen|subsection|perenggan|paragraph|Bahagian|Part)';
const UNITS = 'seksyen|sections?|heading and sections|subseksyen|subsections?|perenggan|paragraphs?|Bahagian|Part';
/** The unit a Bill puts in ("the following sections"). */
const UNIT_PLURAL = `(?:${UNITS})`;
const UNIT_NEW = `(?<inserted>${UNITS})`;
/** A unit's label as the Bill names it: "(c)", "(1a)", "54(1)(b)", "15", "130za", "124A", "III". */
const LABEL = String.raw`(?<label>\d+(?:[a-z]{1,2}|[A-Z]{1,2})?(?:\([0-9a-z]+\))*|\([0-9a-z]+\)|[IVX]+[a-z]?)`;
const PUNCT: Record<string, string> = { noktah: '.', 'full stop': '.', koma: ',', comma: ',' };

/**
 * A label like "54(1)(b)" names the section and the path to the unit: move the section and the
 * path into the target and keep the last enumerator as the label.
 */
function anchorAt(target: Target, unit: Unit, label: string): { target: Target; label: string } {
  if (unit === 'part') return { target, label: label.toUpperCase() };
  if (unit === 'section') return { target: { ...target, section: sectionNumber(label) }, label: sectionNumber(label) };
  const m = /^(\d+[a-z]?)((?:\([0-9a-z]+\))+)$/.exec(label);
  if (!m) return { target, label };
  const path = splitPath(m[2]);
  return { target: { ...target, section: sectionNumber(m[1]!), paths: [path.slice(0, -1)] }, label: path.at(-1)! };
}

interface Found {
  op: Operation;
  target: Target;
}

/** What a rule's `make` may use: the quotes by number, the clause's target, and words read across the item. */
interface RuleContext {
  q: (k: string) => Quote;
  qt: (k: string) => string;
  target: Target;
  words: (find: string, by: string) => Operation;
  everywhere: boolean;
  except?: string[];
}

/**
 * One form of amending instruction, in Malay and in English. Both patterns name their groups
 * alike, so `make` reads either language the same way: quotes are ⟦k⟧ (their number in a group),
 * labels and unit words as printed.
 */
interface Rule {
  ms: RegExp;
  en: RegExp;
  make(g: Record<string, string | undefined>, c: RuleContext): Found[];
  /** Rules sharing a group exclude each other: the first that matches wins. */
  group?: string;
  /** A match ends the reading: the rule covers the whole item. */
  whole?: boolean;
  /** Every occurrence in the item (the patterns carry the g flag). */
  repeat?: boolean;
}

const found = (op: Operation, target: Target): Found => ({ op, target });

function withoutFirstLine(q: Quote): Quote {
  const first = q.lines.findIndex((l) => l.text !== '');
  const lines = q.lines.slice(first + 1);
  return { ...q, lines, text: lines.filter((l) => l.text !== '').map((l) => l.text).join('\n') };
}
const withLabel = (t: Target, label: string | undefined): Target => (label ? { ...t, paths: t.paths.map((p) => [...p, label]) } : t);

/** The instruction grammar, in reading order. */
const RULES: readonly Rule[] = [
  {
    ms: /menggantikan tajuk panjang dengan tajuk panjang yang berikut: ⟦(?<text>\d+)⟧/,
    en: /substituting for the long title the following long title: ⟦(?<text>\d+)⟧/,
    make: (g, c) => [found({ kind: 'substitute-unit', unit: 'long-title', label: '', text: c.q(g.text!) }, c.target)],
  },
  {
    ms: /menggantikan nota bahu ⟦(?<old>\d+)⟧ dengan nota bahu ⟦(?<text>\d+)⟧/,
    en: /substituting for the shoulder note ⟦(?<old>\d+)⟧ the shoulder note ⟦(?<text>\d+)⟧/,
    make: (g, c) => [found({ kind: 'substitute-unit', unit: 'shoulder-note', label: c.qt(g.old!), text: c.q(g.text!) }, c.target)],
  },
  {
    // The full stop at the end of a definition, then a definition inserted after it: one item, two acts.
    ms: /menggantikan noktah di hujung takrif ⟦(?<term>\d+)⟧ dengan koma bernoktah dan memasukkan selepas takrif itu takrif yang berikut: ⟦(?<text>\d+)⟧/,
    en: /substituting for the full stop at the end of the definition of ⟦(?<term>\d+)⟧ a semi-colon and inserting after that definition the following definition: ⟦(?<text>\d+)⟧/,
    whole: true,
    make: (g, c) => {
      const t = c.qt(g.term!);
      return [
        found({ kind: 'substitute-end', find: '.', by: ';' }, { ...c.target, definition: t }),
        found({ kind: 'insert-unit', unit: 'definition', position: 'after', anchor: t, text: c.q(g.text!) }, c.target),
      ];
    },
  },
  {
    group: 'unit',
    ms: /menggantikan takrif ⟦(?<term>\d+)⟧ dengan takrif yang berikut: ⟦(?<text>\d+)⟧/,
    en: /substituting for the definition of ⟦(?<term>\d+)⟧ the following definition: ⟦(?<text>\d+)⟧/,
    make: (g, c) => [found({ kind: 'substitute-unit', unit: 'definition', label: term(c.qt(g.term!)), text: c.q(g.text!) }, c.target)],
  },
  {
    group: 'unit',
    ms: /memasukkan selepas takrif ⟦(?<term>\d+)⟧ takrif yang berikut: ⟦(?<text>\d+)⟧/,
    en: /inserting after the definition of ⟦(?<term>\d+)⟧ the following definition: ⟦(?<text>\d+)⟧/,
    make: (g, c) => [found({ kind: 'insert-unit', unit: 'definition', position: 'after', anchor: c.qt(g.term!), text: c.q(g.text!) }, c.target)],
  },
  {
    group: 'unit',
    ms: /memotong takrif ⟦(?<term>\d+)⟧/,
    en: /deleting the definition of ⟦(?<term>\d+)⟧/,
    make: (g, c) => [found({ kind: 'delete-unit', unit: 'definition', label: c.qt(g.term!) }, c.target)],
  },
  {
    group: 'unit',
    ms: new RegExp(String.raw`menggantikan ${UNIT_WORD} ${LABEL} dengan ${UNIT_PLURAL} yang berikut: ⟦(?<text>\d+)⟧`),
    en: new RegExp(String.raw`substituting for ${UNIT_WORD} ${LABEL} the following ${UNIT_PLURAL}: ⟦(?<text>\d+)⟧`),
    make: (g, c) => {
      const unit = UNIT[g.unit!]!;
      const at = anchorAt(c.target, unit, g.label!);
      return [found({ kind: 'substitute-unit', unit, label: at.label, text: c.q(g.text!) }, at.target)];
    },
  },
  {
    group: 'unit',
    ms: new RegExp(String.raw`memasukkan (?<position>selepas|sebelum) ${UNIT_WORD} ${LABEL}(?: yang dinomborkan semula)?,? ${UNIT_NEW} yang berikut: ⟦(?<text>\d+)⟧`),
    en: new RegExp(String.raw`inserting (?<position>after|before) (?:the renumbered )?${UNIT_WORD} ${LABEL} the following ${UNIT_NEW}: ⟦(?<text>\d+)⟧`),
    make: (g, c) => {
      const unit = UNIT[g.unit!]!;
      const inserted = UNIT[g.inserted!]!;
      const at = anchorAt(c.target, unit, g.label!);
      const position = g.position === 'sebelum' || g.position === 'before' ? 'before' : 'after';
      // "memasukkan sebelum seksyen 42 seksyen yang berikut" inserts a section; anchor is a section.
      // A new section or Part is its own provision: the anchor only says where it goes.
      const where = inserted === 'section' || inserted === 'part' ? c.target : at.target;
      // "the following heading and sections": the cross-heading is the quote's first line, not a section's.
      const text = g.inserted === 'heading and sections' ? withoutFirstLine(c.q(g.text!)) : c.q(g.text!);
      return [found({ kind: 'insert-unit', unit: inserted, position, anchor: unit === inserted ? at.label : sectionNumber(g.label!), text }, where)];
    },
  },
  {
    group: 'unit',
    ms: new RegExp(String.raw`memotong ${UNIT_WORD} ${LABEL}`),
    en: new RegExp(String.raw`deleting ${UNIT_WORD} ${LABEL}`),
    make: (g, c) => {
      const unit = UNIT[g.unit!]!;
      const at = anchorAt(c.target, unit, g.label!);
      return [found({ kind: 'delete-unit', unit, label: at.label }, at.target)];
    },
  },
  {
    // Renumbering a section as its subsection (1).
    ms: /menomborkan semula seksyen (?:itu|yang sedia ada) sebagai subseksyen (?<as>\(1\))/,
    en: /renumbering (?:that|the existing) section as subsection (?<as>\(1\))/,
    make: (g, c) => [found({ kind: 'renumber', as: g.as! }, c.target)],
  },
  {
    // Closing punctuation: "menggantikan noktah di hujung perenggan (n) dengan perkataan ⟦k⟧".
    group: 'end',
    ms: /menggantikan (?<mark>noktah|koma) di hujung perenggan(?: (?<label>\([0-9a-z]+\))| itu) dengan perkataan ⟦(?<by>\d+)⟧/,
    en: /substituting for the (?<mark>full stop|comma) at the end of (?:paragraph (?<label>\([0-9a-z]+\))|the paragraph) the words? ⟦(?<by>\d+)⟧/,
    make: (g, c) => [found({ kind: 'substitute-end', find: PUNCT[g.mark!]!, by: c.qt(g.by!) }, withLabel(c.target, g.label))],
  },
  {
    // "substituting for the comma at the end of paragraph (g) a semi colon" (Penal Code Bills).
    group: 'end',
    ms: /menggantikan (?<mark>noktah|koma) di hujung perenggan(?: (?<label>\([0-9a-z]+\))| itu) dengan (?<by>koma bernoktah)/,
    en: /substituting for the (?<mark>full stop|comma) at the end of (?:paragraph (?<label>\([0-9a-z]+\))|the paragraph) a (?<by>semi ?-?colon)/,
    make: (g, c) => [found({ kind: 'substitute-end', find: PUNCT[g.mark!]!, by: ';' }, withLabel(c.target, g.label))],
  },
  {
    ms: /menggantikan perkataan ⟦(?<find>\d+)⟧(?:, di mana-mana jua terdapat,)? dengan perkataan ⟦(?<by>\d+)⟧/,
    en: /substituting for the words? ⟦(?<find>\d+)⟧ the words? ⟦(?<by>\d+)⟧/,
    make: (g, c) => [found(c.words(c.qt(g.find!), c.qt(g.by!)), c.target)],
  },
  {
    repeat: true,
    ms: /memasukkan selepas perkataan ⟦(?<after>\d+)⟧(?:,? di mana-mana jua terdapat(?: kecuali dalam (?:perenggan|subseksyen) \S+?)?,?)? perkataan ⟦(?<words>\d+)⟧/g,
    en: /inserting after the words? ⟦(?<after>\d+)⟧(?:,? wherever (?:it )?appears?,?)? the words? ⟦(?<words>\d+)⟧/g,
    make: (g, c) => [
      found({ kind: 'insert-words', after: c.qt(g.after!), words: c.qt(g.words!), everywhere: c.everywhere, ...(c.except ? { except: c.except } : {}) }, c.target),
    ],
  },
  {
    // "memotong perkataan ⟦a⟧ [yang terdapat] di hujung perenggan (m)" / "deleting the word ⟦a⟧ appearing at the end of paragraph (j)"
    group: 'delete',
    ms: /memotong perkataan ⟦(?<find>\d+)⟧ (?:yang terdapat )?di hujung (?:perenggan|the paragraph)(?: (?<label>\([0-9a-z]+\))| itu)?/,
    en: /deleting the words? ⟦(?<find>\d+)⟧ (?:appearing )?at the end of (?:paragraph|the paragraph)(?: (?<label>\([0-9a-z]+\))| itu)?/,
    make: (g, c) => [found({ kind: 'delete-words', find: c.qt(g.find!), atEnd: true }, withLabel(c.target, g.label))],
  },
  {
    group: 'delete',
    ms: /memotong perkataan ⟦(?<find>\d+)⟧(?<more>(?: dan perkataan ⟦\d+⟧)*)/,
    en: /deleting the words? ⟦(?<find>\d+)⟧(?<more>(?: and the words? ⟦\d+⟧)*)/,
    make: (g, c) =>
      [g.find!, ...[...(g.more ?? '').matchAll(/⟦(\d+)⟧/g)].map((m) => m[1]!)].map((k) => found({ kind: 'delete-words', find: c.qt(k), atEnd: false }, c.target)),
  },
];

function operations(all: string, q: (k: string) => Quote, qt: (k: string) => string, target: Target): Found[] {
  const everywhere = /di mana-mana jua terdapat|wherever (?:it )?appear/.test(all);
  const exceptM = /kecuali dalam (?:perenggan|subseksyen) ((?:\d+)?(?:\([0-9a-z]+\))+)/.exec(all);
  const except = exceptM ? [exceptM[1]!] : undefined;
  const words = (find: string, by: string): Operation => ({ kind: 'substitute-words', find, by, everywhere, ...(except ? { except } : {}) });
  const c: RuleContext = { q, qt, target, words, everywhere, ...(except ? { except } : {}) };
  const out: Found[] = [];
  const matched = new Set<string>();
  for (const rule of RULES) {
    if (rule.group && matched.has(rule.group)) continue;
    const hits = rule.repeat ? [...all.matchAll(rule.ms), ...all.matchAll(rule.en)] : [rule.ms.exec(all) ?? rule.en.exec(all)].filter((m) => m !== null);
    if (!hits.length) continue;
    if (rule.group) matched.add(rule.group);
    const made = hits.flatMap((m) => rule.make(m.groups ?? {}, c));
    if (rule.whole) return [...out, ...made];
    out.push(...made);
  }
  return out;
}
