/** The amendment step over every parsed Act: data-driven by each Act's `amendments` config. */
import type { Provision } from '../../../src/schema/provision.js';
import { parseAllExtracts, type ExtractedSource, type ParsedSource } from './build.js';
import { allProvisions } from './build.js';
import { compareProvisions } from './read.js';
import { corpusFiles } from './build.js';
import { provisionToMarkdown } from './markdown.js';
import { amendAct, historyPath, type BillCount } from '../history/act.js';

/** `originals`: the parsed Bills as passed of the Acts with amendments. */
export function amendAll(originals: readonly ParsedSource[], root = '.'): { current: Provision[]; history: Provision[]; counts: BillCount[] } {
  const provisions = allProvisions(originals);
  const acts = [...new Map(originals.map((s) => [s.act.slug, s.act])).values()].filter((a) => a.amendments?.length);
  const amended = acts.map((act) => amendAct(act, provisions.filter((p) => p.meta.act === act.slug), root));
  return {
    current: amended.flatMap((a) => a.current).sort(compareProvisions),
    history: amended.flatMap((a) => a.history).sort(compareProvisions),
    counts: amended.flatMap((a) => a.counts),
  };
}

/**
 * The current text is the parsed current sources (the official reprints). Where an Act's
 * history is rebuilt from its Bills, each current provision carries the versions and amending
 * instructions of the provision of the same id and language, and the earlier versions go to
 * history/.
 */
function withHistory(current: readonly Provision[], consolidated: readonly Provision[]): Provision[] {
  const byKey = new Map(consolidated.map((p) => [`${p.meta.id}_${p.meta.lang}`, p.meta]));
  return current.map((p) => {
    const c = byKey.get(`${p.meta.id}_${p.meta.lang}`);
    if (!c?.versions) return p;
    return {
      meta: { ...p.meta, versions: c.versions, version: c.versions.at(-1)!, ...(c.amendments ? { amendments: c.amendments } : {}) },
      blocks: p.blocks,
    };
  });
}

/**
 * Every file `npm run corpus` writes under corpus/acts: current provisions (with those held in
 * an amending Bill's words) and past versions under history/. One function for the script and tests.
 */
export function corpusOutput(
  parsed: readonly ParsedSource[],
  originals: readonly ParsedSource[],
  root = '.',
  extracted: readonly ExtractedSource[] = parseAllExtracts(root),
): { files: Map<string, string>; counts: BillCount[]; current: Provision[] } {
  const amended = amendAll(originals, root);
  const current = withHistory([...allProvisions(parsed), ...extracted.flatMap((e) => e.provisions)].sort(compareProvisions), amended.current);
  const files = corpusFiles(current);
  for (const p of amended.history) files.set(historyPath(p), provisionToMarkdown(p));
  return { files, counts: amended.counts, current };
}
