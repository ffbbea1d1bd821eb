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
 * in the text) and facts given to /v1/match name, each with a label for people (our words, not
 * statute text). The one list: the match schema, the API and the facts form all read it; part of
 * the schema because the match schema validates against its codes. Data only, so the Worker can
 * validate input. A test keeps it equal to the codes the rules produce.
 */
type Vocabulary = Readonly<Record<ElementCategory, readonly (readonly [code: string, label: string])[]>>;

export const ELEMENT_VOCABULARY: Vocabulary = {
  act: [
    ['recruit', 'Recruited'],
    ['transport', 'Transported'],
    ['transfer', 'Transferred, sold or handed over'],
    ['harbour-escapee', 'Harboured a person who escaped from custody or care'],
    ['harbour', 'Harboured or concealed'],
    ['provide', 'Provided'],
    ['receive', 'Received'],
    ['acquire', 'Acquired or bought'],
    ['maintain', 'Maintained (kept in the situation)'],
    ['bring-in-transit', 'Brought through the country in transit'],
    ['bring-into-country', 'Brought into the country'],
    ['take-out-of-custody', 'Took or sent a person out of lawful custody or care'],
    ['profit', 'Profited from the offence'],
    ['document-fraud', 'Made, gave or held false travel or identity documents'],
    ['smuggle', 'Arranged unlawful entry or exit (smuggling)'],
    ['facilitate', 'Facilitated: financial services, premises or material support'],
    ['sexual-abuse', 'Sexual abuse, sexual communication or abuse material'],
    ['confine', 'Confined, restrained or detained the person'],
    ['compel-labour', 'Compelled or forced the person to work'],
    ['withhold-documents', "Held another person's passport or identity document"],
    ['withhold-wages', 'Did not pay wages due'],
    ['kidnap', 'Kidnapped or abducted'],
    ['keep-brothel', 'Kept, managed or let premises for a brothel'],
    ['control-prostitution', "Controlled another's prostitution or lived on its earnings"],
    ['advertise', 'Offered the person by advertisement or notice'],
    ['employ-child', 'Employed a child or young person'],
    ['solicit', "Solicited for prostitution (the person's own conduct)"],
    ['other-conduct', 'The conduct the provision describes (no fact in the vocabulary meets it)'],
  ],
  means: [
    ['threat', 'Threat'],
    ['force', 'Use of force'],
    ['coercion', 'Coercion'],
    ['abduction', 'Abduction'],
    ['fraud', 'Fraud'],
    ['deception', 'Deception'],
    ['abuse-of-power', 'Abuse of power'],
    ['abuse-of-vulnerability', 'Abuse of a position of vulnerability'],
    ['payments', 'Payments or benefits to a person in control'],
    ['debt', 'Debt or alleged debt used against the person'],
  ],
  purpose: [
    ['exploitation', 'Exploitation (any form)'],
    ['sexual-exploitation', 'Sexual exploitation or prostitution'],
    ['forced-labour', 'Forced labour or services'],
    ['slavery', 'Slavery or similar practices'],
    ['servitude', 'Servitude'],
    ['illegal-activity', 'Illegal activity'],
    ['organ-removal', 'Removal of organs'],
    ['begging', 'Begging'],
    ['facilitate-trafficking', 'To facilitate trafficking in persons'],
    ['facilitate-smuggling', 'To facilitate smuggling of migrants'],
    ['forced-marriage', 'Forced marriage'],
    ['murder-or-harm', 'Murder or grievous hurt'],
    ['extortion', 'Extortion of property, a confession or information'],
    ['theft', 'Theft from the person'],
  ],
  victim: [
    ['adult', 'An adult'],
    ['child', 'A child (under 18)'],
    ['disabled-person', 'A person unable to fully take care of or protect himself'],
    ['migrant', 'A smuggled migrant'],
    ['trafficked-person', 'A trafficked person'],
    ['employee', 'An employee of the suspect'],
    ['woman', 'A woman or girl'],
  ],
  circumstance: [
    ['grievous-hurt', 'The victim suffered grievous hurt'],
    ['death', 'The victim died'],
    ['suicide', 'The victim committed suicide'],
    ['life-threatening-disease', 'The victim contracted a disease that endangers life'],
    ['organised-crime', 'Part of organised crime'],
    ['public-officer', 'Committed by a public officer on duty'],
    ['intent-to-exploit', 'Intended to exploit the smuggled migrant'],
    ['cruel-treatment', 'Cruel, inhuman or degrading treatment'],
    ['risk-of-death', 'Put the migrant at risk of death or serious harm'],
    ['brothel', 'In a brothel'],
    ['kidnapped', 'The person had been kidnapped or abducted'],
  ],
  mental: [
    ['knowledge', 'Knew, or had reason to believe'],
    ['intent', 'Intended (with intent, with such intention)'],
    ['wilfully', 'Wilfully'],
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

/** A code's label in its category, or the code itself. */
export const elementLabel = (category: ElementCategory, code: string): string =>
  ELEMENT_VOCABULARY[category].find(([c]) => c === code)?.[1] ?? code;

/** Forms of exploitation: each one is "exploitation" (ATIPSOM s 2 "exploitation" includes them). */
export const EXPLOITATION_FORMS: readonly string[] = [
  'sexual-exploitation', 'forced-labour', 'slavery', 'servitude', 'illegal-activity', 'organ-removal', 'begging',
];
