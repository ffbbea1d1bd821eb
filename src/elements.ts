/**
 * The element vocabulary: the codes offence elements use (scripts/analysis/elements.ts finds them
 * in the text) and facts given to /v1/match name. Data only, so the Worker can validate input.
 * A test keeps it equal to the codes the rules produce.
 */
import type { ElementCategory } from './schema/elements.js';

export const ELEMENT_CODES: Readonly<Record<ElementCategory, readonly string[]>> = {
  act: [
    'recruit', 'transport', 'transfer', 'harbour-escapee', 'harbour', 'provide', 'receive', 'acquire', 'maintain',
    'bring-in-transit', 'bring-into-country', 'take-out-of-custody', 'profit', 'document-fraud', 'smuggle',
    'facilitate', 'sexual-abuse',
  ],
  means: ['threat', 'force', 'coercion', 'abduction', 'fraud', 'deception', 'abuse-of-power', 'abuse-of-vulnerability', 'payments'],
  purpose: [
    'exploitation', 'sexual-exploitation', 'forced-labour', 'slavery', 'servitude', 'illegal-activity', 'organ-removal',
    'begging', 'facilitate-trafficking', 'facilitate-smuggling',
  ],
  victim: ['adult', 'child', 'disabled-person', 'migrant', 'trafficked-person'],
  circumstance: [
    'grievous-hurt', 'death', 'suicide', 'life-threatening-disease', 'organised-crime', 'public-officer',
    'intent-to-exploit', 'cruel-treatment', 'risk-of-death',
  ],
};

/** Forms of exploitation: each one is "exploitation" (ATIPSOM s 2 "exploitation" includes them). */
export const EXPLOITATION_FORMS: readonly string[] = [
  'sexual-exploitation', 'forced-labour', 'slavery', 'servitude', 'illegal-activity', 'organ-removal', 'begging',
];
