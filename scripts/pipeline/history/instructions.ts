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
  /** The words with each long quoted passage (new text) left out, for front matter. */
  summary: string;
  lines: [number, number];
  target: Target;
  op: Operation;
}

export interface BillRef {
  bill: string;
  year: number;
  lang: Lang;
}

/** Parses a cleaned amending Bill into its instructions, clause by clause. */
export function parseInstructions(lines: SourceLine[], ref: BillRef): Instruction[] {
  const out: Instruction[] = [];
  for (const clause of splitClauses(lines)) {
    for (const item of leaves(clause)) {
      for (const parsed of parseLeaf(clause, item)) {
        out.push({ ...ref, ...parsed, index: out.length });
      }
    }
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
const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];
const next = (label: string): string[] => {
  const letter = String.fromCharCode(label.charCodeAt(0) + 1);
  const roman = ROMANS[ROMANS.indexOf(label) + 1];
  return label.length === 1 ? [letter, ...(roman ? [roman] : [])] : roman ? [roman] : [];
};

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
          if (next(path[depth]!.label.slice(1, -1)).includes(label)) {
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

/** Like restore, but leaves out long passages (new sections, definitions) by line reference. */
function summarise(masked: string, quotes: Quote[]): string {
  return masked.replace(MARK_PATTERN, (_, k: string) => {
    const q = quotes[Number(k)]!;
    if (q.text.length <= 200) return q.marks[0] + q.text + q.marks[1];
    return `${q.marks[0]}[text at lines ${q.lines[0]!.n}–${q.lines.at(-1)!.n}]${q.marks[1]}`;
  });
}

type Parsed = Omit<Instruction, keyof BillRef | 'index'>;

function parseLeaf(clause: Clause, leaf: Leaf): Parsed[] {
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
    summary: normalizeSpace(summarise(masked, clause.quotes)),
    lines: [Math.min(...lineNos, clause.lines[0]), Math.max(...lineNos)] as [number, number],
  };
  const target = locate(all, q);
  const ops = operations(all, q, qt, target);
  if (ops.length === 0) {
    const none = noTextChange(clause.note);
    if (none) return [{ ...base, target, op: { kind: 'none', reason: none } }];
    throw new Error(`clause ${base.clause}: no instruction recognised in: ${base.words}`);
  }
  return ops.map(({ op, target: t }) => ({ ...base, target: t, op }));
}

/** Clauses whose marginal note says they change no words of the Act. */
function noTextChange(note: string): string | undefined {
  if (/^(Short title and commencement|Tajuk ringkas dan permulaan kuat kuasa)$/i.test(note))
    return 'short title and commencement of the amending Act';
  if (/^(Savings?|Kecualian)$/i.test(note)) return 'saving provision of the amending Act';
  return undefined;
}

const SECTION_NO = String.raw`(\d+[A-Za-z]?)`;
const PATH = String.raw`((?:\([0-9a-z]+\))*)`;
const splitPath = (p: string | undefined): string[] => (p ? (p.match(/\([0-9a-z]+\)/g) ?? []) : []);
/** Section numbers print as "15a" in the Bills (small capitals lost); the Act prints "15A". */
export const sectionNumber = (s: string): string => s.replace(/[a-z]$/, (c) => c.toUpperCase());

/** Where the instruction acts, from the preamble and the "in ..." / "dalam ..." locators. */
function locate(all: string, q: (k: string) => Quote): Target {
  const t: Target = { paths: [[]] };
  const sec =
    new RegExp(String.raw`\b(?:Sub)?[Ss]ek?s?yen ${SECTION_NO}${PATH} Akta [Ii]bu dipinda`).exec(all) ??
    new RegExp(String.raw`\b(?:Sub)?[Ss]ection ${SECTION_NO}${PATH} of the principal Act is amended`).exec(all) ??
    new RegExp(String.raw`(?:dipinda dalam seksyen|is amended in section) ${SECTION_NO}\b`).exec(all);
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
};
const UNIT_WORD = '(seksyen|section|subseksyen|subsection|perenggan|paragraph|Bahagian|Part)';
const UNIT_PLURAL = '(seksyen|sections?|subseksyen|subsections?|perenggan|paragraphs?|Bahagian|Part)';
/** A unit's label as the Bill names it: "(c)", "(1a)", "54(1)(b)", "15", "III". */
const LABEL = String.raw`(\d+[a-z]?(?:\([0-9a-z]+\))*|\([0-9a-z]+\)|[IVX]+[a-z]?)`;
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

function operations(all: string, q: (k: string) => Quote, qt: (k: string) => string, target: Target): Found[] {
  const found: Found[] = [];
  const add = (op: Operation, t: Target = target): void => void found.push({ op, target: t });
  const everywhere = /di mana-mana jua terdapat|wherever (?:it )?appear/.test(all);
  const exceptM = /kecuali dalam (?:perenggan|subseksyen) ((?:\d+)?(?:\([0-9a-z]+\))+)/.exec(all);
  const except = exceptM ? [exceptM[1]!] : undefined;
  const words = (find: string, by: string): Operation => ({ kind: 'substitute-words', find, by, everywhere, ...(except ? { except } : {}) });
  let m: RegExpExecArray | null;

  // Long title: "menggantikan tajuk panjang dengan tajuk panjang yang berikut: ⟦k⟧"
  if ((m = /menggantikan tajuk panjang dengan tajuk panjang yang berikut: ⟦(\d+)⟧|substituting for the long title the following long title: ⟦(\d+)⟧/.exec(all)))
    add({ kind: 'substitute-unit', unit: 'long-title', label: '', text: q(m[1] ?? m[2]!) });
  // Shoulder note: "menggantikan nota bahu ⟦a⟧ dengan nota bahu ⟦b⟧"
  if ((m = /menggantikan nota bahu ⟦(\d+)⟧ dengan nota bahu ⟦(\d+)⟧|substituting for the shoulder note ⟦(\d+)⟧ the shoulder note ⟦(\d+)⟧/.exec(all)))
    add({ kind: 'substitute-unit', unit: 'shoulder-note', label: qt(m[1] ?? m[3]!), text: q(m[2] ?? m[4]!) });
  // Full stop at the end of a definition, then a definition inserted after it (one clause, two acts).
  if ((m = /menggantikan noktah di hujung takrif ⟦(\d+)⟧ dengan koma bernoktah dan memasukkan selepas takrif itu takrif yang berikut: ⟦(\d+)⟧|substituting for the full stop at the end of the definition of ⟦(\d+)⟧ a semi-colon and inserting after that definition the following definition: ⟦(\d+)⟧/.exec(all))) {
    const term = qt(m[1] ?? m[3]!);
    add({ kind: 'substitute-end', find: '.', by: ';' }, { ...target, definition: term });
    add({ kind: 'insert-unit', unit: 'definition', position: 'after', anchor: term, text: q(m[2] ?? m[4]!) });
    return found;
  }
  // Definitions.
  if ((m = /menggantikan takrif ⟦(\d+)⟧ dengan takrif yang berikut: ⟦(\d+)⟧|substituting for the definition of ⟦(\d+)⟧ the following definition: ⟦(\d+)⟧/.exec(all)))
    add({ kind: 'substitute-unit', unit: 'definition', label: term(qt(m[1] ?? m[3]!)), text: q(m[2] ?? m[4]!) });
  else if ((m = /memasukkan selepas takrif ⟦(\d+)⟧ takrif yang berikut: ⟦(\d+)⟧|inserting after the definition of ⟦(\d+)⟧ the following definition: ⟦(\d+)⟧/.exec(all)))
    add({ kind: 'insert-unit', unit: 'definition', position: 'after', anchor: qt(m[1] ?? m[3]!), text: q(m[2] ?? m[4]!) });
  else if ((m = /memotong takrif ⟦(\d+)⟧|deleting the definition of ⟦(\d+)⟧/.exec(all)))
    add({ kind: 'delete-unit', unit: 'definition', label: qt(m[1] ?? m[2]!) });
  // Units: substitute / insert / delete a section, subsection, paragraph or Part.
  else if ((m = new RegExp(String.raw`menggantikan ${UNIT_WORD} ${LABEL} dengan ${UNIT_PLURAL} yang berikut: ⟦(\d+)⟧|substituting for ${UNIT_WORD} ${LABEL} the following ${UNIT_PLURAL}: ⟦(\d+)⟧`).exec(all))) {
    const unit = UNIT[m[1] ?? m[5]!]!;
    const at = anchorAt(target, unit, m[2] ?? m[6]!);
    add({ kind: 'substitute-unit', unit, label: at.label, text: q(m[4] ?? m[8]!) }, at.target);
  } else if ((m = new RegExp(String.raw`memasukkan (selepas|sebelum) ${UNIT_WORD} ${LABEL}(?: yang dinomborkan semula)?,? ${UNIT_PLURAL} yang berikut: ⟦(\d+)⟧|inserting (after|before) (?:the renumbered )?${UNIT_WORD} ${LABEL} the following ${UNIT_PLURAL}: ⟦(\d+)⟧`).exec(all))) {
    const unit = UNIT[m[2] ?? m[7]!]!;
    const inserted = UNIT[m[4] ?? m[9]!]!;
    const at = anchorAt(target, unit, m[3] ?? m[8]!);
    const position = (m[1] ?? m[6]) === 'sebelum' || m[6] === 'before' ? 'before' : 'after';
    // "memasukkan sebelum seksyen 42 seksyen yang berikut" inserts a section; anchor is a section.
    // A new section or Part is its own provision: the anchor only says where it goes.
    const where = inserted === 'section' || inserted === 'part' ? target : at.target;
    add({ kind: 'insert-unit', unit: inserted, position, anchor: unit === inserted ? at.label : sectionNumber(m[3] ?? m[8]!), text: q(m[5] ?? m[10]!) }, where);
  } else if ((m = new RegExp(String.raw`(?:memotong|deleting) ${UNIT_WORD} ${LABEL}`).exec(all))) {
    const unit = UNIT[m[1]!]!;
    const at = anchorAt(target, unit, m[2]!);
    add({ kind: 'delete-unit', unit, label: at.label }, at.target);
  }
  // Renumbering a section as its subsection (1).
  if ((m = /menomborkan semula seksyen (?:itu|yang sedia ada) sebagai subseksyen (\(1\))|renumbering (?:that|the existing) section as subsection (\(1\))/.exec(all)))
    add({ kind: 'renumber', as: m[1] ?? m[2]! });
  // Closing punctuation: "menggantikan noktah di hujung perenggan (n) dengan perkataan ⟦k⟧".
  if ((m = /menggantikan (noktah|koma) di hujung perenggan(?: (\([0-9a-z]+\))| itu) dengan perkataan ⟦(\d+)⟧|substituting for the (full stop|comma) at the end of (?:paragraph (\([0-9a-z]+\))|the paragraph) the words? ⟦(\d+)⟧/.exec(all))) {
    const label = m[2] ?? m[5];
    const t = label ? { ...target, paths: target.paths.map((p) => [...p, label]) } : target;
    add({ kind: 'substitute-end', find: PUNCT[m[1] ?? m[4]!]!, by: qt(m[3] ?? m[6]!) }, t);
  }
  // Words.
  if ((m = /menggantikan perkataan ⟦(\d+)⟧(?:, di mana-mana jua terdapat,)? dengan perkataan ⟦(\d+)⟧|substituting for the words? ⟦(\d+)⟧ the words? ⟦(\d+)⟧/.exec(all)))
    add(words(qt(m[1] ?? m[3]!), qt(m[2] ?? m[4]!)));
  for (const d of all.matchAll(/memasukkan selepas perkataan ⟦(\d+)⟧(?:,? di mana-mana jua terdapat(?: kecuali dalam (?:perenggan|subseksyen) \S+?)?,?)? perkataan ⟦(\d+)⟧|inserting after the words? ⟦(\d+)⟧(?:,? wherever (?:it )?appears?,?)? the words? ⟦(\d+)⟧/g))
    add({ kind: 'insert-words', after: qt(d[1] ?? d[3]!), words: qt(d[2] ?? d[4]!), everywhere, ...(except ? { except } : {}) });
  // "memotong perkataan ⟦a⟧ [yang terdapat] di hujung perenggan (m)" / "deleting the word ⟦a⟧ appearing at the end of paragraph (j)"
  if ((m = /(?:memotong perkataan|deleting the words?) ⟦(\d+)⟧ (?:yang terdapat |appearing )?(?:di hujung|at the end of) (?:perenggan|paragraph|the paragraph)(?: (\([0-9a-z]+\))| itu)?/.exec(all))) {
    const label = m[2];
    const t = label ? { ...target, paths: target.paths.map((p) => [...p, label]) } : target;
    add({ kind: 'delete-words', find: qt(m[1]!), atEnd: true }, t);
  } else if ((m = /(?:memotong perkataan|deleting the words?) ⟦(\d+)⟧((?: (?:dan|and) (?:perkataan|the words?) ⟦\d+⟧)*)/.exec(all))) {
    add({ kind: 'delete-words', find: qt(m[1]!), atEnd: false });
    for (const more of m[2]!.matchAll(/⟦(\d+)⟧/g)) add({ kind: 'delete-words', find: qt(more[1]!), atEnd: false });
  }
  return found;
}
