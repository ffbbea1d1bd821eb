/**
 * The Acts the product knows about. Adding an Act is an entry here (metadata, its sources, the
 * names people cite it by) plus its source files in the shared sources folder (`LAW_SOURCES`,
 * default ../shared/sources; see its PROVENANCE.md): no new parser code. Runs in the Worker
 * too, so it holds data only (no fs).
 */
import { z } from 'zod';
import { ActSlug, Lang } from '../schema/provision.js';

/** A path inside the sources folder: `<act>/<file>`. */
const SourceFile = z.string().regex(/^[a-z0-9-]+\/[A-Za-z0-9.-]+\.(?:md|txt)$/);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * An official reprint (AGC, `pdftotext -layout` text): the law as in force on its "as at" date,
 * read by scripts/pipeline/sources/reprint.
 */
export const ReprintSource = z
  .object({
    format: z.literal('reprint'),
    lang: Lang,
    file: SourceFile,
    /** The reprint's "as at" date. */
    asAt: IsoDate,
    /** What the text is, shown beside every provision taken from it. */
    basis: z.string(),
  })
  .strict();

/** A Bill as passed (BillWatcher markdown), read by the Bill reader (scripts/corpus). */
export const BillSource = z
  .object({
    format: z.literal('bill'),
    lang: Lang,
    file: SourceFile,
    /** The D.R. number of the Bill whose text this is. */
    bill: z.string(),
    year: z.number().int(),
    basis: z.string(),
  })
  .strict();
export type BillSource = z.infer<typeof BillSource>;

/** The reader is chosen per source by `format`. */
export const ActSource = z.discriminatedUnion('format', [ReprintSource, BillSource]);
export type ActSource = z.infer<typeof ActSource>;

/**
 * An amending Bill applied to the Act's text (scripts/pipeline/history). Its in-force date is the date the
 * reprint's List of Amendments gives for `act`.
 */
export const AmendingBill = z
  .object({
    /** D.R. number, e.g. "D.R.22/2010". */
    bill: z.string(),
    year: z.number().int(),
    /** Short title of the amending Act as the Bill gives it (metadata). */
    title: z.string(),
    /** The Bill's text per language; a language missing here is a language we do not hold. */
    sources: z.array(z.object({ lang: Lang, file: SourceFile }).strict()).min(1),
    /** The amending Act the Bill became, as the reprint's List of Amendments names it ("Act A1385"). */
    act: z.string().regex(/^Act A\d+$/),
    /**
     * The amending Act this Bill amends, where it changes the Act only through it (the Penal Code
     * (Amendment) (Amendment) Bill 2007 rewrites sections of Act A1273): its instructions are the
     * clauses quoted in that Act's new sections, and they share its in-force date.
     */
    through: z.string().regex(/^Act A\d+$/).optional(),
  })
  .strict();
export type AmendingBill = z.infer<typeof AmendingBill>;

/**
 * Provisions held only as an amending Bill inserted or substituted them, where the Act's text is
 * not held (scripts/pipeline/sources/bill/clause.ts). The Act stays "text not held"; these
 * provisions carry `basis`, which says they are not the current text.
 */
export const BillExtract = z
  .object({
    lang: Lang,
    file: SourceFile,
    bill: z.string(),
    year: z.number().int(),
    /** What the text is and is not, shown beside it (e.g. "as inserted in 1996 …; not the current text"). */
    basis: z.string(),
    /** The instruction's last words, as printed; the quotation opens on the next line. */
    after: z.string(),
    provisions: z
      .array(
        z
          .object({
            number: z.string(),
            /** The provision's marginal note (its heading) as printed, one piece per source line it takes the start of. */
            margin: z.array(z.string().min(1)).default([]),
            /** The amending clause's own marginal note where it falls inside the quotation: taken out, not a heading. */
            clauseNote: z.array(z.string().min(1)).default([]),
            /** Words the OCR got wrong, kept as printed and reported. */
            ocr: z.array(z.object({ words: z.string(), what: z.string() }).strict()).optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type BillExtract = z.infer<typeof BillExtract>;

export const ActConfig = z
  .object({
    slug: ActSlug,
    /** Official short titles per language (metadata, not statute text). */
    title: z.object({ en: z.string(), ms: z.string().optional() }),
    /** Short form used in citations, e.g. "ATIPSOM 2007". */
    shortCitation: z.string(),
    /** Act number in the Laws of Malaysia, e.g. "670". */
    actNumber: z.string(),
    year: z.number().int(),
    /**
     * Names and abbreviations people use when citing, matched case-insensitively by the
     * citation resolver ("ATIPSOM", "Act 670", "Akta 670", ...).
     */
    aliases: z.array(z.string()).min(1),
    /**
     * The current text of the Act, by language (an official reprint, or the Bill as passed where
     * no reprint is held). A language without a source here is a language whose text we do not
     * hold. Empty: text not held at all.
     */
    sources: z.array(ActSource),
    /** The Bill as passed, by language: the original text the amending Bills apply to (history). */
    original: z.array(BillSource).optional(),
    /** Where the official text is published, shown where we do not hold a text. */
    officialSource: z.object({ url: z.string().url(), label: z.string() }).strict(),
    /** What we know is missing, stated to users wherever the Act is shown. */
    caveats: z.array(z.string()),
    /** The same caveats in Malay, one for one (our words, the reprints' terms: Cetakan Semula, Rang Undang-Undang, Senarai Pindaan). */
    caveats_ms: z.array(z.string()),
    /** Amending Bills to apply to the text, oldest first (empty or absent: none). */
    amendments: z.array(AmendingBill).optional(),
    /** Where the Act's text is not held: provisions held in an amending Bill's words. */
    extracts: z.array(BillExtract).optional(),
  })
  .strict()
  .refine((a) => a.caveats_ms.length === a.caveats.length, { message: 'each caveat has its Malay' });
export type ActConfig = z.infer<typeof ActConfig>;

const bill = (lang: 'en' | 'ms', file: string, billNo: string, year: number): BillSource => ({
  format: 'bill',
  lang,
  file,
  bill: billNo,
  year,
  basis: `text of the Bill as passed (${billNo})`,
});

const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const reprint = (lang: 'en' | 'ms', act: string, asAt: string): z.infer<typeof ReprintSource> => {
  const [y, m, d] = asAt.split('-').map(Number) as [number, number, number];
  return {
    format: 'reprint',
    lang,
    file: `${act}/reprint-${asAt}-${lang}.txt`,
    asAt,
    basis: `official reprint as at ${d} ${LONG_MONTHS[m - 1]} ${y}`,
  };
};

/** A Penal Code amending Bill (English only): `penal-code/<year>-amendment-bill-en.md`. */
const penalCodeBill = (billNo: string, year: number, title: string, act: string) => ({
  bill: billNo,
  year,
  title,
  sources: [{ lang: 'en' as const, file: `penal-code/${year}-amendment-bill-en.md` }],
  act,
});

/** The Attorney General's Chambers' Laws of Malaysia site, where every Act's official text is. */
const agc = (actNumber: string) => ({
  url: 'https://lom.agc.gov.my/',
  label: `Laws of Malaysia (Attorney General's Chambers), Act ${actNumber}`,
});

export const ACTS: readonly ActConfig[] = z.array(ActConfig).parse([
  {
    slug: 'atipsom',
    title: {
      en: 'Anti-Trafficking in Persons and Anti-Smuggling of Migrants Act 2007',
      ms: 'Akta Antipemerdagangan Orang dan Antipenyeludupan Migran 2007',
    },
    shortCitation: 'ATIPSOM 2007',
    actNumber: '670',
    year: 2007,
    aliases: [
      'ATIPSOM',
      'ATIPSOM 2007',
      'ATIPSOMA',
      'ATIP',
      'ATIPA',
      'ATIP Act',
      'MAPO',
      'Act 670',
      'Akta 670',
      'Anti-Trafficking in Persons and Anti-Smuggling of Migrants Act 2007',
      'Anti-Trafficking in Persons and Anti-Smuggling of Migrants Act',
      'Anti-Trafficking in Persons Act 2007',
      'Anti-Trafficking in Persons Act',
      'Akta Antipemerdagangan Orang dan Antipenyeludupan Migran 2007',
      'Akta Antipemerdagangan Orang dan Antipenyeludupan Migran',
      'Akta Antipemerdagangan Orang 2007',
      'Akta Antipemerdagangan Orang',
    ],
    sources: [reprint('en', 'atipsom', '2022-02-22'), reprint('ms', 'atipsom', '2022-02-22')],
    original: [
      bill('en', 'atipsom/2007-bill-DR07-en.md', 'D.R.07/2007', 2007),
      bill('ms', 'atipsom/2007-bill-DR07-ms.md', 'D.R.07/2007', 2007),
    ],
    officialSource: agc('670'),
    caveats: [
      'Current text: the official reprint as at 22 February 2022 (latest amendment Act A1644), English and Malay. Earlier versions are rebuilt from the Bill of 2007 and the amending Bills of 2010, 2015 and 2021.',
      'The 2010 amending Bill is held in Malay only: English text of the 2010–2022 versions of provisions it made is not available and is never translated.',
    ],
    caveats_ms: [
      'Teks semasa: Cetakan Semula rasmi setakat 22 Februari 2022 (pindaan terakhir Akta A1644), bahasa Inggeris dan bahasa Melayu. Versi terdahulu dibina semula daripada Rang Undang-Undang 2007 dan Rang Undang-Undang pindaan 2010, 2015 dan 2021.',
      'Rang Undang-Undang pindaan 2010 ada dalam simpanan dalam bahasa Melayu sahaja: teks bahasa Inggeris bagi versi 2010–2022 peruntukan yang dibuatnya tidak ada dan tidak sekali-kali diterjemahkan.',
    ],
    amendments: [
      {
        bill: 'D.R.22/2010',
        year: 2010,
        title: 'Akta Antipemerdagangan Orang (Pindaan) 2010',
        sources: [{ lang: 'ms', file: 'atipsom/2010-amendment-bill-DR22-ms.md' }],
        act: 'Act A1385',
      },
      {
        bill: 'D.R.18/2015',
        year: 2015,
        title: 'Anti-Trafficking in Persons and Anti-Smuggling of Migrants (Amendment) Act 2015',
        sources: [
          { lang: 'en', file: 'atipsom/2015-amendment-bill-DR18-en.md' },
          { lang: 'ms', file: 'atipsom/2015-amendment-bill-DR18-ms.md' },
        ],
        act: 'Act A1500',
      },
      {
        bill: 'D.R.10/2021',
        year: 2021,
        title: 'Anti-Trafficking in Persons and Anti-Smuggling of Migrants (Amendment) Act 2021',
        sources: [
          { lang: 'en', file: 'atipsom/2021-amendment-bill-DR10-en.md' },
          { lang: 'ms', file: 'atipsom/2021-amendment-bill-DR10-ms.md' },
        ],
        act: 'Act A1644',
      },
    ],
  },
  {
    slug: 'child-act',
    title: { en: 'Child Act 2001', ms: 'Akta Kanak-Kanak 2001' },
    shortCitation: 'Child Act 2001',
    actNumber: '611',
    year: 2001,
    aliases: [
      'Child Act',
      'Child Act 2001',
      'Child Act 1999',
      'CA 2001',
      'Act 611',
      'Akta 611',
      'Akta Kanak-Kanak',
      'Akta Kanak-Kanak 2001',
    ],
    sources: [reprint('en', 'child-act', '2023-07-01'), reprint('ms', 'child-act', '2023-07-01')],
    original: [
      bill('en', 'child-act/1999-child-bill-DR24-en.md', 'D.R.24/1999', 1999),
      bill('ms', 'child-act/1999-child-bill-DR24-ms.md', 'D.R.24/1999', 1999),
    ],
    officialSource: agc('611'),
    caveats: [
      'Current text: the official reprint as at 1 July 2023 (includes the Child (Amendment) Act 2016, Act A1511), English and Malay. The Child Bill 1999 as passed is the original text.',
    ],
    caveats_ms: [
      'Teks semasa: Cetakan Semula rasmi setakat 1 Julai 2023 (termasuk Akta Kanak-Kanak (Pindaan) 2016, Akta A1511), bahasa Inggeris dan bahasa Melayu. Rang Undang-Undang Kanak-Kanak 1999 sebagaimana yang diluluskan ialah teks asalnya.',
    ],
  },
  {
    slug: 'soca',
    title: { en: 'Sexual Offences against Children Act 2017', ms: 'Akta Kesalahan-Kesalahan Seksual terhadap Kanak-Kanak 2017' },
    shortCitation: 'SOCA 2017',
    actNumber: '792',
    year: 2017,
    aliases: [
      'SOCA',
      'SOCA 2017',
      'Act 792',
      'Akta 792',
      'Sexual Offences against Children Act 2017',
      'Sexual Offences against Children Act',
      'Akta Kesalahan-Kesalahan Seksual terhadap Kanak-Kanak 2017',
    ],
    sources: [reprint('en', 'soca', '2023-07-11'), reprint('ms', 'soca', '2023-07-11')],
    original: [bill('en', 'soca/2017-bill-DR6-en.md', 'D.R. 6/2017', 2017)],
    officialSource: agc('792'),
    caveats: ['Current text: the official reprint as at 11 July 2023, English and Malay.'],
    caveats_ms: ['Teks semasa: Cetakan Semula rasmi setakat 11 Julai 2023, bahasa Inggeris dan bahasa Melayu.'],
  },
  {
    slug: 'ecwa',
    title: { en: 'Evidence of Child Witness Act 2007', ms: 'Akta Keterangan Saksi Kanak-Kanak 2007' },
    shortCitation: 'ECWA 2007',
    actNumber: '676',
    year: 2007,
    aliases: [
      'ECWA',
      'ECWA 2007',
      'Act 676',
      'Akta 676',
      'Evidence of Child Witness Act 2007',
      'Evidence of Child Witness Act',
      'Akta Keterangan Saksi Kanak-Kanak 2007',
    ],
    sources: [reprint('en', 'ecwa', '2023-07-11'), reprint('ms', 'ecwa', '2023-07-11')],
    original: [bill('en', 'ecwa/2007-bill-DR22-en.md', 'D.R.22/2007', 2007)],
    officialSource: agc('676'),
    caveats: ['Current text: the official reprint as at 11 July 2023, English and Malay.'],
    caveats_ms: ['Teks semasa: Cetakan Semula rasmi setakat 11 Julai 2023, bahasa Inggeris dan bahasa Melayu.'],
  },
  {
    slug: 'penal-code',
    title: { en: 'Penal Code', ms: 'Kanun Keseksaan' },
    shortCitation: 'Penal Code',
    actNumber: '574',
    year: 1936,
    aliases: ['Penal Code', 'PC', 'KK', 'Act 574', 'Akta 574', 'Kanun Keseksaan'],
    sources: [reprint('en', 'penal-code', '2023-07-04')],
    officialSource: agc('574'),
    caveats: [
      'Current text: the official reprint as at 4 July 2023 (latest amendment Act 846), English only. The Malay text (Kanun Keseksaan) is not held: read it at the official source.',
      "History: each provision's versions are the amending laws the reprint's List of Sections Amended names for it, dated by its List of Amendments. The Code's text before an amending Act is not held, except where an amending Bill held here (1993, 2001, 2007, 2012, 2013, 2015, 2017) gives it: a section it substitutes or inserts whole, and the later words of that section its instructions change.",
      'Not used: the file held as the Penal Code (Amendment) Bill 2004 (D.R.15/2004; 377CA came into the Code by Act A1273 of 2006, and the List of Amendments has no 2004 Act) and the file held as the Penal Code (Amendment) Bill 2023 (D.R.5/2023), whose text is the Environmental Quality (Amendment) Bill 2023.',
    ],
    caveats_ms: [
      'Teks semasa: Cetakan Semula rasmi setakat 4 Julai 2023 (pindaan terakhir Akta 846), bahasa Inggeris sahaja. Teks bahasa Melayu (Kanun Keseksaan) tiada dalam simpanan: bacalah di sumber rasmi.',
      'Sejarah: versi setiap peruntukan ialah undang-undang pindaan yang dinamakan baginya oleh Senarai Seksyen Yang Dipinda dalam Cetakan Semula, bertarikh menurut Senarai Pindaannya. Teks Kanun sebelum sesuatu Akta pindaan tiada dalam simpanan, kecuali jika Rang Undang-Undang pindaan yang disimpan di sini (1993, 2001, 2007, 2012, 2013, 2015, 2017) memberikannya: seksyen yang digantikan atau dimasukkan olehnya secara keseluruhan, dan perkataan kemudian seksyen itu yang diubah oleh arahannya.',
      'Tidak digunakan: fail yang disimpan sebagai Rang Undang-Undang Kanun Keseksaan (Pindaan) 2004 (D.R.15/2004; 377CA dimasukkan ke dalam Kanun oleh Akta A1273 tahun 2006, dan Senarai Pindaan tidak mempunyai Akta 2004) dan fail yang disimpan sebagai Rang Undang-Undang Kanun Keseksaan (Pindaan) 2023 (D.R.5/2023), yang teksnya ialah Rang Undang-Undang Kualiti Alam Sekeliling (Pindaan) 2023.',
    ],
    amendments: [
      penalCodeBill('D.R.21/1993', 1993, 'Penal Code (Amendment) Act 1993', 'Act A860'),
      penalCodeBill('D.R 26/2001', 2001, 'Penal Code (Amendment) Act 2001', 'Act A1131'),
      { ...penalCodeBill('D.R.13/2007', 2007, 'Penal Code (Amendment) (Amendment) Act 2007', 'Act A1303'), through: 'Act A1273' },
      penalCodeBill('D.R.18/2012', 2012, 'Penal Code (Amendment) Act 2012', 'Act A1430'),
      penalCodeBill('D.R.9/2013', 2013, 'Penal Code (Amendment) Act 2014', 'Act A1471'),
      penalCodeBill('D.R. 4/2015', 2015, 'Penal Code (Amendment) Act 2015', 'Act A1483'),
      penalCodeBill('D.R.11/2017', 2017, 'Penal Code (Amendment) Act 2017', 'Act A1536'),
    ],
  },
  {
    slug: 'immigration-act',
    title: { en: 'Immigration Act 1959/63', ms: 'Akta Imigresen 1959/63' },
    shortCitation: 'Immigration Act 1959/63',
    actNumber: '155',
    year: 1959,
    aliases: [
      'Immigration Act',
      'Immigration Act 1959/63',
      'Immigration Act 1959',
      'Act 155',
      'Akta 155',
      'Akta Imigresen',
      'Akta Imigresen 1959/63',
    ],
    sources: [],
    officialSource: agc('155'),
    caveats: [
      'The text of the Immigration Act 1959/63 is not held, in either language: read it at the official source. Only the words of ss 55A–55D as the Immigration (Amendment) Bill 1996 inserted them are held; they were amended later and are not the current law.',
    ],
    caveats_ms: [
      'Teks Akta Imigresen 1959/63 tiada dalam simpanan, dalam mana-mana bahasa: bacalah di sumber rasmi. Hanya perkataan seksyen 55A–55D sebagaimana yang dimasukkan oleh Rang Undang-Undang Imigresen (Pindaan) 1996 ada dalam simpanan; perkataan itu dipinda kemudian dan bukan undang-undang semasa.',
    ],
    extracts: [
      {
        lang: 'en',
        file: 'immigration-act/1996-amendment-bill-DR47-en.md',
        bill: 'D.R.47/1996',
        year: 1996,
        basis: 'as inserted in 1996; later amended (2002 Bill not held); not the current text (Immigration (Amendment) Bill 1996, D.R.47/1996)',
        after: 'section 55 the following sections:',
        provisions: [
          {
            number: '55A',
            margin: ['Conveying', 'a person', 'lo', 'Malaysia', 'contrary', 'to this', 'Act.'],
            ocr: [{ words: 'lo', what: 'the marginal note\'s "to" read as "lo"' }],
          },
          {
            number: '55B',
            margin: ['Employing', 'a personwho is not', 'in', 'possessionof a valid', 'Pass.'],
            ocr: [{ words: 'personwho, possessionof', what: 'words run together in the marginal note' }],
          },
          {
            number: '55C',
            margin: ['Defence.'],
            ocr: [{ words: '55e(5)', what: '"55B(5)" read as "55e(5)"' }],
          },
          {
            number: '55D',
            margin: ['Forgery or', 'alterationof', 'endorsement', 'ordocument.'],
            ocr: [{ words: 'alterationof, ordocument', what: 'words run together in the marginal note' }],
          },
        ],
      },
    ],
  },
  {
    slug: 'passports-act',
    title: { en: 'Passports Act 1966', ms: 'Akta Pasport 1966' },
    shortCitation: 'Passports Act 1966',
    actNumber: '150',
    year: 1966,
    aliases: ['Passports Act', 'Passports Act 1966', 'Act 150', 'Akta 150', 'Akta Pasport 1966'],
    sources: [],
    officialSource: agc('150'),
    caveats: [
      'The text of the Passports Act 1966 is not held: read it at the official source. Only s 12(1) as the Passports (Amendment) Bill 1995 substituted it is held; later changes are not held.',
    ],
    caveats_ms: [
      'Teks Akta Pasport 1966 tiada dalam simpanan: bacalah di sumber rasmi. Hanya subseksyen 12(1) sebagaimana yang digantikan oleh Rang Undang-Undang Pasport (Pindaan) 1995 ada dalam simpanan; perubahan kemudian tiada dalam simpanan.',
    ],
    extracts: [
      {
        lang: 'en',
        file: 'passports-act/1995-amendment-bill-DR41-en.md',
        bill: 'D.R.41/1995',
        year: 1995,
        basis: 'subsection (1) as substituted in 1995; later changes not held (Passports (Amendment) Bill 1995, D.R.41/1995)',
        after: 'for subsection (1) the following subsection:',
        provisions: [{ number: '12', clauseNote: ['Amendment', 'of section', '12.'] }],
      },
    ],
  },
  {
    slug: 'employment-act',
    title: { en: 'Employment Act 1955' },
    shortCitation: 'Employment Act 1955',
    actNumber: '265',
    year: 1955,
    aliases: ['Employment Act', 'Employment Act 1955', 'EA 1955', 'Act 265', 'Akta 265'],
    sources: [reprint('en', 'employment-act', '2023-08-01')],
    officialSource: agc('265'),
    caveats: ['Current text: the official reprint as at 1 August 2023, English only; the Malay text is not held.'],
    caveats_ms: ['Teks semasa: Cetakan Semula rasmi setakat 1 Ogos 2023, bahasa Inggeris sahaja; teks bahasa Melayu tiada dalam simpanan.'],
  },
  {
    slug: 'cype-act',
    title: { en: 'Children and Young Persons (Employment) Act 1966' },
    shortCitation: 'CYP(E) Act 1966',
    actNumber: '350',
    year: 1966,
    aliases: [
      'Children and Young Persons (Employment) Act 1966',
      'Children and Young Persons (Employment) Act',
      'CYP(E) Act',
      'CYPE Act',
      'Act 350',
      'Akta 350',
    ],
    sources: [reprint('en', 'cype-act', '2019-10-01')],
    officialSource: agc('350'),
    caveats: ['Current text: the official reprint as at 1 October 2019, English only; the Malay text is not held.'],
    caveats_ms: ['Teks semasa: Cetakan Semula rasmi setakat 1 Oktober 2019, bahasa Inggeris sahaja; teks bahasa Melayu tiada dalam simpanan.'],
  },
]);

export const actBySlug = (slug: string): ActConfig | undefined => ACTS.find((a) => a.slug === slug);

/** Acts whose text we hold, i.e. that the corpus script parses. */
export const actsWithText = (): ActConfig[] => ACTS.filter((a) => a.sources.length > 0);
