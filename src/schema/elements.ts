/**
 * An offence's elements in the frame of the UN Trafficking Protocol (art 3): the act, the means,
 * the purpose and the victim. Each option carries the statutory words that support it, verbatim,
 * and the provision they come from (the offence itself, or a definition it uses, e.g. the offence
 * "traffics in persons" takes its acts from the definition of "trafficking in persons").
 */
import { z } from 'zod';
import { ProvisionId } from './provision.js';

/**
 * The Protocol's four parts, plus `circumstance`: the aggravating circumstances an aggravated
 * offence needs on top of the basic offence (ATIPSOM s 13 and s 26B as amended: any one of
 * grievous hurt, death, ...), and `mental`: the state of mind the words require ("knowingly",
 * "with intent"). Neither is a Protocol element; overlaps are computed without them, and no fact
 * meets a mental element: it is always left to prove from the evidence.
 */
export const ELEMENT_CATEGORIES = ['act', 'means', 'purpose', 'victim', 'circumstance', 'mental'] as const;
export const ElementCategory = z.enum(ELEMENT_CATEGORIES);
export type ElementCategory = z.infer<typeof ElementCategory>;

export const ElementOption = z
  .object({
    /** Controlled code, e.g. "recruit", "abduction", "sexual-exploitation", "child". */
    code: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/),
    /** The statutory words (verbatim substring of `source`'s text). */
    words: z.string().min(1),
    source: ProvisionId,
  })
  .strict();
export type ElementOption = z.infer<typeof ElementOption>;

/**
 * One element: any of its options satisfies it. `required: false` with options means the text
 * names them but makes them unnecessary to prove (e.g. means for child trafficking).
 */
export const Element = z
  .object({
    category: ElementCategory,
    required: z.boolean(),
    options: z.array(ElementOption),
  })
  .strict();
export type Element = z.infer<typeof Element>;

/** Words in the text that change what must be proved ("the means ... is irrelevant"). */
export const ElementNote = z
  .object({
    code: z.enum(['means-not-required', 'consent-irrelevant', 'movement-not-required']),
    words: z.string().min(1),
    source: ProvisionId,
  })
  .strict();
export type ElementNote = z.infer<typeof ElementNote>;

export const Elements = z
  .object({
    elements: z.array(Element),
    notes: z.array(ElementNote),
  })
  .strict();
export type Elements = z.infer<typeof Elements>;

/**
 * The element vocabulary: the codes offence elements use (scripts/pipeline/analysis/elements.ts finds them
 * in the text) and facts given to /v1/match name, each with a label for people in English and in
 * Malay (our words, not statute text; where a label names a statutory concept, the Malay uses the
 * Malay reprints' own term, which test/schema/malay-terms.test.ts checks). The one list: the match
 * schema, the API and the facts form all read it; part of the schema because the match schema
 * validates against its codes. Data only, so the Worker can validate input. A test keeps it equal
 * to the codes the rules produce. An entry without its Malay label does not type-check.
 */
type Vocabulary = Readonly<Record<ElementCategory, readonly (readonly [code: string, en: string, ms: string])[]>>;

export const ELEMENT_VOCABULARY: Vocabulary = {
  act: [
    ['recruit', 'Recruited', 'Merekrut'],
    ['transport', 'Transported', 'Mengangkut'],
    ['transfer', 'Transferred, sold or handed over', 'Memindahkan, menjual atau menyerahkan'],
    ['harbour-escapee', 'Harboured a person who escaped from custody or care', 'Melindungi orang yang melarikan diri daripada jagaan atau pemeliharaan'],
    ['harbour', 'Harboured or concealed', 'Melindungi atau menyembunyikan'],
    ['provide', 'Provided', 'Menyediakan'],
    ['receive', 'Received', 'Menerima'],
    ['acquire', 'Acquired or bought', 'Memperoleh atau membeli'],
    ['maintain', 'Maintained (kept in the situation)', 'Mengekalkan (menahan orang itu dalam keadaan itu)'],
    ['bring-in-transit', 'Brought through the country in transit', 'Membawa dalam transit melalui negara ini'],
    ['bring-into-country', 'Brought into the country', 'Membawa masuk ke dalam negara ini'],
    ['take-out-of-custody', 'Took or sent a person out of lawful custody or care', 'Mengambil atau menghantar seseorang keluar daripada jagaan yang sah atau pemeliharaan'],
    ['profit', 'Profited from the offence', 'Mendapat keuntungan daripada kesalahan itu'],
    ['document-fraud', 'Made, gave or held false travel or identity documents', 'Membuat, memberi atau memiliki dokumen perjalanan atau pengenalan diri fraud'],
    ['smuggle', 'Arranged unlawful entry or exit (smuggling)', 'Mengatur kemasukan atau pengeluaran secara tidak sah (penyeludupan migran)'],
    ['facilitate', 'Facilitated: financial services, premises or material support', 'Memudahkan: perkhidmatan kewangan, premis atau sokongan kebendaan'],
    ['sexual-abuse', 'Sexual abuse, sexual communication or abuse material', 'Penganiayaan seksual, berkomunikasi secara seksual atau bahan penganiayaan seksual kanak-kanak'],
    ['fail-to-inform', 'Did not give the information or notice the law requires', 'Tidak memberikan maklumat atau memberitahu sebagaimana yang dikehendaki oleh undang-undang'],
    ['ill-treat', 'Ill-treated, neglected, abandoned or exposed a child', 'Menganiayai, mengabaikan, membuang atau mendedahkan kanak-kanak'],
    ['sexual-intercourse', 'Sexual intercourse or penetration (rape, incest, carnal intercourse)', 'Persetubuhan atau penembusan'],
    ['confine', 'Confined, restrained or detained the person', 'Mengurung, mengekang atau menahan orang itu'],
    ['compel-labour', 'Compelled or forced the person to work', 'Memaksa orang itu bekerja'],
    ['withhold-documents', "Held another person's passport or identity document", 'Memegang pasport atau dokumen pengenalan diri orang lain'],
    ['withhold-wages', 'Did not pay wages due', 'Tidak membayar gaji yang kena dibayar'],
    ['kidnap', 'Kidnapped or abducted', 'Menculik atau melarikan orang itu'],
    ['keep-brothel', 'Kept, managed or let premises for a brothel', 'Menyimpan, mengurus atau menyewakan premis sebagai rumah pelacuran'],
    ['control-prostitution', "Controlled another's prostitution or lived on its earnings", 'Mengawal pelacuran orang lain atau hidup daripada pendapatannya'],
    ['advertise', 'Offered the person by advertisement or notice', 'Menawarkan orang itu melalui iklan atau notis'],
    ['employ-child', 'Employed a child or young person', 'Menggajikan kanak-kanak atau orang muda'],
    ['solicit', "Solicited for prostitution (the person's own conduct)", 'Mengumpan bagi maksud pelacuran (perbuatan orang itu sendiri)'],
    ['other-conduct', 'The conduct the provision describes (no fact in the vocabulary meets it)', 'Perbuatan yang diperihalkan oleh peruntukan itu (tiada fakta dalam senarai ini yang memenuhinya)'],
  ],
  means: [
    ['threat', 'Threat', 'Ancaman'],
    ['force', 'Use of force', 'Penggunaan kekerasan'],
    ['coercion', 'Coercion', 'Paksaan'],
    ['abduction', 'Abduction', 'Pemelarian'],
    ['fraud', 'Fraud', 'Fraud'],
    ['deception', 'Deception', 'Perdayaan'],
    ['abuse-of-power', 'Abuse of power', 'Penyalahgunaan kuasa'],
    ['abuse-of-vulnerability', 'Abuse of a position of vulnerability', 'Penyalahgunaan kedudukan orang yang mudah terdedah kepada bahaya'],
    ['payments', 'Payments or benefits to a person in control', 'Bayaran atau faedah kepada orang yang mempunyai kawalan'],
    ['debt', 'Debt or alleged debt used against the person', 'Hutang atau hutang yang didakwa, digunakan terhadap orang itu'],
  ],
  purpose: [
    ['exploitation', 'Exploitation (any form)', 'Eksploitasi (apa-apa bentuk)'],
    ['sexual-exploitation', 'Sexual exploitation or prostitution', 'Eksploitasi seks atau pelacuran'],
    ['forced-labour', 'Forced labour or services', 'Kerja atau perkhidmatan paksa'],
    ['slavery', 'Slavery or similar practices', 'Perhambaan atau amalan yang menyerupai perhambaan'],
    ['servitude', 'Servitude', 'Pengabdian'],
    ['illegal-activity', 'Illegal activity', 'Aktiviti yang menyalahi undang-undang'],
    ['organ-removal', 'Removal of organs', 'Pemindahan organ manusia'],
    ['begging', 'Begging', 'Mengemis'],
    ['facilitate-trafficking', 'To facilitate trafficking in persons', 'Untuk memudahkan pemerdagangan orang'],
    ['facilitate-smuggling', 'To facilitate smuggling of migrants', 'Untuk memudahkan penyeludupan migran'],
    ['forced-marriage', 'Forced marriage', 'Perkahwinan paksa'],
    ['murder-or-harm', 'Murder or grievous hurt', 'Pembunuhan atau kecederaan parah'],
    ['extortion', 'Extortion of property, a confession or information', 'Pemerasan harta, pengakuan atau maklumat'],
    ['theft', 'Theft from the person', 'Kecurian daripada orang itu'],
  ],
  victim: [
    ['adult', 'An adult', 'Orang dewasa'],
    ['child', 'A child (under 18)', 'Kanak-kanak (di bawah umur lapan belas tahun)'],
    ['disabled-person', 'A person unable to fully take care of or protect himself', 'Seseorang yang tidak dapat menjaga atau melindungi dirinya sendiri sepenuhnya'],
    ['migrant', 'A smuggled migrant', 'Migran yang diseludup'],
    ['trafficked-person', 'A trafficked person', 'Orang yang diperdagangkan'],
    ['employee', 'An employee of the suspect', 'Pekerja suspek'],
    ['woman', 'A woman or girl', 'Perempuan atau gadis'],
  ],
  circumstance: [
    ['grievous-hurt', 'The victim suffered grievous hurt', 'Mangsa mengalami kecederaan parah'],
    ['death', 'The victim died', 'Kematian mangsa'],
    ['suicide', 'The victim committed suicide', 'Mangsa membunuh diri'],
    ['life-threatening-disease', 'The victim contracted a disease that endangers life', 'Mangsa didedahkan kepada penyakit yang mengancam nyawa'],
    ['organised-crime', 'Part of organised crime', 'Sebahagian daripada aktiviti kumpulan jenayah terancang'],
    ['public-officer', 'Committed by a public officer on duty', 'Dilakukan oleh pegawai awam dalam melaksanakan kewajipan awamnya'],
    ['intent-to-exploit', 'Intended to exploit the smuggled migrant', 'Berniat untuk mengeksploitasi migran yang diseludup'],
    ['cruel-treatment', 'Cruel, inhuman or degrading treatment', 'Layanan yang kejam, tidak berperikemanusiaan atau menjatuhkan maruah'],
    ['risk-of-death', 'Put the migrant at risk of death or serious harm', 'Menimbulkan risiko kematian atau kemudaratan yang serius terhadap migran'],
    ['brothel', 'In a brothel', 'Di rumah pelacuran'],
    ['kidnapped', 'The person had been kidnapped or abducted', 'Orang itu telah diculik atau dilarikan'],
  ],
  mental: [
    ['knowledge', 'Knew, or had reason to believe', 'Mengetahui, atau ada sebab untuk mempercayai'],
    ['intent', 'Intended (with intent, with such intention)', 'Berniat (dengan niat)'],
    ['wilfully', 'Wilfully', 'Dengan sengaja'],
  ],
};

const codesOf = (category: ElementCategory): readonly string[] => ELEMENT_VOCABULARY[category].map(([code]) => code);
export const ELEMENT_CODES: Readonly<Record<ElementCategory, readonly string[]>> = {
  act: codesOf('act'),
  means: codesOf('means'),
  purpose: codesOf('purpose'),
  victim: codesOf('victim'),
  circumstance: codesOf('circumstance'),
  mental: codesOf('mental'),
};

/** A code's label in its category, in English or Malay, or the code itself. */
export const elementLabel = (category: ElementCategory, code: string, lang: 'en' | 'ms' = 'en'): string => {
  const entry = ELEMENT_VOCABULARY[category].find(([c]) => c === code);
  return entry ? entry[lang === 'ms' ? 2 : 1] : code;
};

/** The categories' names for people (the pages' and the compare differences' one source). */
export const ELEMENT_CATEGORY_LABELS: Readonly<Record<ElementCategory, { en: string; ms: string }>> = {
  act: { en: 'conduct', ms: 'perbuatan' },
  means: { en: 'means', ms: 'cara' },
  purpose: { en: 'purpose', ms: 'tujuan' },
  victim: { en: 'victim', ms: 'mangsa' },
  circumstance: { en: 'circumstance', ms: 'keadaan' },
  mental: { en: 'state of mind', ms: 'keadaan minda' },
};

/** What each note code says, in our words (the note's own statutory words are shown beside it). */
export const ELEMENT_NOTE_LABELS: Readonly<Record<ElementNote['code'], { en: string; ms: string }>> = {
  'means-not-required': { en: 'The means need not be proved', ms: 'Cara tidak perlu dibuktikan' },
  'consent-irrelevant': { en: 'Consent is irrelevant', ms: 'Kerelaan tidak relevan' },
  'movement-not-required': { en: 'Movement need not be proved', ms: 'Pergerakan atau pengangkutan tidak perlu dibuktikan' },
};

/** Forms of exploitation: each one is "exploitation" (ATIPSOM s 2 "exploitation" includes them). */
export const EXPLOITATION_FORMS: readonly string[] = [
  'sexual-exploitation', 'forced-labour', 'slavery', 'servitude', 'illegal-activity', 'organ-removal', 'begging',
];
