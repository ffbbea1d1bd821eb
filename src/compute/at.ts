/**
 * A provision as it stood on a day (`?at=YYYY-MM-DD`): the version whose date range holds the
 * day, from the versions the document carries (its current text and `past`). Pure; runs in the
 * Worker too.
 */
import type { PastVersion, ProvisionDoc } from '../schema/document.js';
import type { ProvisionVersion } from '../schema/provision.js';

/** A day as YYYY-MM-DD; a version dated by its year alone counts from 1 January. */
export const day = (d: string): string => (d.length === 4 ? `${d}-01-01` : d);

export const holds = (v: ProvisionVersion, date: string): boolean => day(v.valid_from) <= date && (!v.valid_to || date < day(v.valid_to));

export type AtAnswer =
  | { kind: 'current'; version: ProvisionVersion | undefined }
  | { kind: 'past'; version: ProvisionVersion; past: PastVersion }
  /** The day is before the provision's first version: it was not yet law (or not yet in operation). */
  | { kind: 'before'; first: ProvisionVersion }
  /** The day is before the first version, whose start is only the first change the sources record: whether the provision existed then is not known. */
  | { kind: 'unstated'; first: ProvisionVersion }
  /** A version held that day, but its text is not in the corpus. */
  | { kind: 'not-held'; version: ProvisionVersion };

/**
 * Which text answers for `date`. A provision without versions (an Act whose history we do not
 * hold) answers with its current text; the caller says that no history is held.
 */
export function atDate(doc: Pick<ProvisionDoc, 'version' | 'versions' | 'past'>, date: string): AtAnswer {
  const versions = doc.versions ?? [];
  if (!versions.length) return { kind: 'current', version: undefined };
  const v = versions.find((x) => holds(x, date));
  if (!v) return { kind: versions[0]!.start_not_stated ? 'unstated' : 'before', first: versions[0]! };
  if (doc.version && v.valid_from === doc.version.valid_from) return { kind: 'current', version: v };
  const past = doc.past?.find((p) => p.version.valid_from === v.valid_from);
  return past ? { kind: 'past', version: v, past } : { kind: 'not-held', version: v };
}

/** "2010-11-15" → "15 November 2010". */
export function longDate(d: string): string {
  if (d.length === 4) return d;
  const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${dd} ${months[m - 1]} ${y}`;
}
