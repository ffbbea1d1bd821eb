/**
 * An amending Bill's enacting text, split into clauses, with quoted passages masked so the
 * instruction grammar never trips over the words it quotes.
 *
 * Pure: takes the cleaned lines of a Bill (page furniture removed, source line numbers kept).
 */

/** One cleaned line of a source file; `n` is its 1-based line number in the file. */
export interface SourceLine {
  n: number;
  text: string;
}

/** A passage the Bill quotes: words to find, or new text to put in. Verbatim, cleaned. */
export interface Quote {
  /** The quoted words, lines joined with "\n", outer quote marks removed. */
  text: string;
  /** The passage line by line (for the block parser), with source line numbers. */
  lines: SourceLine[];
  /** The quote marks as printed, so the instruction's words can be restored verbatim. */
  marks: [string, string];
}

export interface Clause {
  /** Clause number as printed, e.g. "4". */
  number: string;
  /** The clause's marginal note, e.g. "Pindaan seksyen 2", "New Part Ia". */
  note: string;
  /** Clause text with each top-level quote replaced by ⟦k⟧ (k indexes `quotes`). */
  masked: SourceLine[];
  quotes: Quote[];
  lines: [number, number];
}

const OPEN = new Set(['“', '‘']);
/**
 * The older Bills (Penal Code 2001, 2007) print straight quotes, which open and close alike: one
 * opens where it follows a space, a line start or emphasis and precedes a word; any other closes.
 */
const STRAIGHT = '"';
const opensStraight = (text: string, i: number): boolean => /^[\s*_([—]?$/.test(text[i - 1] ?? '') && /[^\s.,;:)"]/.test(text[i + 1] ?? ' ');
const MARK = (k: number): string => `⟦${k}⟧`;
export const MARK_PATTERN = /⟦(\d+)⟧/g;

/**
 * Finds top-level quoted passages across lines. A closing ” ends whatever quote is open (the
 * Bills sometimes open with ‘ and close with ”); a ’ closes only a ‘, otherwise it is an
 * apostrophe ("Women’s").
 */
export function maskQuotes(lines: SourceLine[]): { masked: SourceLine[]; quotes: Quote[] } {
  const quotes: Quote[] = [];
  const masked: SourceLine[] = [];
  const stack: string[] = [];
  let current: SourceLine[] = [];
  let partial = '';
  let out = '';
  let opener = '';
  for (const line of lines) {
    out = '';
    partial = '';
    for (let i = 0; i < line.text.length; i++) {
      const ch = line.text[i]!;
      const depth = stack.length;
      if (OPEN.has(ch) || (ch === STRAIGHT && opensStraight(line.text, i))) {
        stack.push(ch);
        if (depth === 0) {
          opener = ch;
          continue;
        }
      } else if (ch === '”' || ch === STRAIGHT || (ch === '’' && stack.at(-1) === '‘')) {
        if (depth > 0) stack.pop();
        if (depth === 1) {
          current.push({ n: line.n, text: partial });
          quotes.push(finishQuote(current, [opener, ch]));
          out += MARK(quotes.length - 1);
          current = [];
          partial = '';
          continue;
        }
      }
      if (stack.length > 0) partial += ch;
      else out += ch;
    }
    if (stack.length > 0) current.push({ n: line.n, text: partial });
    masked.push({ n: line.n, text: out });
  }
  if (stack.length > 0) throw new Error(`unclosed quote starting near line ${current[0]?.n}`);
  return { masked, quotes };
}

function finishQuote(lines: SourceLine[], marks: [string, string]): Quote {
  // Blank lines stay in `lines`: they separate a section's heading from the text above it.
  const all = lines.map((l) => ({ n: l.n, text: l.text.trim() }));
  while (all[0]?.text === '') all.shift();
  while (all.at(-1)?.text === '') all.pop();
  return { text: all.filter((l) => l.text !== '').map((l) => l.text).join('\n'), lines: all, marks };
}

const END_OF_ENACTMENT = /^(HURAIAN|EXPLANATORY STATEMENT)$/;
const CLAUSE_START = /^(\d+)\.\s/;
/** Sections an amending Bill puts into an amending Act are numbered as that Act's: "7.", "11A.". */
const QUOTED_CLAUSE_START = /^(\d+[A-Z]?)\.\s/;

/**
 * Splits the enacting part of a Bill into clauses: a clause starts at "N. " (N the next clause
 * number, outside any quote) and runs to the next; the line before it is its marginal note.
 * Stops at the Explanatory Statement, which is not law.
 */
export function splitClauses(lines: SourceLine[], numbering: 'from-one' | 'as-printed' = 'from-one'): Clause[] {
  const { masked, quotes } = maskQuotes(lines);
  const start = numbering === 'from-one' ? CLAUSE_START : QUOTED_CLAUSE_START;
  const starts: { number: string; note: string; noteAt: number; at: number }[] = [];
  let stop = masked.length;
  for (let i = 0; i < masked.length; i++) {
    const text = masked[i]!.text.trim();
    if (END_OF_ENACTMENT.test(text)) {
      stop = i;
      break;
    }
    const m = start.exec(text);
    if (m && (numbering === 'as-printed' || Number(m[1]) === starts.length + 1)) {
      const noteAt = previousNonBlank(masked, i);
      starts.push({ number: m[1]!, note: masked[noteAt]?.text.trim() ?? '', noteAt, at: i });
    }
  }
  return starts.map((c, k) => {
    const end = starts[k + 1]?.noteAt ?? stop;
    const body = masked.slice(c.at, end).filter((l) => l.text.trim() !== '');
    // Quotes are numbered per clause, in order of appearance.
    const local: Quote[] = [];
    const relabelled = body.map((l) => ({
      n: l.n,
      text: l.text.replace(MARK_PATTERN, (_, q: string) => {
        local.push(quotes[Number(q)]!);
        return MARK(local.length - 1);
      }),
    }));
    const last = Math.max(...body.map((l) => l.n), ...local.flatMap((q) => q.lines.map((l) => l.n)));
    return { number: c.number, note: c.note, masked: relabelled, quotes: local, lines: [body[0]!.n, last] };
  });
}

function previousNonBlank(lines: SourceLine[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (lines[j]!.text.trim() !== '') return j;
  return -1;
}
