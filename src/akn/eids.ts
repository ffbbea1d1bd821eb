/**
 * The eIds of a provision's units (subsections, paragraphs, provisos, definitions, ...), one
 * function for the Akoma Ntoso documents and the pages' pinpoint anchors, so that
 * `/provisions/atipsom-s14#sec_14__subsec_2` and `/akn/my/act/2007/670/eng@/~sec_14__subsec_2`
 * name the same unit. Runtime code (Workers).
 */
import { pinpointPaths } from '../cite/pinpoint.js';
import { INTERPRETATION_HEADING, definitionIds, termSlug } from '../schema/ids.js';
import { definedTerm } from '../schema/terms.js';
import type { Block, BlockKind } from '../schema/provision.js';
import { definitionSlug, eidNum, provisionEid, type ProvisionName } from './uri.js';

export interface UnitKind {
  element: string;
  prefix: string;
  /** hcontainer name, for units Akoma Ntoso has no element for. */
  name?: string;
}

export const UNITS: Partial<Record<BlockKind, UnitKind>> = {
  subsection: { element: 'subsection', prefix: 'subsec' },
  paragraph: { element: 'paragraph', prefix: 'para' },
  subparagraph: { element: 'subparagraph', prefix: 'subpara' },
  subsubparagraph: { element: 'point', prefix: 'point' },
  proviso: { element: 'proviso', prefix: 'proviso' },
  definition: { element: 'hcontainer', prefix: 'def', name: 'definition' },
};

/** A unit Akoma Ntoso has no element for (Explanation, Illustration, Exception, ...): an hcontainer named after it. */
export const unitOf = (kind: BlockKind): UnitKind => UNITS[kind] ?? { element: 'hcontainer', prefix: kind, name: kind };

/** A provision with its structured text. */
export type Structured = ProvisionName & { blocks: readonly Block[] };

/** The eIds of one provision's units, and each labelled unit's eId by its label path ("(1)(a)"). */
export interface Eids<D extends Structured = Structured> {
  of: Map<Block, string>;
  byPath: Map<string, string>;
  /** Definition blocks → the definition provision they are. */
  definitions: Map<Block, D>;
}

/** The definition provision a definition block is: same words, else the same quoted term. */
function matchDefinition(definitions: readonly Structured[], text: string): number {
  const same = definitions.findIndex((d) => d.blocks[0]?.text === text);
  if (same >= 0) return same;
  const term = definedTerm(text);
  return term ? definitions.findIndex((d) => definitionSlug(d) === termSlug(term)) : -1;
}

/**
 * Every unit's eId: `<provision>__<prefix>_<num>` down the structure (`sec_14__subsec_2__para_a`),
 * a definition by its term (`sec_2__def_exploitation`) when it is one of `definitions`.
 */
export function unitEids<D extends Structured>(p: Structured, definitions: readonly D[]): Eids<D> {
  const own = provisionEid(p);
  const eids: Eids<D> = { of: new Map(), byPath: new Map(), definitions: new Map() };
  const unmatched = [...definitions];
  const used = new Set<string>();
  const visit = (blocks: readonly Block[], parent: string, path: string) => {
    const ordinals = new Map<string, number>();
    for (const b of blocks) {
      if (b.kind === 'text') continue;
      const unit = unitOf(b.kind);
      let eid: string;
      if (b.kind === 'definition' && p.kind === 'definition' && parent === own) {
        // A definition provision's own block is the provision.
        eid = own;
      } else if (b.kind === 'definition') {
        // A definition is named by its term wherever it is nested (Child Act s 2 has them in (1)).
        const i = matchDefinition(unmatched, b.text);
        const def = i >= 0 ? unmatched.splice(i, 1)[0]! : undefined;
        if (def) eids.definitions.set(b, def);
        // A definition outside an interpretation section is no provision of its own: numbered, not named.
        eid = def ? provisionEid(def) : `${parent}__definition_${(ordinals.get('definition') ?? 0) + 1}`;
        if (!def) ordinals.set('definition', (ordinals.get('definition') ?? 0) + 1);
      } else {
        const n = (ordinals.get(unit.prefix) ?? 0) + 1;
        ordinals.set(unit.prefix, n);
        eid = `${parent}__${unit.prefix}_${b.label ? eidNum(b.label) : n}`;
      }
      // Misprinted sources repeat a label now and then; the schema wants eIds unique.
      const base = eid;
      for (let k = 2; used.has(eid); k++) eid = `${base}-${k}`;
      used.add(eid);
      eids.of.set(b, eid);
      const labelPath = b.label ? path + b.label : path;
      if (b.label && b.kind !== 'definition' && !eids.byPath.has(labelPath)) eids.byPath.set(labelPath, eid);
      visit(b.children, eid, b.kind === 'definition' ? '' : labelPath);
    }
  };
  visit(p.blocks, own, '');
  return eids;
}

/**
 * The definition provisions a section's own text implies, named as the corpus names them (the
 * id contract's `definitionIds` over the defined terms in order): what a page has when it holds
 * one section, not the Act's list of definitions.
 */
export function definitionsIn(p: Structured & { heading: string }): Structured[] {
  // Only an interpretation section's definitions are provisions of their own (src/schema/ids.ts).
  if (p.kind !== 'section' || !INTERPRETATION_HEADING.test(p.heading)) return [];
  const blocks: Block[] = [];
  const collect = (bs: readonly Block[]) => {
    for (const b of bs) {
      if (b.kind === 'definition') blocks.push(b);
      else collect(b.children);
    }
  };
  collect(p.blocks);
  const termed = blocks.flatMap((b) => {
    const term = definedTerm(b.text);
    return term ? [{ b, term }] : [];
  });
  const ids = definitionIds(p.id, termed.map((x) => x.term));
  return termed.map(({ b }, i) => ({ id: ids[i]!.id, kind: 'definition', number: p.number, parent: p.id, blocks: [b] }));
}

/** The eIds of a provision's units as a page holding that provision alone gives them. */
export const pageEids = (p: Structured & { heading: string }): Eids => unitEids(p, definitionsIn(p));

/** Each pinpoint of a provision ("(1)", "(1)(a)", ...) with its unit's eId, in the text's order. */
export function pinpointEids(p: Structured & { heading: string }, eids: Eids = pageEids(p)): { path: string; eid: string }[] {
  const enumerated: Block[] = [];
  const walk = (bs: readonly Block[]) => {
    for (const b of bs) {
      if (b.label && /^\(.+\)$/.test(b.label)) enumerated.push(b);
      walk(b.children);
    }
  };
  walk(p.blocks);
  // pinpointPaths lists the same enumerated units in the same (document) order.
  return pinpointPaths(p.blocks).map((path, i) => ({ path, eid: eids.of.get(enumerated[i]!) ?? '' }));
}

/** The eId of the unit a pinpoint names ("(2)(a)" → `sec_14__subsec_2__para_a`); undefined if the text has none. */
export const pinpointEid = (p: Structured & { heading: string }, path: string): string | undefined => pageEids(p).byPath.get(path);
