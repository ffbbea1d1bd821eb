/**
 * The dates a reprint states: its "List of Amendments" (amending law, short title, in force
 * from), its "List of Sections Amended" (section, amending authority, in force from), and the
 * commencement note under the long title ("[Part I, II … –1 October 2007, P.U. (B) 339/2007; …]").
 * Pure: text of a `pdftotext -layout` reprint in, records with their line numbers out. Values are
 * kept as printed; where the two lists disagree, or a date cannot be read, an anomaly says so and
 * nothing is corrected.
 */

/** An amending law as the List of Amendments gives it. */
export interface ListedAmendment {
  /** As printed: "Act A1385", "Akta A1385", "P.U. (A) 7/2003", "F.M.S. En. 1/1936". */
  authority: string;
  /** Short title, whitespace collapsed. */
  title: string;
  /** "In force from" as printed, e.g. "15-11-2010". */
  inForce: string;
  /** ISO date read from `inForce`; absent when it is not a full date. */
  date?: string;
  /** Words printed under the date, e.g. "except section 9: 07-09-2007". */
  note?: string;
  /** 1-based line of the reprint text. */
  line: number;
}

/** One row of the List of Sections Amended. */
export interface SectionAmendment {
  /** As printed: "2", "26D-26K", "3a", "Part IA", "Bahagian IIIA", "Long Title", "First Schedule". */
  section: string;
  authority: string;
  inForce: string;
  date?: string;
  line: number;
}

export interface ListAnomaly {
  line: number;
  kind: 'date-unreadable' | 'date-differs' | 'authority-unlisted' | 'row-unread';
  what: string;
}

export interface AmendmentLists {
  amendments: ListedAmendment[];
  sections: SectionAmendment[];
  anomalies: ListAnomaly[];
}

/** One commencement of the Act as first enacted: which provisions, from when, by which notification. */
export interface Commencement {
  /** As printed, e.g. "Part I, II, Section 66 and 67"; empty when the whole Act. */
  provisions: string;
  parts: string[];
  sections: string[];
  date: string;
  gazette: string;
  line: number;
}

// "Act A1385", "Akta A1385", "Act No. 39/1967", "Act 40 of 1966", "P.U. (A) 7/2003", "F.M.S. En. 1/1936",
// "F.M.S En 11/1937", "F.M. Ord.14/1953", "L.N. (N.S.) 1/1957", "L.N.(N.S.) 1/1957", "Ord. 11/1959".
const AUTHORITY = String.raw`(?:Act|Akta|Ord\.|P\.\s?U\.|F\.M\.(?:S\.?)?|L\.N\.)(?:\s?(?:No\.|En\.?|Ord\.|G\.N\.|\([A-Z.]+\)))*\s?A?\d+(?:\/\d{4}|\s+of\s+\d{4})?`;
const DATE = String.raw`\d{1,2}-\d{1,2}-\d{2,4}`;
const AMENDMENT_ROW = new RegExp(String.raw`^(\s*)(${AUTHORITY})\s{2,}(\S.*?)\s{2,}(${DATE})\s*$`);
const SECTION_ROW = new RegExp(String.raw`^\s*(?:(\S.*?)\s{2,})?(${AUTHORITY})\s{2,}(${DATE})\s*$`);
const LIST_OF_AMENDMENTS = /^\s*(?:LIST OF AMENDMENTS|SENARAI PINDAAN)\s*$/;
const LIST_OF_SECTIONS = /^\s*(?:LIST OF SECTIONS AMENDED|SENARAI SEKSYEN YANG DIPINDA)\s*$/;
const LISTS_END = /^\s*(?:LIST OF LAWS|INDEX TO|Hakcipta Pencetak|DICETAK OLEH)/;
/** Page furniture inside the lists: running headers with a page number, print-job lines. */
const FURNITURE = /^\s*\d{1,3}\s{3,}\S|\S\s{3,}\d{1,3}\s*$|^\s*WJW|\.indd\b|^\s*(?:LAWS OF MALAYSIA|UNDANG-UNDANG MALAYSIA)\s*$/;

/** "15-11-2010" → "2010-11-15"; undefined unless a real calendar day with a four-digit year. */
export function isoDate(printed: string): string | undefined {
  const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(printed);
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]}-${m[1]}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

/** The same amending law however printed: "Act A1385" = "Akta A1385", "Act No. 39/1967" = "Act 39/1967". */
export function authorityKey(authority: string): string {
  return authority
    .replace(/^(?:Act|Akta)\s+(?:No\.\s*)?/i, '')
    .replace(/\s+of\s+(\d{4})$/, '/$1')
    .replace(/[\s.]+/g, '')
    .toLowerCase();
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** A title runs on to the next line; a break after a hyphen ("Anti-" / "Smuggling") joins without a space. */
const runOn = (a: string, b: string): string => (/-$/.test(a) && /^\p{L}/u.test(b.trim()) ? `${a}${collapse(b)}` : collapse(`${a} ${b}`));
const indentOf = (line: string): number => line.length - line.trimStart().length;

export function parseAmendmentLists(text: string): AmendmentLists {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/\f/g, ''));
  const start = lines.findIndex((l) => LIST_OF_AMENDMENTS.test(l));
  if (start < 0) return { amendments: [], sections: [], anomalies: [] };
  const sectionsAt = lines.findIndex((l, i) => i > start && LIST_OF_SECTIONS.test(l));
  const endAt = lines.findIndex((l, i) => i > Math.max(start, sectionsAt) && LISTS_END.test(l));
  const end = endAt < 0 ? lines.length : endAt;
  const anomalies: ListAnomaly[] = [];

  const amendments: ListedAmendment[] = [];
  let open: { row: ListedAmendment; titleCol: number; dateCol: number; note: string[] } | undefined;
  const close = () => {
    if (open?.note.length) open.row.note = collapse(open.note.join(' '));
    open = undefined;
  };
  for (let i = start + 1; i < (sectionsAt < 0 ? end : sectionsAt); i++) {
    const line = lines[i]!;
    const m = AMENDMENT_ROW.exec(line);
    if (m) {
      close();
      const [, , authority, title, inForce] = m;
      const date = isoDate(inForce!);
      const row: ListedAmendment = { authority: authority!, title: collapse(title!), inForce: inForce!, ...(date ? { date } : {}), line: i + 1 };
      if (!date) anomalies.push({ line: i + 1, kind: 'date-unreadable', what: `${authority}: "in force from" printed "${inForce}"` });
      amendments.push(row);
      open = { row, titleCol: line.indexOf(title!, m[1]!.length + authority!.length), dateCol: line.lastIndexOf(inForce!), note: [] };
      continue;
    }
    if (!line.trim() || FURNITURE.test(line)) {
      // A title runs on only on the lines right below its row.
      if (line.trim()) close();
      continue;
    }
    if (!open) continue;
    const col = indentOf(line);
    if (col >= open.dateCol - 4) open.note.push(line.trim());
    else if (Math.abs(col - open.titleCol) <= 6) open.row.title = runOn(open.row.title, line);
    else close();
  }
  close();

  const sections: SectionAmendment[] = [];
  if (sectionsAt >= 0) {
    let current: string | undefined;
    for (let i = sectionsAt + 1; i < end; i++) {
      const line = lines[i]!;
      const m = SECTION_ROW.exec(line);
      if (!m) {
        if (new RegExp(DATE).test(line) && !FURNITURE.test(line)) anomalies.push({ line: i + 1, kind: 'row-unread', what: `line not read as a row: "${collapse(line)}"` });
        continue;
      }
      const [, label, authority, inForce] = m;
      if (label) current = collapse(label);
      if (!current) {
        anomalies.push({ line: i + 1, kind: 'row-unread', what: `row without a section: "${collapse(line)}"` });
        continue;
      }
      const date = isoDate(inForce!);
      sections.push({ section: current, authority: collapse(authority!), inForce: inForce!, ...(date ? { date } : {}), line: i + 1 });
      const listed = amendments.find((a) => authorityKey(a.authority) === authorityKey(authority!));
      if (!date) anomalies.push({ line: i + 1, kind: 'date-unreadable', what: `${current} ${authority}: "in force from" printed "${inForce}"${listed ? ` (List of Amendments: ${listed.inForce})` : ''}` });
      if (!listed) anomalies.push({ line: i + 1, kind: 'authority-unlisted', what: `${current}: "${collapse(authority!)}" is not in the List of Amendments` });
      else if (date && listed.date && date !== listed.date && !listed.note)
        anomalies.push({ line: i + 1, kind: 'date-differs', what: `${current} ${collapse(authority!)}: in force from ${inForce} here, ${listed.inForce} in the List of Amendments` });
    }
  }
  return { amendments, sections, anomalies };
}

// ---- Which rows name a provision ----------------------------------------------------------

/** "26d" → [26, "D"]; letters are printed small in some reprints ("3a", "130fa"). */
function sectionKey(n: string): [number, string] | undefined {
  const m = /^(\d+)([A-Za-z]*)$/.exec(n.trim());
  return m ? [Number(m[1]), m[2]!.toUpperCase()] : undefined;
}

/** Letters compare as their own alphabetical order; "" before "A" before "AA" before "B". */
const before = (a: [number, string], b: [number, string]): boolean => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/** Whether a row's section label ("26", "26D-26K", "426-430a") names section `number`. */
export function labelNamesSection(label: string, number: string): boolean {
  const n = sectionKey(number);
  if (!n) return false;
  const range = /^(\d+[A-Za-z]*)\s*[-–]\s*(\d+[A-Za-z]*)$/.exec(label);
  if (range) {
    const lo = sectionKey(range[1]!)!;
    const hi = sectionKey(range[2]!)!;
    return !before(n, lo) && !before(hi, n);
  }
  const one = sectionKey(label);
  return !!one && one[0] === n[0] && one[1] === n[1];
}

/** The rows of the List of Sections Amended that name a section, oldest first as printed. */
export const amendmentsOfSection = (lists: AmendmentLists, number: string): SectionAmendment[] =>
  lists.sections.filter((s) => labelNamesSection(s.section, number));

/**
 * When an amending law's changes came into force: the List of Amendments' date for the law
 * (the Act-level commencement, the same in both languages' reprints). A section row that prints
 * another date is reported by parseAmendmentLists (`date-differs`), not used.
 */
export function inForceFrom(lists: AmendmentLists, authority: string): ListedAmendment | undefined {
  return lists.amendments.find((a) => authorityKey(a.authority) === authorityKey(authority));
}

// ---- Commencement of the Act as enacted ----------------------------------------------------

const MONTHS: Record<string, number> = {
  january: 1, februari: 2, february: 2, mac: 3, march: 3, april: 4, mei: 5, may: 5, jun: 6, june: 6,
  julai: 7, july: 7, ogos: 8, august: 8, september: 9, oktober: 10, october: 10, november: 11, disember: 12, december: 12, januari: 1,
};

function spelledDate(s: string): string | undefined {
  const m = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(s.trim());
  const month = m ? MONTHS[m[2]!.toLowerCase()] : undefined;
  if (!m || !month) return undefined;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

const ROMAN = /^[IVXL]+[A-Z]?$/;

/**
 * The bracketed commencement note under the long title: "[10 July 2017, P.U. (B) 340/2017]" or
 * "[Part I, II, Section 66 and 67–1 October 2007, P.U. (B) 339/2007; Part III, IV, V and VI–28
 * February 2008, P.U. (B) 86/2008]" (Malay: Bahagian, Seksyen). Empty when the reprint has none.
 */
export function parseCommencement(text: string): Commencement[] {
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((l) => /^\s*\[(?:\d{1,2}\s+[A-Za-z]+\s+\d{4}|Part|Bahagian)\b/.test(l));
  if (first < 0) return [];
  let note = '';
  let last = first;
  for (; last < lines.length; last++) {
    note += ` ${lines[last]!.trim()}`;
    if (lines[last]!.includes(']')) break;
  }
  const body = collapse(note).replace(/^\[|\]$/g, '');
  return body.split(/;\s*/).flatMap((piece) => {
    const m = /^(?:(.*?)\s*[–-]\s*)?(\d{1,2}\s+[A-Za-z]+\s+\d{4}),\s*(P\.\s?U\.?\s*\(B\)\s*\d+\/\d{4})$/.exec(piece.trim());
    const date = m ? spelledDate(m[2]!) : undefined;
    if (!m || !date) return [];
    const provisions = m[1] ?? '';
    const parts: string[] = [];
    const sections: string[] = [];
    let kind: 'part' | 'section' | undefined;
    for (const token of provisions.split(/,\s*|\s+(?:and|dan)\s+|\s+/)) {
      if (/^(?:Part|Parts|Bahagian)$/i.test(token)) kind = 'part';
      else if (/^(?:Section|Sections|Seksyen)$/i.test(token)) kind = 'section';
      else if (kind === 'part' && ROMAN.test(token)) parts.push(token);
      else if (kind === 'section' && /^\d+[A-Z]*$/.test(token)) sections.push(token);
    }
    return [{ provisions, parts, sections, date, gazette: m[3]!.replace(/\s+/g, ' '), line: first + 1 }];
  });
}

/**
 * When a provision of the Act as enacted came into operation: a commencement naming its section
 * wins over one naming its Part; a single undivided commencement covers everything.
 */
export function commencementOf(list: readonly Commencement[], section: string, part: string | undefined): Commencement | undefined {
  return (
    list.find((c) => c.sections.some((s) => s.toUpperCase() === section.toUpperCase())) ??
    (part ? list.find((c) => c.parts.includes(part)) : undefined) ??
    (list.length === 1 && !list[0]!.parts.length && !list[0]!.sections.length ? list[0] : undefined)
  );
}
