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

export interface Fact {
  code: string;
  label: string;
  /** Element codes the fact meets. */
  supports: readonly Supports[];
  /** Why the fact meets an element that does not name it (our analysis, shown with the answer). */
  because?: string;
}

const to = (category: ElementCategory, ...codes: string[]): Supports[] => codes.map((code) => ({ category, code }));

/** The fact fields of /v1/match and the facts form, each a list of fact codes. */
export const FACT_VOCABULARY = {
  conduct: [
    { code: 'recruit', label: 'Recruited the person (or procured them)', supports: to('act', 'recruit') },
    { code: 'transport', label: 'Transported or conveyed the person', supports: to('act', 'transport') },
    { code: 'transfer', label: 'Sold, handed over or transferred the person', supports: to('act', 'transfer') },
    { code: 'acquire', label: 'Bought or otherwise obtained the person', supports: to('act', 'acquire') },
    { code: 'harbour', label: 'Harboured or hid the person', supports: to('act', 'harbour') },
    { code: 'receive', label: 'Received the person', supports: to('act', 'receive') },
    { code: 'provide', label: 'Provided the person to others', supports: to('act', 'provide') },
    { code: 'maintain', label: 'Kept the person in the situation', supports: to('act', 'maintain') },
    { code: 'bring-into-country', label: 'Brought the person into Malaysia', supports: to('act', 'bring-into-country') },
    { code: 'bring-in-transit', label: 'Brought the person through Malaysia in transit', supports: to('act', 'bring-in-transit') },
    { code: 'smuggle', label: "Arranged the person's unlawful entry or exit (smuggling)", supports: to('act', 'smuggle') },
    { code: 'take-out-of-custody', label: 'Took or sent a child away from the person with lawful custody or care', supports: to('act', 'take-out-of-custody') },
    { code: 'harbour-escapee', label: 'Harboured a person who escaped from a shelter, place of safety or custody', supports: to('act', 'harbour-escapee') },
    { code: 'kidnap', label: 'Kidnapped or abducted the person', supports: [...to('act', 'kidnap'), ...to('circumstance', 'kidnapped')] },
    { code: 'profit', label: "Took the earnings of the person's exploitation or prostitution", supports: [...to('act', 'profit', 'control-prostitution')] },
    { code: 'keep-brothel', label: 'Ran, managed or let the premises used as a brothel', supports: to('act', 'keep-brothel') },
    { code: 'advertise', label: 'Offered the person by advertisement or notice', supports: to('act', 'advertise') },
    { code: 'employ-child', label: 'Employed a child or young person', supports: to('act', 'employ-child') },
    { code: 'document-fraud', label: 'Made, gave or held false travel or identity documents', supports: to('act', 'document-fraud') },
    { code: 'facilitate', label: 'Provided premises, money or services used for the offence', supports: to('act', 'facilitate') },
    { code: 'sexual-abuse', label: 'Sexually abused the person, or made or shared abuse material', supports: to('act', 'sexual-abuse') },
  ],
  means: [
    { code: 'threat', label: 'Threatened the person', supports: to('means', 'threat') },
    { code: 'force', label: 'Used force', supports: to('means', 'force') },
    { code: 'deception', label: 'Deceived the person (false job offer, false promises)', supports: to('means', 'deception', 'fraud') },
    { code: 'fraud', label: 'Fraud or false pretences', supports: to('means', 'fraud', 'deception') },
    { code: 'coercion', label: 'Other coercion (pressure, intimidation)', supports: to('means', 'coercion') },
    { code: 'abduction', label: 'Abducted the person', supports: [...to('means', 'abduction'), ...to('act', 'kidnap'), ...to('circumstance', 'kidnapped')] },
    { code: 'abuse-of-power', label: 'Abused a position of power', supports: to('means', 'abuse-of-power') },
    { code: 'abuse-of-vulnerability', label: "Took advantage of the person's vulnerability", supports: to('means', 'abuse-of-vulnerability') },
    { code: 'payments', label: 'Paid someone who had control over the person', supports: to('means', 'payments') },
    {
      code: 'debt',
      label: 'Held the person by a debt (recruitment fees, advances)',
      supports: [...to('means', 'debt', 'coercion')],
      because: 'A debt used to keep a person working is treated here as one of the "other forms of coercion" of ATIPSOM s 2; the Penal Code presumes wrongful restraint from a threat of debt proceedings (s 372(2)(c)).',
    },
    {
      code: 'withheld-documents',
      label: "Kept the person's passport or identity card",
      supports: [...to('act', 'withhold-documents'), ...to('means', 'coercion')],
      because: 'Keeping a person\'s passport or identity card is treated here as one of the "other forms of coercion" of ATIPSOM s 2; the Penal Code presumes wrongful restraint from it (s 372(2)(d)); the Passports Act makes holding another\'s passport an offence (s 12(1)(f)).',
    },
    {
      code: 'confined',
      label: 'Kept the person locked in or not allowed to leave',
      supports: [...to('act', 'confine'), ...to('means', 'coercion')],
      because: 'Confinement is conduct in the Penal Code (ss 340–348) and the Employment Act (s 90B), and is treated here as one of the "other forms of coercion" of ATIPSOM s 2.',
    },
    { code: 'unpaid-wages', label: 'Did not pay the wages due', supports: to('act', 'withhold-wages') },
  ],
  purpose: [
    { code: 'sexual-exploitation', label: 'Made to provide sexual services (prostitution)', supports: to('purpose', 'sexual-exploitation') },
    { code: 'forced-labour', label: 'Made to work against their will (forced labour)', supports: [...to('purpose', 'forced-labour'), ...to('act', 'compel-labour')] },
    { code: 'slavery', label: 'Held or dealt with as a slave', supports: to('purpose', 'slavery') },
    { code: 'servitude', label: 'Held in servitude', supports: to('purpose', 'servitude') },
    { code: 'begging', label: 'Made to beg', supports: to('purpose', 'begging') },
    { code: 'illegal-activity', label: 'Made to commit crimes (e.g. drug couriering, scams)', supports: to('purpose', 'illegal-activity') },
    { code: 'organ-removal', label: 'Removal of organs', supports: to('purpose', 'organ-removal') },
    { code: 'forced-marriage', label: 'Forced marriage', supports: to('purpose', 'forced-marriage') },
  ],
  place: [
    {
      code: 'brothel',
      label: 'A brothel',
      supports: [...to('circumstance', 'brothel'), ...to('purpose', 'sexual-exploitation')],
      because: 'A brothel is a place used "for purposes of prostitution" (Penal Code s 373(2)).',
    },
    { code: 'massage-parlour', label: 'A massage parlour, spa or entertainment outlet', supports: [] },
    { code: 'plantation', label: 'A plantation or farm', supports: [] },
    { code: 'fishing-boat', label: 'A fishing boat', supports: [] },
    { code: 'domestic-work', label: 'A private home (domestic work)', supports: [] },
    { code: 'factory-or-site', label: 'A factory or construction site', supports: [] },
  ],
  circumstances: [
    { code: 'grievous-hurt', label: 'The victim suffered grievous hurt', supports: to('circumstance', 'grievous-hurt') },
    { code: 'death', label: 'The victim died', supports: to('circumstance', 'death') },
    { code: 'suicide', label: 'The victim committed suicide', supports: to('circumstance', 'suicide') },
    { code: 'life-threatening-disease', label: 'The victim was exposed to a life-threatening disease', supports: to('circumstance', 'life-threatening-disease') },
    { code: 'organised-crime', label: 'Part of an organised criminal group', supports: to('circumstance', 'organised-crime') },
    { code: 'public-officer', label: 'Committed by a public officer on duty', supports: to('circumstance', 'public-officer') },
    { code: 'intent-to-exploit', label: 'Intended to exploit the smuggled migrant', supports: to('circumstance', 'intent-to-exploit') },
    { code: 'cruel-treatment', label: 'Cruel, inhuman or degrading treatment', supports: to('circumstance', 'cruel-treatment') },
    { code: 'risk-of-death', label: 'Put the migrant at risk of death or serious harm', supports: to('circumstance', 'risk-of-death') },
  ],
} as const satisfies Record<string, readonly Fact[]>;

export type FactField = keyof typeof FACT_VOCABULARY;
export const FACT_FIELD_NAMES = Object.keys(FACT_VOCABULARY) as FactField[];

export const factCodes = (field: FactField): readonly string[] => FACT_VOCABULARY[field].map((f) => f.code);

export const factOf = (field: FactField, code: string): Fact | undefined =>
  (FACT_VOCABULARY[field] as readonly Fact[]).find((f) => f.code === code);
