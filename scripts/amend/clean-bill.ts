/**
 * Page furniture removal for amending Bills, keeping source line numbers. Provisional: to be
 * replaced by the corpus cleaner (scripts/corpus/clean.ts) once it lands.
 */
import type { SourceLine } from './bill.js';

const PAGE_BREAK = /^-{5,}$/;
/** Running headers and page numbers: "_Bill_", "2 _Rang Undang-Undang_", "_..._ 3", "11". */
const HEADER = /^(?:\d+\s*)?_(?!\()[^_“‘]+_(?:\s*\d+)?$|^\d+$/;

export function cleanBill(text: string): SourceLine[] {
  const raw = text.split('\n');
  let i = 0;
  // Two YAML-ish blocks (BillWatcher front matter, then the reading record).
  for (let blocks = 0; blocks < 2 && raw[i]?.trim() === '---'; blocks++) {
    i++;
    while (i < raw.length && raw[i]!.trim() !== '---') i++;
    i++;
  }
  const out: SourceLine[] = [];
  let afterBreak = true;
  for (; i < raw.length; i++) {
    const t = raw[i]!.trim();
    if (PAGE_BREAK.test(t)) {
      afterBreak = true;
      continue;
    }
    if (afterBreak && (t === '' || HEADER.test(t))) continue;
    afterBreak = false;
    out.push({ n: i + 1, text: t.replace(/\*\*|_/g, '').replace(/ {2,}/g, ' ').trim() });
  }
  return out;
}
