/**
 * FRBR URIs and element ids of the Akoma Ntoso naming convention, for the Laws of Malaysia.
 * One module builds and parses both (after laws-africa's cobalt `FrbrUri`), so what the XML
 * documents say, what the routes accept and what the JSON API links to cannot drift apart.
 *
 *   work           /akn/my/act/2007/670
 *   expression     /akn/my/act/2007/670/eng@2022-02-22      (eng@ alone: the latest expression)
 *   component      /akn/my/act/2007/670/eng@2022-02-22/!main
 *   manifestation  /akn/my/act/2007/670/eng@2022-02-22/!main.xml
 *   portion        /akn/my/act/2007/670/eng@2022-02-22/~sec_14__subsec_2
 *
 * eIds are `<prefix>_<num>` components joined by `__`, from the outermost unit with an eId:
 * `sec_14__subsec_2__para_a`, `part_IIIA`, `part_V__chp_1`, `sec_2__def_exploitation`; units
 * without a number are the prefix alone (`sec_14__intro`).
 * Runtime code (Workers): no Node imports.
 */
import { scheduleId, sectionId } from '../schema/ids.js';
import type { Lang } from '../schema/provision.js';

export const AKN_COUNTRY = 'my';

/** ISO 639-2/B codes, as the naming convention wants, for the product's languages. */
export const AKN_LANGS = { en: 'eng', ms: 'msa' } as const satisfies Record<Lang, string>;
export type AknLang = (typeof AKN_LANGS)[Lang];

export const aknLang = (lang: Lang): AknLang => AKN_LANGS[lang];
export const langOfAkn = (code: string): Lang | undefined =>
  (Object.keys(AKN_LANGS) as Lang[]).find((lang) => AKN_LANGS[lang] === code);

export interface FrbrUri {
  country: string;
  /** Document type: `act`. */
  doctype: string;
  /** The work's date as the URI gives it: a year (`2007`) or a full date. */
  date: string;
  number: string;
  /** ISO 639-2 code of the expression; absent for the work. */
  language?: string | undefined;
  /** The expression's date; `''` is `eng@` (the latest expression); absent: no `@`. */
  expressionDate?: string | undefined;
  /** Component name without `!` (`main`). */
  component?: string | undefined;
  /** Manifestation format without `.` (`xml`). */
  format?: string | undefined;
  /** eId of a portion, without `~`. */
  portion?: string | undefined;
}

const DATE = String.raw`\d{4}(?:-\d{2}(?:-\d{2})?)?`;
const URI = new RegExp(
  String.raw`^/akn/(?<country>[a-z]{2})/(?<doctype>[a-zA-Z]+)/(?<date>${DATE})/(?<number>[^/@!~.]+)` +
    String.raw`(?:/(?<language>[a-z]{3})(?:@(?<expressionDate>(?:${DATE})?))?)?` +
    String.raw`(?:/!(?<component>[a-zA-Z0-9_]+)(?:\.(?<format>[a-z0-9]+))?)?` +
    String.raw`(?:/~(?<portion>[^/]+))?/?$`,
);

/** Reads an FRBR URI; undefined when it is not one this product issues. */
export function parseUri(uri: string): FrbrUri | undefined {
  const m = URI.exec(uri);
  if (!m?.groups) return undefined;
  const g = m.groups;
  if (g.portion !== undefined && !isEid(g.portion)) return undefined;
  return {
    country: g.country!,
    doctype: g.doctype!,
    date: g.date!,
    number: g.number!,
    language: g.language,
    expressionDate: g.language === undefined ? undefined : g.expressionDate,
    component: g.component,
    format: g.format,
    portion: g.portion,
  };
}

/** `/akn/my/act/2007/670` */
export const workUri = (u: Pick<FrbrUri, 'country' | 'doctype' | 'date' | 'number'>): string =>
  `/akn/${u.country}/${u.doctype}/${u.date}/${u.number}`;

/** The work plus its language and date, when the URI has them: `/akn/my/act/2007/670/eng@2022-02-22`. */
export function expressionUri(u: FrbrUri): string {
  if (u.language === undefined) return workUri(u);
  return `${workUri(u)}/${u.language}${u.expressionDate === undefined ? '' : `@${u.expressionDate}`}`;
}

/** The whole URI: expression, component and format, portion. parseUri(formatUri(u)) gives u back. */
export function formatUri(u: FrbrUri): string {
  const component = u.component === undefined ? '' : `/!${u.component}${u.format === undefined ? '' : `.${u.format}`}`;
  const portion = u.portion === undefined ? '' : `/~${u.portion}`;
  return `${expressionUri(u)}${component}${portion}`;
}

/** An Act of the Laws of Malaysia: its year and number from the registry (src/acts.ts). */
export const actWork = (act: { year: number; actNumber: string }): FrbrUri => ({
  country: AKN_COUNTRY,
  doctype: 'act',
  date: String(act.year),
  number: act.actNumber,
});

/** One language version of an Act as at a date (`''`: the latest). */
export const actExpression = (act: { year: number; actNumber: string }, lang: Lang, date: string): FrbrUri => ({
  ...actWork(act),
  language: aknLang(lang),
  expressionDate: date,
});

// ---- eIds -----------------------------------------------------------------------------------

export interface EidPart {
  /** Naming-convention prefix: `sec`, `subsec`, `para`, `def`, `intro`, ... */
  prefix: string;
  /** The unit's number as printed without brackets (`2`, `a`, `IIIA`), a term slug, or an ordinal; `''` for units that have none (`intro`, `wrapup`). */
  num: string;
}

const PART = /^([a-z]+)(?:_([A-Za-z0-9][A-Za-z0-9-]*))?$/;

export const buildEid = (parts: readonly EidPart[]): string => parts.map((p) => (p.num ? `${p.prefix}_${p.num}` : p.prefix)).join('__');

/** The parts of an eId; undefined when it is not `prefix[_num]` components joined by `__`. */
export function parseEid(eid: string): EidPart[] | undefined {
  const parts: EidPart[] = [];
  for (const piece of eid.split('__')) {
    const m = PART.exec(piece);
    if (!m) return undefined;
    parts.push({ prefix: m[1]!, num: m[2] ?? '' });
  }
  return parts;
}

export const isEid = (eid: string): boolean => parseEid(eid) !== undefined;

/** An enumerator as printed ("(1A)", "(ii)", "1.") → the num of an eId ("1A", "ii", "1"). */
export function eidNum(label: string): string {
  const inner = label.trim().replace(/^\(|\)$|\.$/g, '').replace(/[()]/g, '');
  const num = inner.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return num || '0';
}

// ---- provisions ↔ eIds ---------------------------------------------------------------------------

/** What names a provision: the fields of the corpus front matter and the indexed document. */
export interface ProvisionName {
  id: string;
  kind: 'section' | 'definition' | 'schedule';
  number: string;
  parent?: string | undefined;
}

/** The term slug that ends a definition's id (`atipsom-s2-exploitation` → `exploitation`). */
export const definitionSlug = (p: ProvisionName): string =>
  p.parent && p.id.startsWith(`${p.parent}-`) ? p.id.slice(p.parent.length + 1) : p.id;

/** The eId of a whole provision: `sec_14`, `sec_2__def_exploitation`, `sch_1`. */
export function provisionEid(p: ProvisionName): string {
  switch (p.kind) {
    case 'section':
      return buildEid([{ prefix: 'sec', num: eidNum(p.number) }]);
    case 'definition':
      return buildEid([{ prefix: 'sec', num: eidNum(p.number) }, { prefix: 'def', num: definitionSlug(p) }]);
    case 'schedule':
      return buildEid([{ prefix: 'sch', num: eidNum(p.number) }]);
  }
}

/**
 * The provision an eId falls in, as a corpus id: `sec_14__subsec_2` → `atipsom-s14`,
 * `sec_2__def_exploitation__para_a` → `atipsom-s2-exploitation`, `sch_1` → `atipsom-sch1`.
 * Undefined for eIds above provisions (`part_III`) or not of this product.
 */
export function provisionIdOfEid(act: string, eid: string): string | undefined {
  const parts = parseEid(eid);
  const first = parts?.[0];
  if (!parts || !first?.num) return undefined;
  if (first.prefix === 'sch') return scheduleId(act, first.num);
  if (first.prefix !== 'sec') return undefined;
  const def = parts[1]?.prefix === 'def' ? parts[1] : undefined;
  // The def num is the term slug the id contract made (de-duplicated already): appended as is.
  return def ? `${sectionId(act, first.num)}-${def.num}` : sectionId(act, first.num);
}
