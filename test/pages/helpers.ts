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
