/** The pure parts of the page layer, on the real corpus text. */
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { penaltyClauses, parsePenaltyClause } from '../../scripts/pipeline/analysis/penalties.js';
import { buildDocuments } from '../../scripts/pipeline/documents/build.js';
import { flattenBlocks, redline } from '../../src/compute/redline.js';
import { csvCell, exportFileName, toCsv, toMarkdown, type ExportRow } from '../../src/pages/components/export.js';
import { marksOnly } from '../../src/pages/components/html.js';
import { describeVariant, PenaltyChart } from '../../src/pages/components/penalty.js';
import { pinpointAnchor } from '../../src/pages/client/urls.js';
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

describe('redline', () => {
  const side = (units: ReturnType<typeof redline>, drop: 'del' | 'ins') =>
    units.filter((u) => u.status !== (drop === 'ins' ? 'added' : 'removed')).map((u) => u.pieces.filter((p) => p.op !== drop).map((p) => p.value).join(''));

  it('never changes a character: each side of every redline between ATIPSOM offences reads back as that text, unit by unit', () => {
    const offences = docs.filter((d) => d.act === 'atipsom' && d.lang === 'en' && d.type === 'offence');
    expect(offences.length).toBeGreaterThan(5);
    for (const a of offences) {
      for (const b of offences) {
        const units = redline(a.blocks, b.blocks);
        expect(side(units, 'ins'), `${a.id} → ${b.id}`).toEqual(flattenBlocks(a.blocks).map((u) => u.text));
        expect(side(units, 'del'), `${a.id} → ${b.id}`).toEqual(flattenBlocks(b.blocks).map((u) => u.text));
        if (a.text !== b.text) expect(units.some((u) => u.status !== 'same')).toBe(true);
        else expect(units.every((u) => u.status === 'same')).toBe(true);
      }
    }
  });

  it('aligns units by number: a paragraph taken out shows as that paragraph alone, the others unchanged', () => {
    const s43 = docs.find((d) => d.id === 'child-act-s43' && d.lang === 'en')!;
    const first = s43.blocks[0]!;
    const cut = { ...first, children: first.children.filter((c) => c.label !== '(c)') };
    const units = redline([cut, ...s43.blocks.slice(1)], s43.blocks);
    const changed = units.filter((u) => u.status !== 'same');
    expect(changed.map((u) => [u.status, u.path])).toEqual([['added', '(1)(c)']]);
    expect(changed[0]!.pieces).toEqual([{ value: first.children.find((c) => c.label === '(c)')!.text, op: 'ins' }]);
  });
});

describe('penalties', () => {
  /** Every parsed penalty variant in the English text of the corpus. */
  const variants = () =>
    docs
      .filter((d) => d.lang === 'en' && d.kind === 'section')
      .flatMap((d) => penaltyClauses(d.text).map((clause) => ({ d, penalty: parsePenaltyClause(clause) })))
      .flatMap(({ d, penalty }) => (penalty?.variants ?? []).map((variant) => ({ citation: d.short_citation, variant })));

  it('summarises parsed penalties of the real text with their figures', () => {
    const all = variants();
    expect(all.length).toBeGreaterThan(5);
    for (const { variant } of all) {
      const text = describeVariant(variant);
      const i = variant.imprisonment;
      const years = (n: number) => `${n} ${n === 1 ? 'year' : 'years'}`;
      if (i && !i.life && i.min_years !== undefined && i.max_years !== undefined) expect(text).toContain(`imprisonment ${years(i.min_years)} to ${years(i.max_years)}`);
      if (i && !i.life && i.min_years === undefined && i.max_years !== undefined) expect(text).toContain(`imprisonment up to ${years(i.max_years)}`);
      if (i?.life) expect(text).toMatch(/life/);
      if (variant.fine?.max_ringgit) expect(text).toContain(`RM ${variant.fine.max_ringgit.toLocaleString('en-GB')}`);
      if (variant.whipping) expect(text).toContain('whipping');
    }
  });

  it('summarises the same penalties in Malay, in the Malay reprints\' penalty words, with no English word left', () => {
    const all = variants();
    for (const { variant } of all) {
      const text = describeVariant(variant, 'ms');
      const i = variant.imprisonment;
      if (i && !i.life && i.min_years !== undefined && i.max_years !== undefined) expect(text).toContain(`pemenjaraan tidak kurang daripada ${i.min_years} tahun tetapi tidak melebihi ${i.max_years} tahun`);
      if (i && !i.life && i.min_years === undefined && i.max_years !== undefined) expect(text).toContain(`pemenjaraan tidak melebihi ${i.max_years} tahun`);
      if (i?.life) expect(text).toMatch(/pemenjaraan seumur hidup/);
      const rm = (n: number) => `RM ${n.toLocaleString('en-GB')}`;
      const f = variant.fine;
      if (f?.max_ringgit && f.min_ringgit === undefined) expect(text).toContain(`denda tidak melebihi ${rm(f.max_ringgit)}`);
      if (f?.max_ringgit && f.min_ringgit !== undefined) expect(text).toContain(`denda tidak kurang daripada ${rm(f.min_ringgit)} tetapi tidak melebihi ${rm(f.max_ringgit)}`);
      if (variant.whipping) expect(text).toContain('hukuman sebat');
      if (variant.either_or_both) expect(text).toContain('(atau kedua-duanya)');
      expect(text, text).not.toMatch(/\b(imprisonment|fine|whipping|years?|up to|at least|life|death|or both|mandatory)\b/);
    }
    // The check can fail: the English summary of the same variants has those words.
    expect(all.some(({ variant }) => /\bimprisonment\b/.test(describeVariant(variant)))).toBe(true);
  });

  it('draws each bar as long as its term, on one scale', () => {
    const rows = variants().filter((r) => r.variant.imprisonment && !r.variant.imprisonment.life && r.variant.imprisonment.max_years);
    const { document } = parseHTML(`<div>${String(PenaltyChart({ rows }))}</div>`);
    const bars = [...document.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    expect(bars).toHaveLength(rows.length);
    const span = (r: (typeof rows)[number]) => r.variant.imprisonment!.max_years! - (r.variant.imprisonment!.min_years ?? 0);
    // Bar width is proportional to the term's span: the same ratio for every bar, except that a term
    // too short to see (a few months) is drawn at the 3px minimum.
    const longest = rows.reduce((a, r, i) => (span(r) > span(rows[a]!) ? i : a), 0);
    const scale = bars[longest]! / span(rows[longest]!);
    rows.forEach((r, i) => {
      if (span(r) * scale >= 3) expect(bars[i]! / span(r)).toBeCloseTo(scale, 6);
      else expect(bars[i]).toBe(3);
    });
    expect(document.querySelector('svg title')?.textContent).toMatch(/Imprisonment ranges/);
  });
});

it('turns pinpoints into the earlier element ids (kept as aliases)', () => {
  expect(pinpointAnchor('(1)(a)')).toBe('p-1-a');
  expect(pinpointAnchor('(2)')).toBe('p-2');
});
