/** The pure parts of the page layer, on the real corpus text. */
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { penaltyClauses, parsePenaltyClause } from '../../scripts/analysis/penalties.js';
import { buildDocuments } from '../../scripts/build/documents.js';
import { markDifferences } from '../../src/pages/diff.js';
import { csvCell, exportFileName, toCsv, toMarkdown, type ExportRow } from '../../src/pages/export.js';
import { marksOnly } from '../../src/pages/html.js';
import { describeVariant, PenaltyChart } from '../../src/pages/penalty.js';
import { pinpointAnchor } from '../../src/pages/urls.js';
import type { ProvisionDoc } from '../../src/schema/document.js';
import { parseCsv } from './helpers.js';

let docs: ProvisionDoc[];
beforeAll(async () => {
  docs = await buildDocuments();
});
const doc = (key: string) => docs.find((d) => d.key === key)!;
const row = (d: ProvisionDoc): ExportRow => ({
  short_citation: d.short_citation,
  citation: d.citation,
  id: d.id,
  lang: d.lang,
  act: d.act,
  heading: d.heading,
  status: d.status,
  permalink: `http://x/provisions/${d.id}?lang=${d.lang}`,
  text: d.text,
});

describe('highlights', () => {
  it('lets through <mark> alone, whatever else the string holds', () => {
    const out = marksOnly('a <mark>child</mark> <script>alert(1)</script> <img src=x onerror=y> &lt;b&gt;');
    expect(out).toBe('a <mark>child</mark> &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=y&gt; &lt;b&gt;');
    const { document } = parseHTML(`<p>${out}</p>`);
    expect([...document.querySelectorAll('p *')].map((e) => e.tagName.toLowerCase())).toEqual(['mark']);
  });
});

describe('exports', () => {
  it('CSV round-trips every provision text of the corpus exactly', () => {
    const rows = docs.map(row);
    const parsed = parseCsv(toCsv(rows));
    expect(parsed[0]).toEqual(['short_citation', 'citation', 'id', 'lang', 'act', 'heading', 'status', 'permalink', 'text']);
    expect(parsed).toHaveLength(rows.length + 1);
    parsed.slice(1).forEach((cells, i) => {
      expect(cells[8]).toBe(rows[i]!.text);
      expect(cells[0]).toBe(rows[i]!.short_citation);
    });
  });

  it('keeps spreadsheets from running a cell as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('plain')).toBe('plain');
  });

  it('Markdown quotes the text verbatim under its citation', () => {
    const d = doc('atipsom-s14_en');
    const md = toMarkdown({ title: 'T', notes: ['n'], rows: [row(d)] });
    expect(md).toContain(`## ATIPSOM 2007 s 14 — ${d.heading}`);
    expect(md).toContain(`> ${d.text}`);
    expect(md).toContain(`Citation: ${d.citation}`);
  });

  it('names files safely', () => {
    expect(exportFileName('search-"forced labour"/../x', 'csv')).toBe('search-forced-labour-x.csv');
  });
});

describe('differences', () => {
  it('marks words without changing a character, for every pair of ATIPSOM offences', () => {
    const offences = docs.filter((d) => d.act === 'atipsom' && d.lang === 'en' && d.type === 'offence');
    expect(offences.length).toBeGreaterThan(5);
    for (const a of offences) {
      for (const b of offences) {
        const parts = markDifferences(a.text, b.text);
        expect(parts.map((p) => p.value).join('')).toBe(a.text);
        // Different texts: one of them has words the other lacks, and they are marked.
        if (a.text !== b.text) expect(parts.some((p) => p.only) || markDifferences(b.text, a.text).some((p) => p.only)).toBe(true);
      }
    }
  });

  it('marks what s 12 says and s 14 does not', () => {
    const only = markDifferences(doc('atipsom-s12_en').text, doc('atipsom-s14_en').text).filter((p) => p.only).map((p) => p.value.trim());
    expect(only).toContain('not');
    expect(only.join(' ')).toMatch(/fifteen/);
  });
});

describe('penalties', () => {
  const parsed = (key: string) => parsePenaltyClause(penaltyClauses(doc(key).text)[0]!)!;

  it('summarises a parsed penalty of the real text', () => {
    expect(parsed('atipsom-s14_en').variants.map(describeVariant)).toEqual(['imprisonment 3 years to 20 years (mandatory); fine (no amount stated)']);
  });

  it('draws longer bars for longer terms', () => {
    const rows = ['atipsom-s12_en', 'atipsom-s14_en'].map((k) => ({ label: k, variant: parsed(k).variants[0]! }));
    const { document } = parseHTML(`<div>${String(PenaltyChart({ rows }))}</div>`);
    const bars = [...document.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    expect(bars).toHaveLength(2);
    // s 12: up to 15 years; s 14: 3 to 20 years, so a bar from 3 to 20 is longer than 0 to 15.
    expect(bars[1]).toBeGreaterThan(bars[0]!);
    expect(document.querySelector('svg title')?.textContent).toMatch(/Imprisonment ranges/);
  });
});

it('turns pinpoints into element ids', () => {
  expect(pinpointAnchor('(1)(a)')).toBe('p-1-a');
  expect(pinpointAnchor('(2)')).toBe('p-2');
});
