/**
 * Furniture removal for the AGC's official reprints as extracted by `pdftotext -layout`.
 *
 * Pure and line-preserving, like the Bill cleaner: one cleaned line per source line, furniture
 * blanked, so every provision's `source.lines` are the lines of the text file. Page furniture is
 * found from the layout, not listed per Act: a page starts at a form feed, whose line is the
 * running header (`10   Laws of Malaysia   ACT 670`, `Penal Code   191`); a short-title header
 * set on two lines continues on the next line when that line's text occurs only there, on
 * several pages. Printer's slugs (`WJW22/0178 BI.indd 11 … 3:33 PM`) and footnotes
 * (`*NOTE—…` to the foot of the page) are blanked too; footnotes are kept as notes, and their
 * `*`/`**` markers are taken out of the law text. Indentation is kept per line, relative to the
 * page's margin (odd and even pages are set with different margins), because the layout is
 * what tells a list's closing words from its last item.
 */

/** A footnote of the reprint: `*NOTE—…` / `**CATATAN—…`, from its first line to the foot of its page. */
export interface ReprintNote {
  /** 0-based line indexes, first and last (inclusive). */
  first: number;
  last: number;
  page: number;
  /** 1 for `*NOTE`, 2 for `**NOTE`: which marker in the text it explains. */
  stars: number;
  /** The note's words, lines joined, without its stars. */
  text: string;
}

export interface ReprintRegions {
  /** The Arrangement of Sections, title line excluded: [start, end) 0-based. */
  arrangement: [number, number];
  /** The Act: from its title page to the List of Amendments' title page. */
  body: [number, number];
}

export interface CleanedReprint {
  /** One entry per source line: trimmed, furniture and note markers removed. */
  lines: string[];
  /** Column of each line's first character relative to its page's margin (0 for blank lines). */
  indent: number[];
  /** PDF page (1-based) of each line. */
  page: number[];
  /** Star markers (`*`, `**`) each line carried: the notes that explain its words. */
  stars: number[][];
  notes: ReprintNote[];
  regions: ReprintRegions;
}

const FORM_FEED = '\f';
/** A printer's slug at the foot of a page: `WJW22/0178 BI.indd 11   04/08/2023 3:33 PM`. */
const PRINT_SLUG = /\.indd\s+\d+/;
const NOTE_START = /^(\*{0,3})\s*(?:NOTE|CATATAN)\s*[—–−-]/;
const LONE_STARS = /^\*{1,3}$/;
/** A note marker before a word: `**Anti-Trafficking`, `*dua puluh`, `the * Internal Security Act`. */
const STAR_MARKER = /(^|[\s(“"‘'[—–-])(\*{1,3})\s?(?=\S)/g;

export const REPRINT_MARKERS = {
  arrangement: /^(?:ARRANGEMENT OF SECTIONS|SUSUNAN SEKSYEN)$/,
  title: /^(?:LAWS OF MALAYSIA|UNDANG-UNDANG MALAYSIA)$/,
  amendments: /^(?:LIST OF AMENDMENTS|SENARAI PINDAAN)$/,
} as const;

/** Leading blanks. pdftotext puts a tab where a line starts a column or so off: one column. */
const columnOf = (line: string): number => /^[ \t]*/.exec(line)![0].length;

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** "4 a . ( 1 ) T h e": pdftotext's letter-spacing inside an enumerator, not wording. */
const SPACED_LABEL = /^((?:\d+ ?[A-Za-z]{0,3} ?\. )?)\( (\d+[A-Za-z]?|[a-z]{1,4}) \)/;

/** Take a line's note markers out of its words; return the words and the markers. */
export function stripStars(line: string): { text: string; stars: number[] } {
  const stars: number[] = [];
  const text = line.replace(STAR_MARKER, (_, before: string, marks: string) => {
    stars.push(marks.length);
    return before;
  });
  return { text: collapse(text), stars };
}

function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = 0;
  let n = -1;
  for (const [v, c] of [...counts].sort((a, b) => a[0] - b[0])) if (c > n) [best, n] = [v, c];
  return best;
}

function findLine(lines: readonly string[], re: RegExp, from: number, to = lines.length): number {
  for (let i = from; i < to; i++) if (re.test(lines[i]!)) return i;
  return -1;
}

/**
 * The left margin of each page. Odd and even pages are set with two margins (the commonest
 * smallest column of each parity). A page showing text at its margin (a line that is not an
 * enumerator) takes it, and a page with lines left of it takes the other margin (or its own
 * smallest column). A page holding only indented lists shows no margin, and may be set like the
 * other parity: it takes the margin under which more of its enumerators stand in the columns
 * where the pages that show their margin set theirs.
 */
function pageMargins(columns: readonly number[], page: readonly number[], texts: readonly string[]): Map<number, number> {
  const byPage = new Map<number, { c: number; label: boolean }[]>();
  columns.forEach((c, i) => {
    if (c < 0) return;
    const label = /^\([0-9A-Za-z]{1,5}\)\s/.test(texts[i]!);
    byPage.set(page[i]!, [...(byPage.get(page[i]!) ?? []), { c, label }]);
  });
  const min = (cs: { c: number }[]) => Math.min(...cs.map((x) => x.c));
  const candidates = [0, 1].map((parity) => mode([...byPage].filter(([pg]) => pg % 2 === parity).map(([, cs]) => min(cs))));
  const near = (a: number, b: number) => Math.abs(a - b) <= 1;
  const shows = (cs: { c: number; label: boolean }[], m: number) => cs.some((x) => !x.label && near(x.c, m));
  const counts = new Map<number, number>();
  for (const [pg, cs] of byPage) {
    const m = candidates[pg % 2]!;
    if (min(cs) < m - 1 || !shows(cs, m)) continue;
    for (const x of cs) if (x.label) counts.set(x.c - m, (counts.get(x.c - m) ?? 0) + 1);
  }
  const usual = [...counts].filter(([, n]) => n >= 5).map(([c]) => c);
  const fits = (cs: { c: number; label: boolean }[], m: number) =>
    cs.filter((x) => x.label && x.c >= m && usual.some((u) => near(x.c - m, u))).length;
  const out = new Map<number, number>();
  for (const [pg, cs] of byPage) {
    const own = candidates[pg % 2]!;
    const other = candidates[1 - (pg % 2)]!;
    let m = own;
    if (min(cs) < own - 1) m = near(min(cs), other) ? other : min(cs);
    else if (!shows(cs, own) && min(cs) >= other && fits(cs, other) > fits(cs, own)) m = other;
    out.set(pg, m);
  }
  for (const pg of page) if (!out.has(pg)) out.set(pg, 0);
  return out;
}

export function cleanReprint(text: string): CleanedReprint {
  const raw = text.split('\n');
  const page: number[] = [];
  let p = 1;
  for (const line of raw) {
    p += [...line].filter((c) => c === FORM_FEED).length;
    page.push(p);
  }
  const opensPage = (i: number) => raw[i]!.includes(FORM_FEED);
  const bare = raw.map((l) => collapse(l.replace(/\f/g, '')));

  // A second header line: the line after a page's header whose text is found nowhere else.
  const afterHeader = new Map<string, number>();
  const anywhere = new Map<string, number>();
  bare.forEach((t, i) => {
    if (!t) return;
    anywhere.set(t, (anywhere.get(t) ?? 0) + 1);
    if (i > 0 && opensPage(i - 1) && bare[i - 1]) afterHeader.set(t, (afterHeader.get(t) ?? 0) + 1);
  });
  const headerTail = (t: string) => (afterHeader.get(t) ?? 0) >= 2 && afterHeader.get(t) === anywhere.get(t);

  const furniture = raw.map(
    (line, i) =>
      opensPage(i) ||
      PRINT_SLUG.test(line) ||
      (i > 0 && opensPage(i - 1) && !!bare[i - 1] && headerTail(bare[i]!)),
  );

  // Footnotes: from `*NOTE—` (or a lone `*` above `NOTE—`) to the foot of the page.
  const notes: ReprintNote[] = [];
  const inNote = new Array<boolean>(raw.length).fill(false);
  for (let i = 0; i < raw.length; i++) {
    if (furniture[i]) continue;
    const t = bare[i]!;
    let stars = 0;
    let start = -1;
    /** The line whose words open the note. */
    let opening = i;
    const m = NOTE_START.exec(t);
    if (m) {
      stars = m[1]!.length;
      start = i;
    } else if (LONE_STARS.test(t)) {
      let j = i + 1;
      while (j < raw.length && !bare[j] && !opensPage(j)) j++;
      if (j < raw.length && !opensPage(j) && /^(?:NOTE|CATATAN)\s*[—–−-]/.test(bare[j]!)) {
        stars = t.length;
        start = i;
        opening = j;
      }
    }
    if (start < 0) continue;
    let end = opening + 1;
    while (end < raw.length && !opensPage(end) && !NOTE_START.test(bare[end]!)) end++;
    let last = end - 1;
    while (last > start && (!bare[last] || furniture[last])) last--;
    for (let k = start; k <= last; k++) inNote[k] = true;
    const words = bare
      .slice(start, last + 1)
      .filter((_, k) => !furniture[start + k])
      .join(' ')
      .replace(/^\*{1,3}\s*/, '');
    notes.push({ first: start, last, page: page[start]!, stars: Math.max(stars, 1), text: collapse(words) });
    i = last;
  }

  const lines: string[] = [];
  const stars: number[][] = [];
  const columns: number[] = [];
  raw.forEach((line, i) => {
    if (furniture[i] || inNote[i] || !bare[i]) {
      lines.push('');
      stars.push([]);
      columns.push(-1);
      return;
    }
    const s = stripStars(bare[i]!);
    lines.push(s.text.replace(SPACED_LABEL, '$1($2)'));
    stars.push(s.stars);
    columns.push(columnOf(line));
  });

  const margin = pageMargins(columns, page, lines);
  const indent = columns.map((c, i) => (c < 0 ? 0 : Math.max(0, c - margin.get(page[i]!)!)));

  const arr = findLine(lines, REPRINT_MARKERS.arrangement, 0);
  if (arr < 0) throw new Error('no "ARRANGEMENT OF SECTIONS" / "SUSUNAN SEKSYEN" found');
  const title = findLine(lines, REPRINT_MARKERS.title, arr + 1);
  if (title < 0) throw new Error('no "LAWS OF MALAYSIA" / "UNDANG-UNDANG MALAYSIA" title after the arrangement');
  const list = findLine(lines, REPRINT_MARKERS.amendments, title + 1);
  let end = list < 0 ? lines.length : list;
  if (list >= 0) {
    for (let i = list - 1; i > title; i--) {
      if (REPRINT_MARKERS.title.test(lines[i]!)) {
        end = i;
        break;
      }
    }
  }
  return { lines, indent, page, stars, notes, regions: { arrangement: [arr + 1, title], body: [title, end] } };
}
