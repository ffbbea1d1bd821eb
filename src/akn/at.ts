/**
 * Which text of each provision an expression as at a date shows, from the versions the documents
 * record. Dates are days (`2022-02-22`) or, where our sources give only a year, years (`2022`,
 * read as 1 January).
 */
import type { Block, Division, ProvisionStatus, ProvisionVersion, SourceRef } from '../schema/provision.js';
import { unitEids, type Structured } from './eids.js';

const day = (d: string): string => (/^\d{4}$/.test(d) ? `${d}-01-01` : d);

export const isBefore = (date: string, other: string): boolean => day(date) < day(other);

interface Versioned {
  id: string;
  version?: ProvisionVersion | undefined;
  versions?: ProvisionVersion[] | undefined;
}

const versionsOf = (doc: Versioned): ProvisionVersion[] => doc.versions ?? (doc.version ? [doc.version] : []);

/** The earliest date any provision has text from: before it, the Act (as we hold it) did not exist. */
export function firstDate(docs: readonly Versioned[]): string | undefined {
  return docs
    .flatMap((d) => versionsOf(d).slice(0, 1).map((v) => v.valid_from))
    .sort((a, b) => day(a).localeCompare(day(b)))[0];
}

export type AtResult<D> =
  | { ok: true; docs: D[]; date: string | undefined }
  | { ok: false; missing: D[] };

/**
 * The documents in force on `date` (undefined: the latest of each), and the expression's date:
 * the latest version start on or before it. A provision whose text on that date is a version the
 * documents do not hold makes the result not ok.
 */
export function docsAt<D extends Versioned>(docs: readonly D[], date: string | undefined): AtResult<D> {
  const byId = new Map<string, D[]>();
  for (const d of docs) byId.set(d.id, [...(byId.get(d.id) ?? []), d]);
  const chosen: D[] = [];
  const missing: D[] = [];
  let latest: string | undefined;
  for (const versions of byId.values()) {
    const covering = (d: D) => {
      const v = d.version;
      if (!v || date === undefined) return !v || !v.valid_to;
      return day(v.valid_from) <= day(date) && (!v.valid_to || day(date) < day(v.valid_to));
    };
    const doc = versions.find(covering);
    const known = versionsOf(versions[0]!);
    const existed = date === undefined || known.length === 0 || day(known[0]!.valid_from) <= day(date);
    if (doc) {
      chosen.push(doc);
      const from = doc.version?.valid_from;
      if (from && (!latest || day(from) > day(latest))) latest = from;
    } else if (existed) missing.push(versions[0]!);
  }
  return missing.length ? { ok: false, missing } : { ok: true, docs: chosen, date: latest };
}

/** An earlier version a document carries (`past`): the text as it stood and its date range. */
export interface PastText {
  version: ProvisionVersion;
  heading: string;
  part?: Division | undefined;
  status: ProvisionStatus;
  blocks: Block[];
  source: SourceRef;
}

/** A document and each earlier version it carries, as provisions of their own for docsAt. */
export function withPast<D extends { id: string; past?: readonly PastText[] | undefined }>(doc: D): D[] {
  return [doc, ...(doc.past ?? []).map((v) => ({ ...doc, heading: v.heading, part: v.part, status: v.status, blocks: v.blocks, source: v.source, version: v.version, past: undefined }))];
}

type Sectioned = Structured & { blocks: Block[]; source: SourceRef; parent?: string | undefined };

/**
 * An interpretation section's definitions as at a date are words of that section's text as at
 * that date. The corpus holds one text of each definition provision, the current (reprint) one,
 * dated from the definition's first version, while its section's earlier versions carry the
 * earlier words (the Bills as passed: straight quotes, line-end hyphens lost, "Ordinan Buruh (Sabah
 * Bab 67)" where the reprint has "[Sabah Bab 67]", no "di" the law revision added). Each chosen
 * definition takes its words (and source) from its chosen section, matched as the Akoma Ntoso
 * document matches them (src/akn/eids.ts), so an edition never quotes later wording as earlier law.
 */
export function definitionsAsInSections<D extends Sectioned>(docs: readonly D[]): D[] {
  const definitionsOf = new Map<string, D[]>();
  for (const d of docs) if (d.kind === 'definition' && d.parent) definitionsOf.set(d.parent, [...(definitionsOf.get(d.parent) ?? []), d]);
  const words = new Map<D, D>();
  for (const section of docs) {
    const defs = definitionsOf.get(section.id);
    if (section.kind !== 'section' || !defs) continue;
    for (const [def, block] of definitionBlocks(section, defs)) {
      if (def.blocks[0]?.text !== block.text) words.set(def, { ...def, blocks: [block], source: section.source });
    }
  }
  return docs.map((d) => words.get(d) ?? d);
}

/**
 * Each of `definitions` → its block in `section`'s text (same words, else the same defined term),
 * as the Akoma Ntoso document names them; a definition the text does not have is absent. The
 * corpus's history (scripts/pipeline/history/definitions.ts) dates definitions by the same match.
 */
export function definitionBlocks<D extends Structured>(section: Structured, definitions: readonly D[]): Map<D, Block> {
  return new Map([...unitEids(section, definitions).definitions].map(([block, def]) => [def, block]));
}

/** The provisions of an edition as at `date` (docsAt), definitions as their sections have them then. */
export function editionAt<D extends Versioned & Sectioned>(docs: readonly D[], date: string | undefined): AtResult<D> {
  const at = docsAt(docs, date);
  return at.ok ? { ...at, docs: definitionsAsInSections(at.docs) } : at;
}
