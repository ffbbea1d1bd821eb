/** The cleaner on snippets copied verbatim from the sources (test/pipeline/sources/bill/fixtures). */
import { describe, expect, it } from 'vitest';
import { cleanLines, runningHeaderKeys, stripMarkup } from '../../../../scripts/pipeline/sources/bill/clean.js';
import { fixture, sourceLines } from './helpers.js';

describe('cleanLines', () => {
  const atipsomHeaders = runningHeaderKeys(sourceLines('atipsom/2007-bill-DR07-en.md'));

  it("finds the ATIPSOM Bill's running headers from the whole file", () => {
    expect(atipsomHeaders).toEqual(expect.arrayContaining(['bill', 'anti-traffickinginpersons']));
  });

  it('blanks page breaks and running headers, keeping one line per source line', () => {
    const raw = fixture('atipsom-en-s2-definitions.md');
    const out = cleanLines(raw, atipsomHeaders);
    expect(out.length).toBe(raw.length);
    expect(out).not.toContain('-----');
    expect(out).not.toContain('Bill');
    expect(out).not.toContain('Anti-Trafficking in Persons');
    expect(out).toContain('"prescribed" means prescribed by the Minister by regulations;');
    expect(out).toContain('(a) has been made, or altered in a material way, by a person');
  });

  it('removes a bold page number with a Malay running header', () => {
    const raw = fixture('child-act-ms-bold-page-number.md');
    const out = cleanLines(raw, runningHeaderKeys(sourceLines('child-act/1999-child-bill-DR24-ms.md')));
    expect(out.join('\n')).not.toMatch(/Rang Undang-Undang|68/);
    expect(out).toContain('Pembawaan masuk kanak-kanak melalui dakwaan palsu');
    expect(out).toContain('49. Mana-mana orang yang—');
  });

  it('never changes wording: each cleaned line is its source line minus markup', () => {
    const raw = fixture('atipsom-en-s6-council.md');
    const out = cleanLines(raw, atipsomHeaders);
    out.forEach((line, i) => {
      if (line) expect(raw[i]!.replace(/[*_#]/g, '').replace(/\s+/g, ' ').trim()).toBe(line);
    });
  });
});

describe('stripMarkup', () => {
  it('drops emphasis around labels and spilled bold, keeps the words', () => {
    expect(stripMarkup('_(f) the Secretary General of the Ministry responsible for_')).toBe(
      '(f) the Secretary General of the Ministry responsible for',
    );
    expect(stripMarkup('**5. (1) The provisions of this Act shall be in addition to, and not**')).toBe(
      '5. (1) The provisions of this Act shall be in addition to, and not',
    );
    expect(stripMarkup('**_65._** Jika mana-mana orang')).toBe('65. Jika mana-mana orang');
    expect(stripMarkup('#### Establishment of committees')).toBe('Establishment of committees');
  });
});
