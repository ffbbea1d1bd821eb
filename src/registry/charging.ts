/**
 * What the facts → charges answer adds beside the ranked charges: provisions a fact points to (an
 * Act we hold only in part), and the ways of charging any offence (abetment, conspiracy, attempt).
 * Data only (runs in the Worker); our analysis, labelled as such where shown, in English and Malay
 * (the `_ms` fields, shown on Malay pages; an entry without them does not type-check).
 */
/** A provision a fact points to beside the ranked charges (e.g. an Act we hold only in part). */
export interface Pointer {
  fact: string;
  id: string;
  why: string;
  why_ms: string;
  /** Said wherever the pointer is shown: the limits of the text we hold. */
  warning?: string;
  warning_ms?: string;
}

/** Provisions a fact points to outside the ranked charges. */
export const POINTERS: readonly Pointer[] = [
  {
    fact: 'withheld-documents',
    id: 'passports-act-s12',
    why: "Holding, without lawful authority, a passport issued for the use of another person is an offence (s 12(1)(f)): the employer who keeps workers' passports.",
    why_ms: 'Memegang, tanpa kuasa yang sah, pasport yang dikeluarkan untuk kegunaan orang lain ialah suatu kesalahan (seksyen 12(1)(f)): majikan yang menyimpan pasport pekerja.',
    warning: 'The Passports Act 1966 (Act 150) is not in our corpus: s 12(1) is known here only in the words the Passports (Amendment) Act 1995 substituted (its Bill is in our sources), and later changes are not held. Check the current text before charging.',
    warning_ms:
      'Akta Pasport 1966 (Akta 150) tiada dalam korpus kami: seksyen 12(1) hanya diketahui di sini dalam perkataan yang digantikan oleh Akta Pasport (Pindaan) 1995 (Rang Undang-Undangnya ada dalam sumber kami), dan perubahan kemudiannya tiada dalam simpanan. Semak teks semasa sebelum membuat pertuduhan.',
  },
];

/**
 * Ways of charging, not offences of their own: abetment, conspiracy and attempt attach to an
 * offence (Penal Code ss 107–120B, 511) and take its punishment or a share of it.
 */
export const WAYS_OF_CHARGING: readonly { id: string; how: string; how_ms: string }[] = [
  { id: 'penal-code-s109', how: 'Abetment of the offence, where the act abetted is committed and no express provision punishes the abetment', how_ms: 'Persubahatan kesalahan itu, jika perbuatan yang disubahati dilakukan dan tiada peruntukan nyata bagi menghukum persubahatan itu' },
  { id: 'penal-code-s116', how: 'Abetment of the offence where it is not committed', how_ms: 'Persubahatan kesalahan itu jika kesalahan itu tidak dilakukan' },
  { id: 'penal-code-s120b', how: 'Criminal conspiracy to commit the offence', how_ms: 'Pakatan jenayah untuk melakukan kesalahan itu' },
  { id: 'penal-code-s511', how: 'Attempt to commit the offence, where no express provision punishes the attempt', how_ms: 'Cubaan untuk melakukan kesalahan itu, jika tiada peruntukan nyata bagi menghukum cubaan itu' },
];
