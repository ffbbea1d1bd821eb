/**
 * What the facts → charges answer adds beside the ranked charges: provisions a fact points to (an
 * Act we hold only in part), and the ways of charging any offence (abetment, conspiracy, attempt).
 * Data only (runs in the Worker); our analysis, labelled as such where shown.
 */
/** A provision a fact points to beside the ranked charges (e.g. an Act we hold only in part). */
export interface Pointer {
  fact: string;
  id: string;
  why: string;
  /** Said wherever the pointer is shown: the limits of the text we hold. */
  warning?: string;
}

/** Provisions a fact points to outside the ranked charges. */
export const POINTERS: readonly Pointer[] = [
  {
    fact: 'withheld-documents',
    id: 'passports-act-s12',
    why: "Holding, without lawful authority, a passport issued for the use of another person is an offence (s 12(1)(f)): the employer who keeps workers' passports.",
    warning: 'The Passports Act 1966 (Act 150) is not in our corpus: s 12(1) is known here only in the words the Passports (Amendment) Act 1995 substituted (its Bill is in our sources), and later changes are not held. Check the current text before charging.',
  },
];

/**
 * Ways of charging, not offences of their own: abetment, conspiracy and attempt attach to an
 * offence (Penal Code ss 107–120B, 511) and take its punishment or a share of it.
 */
export const WAYS_OF_CHARGING: readonly { id: string; how: string }[] = [
  { id: 'penal-code-s109', how: 'Abetment of the offence, where the act abetted is committed and no express provision punishes the abetment' },
  { id: 'penal-code-s116', how: 'Abetment of the offence where it is not committed' },
  { id: 'penal-code-s120b', how: 'Criminal conspiracy to commit the offence' },
  { id: 'penal-code-s511', how: 'Attempt to commit the offence, where no express provision punishes the attempt' },
];
