/** Page tests: fetch a page from the app and read it as a DOM. */
import { parseHTML } from 'linkedom';
import type { createApp } from '../../src/app.js';

type App = ReturnType<typeof createApp>;
type Doc = ReturnType<typeof parseHTML>['document'];
type El = NonNullable<ReturnType<Doc['querySelector']>>;
type DomNode = El['childNodes'][number];

export async function fetchPage(app: App, path: string) {
  const res = await app.request(path);
  const html = await res.text();
  const { document } = parseHTML(html);
  return { status: res.status, headers: res.headers, html, document };
}

const BLOCK = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'BR', 'TD', 'TH', 'TR', 'DT', 'DD', 'DL', 'BLOCKQUOTE', 'NAV', 'FIELDSET', 'LEGEND']);

/** The words of an element as a reader meets them: blocks apart, inline elements run on, whitespace collapsed. */
export function words(el: El | null | undefined): string {
  if (!el) return '';
  let out = '';
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) out += node.textContent ?? '';
    else {
      const block = BLOCK.has((node as El).tagName);
      if (block) out += ' ';
      node.childNodes.forEach(walk);
      if (block) out += ' ';
    }
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}

/** Form controls a person fills in that have no label (by for=id or by wrapping label). */
export function unlabelledControls(document: Doc): string[] {
  const controls = [...document.querySelectorAll('input, select, textarea')].filter((el) => el.getAttribute('type') !== 'hidden');
  return controls
    .filter((el) => {
      const id = el.getAttribute('id');
      const byFor = id ? document.querySelector(`label[for="${id}"]`) : null;
      return !byFor && !el.closest('label') && !el.getAttribute('aria-label');
    })
    .map((el) => el.outerHTML);
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += ch;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

/**
 * A page's interface words in the language it claims: visible text and labelling attributes
 * (aria-label, placeholder, title, the copy buttons' messages) and the title, outside content
 * marked as English (`lang="en"`) and identifiers (`<code>`: provision ids, file paths, URIs).
 * That marking is the one exclusion the language checks allow. What the pages mark English:
 * the gap and overlap records and API messages written in English only, English-form citations
 * ("ATIPSOM 2007 s 14"), verbatim words of texts held in English only, a language's own name in a
 * switch. The analysis pages' stricter check (textOutsideQuotes) allows only the verbatim words.
 */
export function interfaceText(document: Doc): string {
  const body = document.querySelector('body')!.cloneNode(true) as typeof document.body;
  body.querySelectorAll('[lang="en"], code, script, style').forEach((el: { remove(): void }) => el.remove());
  const attributes = [...body.querySelectorAll('[aria-label], [placeholder], [title], [data-copied], [data-failed]')].flatMap((el) =>
    ['aria-label', 'placeholder', 'title', 'data-copied', 'data-failed'].map((a) => el.getAttribute(a) ?? ''),
  );
  return `${words(body)} ${attributes.join(' ')} ${document.querySelector('title')?.textContent ?? ''}`;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const asWord = (s: string) => new RegExp(`(^|[^\\p{L}])${escape(s)}($|[^\\p{L}])`, 'u');

/** English interface strings of the table (those that differ in Malay) found in a page's interface text. */
export function englishLabels(document: Doc, table: { en: Record<string, string>; ms: Record<string, string> }): string[] {
  const text = interfaceText(document);
  return Object.entries(table.en)
    .filter(([key, en]) => en !== table.ms[key])
    .filter(([, en]) => asWord(en).test(text))
    .map(([key, en]) => `${key}: ${en}`);
}

/**
 * English function words, which Malay does not use: one of them in a Malay page's interface text
 * is an English sentence or label that the string table does not hold (hard-coded, or data not marked).
 */
const ENGLISH_WORDS = ['the', 'and', 'of', 'to', 'with', 'for', 'is', 'are', 'not', 'this', 'that', 'from', 'which', 'or', 'in', 'by', 'any', 'each', 'has', 'have', 'be', 'was', 'were', 'its', 'their', 'your', 'you'];

/** The English function words in a text, each with a little context to find it. */
export function functionWords(text: string): string[] {
  return ENGLISH_WORDS.flatMap((w) => {
    const m = new RegExp(`(^|[^\\p{L}])${w}($|[^\\p{L}])`, 'iu').exec(text);
    return m ? [`"${w}" in …${text.slice(Math.max(0, m.index - 40), m.index + 40)}…`] : [];
  });
}

/** The English function words in a page's interface text, each with a little context to find it. */
export function englishWords(document: Doc): string[] {
  return functionWords(interfaceText(document));
}

/**
 * Verbatim law words in English: quotes (`q`, `blockquote`), a provision's text (`statute`) and
 * headings or clauses marked `verbatim`. On a Malay page the only English left in the analysis is of this kind, quoted from a
 * text our sources hold in English only (the Penal Code, the Employment Act); never translated.
 */
export const ENGLISH_VERBATIM = 'q[lang="en"], blockquote[lang="en"], [lang="en"].verbatim, [lang="en"].statute';

/**
 * The words of a page (or of one part of it), `lang="en"` content included, leaving out only the
 * verbatim English law words, identifiers (`<code>`) and the link to the English page.
 */
export function textOutsideQuotes(document: Doc, scope = 'body'): string {
  const root = document.querySelector(scope);
  if (!root) throw new Error(`no ${scope} on the page`);
  const el = root.cloneNode(true) as El;
  el.querySelectorAll(`${ENGLISH_VERBATIM}, code, script, style, [hreflang="en"]`).forEach((x: { remove(): void }) => x.remove());
  return words(el);
}

/** English function words in a page's words outside its verbatim English quotes (lang="en" is no exemption). */
export const englishWordsOutsideQuotes = (document: Doc, scope?: string): string[] => functionWords(textOutsideQuotes(document, scope));

/** Which of the English labels given occur (as whole words) in a text. */
export const labelsIn = (text: string, labels: readonly string[]): string[] => labels.filter((l) => asWord(l).test(text));
