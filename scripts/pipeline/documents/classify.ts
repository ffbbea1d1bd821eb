/**
 * What a provision does (`type`) and what it is about (`topics`): the one classifier, reading the
 * analysis (scripts/pipeline/analysis: offence detection on the wording, topic rules and curated topics).
 * Type follows from the offence test, the kind, then the provision's topics in this order.
 */
import type { ProvisionType } from '../../../src/schema/provision.js';
import type { ProvisionAnalysis } from '../analysis/index.js';
import type { ProvisionText } from '../analysis/input.js';

const TYPE_BY_TOPIC: readonly [ProvisionType, readonly string[]][] = [
  ['definition', ['definitions']], // interpretation sections
  ['protection', ['non-punishment', 'victim-protection', 'places-of-refuge', 'protection-orders', 'medical-care', 'privacy', 'repatriation-and-status', 'compensation']],
  ['power', ['enforcement-powers']],
  ['procedure', ['evidence-and-procedure', 'witnesses']],
  ['institution', ['institutions']],
];

export function classify(p: ProvisionText, a: ProvisionAnalysis): { type: ProvisionType; topics: string[] } {
  const topics = a.topics.map((t) => t.topic);
  if (a.offence) return { type: 'offence', topics };
  if (p.meta.kind === 'definition') return { type: 'definition', topics };
  const rule = TYPE_BY_TOPIC.find(([, of]) => of.some((t) => topics.includes(t)));
  return { type: rule?.[0] ?? 'general', topics };
}
