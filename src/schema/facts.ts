/**
 * The facts people describe a case with (a withheld passport, a debt, a brothel), and the offence
 * element codes each one supports. Facts are not elements: "withheld the passport" is conduct under
 * the Passports Act and, as our analysis, a form of coercion for ATIPSOM; "kept in a brothel" is a
 * place that the Penal Code itself ties to prostitution (s 373(2)). The mapping is ours, labelled
 * as analysis; the elements it reaches carry the statutory words. Data only (runs in the Worker).
 */
import type { ElementCategory } from './elements.js';

export interface Supports {
  category: ElementCategory;
  code: string;
}

/** Our words in both interface languages (the API answers the English; the Malay pages show the Malay). */
export interface Bilingual {
  en: string;
  ms: string;
}

/**
 * A fact as people describe it. Its label and reason are our words, in English and Malay, where a
 * label names a statutory concept the Malay uses the Malay reprints' term (checked by
 * test/schema/malay-terms.test.ts); a fact without its Malay label does not type-check.
 */
export interface Fact {
  code: string;
  label: Bilingual;
  /** Element codes the fact meets. */
  supports: readonly Supports[];
  /** Why the fact meets an element that does not name it (our analysis, shown with the answer). */
  because?: Bilingual;
}

const to = (category: ElementCategory, ...codes: string[]): Supports[] => codes.map((code) => ({ category, code }));

/** The fact fields of /v1/match and the facts form, each a list of fact codes. */
export const FACT_VOCABULARY = {
  conduct: [
    { code: 'recruit', label: { en: 'Recruited the person (or procured them)', ms: 'Merekrut orang itu (atau mendapatkannya)' }, supports: to('act', 'recruit') },
    { code: 'transport', label: { en: 'Transported or conveyed the person', ms: 'Mengangkut atau membawa orang itu' }, supports: to('act', 'transport') },
    { code: 'transfer', label: { en: 'Sold, handed over or transferred the person', ms: 'Menjual, menyerahkan atau memindahkan orang itu' }, supports: to('act', 'transfer') },
    { code: 'acquire', label: { en: 'Bought or otherwise obtained the person', ms: 'Membeli atau selainnya memperoleh orang itu' }, supports: to('act', 'acquire') },
    { code: 'harbour', label: { en: 'Harboured or hid the person', ms: 'Melindungi atau menyembunyikan orang itu' }, supports: to('act', 'harbour') },
    { code: 'receive', label: { en: 'Received the person', ms: 'Menerima orang itu' }, supports: to('act', 'receive') },
    { code: 'provide', label: { en: 'Provided the person to others', ms: 'Menyediakan orang itu kepada orang lain' }, supports: to('act', 'provide') },
    { code: 'maintain', label: { en: 'Kept the person in the situation', ms: 'Mengekalkan orang itu dalam keadaan itu' }, supports: to('act', 'maintain') },
    { code: 'bring-into-country', label: { en: 'Brought the person into Malaysia', ms: 'Membawa orang itu masuk ke Malaysia' }, supports: to('act', 'bring-into-country') },
    { code: 'bring-in-transit', label: { en: 'Brought the person through Malaysia in transit', ms: 'Membawa orang itu dalam transit melalui Malaysia' }, supports: to('act', 'bring-in-transit') },
    { code: 'smuggle', label: { en: "Arranged the person's unlawful entry or exit (smuggling)", ms: 'Mengatur kemasukan atau pengeluaran orang itu secara tidak sah (penyeludupan migran)' }, supports: to('act', 'smuggle') },
    { code: 'take-out-of-custody', label: { en: 'Took or sent a child away from the person with lawful custody or care', ms: 'Mengambil atau menghantar kanak-kanak keluar daripada jagaan yang sah atau pemeliharaan orang yang berhak' }, supports: to('act', 'take-out-of-custody') },
    { code: 'harbour-escapee', label: { en: 'Harboured a person who escaped from a shelter, place of safety or custody', ms: 'Melindungi orang yang melarikan diri dari rumah perlindungan, tempat selamat atau jagaan' }, supports: to('act', 'harbour-escapee') },
    { code: 'kidnap', label: { en: 'Kidnapped or abducted the person', ms: 'Menculik atau melarikan orang itu' }, supports: [...to('act', 'kidnap'), ...to('circumstance', 'kidnapped')] },
    { code: 'profit', label: { en: "Took the earnings of the person's exploitation or prostitution", ms: 'Mengambil pendapatan hasil eksploitasi atau pelacuran orang itu (mendapat keuntungan)' }, supports: [...to('act', 'profit', 'control-prostitution')] },
    { code: 'keep-brothel', label: { en: 'Ran, managed or let the premises used as a brothel', ms: 'Menjalankan, mengurus atau menyewakan premis yang digunakan sebagai rumah pelacuran' }, supports: to('act', 'keep-brothel') },
    { code: 'advertise', label: { en: 'Offered the person by advertisement or notice', ms: 'Menawarkan orang itu melalui iklan atau notis' }, supports: to('act', 'advertise') },
    { code: 'employ-child', label: { en: 'Employed a child or young person', ms: 'Menggajikan kanak-kanak atau orang muda' }, supports: to('act', 'employ-child') },
    { code: 'document-fraud', label: { en: 'Made, gave or held false travel or identity documents', ms: 'Membuat, memberi atau memiliki dokumen perjalanan atau pengenalan diri fraud' }, supports: to('act', 'document-fraud') },
    { code: 'facilitate', label: { en: 'Provided premises, money or services used for the offence', ms: 'Menyediakan premis, wang atau perkhidmatan yang digunakan bagi kesalahan itu' }, supports: to('act', 'facilitate') },
    { code: 'sexual-abuse', label: { en: 'Sexually abused the person, or made or shared abuse material', ms: 'Melakukan penganiayaan seksual terhadap orang itu, atau membuat atau berkongsi bahan penganiayaan seksual kanak-kanak' }, supports: to('act', 'sexual-abuse') },
    { code: 'fail-to-inform', label: { en: 'Did not report or give the information the law requires', ms: 'Tidak melaporkan atau memberikan maklumat yang dikehendaki oleh undang-undang' }, supports: to('act', 'fail-to-inform') },
    { code: 'ill-treat', label: { en: 'Ill-treated, neglected or abandoned a child in their care', ms: 'Menganiayai, mengabaikan atau membuang kanak-kanak dalam pemeliharaannya' }, supports: to('act', 'ill-treat') },
    { code: 'sexual-intercourse', label: { en: 'Had sexual intercourse with the person (rape, incest)', ms: 'Melakukan persetubuhan dengan orang itu' }, supports: to('act', 'sexual-intercourse') },
  ],
  means: [
    { code: 'threat', label: { en: 'Threatened the person', ms: 'Memberikan ancaman kepada orang itu' }, supports: to('means', 'threat') },
    { code: 'force', label: { en: 'Used force', ms: 'Menggunakan kekerasan' }, supports: to('means', 'force') },
    { code: 'deception', label: { en: 'Deceived the person (false job offer, false promises)', ms: 'Memperdaya orang itu (tawaran kerja palsu, janji palsu): perdayaan' }, supports: to('means', 'deception', 'fraud') },
    { code: 'fraud', label: { en: 'Fraud or false pretences', ms: 'Fraud atau helah palsu' }, supports: to('means', 'fraud', 'deception') },
    { code: 'coercion', label: { en: 'Other coercion (pressure, intimidation)', ms: 'Bentuk paksaan yang lain (tekanan, ugutan)' }, supports: to('means', 'coercion') },
    { code: 'abduction', label: { en: 'Abducted the person', ms: 'Melarikan orang itu (pemelarian)' }, supports: [...to('means', 'abduction'), ...to('act', 'kidnap'), ...to('circumstance', 'kidnapped')] },
    { code: 'abuse-of-power', label: { en: 'Abused a position of power', ms: 'Penyalahgunaan kuasa' }, supports: to('means', 'abuse-of-power') },
    { code: 'abuse-of-vulnerability', label: { en: "Took advantage of the person's vulnerability", ms: 'Mengambil kesempatan atas kedudukan orang itu yang mudah terdedah kepada bahaya' }, supports: to('means', 'abuse-of-vulnerability') },
    { code: 'payments', label: { en: 'Paid someone who had control over the person', ms: 'Memberikan bayaran atau faedah kepada orang yang mempunyai kawalan ke atas orang itu' }, supports: to('means', 'payments') },
    {
      code: 'debt',
      label: { en: 'Held the person by a debt (recruitment fees, advances)', ms: 'Menahan orang itu dengan hutang (yuran pengambilan, pendahuluan)' },
      supports: [...to('means', 'debt', 'coercion')],
      because: {
        en: 'A debt used to keep a person working is treated here as one of the "other forms of coercion" of ATIPSOM s 2; the Penal Code presumes wrongful restraint from a threat of debt proceedings (s 372(2)(c)).',
        ms: 'Hutang yang digunakan untuk memaksa seseorang terus bekerja dianggap di sini sebagai salah satu “bentuk paksaan yang lain” dalam seksyen 2 Akta 670; Kanun Keseksaan menganggap sekatan salah berlaku jika ada ancaman prosiding hutang (seksyen 372(2)(c)).',
      },
    },
    {
      code: 'withheld-documents',
      label: { en: "Kept the person's passport or identity card", ms: 'Menyimpan pasport atau kad pengenalan orang itu' },
      supports: [...to('act', 'withhold-documents'), ...to('means', 'coercion')],
      because: {
        en: 'Keeping a person\'s passport or identity card is treated here as one of the "other forms of coercion" of ATIPSOM s 2; the Penal Code presumes wrongful restraint from it (s 372(2)(d)); the Passports Act makes holding another\'s passport an offence (s 12(1)(f)).',
        ms: 'Menyimpan pasport atau kad pengenalan seseorang dianggap di sini sebagai salah satu “bentuk paksaan yang lain” dalam seksyen 2 Akta 670; Kanun Keseksaan menganggap sekatan salah berlaku daripadanya (seksyen 372(2)(d)); Akta Pasport menjadikan pemegangan pasport orang lain suatu kesalahan (seksyen 12(1)(f)).',
      },
    },
    {
      code: 'confined',
      label: { en: 'Kept the person locked in or not allowed to leave', ms: 'Mengurung orang itu atau tidak membenarkannya pergi' },
      supports: [...to('act', 'confine'), ...to('means', 'coercion')],
      because: {
        en: 'Confinement is conduct in the Penal Code (ss 340–348) and the Employment Act (s 90B), and is treated here as one of the "other forms of coercion" of ATIPSOM s 2.',
        ms: 'Pengurungan ialah perbuatan dalam Kanun Keseksaan (seksyen 340–348) dan Akta Kerja (seksyen 90B), dan dianggap di sini sebagai salah satu “bentuk paksaan yang lain” dalam seksyen 2 Akta 670.',
      },
    },
    { code: 'unpaid-wages', label: { en: 'Did not pay the wages due', ms: 'Tidak membayar gaji yang kena dibayar' }, supports: to('act', 'withhold-wages') },
  ],
  purpose: [
    { code: 'sexual-exploitation', label: { en: 'Made to provide sexual services (prostitution)', ms: 'Dipaksa memberikan perkhidmatan seks (pelacuran): eksploitasi seks' }, supports: to('purpose', 'sexual-exploitation') },
    { code: 'forced-labour', label: { en: 'Made to work against their will (forced labour)', ms: 'Dipaksa bekerja di luar kehendaknya (kerja atau perkhidmatan paksa)' }, supports: [...to('purpose', 'forced-labour'), ...to('act', 'compel-labour')] },
    { code: 'slavery', label: { en: 'Held or dealt with as a slave', ms: 'Ditahan atau diuruskan sebagai hamba (perhambaan)' }, supports: to('purpose', 'slavery') },
    { code: 'servitude', label: { en: 'Held in servitude', ms: 'Ditahan dalam pengabdian' }, supports: to('purpose', 'servitude') },
    { code: 'begging', label: { en: 'Made to beg', ms: 'Dipaksa mengemis' }, supports: to('purpose', 'begging') },
    { code: 'illegal-activity', label: { en: 'Made to commit crimes (e.g. drug couriering, scams)', ms: 'Dipaksa melakukan jenayah (contohnya membawa dadah, penipuan): aktiviti yang menyalahi undang-undang' }, supports: to('purpose', 'illegal-activity') },
    { code: 'organ-removal', label: { en: 'Removal of organs', ms: 'Pemindahan organ manusia' }, supports: to('purpose', 'organ-removal') },
    { code: 'forced-marriage', label: { en: 'Forced marriage', ms: 'Perkahwinan paksa' }, supports: to('purpose', 'forced-marriage') },
  ],
  place: [
    {
      code: 'brothel',
      label: { en: 'A brothel', ms: 'Rumah pelacuran' },
      supports: [...to('circumstance', 'brothel'), ...to('purpose', 'sexual-exploitation')],
      because: {
        en: 'A brothel is a place used "for purposes of prostitution" (Penal Code s 373(2)).',
        ms: 'Rumah pelacuran ialah tempat yang digunakan bagi maksud pelacuran, menurut Kanun Keseksaan seksyen 373(2).',
      },
    },
    { code: 'massage-parlour', label: { en: 'A massage parlour, spa or entertainment outlet', ms: 'Pusat urut, spa atau pusat hiburan' }, supports: [] },
    { code: 'plantation', label: { en: 'A plantation or farm', ms: 'Ladang atau kebun' }, supports: [] },
    { code: 'fishing-boat', label: { en: 'A fishing boat', ms: 'Bot nelayan' }, supports: [] },
    { code: 'domestic-work', label: { en: 'A private home (domestic work)', ms: 'Rumah persendirian (pembantu rumah)' }, supports: [] },
    { code: 'factory-or-site', label: { en: 'A factory or construction site', ms: 'Kilang atau tapak pembinaan' }, supports: [] },
  ],
  circumstances: [
    { code: 'grievous-hurt', label: { en: 'The victim suffered grievous hurt', ms: 'Mangsa mengalami kecederaan parah' }, supports: to('circumstance', 'grievous-hurt') },
    { code: 'death', label: { en: 'The victim died', ms: 'Mangsa mati' }, supports: to('circumstance', 'death') },
    { code: 'suicide', label: { en: 'The victim committed suicide', ms: 'Mangsa membunuh diri' }, supports: to('circumstance', 'suicide') },
    { code: 'life-threatening-disease', label: { en: 'The victim was exposed to a life-threatening disease', ms: 'Mangsa didedahkan kepada penyakit yang mengancam nyawa' }, supports: to('circumstance', 'life-threatening-disease') },
    { code: 'organised-crime', label: { en: 'Part of an organised criminal group', ms: 'Sebahagian daripada aktiviti kumpulan jenayah terancang' }, supports: to('circumstance', 'organised-crime') },
    { code: 'public-officer', label: { en: 'Committed by a public officer on duty', ms: 'Dilakukan oleh pegawai awam dalam melaksanakan kewajipan awamnya' }, supports: to('circumstance', 'public-officer') },
    { code: 'intent-to-exploit', label: { en: 'Intended to exploit the smuggled migrant', ms: 'Berniat untuk mengeksploitasi migran yang diseludup' }, supports: to('circumstance', 'intent-to-exploit') },
    { code: 'cruel-treatment', label: { en: 'Cruel, inhuman or degrading treatment', ms: 'Layanan yang kejam, tidak berperikemanusiaan atau menjatuhkan maruah' }, supports: to('circumstance', 'cruel-treatment') },
    { code: 'risk-of-death', label: { en: 'Put the migrant at risk of death or serious harm', ms: 'Menimbulkan risiko kematian atau kemudaratan yang serius terhadap migran' }, supports: to('circumstance', 'risk-of-death') },
  ],
} as const satisfies Record<string, readonly Fact[]>;

export type FactField = keyof typeof FACT_VOCABULARY;
export const FACT_FIELD_NAMES = Object.keys(FACT_VOCABULARY) as FactField[];

export const factCodes = (field: FactField): readonly string[] => FACT_VOCABULARY[field].map((f) => f.code);

export const factOf = (field: FactField, code: string): Fact | undefined =>
  (FACT_VOCABULARY[field] as readonly Fact[]).find((f) => f.code === code);
