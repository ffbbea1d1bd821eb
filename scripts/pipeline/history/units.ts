/**
 * New text quoted in an amending Bill → corpus blocks and sections. Pure. The words are the
 * Bill's; only structure is read (labels, headings, section numbers).
 */
import type { Block, BlockKind, Division } from '../../../src/schema/provision.js';
import { parseLinedBlocks, stripLines } from '../structure/blocks.js';
import { joinLines } from '../structure/whitespace.js';
import type { Quote, SourceLine } from './bill.js';
import { sectionNumber, type Unit } from './instructions.js';

const UNIT_LABEL = /^\((\d+[a-z]?|[a-z]{1,2})\)\s*(.*)$/;

/** Does `next` continue a list of inserted labels after `prev`? "(la)"→"(lb)", "(1a)"→"(1b)", "(3)"→"(4)". */
function continues(prev: string, next: string): boolean {
  if (/^\d+$/.test(prev) && /^\d+$/.test(next)) return Number(next) === Number(prev) + 1;
  if (prev.length !== next.length || prev.slice(0, -1) !== next.slice(0, -1)) return false;
  return next.charCodeAt(next.length - 1) === prev.charCodeAt(prev.length - 1) + 1;
}

/**
 * Splits quoted subsections or paragraphs into units. The first line opens the first unit; a
 * later line opens another only if its label continues the list ("(lb)" after "(la)"), so the
 * "(i)" of a unit's own sub-list stays inside it. The rest of each unit is parsed by the
 * corpus block parser.
 */
export function parseUnits(quote: Quote, unit: Unit): Block[] {
  const kind: BlockKind = unit === 'subsection' ? 'subsection' : unit === 'subparagraph' ? 'subparagraph' : 'paragraph';
  const units: { label: string; lines: SourceLine[] }[] = [];
  for (const line of quote.lines) {
    const m = UNIT_LABEL.exec(line.text);
    const last = units.at(-1);
    if (m && (!last || continues(last.label, m[1]!))) units.push({ label: m[1]!, lines: [{ n: line.n, text: m[2]! }] });
    else if (last) last.lines.push(line);
    else throw new Error(`quoted ${unit} does not open with a label: "${line.text}"`);
  }
  return units.map((u) => {
    const [head, ...rest] = stripLines(parseLinedBlocks(u.lines));
    const opening = head && head.kind === 'text' ? head : undefined;
    const children = opening ? rest : [head!, ...rest].filter(Boolean);
    return { kind, label: `(${u.label})`, text: opening?.text ?? '', children };
  });
}

/** A quoted definition (‘ “term” means … ’) as the definition block the corpus holds. */
export function parseDefinition(quote: Quote): Block {
  const blocks = stripLines(parseLinedBlocks(quote.lines));
  const def = blocks[0];
  if (blocks.length !== 1 || def?.kind !== 'definition') throw new Error(`not one definition: "${quote.text.slice(0, 60)}"`);
  return def;
}

export interface QuotedSection {
  /** As the Act prints it: "15A". */
  number: string;
  heading: string;
  blocks: Block[];
  lines: [number, number];
}

/** "26a. ", "26 b. " (small capitals lost in conversion), "7. ", "372A. " (older Bills print capitals) */
const SECTION_START = /^(\d+)\s?([a-zA-Z]{0,2})\.\s+(.*)$/;
/** A line that ends a sentence; a heading may end in "etc." ("Posting of placards, etc."). */
const TERMINAL = /(?<!\betc)[.;:,—]$/;

/**
 * Quoted sections (a substituted or inserted section, or a Part's sections). A section starts at
 * "N." after a line that ends a sentence (or at the quote's start); its heading is the
 * unpunctuated lines above it, blank lines and all (headings wrap across blank lines).
 */
export function parseSections(lines: SourceLine[]): QuotedSection[] {
  const headingFrom = (i: number, floor: number): number => {
    let j = i;
    while (j - 1 >= floor && (lines[j - 1]!.text === '' || !TERMINAL.test(lines[j - 1]!.text))) j--;
    while (lines[j]?.text === '' && j < i) j++;
    return j;
  };
  // "N." opens a section after a sentence ends, or after a short capitalised heading that
  // follows a sentence's end; a wrapped line of running text starting "7. " does neither.
  const starts: number[] = [];
  lines.forEach((l, i) => {
    if (!SECTION_START.test(l.text)) return;
    const floor = starts.length ? starts.at(-1)! + 1 : 0;
    const h = headingFrom(i, floor);
    const heading = lines.slice(h, i).filter((x) => x.text);
    const afterSentence = h === floor || TERMINAL.test(lines[h - 1]?.text ?? '.') || lines[h - 1]?.text === '';
    // A heading may open with a quote mark: “Serious offence”.
    if (starts.length === 0 || heading.length === 0 || (heading.length <= 3 && /^[“"‘]?\p{Lu}/u.test(heading[0]!.text) && afterSentence))
      starts.push(i);
  });
  // The quote opens with the first section's heading, even one that ends in a point ("…, etc.").
  const heads = starts.map((s, k) => (k === 0 ? lines.findIndex((l) => l.text !== '') : headingFrom(s, starts[k - 1]! + 1)));
  return starts.map((s, k) => {
    const m = SECTION_START.exec(lines[s]!.text)!;
    const end = k + 1 < starts.length ? heads[k + 1]! : lines.length;
    const body = [{ n: lines[s]!.n, text: m[3]! }, ...lines.slice(s + 1, end)];
    const used = lines.slice(heads[k], end).filter((l) => l.text);
    return {
      number: sectionNumber(m[1]! + m[2]!),
      heading: joinLines(lines.slice(heads[k], s).map((l) => l.text)),
      blocks: stripLines(parseLinedBlocks(body)),
      lines: [used[0]!.n, used.at(-1)!.n],
    };
  });
}

/** A quoted Part: its marker ("Bahagian Iiia", "Part Ia"), its heading, then its sections. */
export function parsePart(quote: Quote): { part: Division; sections: QuotedSection[] } {
  const lines = quote.lines;
  const marker = /^(?:Bahagian|Part|BAHAGIAN|PART)\s+([IVXivx]+[a-z]?)$/.exec(lines[0]?.text ?? '');
  if (!marker) throw new Error(`quoted Part does not open with its number: "${lines[0]?.text}"`);
  let i = 1;
  const heading: string[] = [];
  for (; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (t === '') continue;
    if (t !== t.toUpperCase()) break;
    heading.push(t);
  }
  // "Iiia" is "IIIA" with its small capitals lost in conversion.
  return { part: { number: marker[1]!.toUpperCase(), heading: joinLines(heading) }, sections: parseSections(lines.slice(i)) };
}
