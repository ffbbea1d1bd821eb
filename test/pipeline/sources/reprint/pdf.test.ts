/**
 * Lines whose letters pdftotext spaced out ("T h e M i n i s t e r") take their word spacing from
 * the official PDF: only spaces move, and the words are the PDF's. Checked on the real reprints
 * and PDFs (pdf.js read directly, not through the reader), and on made-up pages for the rules.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pdfLines, respaceLine } from '../../../../scripts/pipeline/sources/reprint/pdf.js';
import { reprintPdf } from '../../../../src/schema/provision.js';
import { parsedSources, sourceLines } from '../bill/helpers.js';
import { closedUpLines, openPdf, printedOn } from './pdf-text.js';

const nonSpace = (s: string) => s.replace(/\s+/g, '');
const sources = (await parsedSources()).filter((s) => s.source.format === 'reprint');
const spacedOut = (line: string) => /(?:^|\s)(?:\p{L} ){5,}\p{L}(?:\s|$)/u.test(line);

describe('pdf.js items → words → a text file line respaced', () => {
  const item = (str: string, hasEOL = false) => ({ str, hasEOL });
  const ws = item(' ');

  it('a tracked item is one word; whitespace items and line ends part words', () => {
    const lines = pdfLines([item('(a)'), ws, item('i s'), ws, item('o ff i c e r ,', true), item('u n d e r')]);
    expect(lines).toEqual([
      { words: ['(a)', 'is', 'officer,'], mixed: false },
      { words: ['under'], mixed: false },
    ]);
  });

  it('an item whose spaces stand between word-sized pieces is normally set text: the line says so', () => {
    expect(pdfLines([item('m e n g a'), ws, item('bahawa seseorang')])).toEqual([{ words: ['menga', 'bahawaseseorang'], mixed: true }]);
    expect(respaceLine('m e n g a bahawa seseorang', [{ words: ['menga', 'bahawaseseorang'], mixed: true }])).toEqual({
      why: 'its line with these characters mixes tracked and normally spaced words',
    });
  });

  it('takes the spacing of the line with the same characters, and only that', () => {
    const page = pdfLines([item('T h e'), ws, item('M i n i s t e r', true), item('4'), ws, item('A'), ws, item('.'), ws, item('T h e')]);
    expect(respaceLine('T h e M i n i s t e r', page)).toEqual({ text: 'The Minister' });
    // A small capital: the text file's "a", pdf.js's "A". The spacing is the PDF's, the letters the file's.
    expect(respaceLine('4 a . T h e', page)).toEqual({ text: '4 a . The', note: 'small capitals: pdf.js reads "4 A . The", the text file\'s letters are kept' });
  });

  it('a capital in the text file that pdf.js reads in lower case is another line, not a small capital', () => {
    const page = pdfLines([item('m e n g a'), ws, item('K'), ws, item('u i', true)]);
    expect(respaceLine('M e n g a k u i', page)).toEqual({ why: 'no line has these characters (spaces aside); pdf.js reads "menga K ui"' });
  });

  it('never changes a character: the result without spaces is the line without spaces', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 6 }).map(nonSpace).filter(Boolean), { minLength: 1, maxLength: 12 }), (words) => {
        const line = [...words.join('')].join(' ');
        const r = respaceLine(line, [{ words, mixed: false }]);
        expect('text' in r && nonSpace(r.text)).toBe(nonSpace(line));
        expect('text' in r && r.text.split(' ').filter(Boolean).map((w) => [...w].length)).toEqual(words.map((w) => [...w].length));
      }),
    );
  });
});

describe('letter-spaced lines of the real reprints', () => {
  const respaced = sources.flatMap((s) => s.respaced.map((r) => ({ ...r, s })));

  it('the text file counts pages as the PDF does: one form feed a page, so a line’s page is the PDF’s page index', async () => {
    for (const s of sources.filter((x) => x.respaced.length)) {
      const doc = await openPdf(reprintPdf(s.source.file));
      expect(s.text.split('\f').length - 1, s.source.file).toBe(doc.numPages);
    }
  });

  it('every repaired line has the source line’s characters, spaces aside, and the PDF line’s words', async () => {
    expect(respaced.length).toBeGreaterThanOrEqual(10);
    for (const { s, line, page, text } of respaced) {
      const source = sourceLines(s.source.file)[line - 1]!;
      expect(nonSpace(text), `${s.source.file}:${line}`).toBe(nonSpace(source));
      expect(spacedOut(source)).toBe(true);
      expect(s.text.split('\n').slice(0, line).join('\n').split('\f').length, `${s.source.file}:${line}`).toBe(page);
      // The PDF line's words, letter for letter, but where pdf.js reads a small capital in upper case.
      expect(printedOn(await closedUpLines(reprintPdf(s.source.file), page), text), `${s.source.file}:${line}`).toBe(true);
      expect(s.lines[line - 1]).toBe(text);
    }
  });

  it('reads as printed (pdftotext -raw on the same page gives these, checked by hand)', () => {
    const at = (file: string, line: number) => respaced.find((r) => r.s.source.file === file && r.line === line)?.text;
    expect(at('child-act/reprint-2023-07-01-en.txt', 1969)).toBe('(a) is presented before a medical officer under');
    expect(at('child-act/reprint-2023-07-01-ms.txt', 6158)).toBe('(8) Seseorang kanak-kanak yang tidak mematuhi');
    expect(at('employment-act/reprint-2023-08-01-en.txt', 5266)).toBe('“Health Officer”, “labourer”,');
    // pdftotext -raw prints "4a . (1) The Minister may, at any time, revoke the"; pdf.js gives the small capital "A" an item of its own.
    expect(at('child-act/reprint-2023-07-01-en.txt', 1092)).toBe('4 a . (1) The Minister may, at any time, revoke the');
  });

  it('every letter-spaced line of a body is respaced, or kept as extracted and reported with its PDF page', () => {
    for (const s of sources) {
      const [b0, b1] = s.body;
      const raw = s.text.split('\n');
      const kept = s.anomalies.filter((a) => a.kind === 'letter-spaced');
      const repaired = s.anomalies.filter((a) => a.kind === 'respaced-from-pdf');
      expect(repaired.map((a) => a.line)).toEqual(s.respaced.map((r) => r.line));
      const spaced = raw.flatMap((t, i) => (i >= b0 && i < b1 && spacedOut(t) ? [i + 1] : []));
      expect([...kept, ...repaired].map((a) => a.line).sort((x, y) => x - y), s.source.file).toEqual(spaced);
      for (const a of kept) {
        expect(a.message).toMatch(/PDF page \d+: /);
        expect(nonSpace(s.lines[a.line - 1]!)).toBe(nonSpace(raw[a.line - 1]!));
        expect(spacedOut(s.lines[a.line - 1]!)).toBe(true);
      }
    }
  });
});
