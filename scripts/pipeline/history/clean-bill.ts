/**
 * An amending Bill's lines with page furniture removed, by the corpus cleaner (line-preserving,
 * so each line keeps its source line number).
 */
import { cleanLines } from '../sources/bill/clean.js';
import type { SourceLine } from './bill.js';

export function cleanBill(text: string): SourceLine[] {
  return cleanLines(text.split('\n')).map((t, i) => ({ n: i + 1, text: t }));
}
