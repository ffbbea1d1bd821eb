/**
 * The Acts the product knows about. Adding an Act is an entry here (metadata, its sources, the
 * names people cite it by) plus its source files under corpus/sources and its test fixtures:
 * no new parser code. Runs in the Worker too, so it holds data only (no fs).
 */
import { z } from 'zod';
import { ActSlug, Lang } from '../schema/provision.js';

export const ActSource = z
  .object({
    lang: Lang,
    /** Path under corpus/sources/ */
    file: z.string().regex(/^[a-z0-9-]+\/[A-Za-z0-9.-]+\.md$/),
    /** The D.R. number of the Bill whose text this is. */
    bill: z.string(),
    year: z.number().int(),
    /** What the text is, shown beside every provision taken from it. */
    basis: z.string(),
  })
  .strict();
export type ActSource = z.infer<typeof ActSource>;

/**
 * An amending Bill applied to the Act's text (scripts/pipeline/history). Commencement: the date a source
 * states, else the year, marked approximate.
 */
export const AmendingBill = z
  .object({
    /** D.R. number, e.g. "D.R.22/2010". */
    bill: z.string(),
    year: z.number().int(),
    /** Short title of the amending Act as the Bill gives it (metadata). */
    title: z.string(),
    /** The Bill's text per language; a language missing here is a language we do not hold. */
    sources: z.array(z.object({ lang: Lang, file: z.string().regex(/^[a-z0-9-]+\/[A-Za-z0-9.-]+\.md$/) }).strict()).min(1),
    /** When the amendments took effect: "YYYY-MM-DD" if a source states it, else "YYYY". */
    commencement: z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/),
    /** Where the commencement comes from, shown with approximate dates. */
    commencementBasis: z.string(),
  })
  .strict();
export type AmendingBill = z.infer<typeof AmendingBill>;

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
    /** The texts of the Act itself (not amending Bills), by language. Empty: text not held. */
    sources: z.array(ActSource),
    /** What we know is missing, stated to users wherever the Act is shown. */
    caveats: z.array(z.string()),
    /** Amending Bills to apply to the text, oldest first (empty or absent: none). */
    amendments: z.array(AmendingBill).optional(),
  })
  .strict();
export type ActConfig = z.infer<typeof ActConfig>;

const bill = (lang: 'en' | 'ms', file: string, billNo: string, year: number): ActSource => ({
  lang,
  file,
  bill: billNo,
  year,
  basis: `text of the Bill as passed (${billNo})`,
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
    sources: [
      bill('en', 'atipsom/2007-bill-DR07-en.md', 'D.R.07/2007', 2007),
      bill('ms', 'atipsom/2007-bill-DR07-ms.md', 'D.R.07/2007', 2007),
    ],
    caveats: [
      'Text of the Anti-Trafficking in Persons Bill 2007 as passed; the amending Acts of 2010, 2015 and 2021 are applied where the corpus shows a consolidated version.',
      'The 2010 amending Bill is held in Malay only: English text of provisions it made is not available and is never translated.',
    ],
    amendments: [
      {
        bill: 'D.R.22/2010',
        year: 2010,
        title: 'Akta Antipemerdagangan Orang (Pindaan) 2010',
        sources: [{ lang: 'ms', file: 'atipsom/2010-amendment-bill-DR22-ms.md' }],
        commencement: '2010',
        commencementBasis: 'year of the amending Act; the Bill leaves commencement to a date appointed by the Minister in the Gazette',
      },
      {
        bill: 'D.R.18/2015',
        year: 2015,
        title: 'Anti-Trafficking in Persons and Anti-Smuggling of Migrants (Amendment) Act 2015',
        sources: [
          { lang: 'en', file: 'atipsom/2015-amendment-bill-DR18-en.md' },
          { lang: 'ms', file: 'atipsom/2015-amendment-bill-DR18-ms.md' },
        ],
        commencement: '2015',
        commencementBasis: 'year of the amending Act; the Bill leaves commencement to dates appointed by the Minister in the Gazette',
      },
      {
        bill: 'D.R.10/2021',
        year: 2021,
        title: 'Anti-Trafficking in Persons and Anti-Smuggling of Migrants (Amendment) Act 2021',
        sources: [
          { lang: 'en', file: 'atipsom/2021-amendment-bill-DR10-en.md' },
          { lang: 'ms', file: 'atipsom/2021-amendment-bill-DR10-ms.md' },
        ],
        commencement: '2022',
        commencementBasis: 'corpus/sources/PROVENANCE.md: the 2021 amendment Bill is "in force 2022"; no day is stated in our sources',
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
    sources: [
      bill('en', 'child-act/1999-child-bill-DR24-en.md', 'D.R.24/1999', 1999),
      bill('ms', 'child-act/1999-child-bill-DR24-ms.md', 'D.R.24/1999', 1999),
    ],
    caveats: [
      'Text of the Child Bill 1999 as passed (it became the Child Act 2001, Act 611); the Bill calls itself "Child Act 1999".',
      'Later amendments, notably the Child (Amendment) Act 2016 (Act A1511), are not in our sources and are not applied.',
    ],
  },
  {
    slug: 'soca',
    title: { en: 'Sexual Offences against Children Act 2017' },
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
    sources: [
      bill('en', 'related/sexual-offences-against-children-2017-bill-DR6-en.md', 'D.R. 6/2017', 2017),
    ],
    caveats: [
      'Text of the Sexual Offences against Children Bill 2017 as passed (Act 792); English only in our sources; later amendments not applied.',
    ],
  },
  {
    slug: 'ecwa',
    title: { en: 'Evidence of Child Witness Act 2007' },
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
    sources: [
      bill('en', 'related/evidence-of-child-witness-2007-bill-DR22-en.md', 'D.R.22/2007', 2007),
    ],
    caveats: [
      'Text of the Evidence of Child Witness Bill 2007 as passed (Act 676); English only in our sources; later amendments not applied.',
    ],
  },
  {
    slug: 'penal-code',
    title: { en: 'Penal Code', ms: 'Kanun Keseksaan' },
    shortCitation: 'Penal Code',
    actNumber: '574',
    year: 1936,
    aliases: ['Penal Code', 'PC', 'KK', 'Act 574', 'Akta 574', 'Kanun Keseksaan'],
    sources: [],
    caveats: [
      'The consolidated Penal Code is not yet in our sources: its sections are external references until it is added.',
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
    caveats: [
      'The Immigration Act 1959/63 itself is not yet in our sources: its sections are external references until it is added.',
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
    caveats: ['The Passports Act 1966 itself is not yet in our sources.'],
  },
]);

export const actBySlug = (slug: string): ActConfig | undefined => ACTS.find((a) => a.slug === slug);

/** Acts whose text we hold, i.e. that the corpus script parses. */
export const actsWithText = (): ActConfig[] => ACTS.filter((a) => a.sources.length > 0);
