/**
 * Reads the amendment lists and commencement note of every reprint in the sources folder
 * (`<act>/reprint-<as at>-<lang>.txt`), for the history stage and corpus/acts/<act>/amendments.json.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ActAmendmentLists } from '../../../src/schema/amendment-lists.js';
import { Lang } from '../../../src/schema/provision.js';
import { readLawSource, requireLawSources } from '../sources/law-sources.js';
import { parseAmendmentLists, parseCommencement } from '../sources/reprint/amendment-lists.js';
import type { ReprintLists } from './in-force.js';

const REPRINT = /^reprint-(\d{4}-\d{2}-\d{2})-(en|ms)\.txt$/;

/** The reprints of one Act (folder `act` of the sources), English first. */
export function readReprintLists(act: string, root = '.'): ReprintLists[] {
  const dir = join(requireLawSources(root), act);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((name) => {
      const m = REPRINT.exec(name);
      if (!m) return [];
      const file = `${act}/${name}`;
      const text = readLawSource(file, root);
      return [{ act, lang: Lang.parse(m[2]), file, asAt: m[1]!, lists: parseAmendmentLists(text), commencement: parseCommencement(text) }];
    })
    .sort((a, b) => a.lang.localeCompare(b.lang));
}

/** Every folder of the sources that holds a reprint. */
export function actsWithReprints(root = '.'): string[] {
  const dir = requireLawSources(root);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && readdirSync(join(dir, d.name)).some((n) => REPRINT.test(n)))
    .map((d) => d.name)
    .sort();
}

/** The content of corpus/acts/<act>/amendments.json, checked against its schema. */
export function amendmentListsFile(act: string, reprints: readonly ReprintLists[]): ActAmendmentLists {
  return ActAmendmentLists.parse({
    act,
    reprints: reprints.map((r) => ({
      lang: r.lang,
      file: r.file,
      as_at: r.asAt,
      commencement: r.commencement.map((c) => ({ provisions: c.provisions, parts: c.parts, sections: c.sections, in_force: c.date, gazette: c.gazette, line: c.line })),
      amendments: r.lists.amendments.map((a) => ({ act: a.authority, title: a.title, printed: a.inForce, ...(a.date ? { in_force: a.date } : {}), ...(a.note ? { note: a.note } : {}), line: a.line })),
      sections: r.lists.sections.map((s) => ({ section: s.section, act: s.authority, printed: s.inForce, ...(s.date ? { in_force: s.date } : {}), line: s.line })),
      anomalies: r.lists.anomalies,
    })),
  });
}
