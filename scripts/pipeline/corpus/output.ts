/** The amendment step over every parsed Act: data-driven by each Act's `amendments` config. */
import type { Provision } from '../../../src/schema/provision.js';
import type { ParsedSource } from './build.js';
import { allProvisions } from './build.js';
import { compareProvisions } from './read.js';
import { corpusFiles } from './build.js';
import { provisionToMarkdown } from './markdown.js';
import { amendAct, historyPath, type BillCount } from '../history/act.js';

export function amendAll(parsed: readonly ParsedSource[], root = '.'): { current: Provision[]; history: Provision[]; counts: BillCount[] } {
  const provisions = allProvisions(parsed);
  const acts = [...new Map(parsed.map((s) => [s.act.slug, s.act])).values()].filter((a) => a.amendments?.length);
  const amended = acts.map((act) => amendAct(act, provisions.filter((p) => p.meta.act === act.slug), root));
  const slugs = new Set(acts.map((a) => a.slug));
  return {
    current: [...provisions.filter((p) => !slugs.has(p.meta.act)), ...amended.flatMap((a) => a.current)].sort(compareProvisions),
    history: amended.flatMap((a) => a.history).sort(compareProvisions),
    counts: amended.flatMap((a) => a.counts),
  };
}

/**
 * Every file `npm run corpus` writes under corpus/acts: current provisions (consolidated where an
 * Act has amendments) and past versions under history/. One function for the script and tests.
 */
export function corpusOutput(parsed: readonly ParsedSource[], root = '.'): { files: Map<string, string>; counts: BillCount[]; current: Provision[] } {
  const amended = amendAll(parsed, root);
  const files = corpusFiles(amended.current);
  for (const p of amended.history) files.set(historyPath(p), provisionToMarkdown(p));
  return { files, counts: amended.counts, current: amended.current };
}
