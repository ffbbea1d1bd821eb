/**
 * The amendment step of `npm run corpus`, for every Act whose config lists amending Bills:
 * parsed original text → consolidated current text, past versions, and per-Bill counts.
 * Fails (throws) if any instruction is neither applied nor resolved by hand.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ActConfig } from '../../../src/registry/acts.js';
import type { Lang, Provision } from '../../../src/schema/provision.js';
import { consolidate, type Consolidation } from './apply.js';
import { loadAmendingBills } from './load.js';
import { loadResolutions } from './resolutions.js';
import { versionsOf } from './versions.js';

export interface BillCount {
  act: string;
  bill: string;
  /** Language of the text the instructions were applied to. */
  lang: Lang;
  /** Whether we hold the Bill's text in this language. */
  held: boolean;
  found: number;
  applied: number;
  resolved: number;
  notApplicable: number;
  noTextChange: number;
  /** Provisions marked text-unavailable because this Bill's text is not held in this language. */
  unavailable: number;
}

export interface AmendedAct {
  act: ActConfig;
  /** The text in force now (latest version of each provision), with versions and amendments. */
  current: Provision[];
  /** Earlier versions, each with its valid_from/valid_to. */
  history: Provision[];
  counts: BillCount[];
  consolidations: Consolidation[];
}

/** A past version's file: `<act>/<lang>/history/<file>@<valid_from>.md`. */
export const historyPath = (p: Provision): string =>
  `${p.meta.act}/${p.meta.lang}/history/${p.meta.id.slice(p.meta.act.length + 1)}@${p.meta.version!.valid_from}.md`;

export const resolutionsPath = (act: ActConfig, root = '.'): string => join(root, 'corpus/amendments', `${act.slug}-resolutions.yaml`);

/**
 * `base`: the Act's parsed provisions (all languages). Languages whose text of every amending
 * Bill we hold are consolidated first; the others borrow their record of what a missing Bill
 * touched.
 */
export function amendAct(act: ActConfig, base: Provision[], root = '.'): AmendedAct {
  const bills = loadAmendingBills(act, root);
  const path = resolutionsPath(act, root);
  const resolutions = existsSync(path) ? loadResolutions(path, bills.flatMap((b) => b.instructions)) : [];
  const langs = [...new Set(act.sources.map((s) => s.lang))];
  const complete = (l: Lang) => (act.amendments ?? []).every((b) => b.sources.some((s) => s.lang === l));
  langs.sort((a, b) => Number(complete(b)) - Number(complete(a)));
  const done: { lang: Lang; c: Consolidation; base: Provision[] }[] = [];
  for (const lang of langs) {
    const own = base.filter((p) => p.meta.lang === lang);
    const full = done.find((d) => complete(d.lang));
    const c = consolidate({ act, lang, base: own, bills, resolutions, ...(full && !complete(lang) ? { other: { consolidation: full.c, base: full.base } } : {}) });
    done.push({ lang, c, base: own });
  }
  const unresolved = done.flatMap((d) => d.c.unresolved);
  if (unresolved.length) {
    const list = unresolved.map((u) => `  ${u.instruction.bill} (${u.instruction.lang}) clause ${u.instruction.clause}: ${u.reason}\n    ${u.instruction.summary}`);
    throw new Error(`${act.slug}: ${unresolved.length} amending instruction(s) neither applied nor resolved in ${path}:\n${list.join('\n')}`);
  }
  const original = act.sources[0]!;
  const current: Provision[] = [];
  const history: Provision[] = [];
  for (const { c } of done) {
    for (const versions of versionsOf(c, act.year, original.bill).values()) {
      current.push(versions.at(-1)!);
      history.push(...versions.slice(0, -1));
    }
  }
  return { act, current, history, counts: done.flatMap((d) => countsOf(d.c)), consolidations: done.map((d) => d.c) };
}

function countsOf(c: Consolidation): BillCount[] {
  return c.bills.map((bill, k) => {
    const rs = c.results.filter((r) => r.instruction.bill === bill.bill);
    const held = bill.sources.some((s) => s.lang === c.lang);
    const n = (o: string) => rs.filter((r) => r.outcome === o).length;
    const unavailable = [...c.steps[k + 1]!.values()].filter((p) => p.meta.unavailable?.since === bill.bill).length;
    return {
      act: c.act,
      bill: bill.bill,
      lang: c.lang,
      held,
      found: held ? rs.length : 0,
      applied: held ? n('applied') : 0,
      resolved: held ? n('resolved') : 0,
      notApplicable: held ? n('not-applicable') : 0,
      noTextChange: held ? n('no-text-change') : 0,
      unavailable,
    };
  });
}

/** The corpus report's section on amendments. */
export function amendmentReportMarkdown(counts: readonly BillCount[]): string {
  const rows = counts.map(
    (r) =>
      `| ${r.act} | ${r.bill} | ${r.lang} | ${r.held ? 'yes' : 'no'} | ${r.found} | ${r.applied} | ${r.resolved} | ${r.notApplicable} | ${r.noTextChange} | ${r.unavailable} |`,
  );
  return [
    '## Amendments',
    '',
    'Instructions of each amending Bill, applied to the text in each language (scripts/pipeline/history).',
    '"resolved" are resolved by hand in `corpus/amendments/<act>-resolutions.yaml`; "not applicable"',
    'are confined to the other language, or act on text we do not hold in this language; "no change"',
    'are clauses such as the short title and savings. Where a Bill is not held in a language, the',
    'provisions it touched are marked text-unavailable there ("unavailable"), never translated.',
    '',
    '| act | bill | lang | held | found | applied | resolved by hand | not applicable | no change | unavailable |',
    '| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ].join('\n');
}
