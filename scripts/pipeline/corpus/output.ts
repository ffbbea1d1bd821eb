/** The amendment step over every parsed Act: data-driven by each Act's `amendments` config. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actBySlug } from '../../../src/registry/acts.js';
import { docKey } from '../../../src/schema/ids.js';
import type { Provision } from '../../../src/schema/provision.js';
import type { ExtractedSource, ParsedSource } from './build.js';
import { allProvisions } from './build.js';
import { compareProvisions } from './read.js';
import { corpusFiles } from './build.js';
import { provisionToMarkdown } from './markdown.js';
import { pairDefinitions, parseDefinitionPairs, type Pairing } from './definition-pairs.js';
import { amendAct, historyPath, type BillCount } from '../history/act.js';
import { checkAgainstReprint, parseExplanations, reprintSections, type ReprintCheck } from '../history/check-reprint.js';
import { amendedBy, listedVersions, type FirstVersion, type ReprintLists } from '../history/in-force.js';
import { recordBills, recordedCounts, recordedReportMarkdown } from '../history/bill-texts.js';
import { actsWithReprints, amendmentListsFile, readReprintLists } from '../history/reprint-lists.js';
import { definitionsFromSections } from '../history/definitions.js';

/** Curated English ↔ Malay pairs of defined terms. */
export const DEFINITION_PAIRS = 'corpus/definitions-pairs.yaml';

/** Curated explanations of the differences between the Bills' consolidation and the reprint. */
export const differencesPath = (act: string, root = '.'): string => join(root, 'corpus/amendments', `${act}-reprint-differences.yaml`);

/**
 * The current text is the parsed current sources (the official reprints); `originals` are the
 * Bills as passed. Where an Act's amending Bills are held, the Bills are consolidated version by
 * version (dated by the reprint's lists) and checked word for word against the reprint; each
 * current provision carries those versions. Elsewhere the versions come from the reprint's lists
 * alone, the Bill as passed (where held) being the first.
 */
export function amendAll(
  parsed: readonly ParsedSource[],
  originals: readonly ParsedSource[],
  root = '.',
): { current: Provision[]; history: Provision[]; counts: BillCount[]; recordedReport: string; reprints: Map<string, ReprintLists[]>; checks: ReprintCheck[]; pairing: Pairing } {
  const reprinted = allProvisions(parsed);
  const bills = allProvisions(originals);
  const all = [...new Map([...parsed, ...originals].map((s) => [s.act.slug, s.act])).values()];
  const reprints = new Map(all.map((a) => [a.slug, readReprintLists(a.slug, root)]));
  // Acts whose Bill as passed is held are consolidated from it; the others' Bills fill in words.
  const acts = all.filter((a) => a.amendments?.length && a.original?.length);
  const amended = acts.map((act) => amendAct(act, bills.filter((p) => p.meta.act === act.slug), reprints.get(act.slug)!, root));
  const slugs = new Set(acts.map((a) => a.slug));
  // What the reprint's List of Sections Amended says of each provision, on every version of it.
  const listed = (p: Provision): Provision => {
    const by = amendedBy(reprints.get(p.meta.act) ?? [], p);
    return by.length ? { meta: { ...p.meta, amended_by: by }, blocks: p.blocks } : p;
  };
  const billOf = new Map(bills.filter((p) => !slugs.has(p.meta.act)).map((p) => [docKey(p.meta.id, p.meta.lang), p]));
  // An Act whose Bill as passed is held: a provision missing from the Bill was inserted later.
  const withBill = new Set(bills.map((p) => `${p.meta.act}_${p.meta.lang}`));
  const others = reprinted.filter((p) => !slugs.has(p.meta.act)).map(listed);
  const recorded = all
    .filter((a) => a.amendments?.length && !a.original?.length)
    .map((act) => recordBills(act, others.filter((p) => p.meta.act === act.slug), reprints.get(act.slug)!, root));
  const textsOf = new Map(recorded.map((r) => [r.act, r]));
  const dated = others.map((p) => {
    const bill = billOf.get(docKey(p.meta.id, p.meta.lang));
    const fromBills = textsOf.get(p.meta.act);
    const first: FirstVersion | undefined = bill
      ? { from: 'enactment', words: bill }
      : withBill.has(`${p.meta.act}_${p.meta.lang}`)
        ? { from: 'first-listed' }
        : fromBills
          ? fromBills.first(p)
          : { from: 'enactment' };
    const d = !first ? { current: p, history: [] } : listedVersions(p, reprints.get(p.meta.act) ?? [], actBySlug(p.meta.act)!.actNumber, first, fromBills?.texts.get(p.meta.id));
    const amendments = fromBills?.records.get(p.meta.id);
    if (!amendments) return d;
    const withRecords = (x: Provision): Provision => ({ meta: { ...x.meta, amendments }, blocks: x.blocks });
    return { current: withRecords(d.current), history: d.history.map(withRecords) };
  });
  // The last version the Bills consolidate to, word for word against the reprint in each language.
  const readerSections = (act: string, lang: string) => reprintSections(reprinted.filter((p) => p.meta.act === act && p.meta.lang === lang));
  const curatedFor = (act: string) => {
    const path = differencesPath(act, root);
    return existsSync(path) ? parseExplanations(readFileSync(path, 'utf8'), path) : [];
  };
  const checks = [
    ...amended.flatMap((a) =>
      reprints.get(a.act.slug)!.map((r) => checkAgainstReprint(a.act.slug, r.lang, r.file, a.current, readerSections(a.act.slug, r.lang), curatedFor(a.act.slug))),
    ),
    // Where held Bills' words reach a provision's last version, they are checked the same way.
    ...recorded.flatMap((b) =>
      reprints.get(b.act)!.map((r) => checkAgainstReprint(b.act, r.lang, r.file, b.reached.filter((p) => p.meta.lang === r.lang), readerSections(b.act, r.lang), curatedFor(b.act))),
    ),
  ];
  // Definitions dated as their sections (also those of the reprint that the Bills' consolidation lacks).
  const versioned = definitionsFromSections(
    [...dated.map((d) => d.current), ...withHistory(reprinted.filter((p) => slugs.has(p.meta.act)), amended.flatMap((a) => a.current)).map(listed)],
    [...amended.flatMap((a) => a.history).map(listed), ...dated.flatMap((d) => d.history)],
  );
  const current = versioned.current;
  // Each definition names its counterpart in the other language (curated pairs).
  const pairsPath = join(root, DEFINITION_PAIRS);
  const pairing = pairDefinitions(current, existsSync(pairsPath) ? parseDefinitionPairs(readFileSync(pairsPath, 'utf8'), pairsPath) : {});
  const withCounterpart = (p: Provision): Provision => {
    const counterpart = pairing.counterparts.get(docKey(p.meta.id, p.meta.lang));
    return counterpart ? { meta: { ...p.meta, counterpart }, blocks: p.blocks } : p;
  };
  return {
    current: current.map(withCounterpart).sort(compareProvisions),
    pairing,
    history: versioned.history.sort(compareProvisions),
    counts: [...amended.flatMap((a) => a.counts), ...recorded.flatMap(recordedCounts)],
    recordedReport: recordedReportMarkdown(recorded),
    reprints,
    checks,
  };
}

/** Each current (reprint) provision with the versions and amending instructions of its consolidated namesake. */
function withHistory(current: readonly Provision[], consolidated: readonly Provision[]): Provision[] {
  const byKey = new Map(consolidated.map((p) => [docKey(p.meta.id, p.meta.lang), p.meta]));
  return current.map((p) => {
    const c = byKey.get(docKey(p.meta.id, p.meta.lang));
    if (!c?.versions) return p;
    return {
      meta: { ...p.meta, versions: c.versions, version: c.versions.at(-1)!, ...(c.amendments ? { amendments: c.amendments } : {}) },
      blocks: p.blocks,
    };
  });
}

/**
 * Every file `npm run corpus` writes under corpus/acts: current provisions (with those held in
 * an amending Bill's words), past versions under history/, and each reprint's amendment lists.
 * One function for the script and tests.
 */
export function corpusOutput(
  parsed: readonly ParsedSource[],
  originals: readonly ParsedSource[],
  extracted: readonly ExtractedSource[],
  root = '.',
): { files: Map<string, string>; counts: BillCount[]; recordedReport: string; current: Provision[]; reprints: Map<string, ReprintLists[]>; checks: ReprintCheck[]; pairing: Pairing } {
  const amended = amendAll(parsed, originals, root);
  const current = [...amended.current, ...extracted.flatMap((e) => e.provisions)].sort(compareProvisions);
  const files = corpusFiles(current);
  for (const p of amended.history) files.set(historyPath(p), provisionToMarkdown(p));
  // Every reprint's lists, also of Acts whose text is not (yet) in the corpus.
  const reprints = new Map(actsWithReprints(root).map((act) => [act, amended.reprints.get(act) ?? readReprintLists(act, root)]));
  for (const [act, rs] of reprints) files.set(`${act}/amendments.json`, `${JSON.stringify(amendmentListsFile(act, rs), null, 2)}\n`);
  return { files, counts: amended.counts, recordedReport: amended.recordedReport, current, reprints, checks: amended.checks, pairing: amended.pairing };
}
