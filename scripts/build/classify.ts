/**
 * What a provision does (`type`) and what it is about (`topics`), by rules over its heading.
 * A minimal first version: the analysis step (issue 5) extends these rules; keep the signature.
 */
import type { Provision, ProvisionType } from '../../src/schema/provision.js';

// Heading words in English and Malay, checked in this order; the first that matches wins.
const HEADING_RULES: readonly [RegExp, ProvisionType][] = [
  [/\boffences?\b|\bkesalahan\b/i, 'offence'],
  [/\bpowers?\b|\bkuasa\b/i, 'power'],
];

export function classify(p: Provision): { type: ProvisionType; topics: string[] } {
  if (p.meta.kind === 'definition') return { type: 'definition', topics: [] };
  const rule = HEADING_RULES.find(([pattern]) => pattern.test(p.meta.heading));
  return { type: rule?.[1] ?? 'general', topics: [] };
}
