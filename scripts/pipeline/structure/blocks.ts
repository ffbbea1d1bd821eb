/**
 * Structure of a provision's text: subsections, paragraphs, subparagraphs, provisos,
 * Explanations, Illustrations and definitions, from cleaned lines. Pure.
 *
 * The converter's blank lines fall anywhere (even mid-sentence), and its indentation is gone, so
 * structure comes from enumerators alone: a label opens a unit only if it continues an open list
 * ("(b)" after "(a)") or starts a new one ("(a)", "(1)", "(i)"); anything else — "(2)(n) shall"
 * after "paragraph" — is running text.
 */
import type { Block, BlockKind } from '../../../src/schema/provision.js';
import { joinLines } from './whitespace.js';
import { DEFINITION, FIRST, follows, kindForLabel, kindForText, labelTypes, type LabelType } from './labels.js';

/** A cleaned source line and its 1-based line number in the source file. */
export interface SourceLine {
  n: number;
  text: string;
}

/** A block with the source lines it came from (first and last, 1-based). */
export interface LinedBlock {
  kind: BlockKind;
  label?: string;
  text: string;
  children: LinedBlock[];
  lines: [number, number];
}

interface Node {
  kind: BlockKind | 'root';
  label?: string;
  type?: LabelType;
  parts: string[];
  children: Node[];
  first: number;
  last: number;
}

export interface BlockOptions {
  /** Accept "1." items as enumerators (schedules). */
  items?: boolean;
}

const LABEL = /^(\((?:\d+[A-Z]?|[a-z]{1,5}|[A-Z])\))(?:\s+(.*))?$/;
const ITEM = /^(\d+\.)(?:\s+(.*))?$/;
/** A line ending with one of these words continues into a reference, not a new unit. */
const REFERENCE_WORD =
  /\b(?:paragraphs?|subparagraphs?|subsections?|sections?|perenggan|subperenggan|subseksyen|seksyen|Schedule|Jadual)$/i;
/** Text that introduces a list: a following "(i)" opens a sublist rather than continuing (h). */
const INTRODUCER = /(?:—|–|:|-|\bfollowing|\bberikut)$/;
/** A list item ending like this is followed by the list's last item. */
const BEFORE_LAST = /(?:;|,)\s*(?:or|and|atau|dan)$/;
/**
 * Closing words apply to every item of the list, so they open with the main verb ("commits an
 * offence", "may be dealt with"); a line opening otherwise ("to be appointed …") continues the
 * last item.
 */
const CLOSING_START =
  /^(?:commits|may|shall|is|are|has|have|does|do|he|it|melakukan|boleh|bolehlah|hendaklah|adalah|ialah|dia|ia)\b/;

const textOf = (n: Node) => joinLines(n.parts);

function makeNode(kind: BlockKind, line: SourceLine, text: string, label?: string, type?: LabelType): Node {
  return {
    kind,
    ...(label ? { label } : {}),
    ...(type ? { type } : {}),
    parts: text ? [text] : [],
    children: [],
    first: line.n,
    last: line.n,
  };
}

/**
 * The kind of an unlabelled line. A term printed without quotes (`pemunya —`) looks like the
 * last words of a wrapped sentence ("… segala / kuasa penguatkuasaan —"), so it opens a
 * definition only inside a list of definitions, after an entry's closing semicolon.
 */
function lineKind(text: string, previous: string, inDefinitions: boolean): BlockKind {
  const kind = kindForText(text);
  if (kind === 'definition' && !DEFINITION.test(text) && !(inDefinitions && previous.endsWith(';'))) return 'text';
  return kind;
}

/** Parse cleaned lines (blank lines ignored) into blocks that keep their source lines. */
export function parseLinedBlocks(lines: readonly SourceLine[], options: BlockOptions = {}): LinedBlock[] {
  const root: Node = { kind: 'root', parts: [], children: [], first: 0, last: 0 };
  const stack: Node[] = [root];
  let cursor: Node = root;
  let previous = '';

  const top = () => stack[stack.length - 1]!;
  const add = (parent: Node, node: Node, container: boolean) => {
    parent.children.push(node);
    if (container) stack.push(node);
    cursor = node;
  };
  const popTo = (node: Node) => {
    while (top() !== node) stack.pop();
  };

  /** Where a label goes: as the next sibling of an open unit, or as the first of a new list. */
  const placeLabel = (label: string, line: SourceLine, rest: string): boolean => {
    if (REFERENCE_WORD.test(previous)) return false;
    let sibling: { node: Node; type: LabelType } | undefined;
    let child: LabelType | undefined;
    for (const type of labelTypes(label)) {
      for (let i = stack.length - 1; i > 0 && !sibling; i--) {
        const n = stack[i]!;
        if (n.type === type && n.label && follows(type, n.label, label)) sibling = { node: n, type };
      }
      if (!child && FIRST[type] === label) child = type;
    }
    const intro = INTRODUCER.test(textOf(cursor));
    if (sibling && (!child || !intro)) {
      const parent = stack[stack.indexOf(sibling.node) - 1]!;
      popTo(parent);
      const kind = kindForLabel(sibling.type, parent.kind === 'root' ? undefined : parent.kind);
      add(parent, makeNode(kind, line, rest, label, sibling.type), true);
      return true;
    }
    if (child) {
      const parent = top();
      const kind = kindForLabel(child, parent.kind === 'root' ? undefined : parent.kind);
      add(parent, makeNode(kind, line, rest, label, child), true);
      return true;
    }
    return false;
  };

  /** Closing words after a list's last item belong to the list's parent. */
  const closesList = (text: string): boolean => {
    const item = top();
    if (item === root || !item.label || cursor !== item || !CLOSING_START.test(text)) return false;
    const parent = stack[stack.length - 2]!;
    const idx = parent.children.indexOf(item);
    const before = parent.children[idx - 1];
    return !!before && BEFORE_LAST.test(textOf(before)) && /[,;.:—]$/.test(textOf(item));
  };

  for (const line of lines) {
    const text = line.text.trim();
    if (!text) continue;
    const m = LABEL.exec(text) ?? (options.items ? ITEM.exec(text) : null);
    const placed = m ? placeLabel(m[1]!, line, m[2] ?? '') : false;
    if (!placed) {
      const kind = lineKind(text, previous, stack.some((n) => n.kind === 'definition'));
      if (kind === 'definition') {
        const open = [...stack].reverse().find((n) => n.kind === 'definition');
        const parent = open ? stack[stack.indexOf(open) - 1]! : top();
        popTo(parent);
        add(parent, makeNode('definition', line, text), true);
      } else if (kind !== 'text') {
        const parent =
          [...stack].reverse().find((n) => n.kind === 'subsection' || n.kind === 'definition') ?? root;
        popTo(parent);
        add(parent, makeNode(kind, line, text), true);
      } else if (closesList(text)) {
        stack.pop();
        add(top(), makeNode('text', line, text), false);
      } else if (cursor === root) {
        add(root, makeNode('text', line, text), false);
      } else {
        cursor.parts.push(text);
      }
    }
    cursor.last = line.n;
    previous = text;
  }
  // A container's last line is its last descendant's.
  const finish = (n: Node): LinedBlock => {
    const children = n.children.map(finish);
    const last = Math.max(n.last, ...children.map((c) => c.lines[1]));
    return {
      kind: n.kind as BlockKind,
      ...(n.label ? { label: n.label } : {}),
      text: textOf(n),
      children,
      lines: [n.first, last],
    };
  };
  return root.children.map(finish);
}

/** Drop line numbers: the blocks as the corpus holds them. */
export function stripLines(blocks: readonly LinedBlock[]): Block[] {
  return blocks.map((b) => ({
    kind: b.kind,
    ...(b.label ? { label: b.label } : {}),
    text: b.text,
    children: stripLines(b.children),
  }));
}

/** Parse plain lines (e.g. a section quoted in an amending Bill) into blocks. */
export function parseBlocks(lines: readonly string[], options: BlockOptions = {}): Block[] {
  return stripLines(parseLinedBlocks(lines.map((text, i) => ({ n: i + 1, text })), options));
}
