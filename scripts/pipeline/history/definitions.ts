/**
 * A definition's versions are its interpretation section's. The current file holds the reprint's
 * words; dated from the definition's own first version they would pass the law revision's wording
 * (curly quotes, "[Sabah Bab 67]", an added "di") off as the words of 2007. So a definition gets
 * one version per version of its section, its words in each being its block in the section's
 * words then, matched as the Akoma Ntoso editions match them (definitionBlocks). Pure.
 */
import { definitionBlocks } from '../../../src/akn/at.js';
import { day, holds } from '../../../src/compute/at.js';
import { docKey } from '../../../src/schema/ids.js';
import type { Block, Provision, ProvisionVersion } from '../../../src/schema/provision.js';

const named = (p: Provision) => ({ id: p.meta.id, kind: p.meta.kind, number: p.meta.number, parent: p.meta.parent, blocks: p.blocks });
const covers = (v: ProvisionVersion, d: string): boolean => holds(v, day(d));
const held = (p: Provision | undefined): p is Provision => !!p && p.meta.status !== 'text-unavailable' && p.blocks.length > 0;

/**
 * `current`: each provision's current text with its versions; `history`: the earlier versions.
 * Every definition whose section has versions gets the section's versions from the first one the
 * definition is in; a past version's words are its block in the section's words at that version,
 * or, where the section's words then are not held, at the latest earlier section version its own
 * versions (the consolidation, which follows each definition) say it did not change since. Where
 * neither holds them the version says its text is not held; before the definition is in the
 * section it has no version. The definitions' history files are replaced by these.
 */
export function definitionsFromSections(current: readonly Provision[], history: readonly Provision[]): { current: Provision[]; history: Provision[] } {
  const key = (p: Provision) => docKey(p.meta.id, p.meta.lang);
  const sections = new Map(current.filter((p) => p.meta.kind === 'section' && p.meta.versions?.length).map((p) => [key(p), p]));
  const pastOf = new Map<string, Provision[]>();
  for (const h of history) pastOf.set(key(h), [...(pastOf.get(key(h)) ?? []), h]);
  const definitionsOf = new Map<string, Provision[]>();
  for (const d of current) {
    if (d.meta.kind !== 'definition' || !d.meta.parent) continue;
    const k = docKey(d.meta.parent, d.meta.lang);
    if (sections.has(k)) definitionsOf.set(k, [...(definitionsOf.get(k) ?? []), d]);
  }
  const derived = new Map<string, { current: Provision; history: Provision[] }>();
  for (const [k, section] of sections) {
    const defs = definitionsOf.get(k) ?? [];
    if (!defs.length) continue;
    const sv = section.meta.versions!;
    const texts = sv.map((v, i) => (i === sv.length - 1 ? section : pastOf.get(k)?.find((h) => h.meta.version?.valid_from === v.valid_from)));
    // Each held text's block for each definition, matched among all the section's definitions.
    const blocks = texts.map((t) => (held(t) ? definitionBlocks(named(t), defs.map(named)) : undefined));
    const blockOf = (i: number, d: Provision): Block | undefined => {
      const m = blocks[i];
      if (!m) return undefined;
      for (const [def, b] of m) if (def.id === d.meta.id) return b;
      return undefined;
    };
    for (const d of defs) derived.set(key(d), versionsIn(d, sv, texts, (i) => blockOf(i, d), pastOf.get(key(d)) ?? []));
  }
  return {
    current: current.map((p) => derived.get(key(p))?.current ?? p),
    history: [...history.filter((h) => !derived.has(key(h))), ...[...derived.values()].flatMap((x) => x.history)],
  };
}

function versionsIn(
  d: Provision,
  sv: readonly ProvisionVersion[],
  texts: readonly (Provision | undefined)[],
  blockAt: (i: number) => Block | undefined,
  ownPast: readonly Provision[],
): { current: Provision; history: Provision[] } {
  const own = d.meta.versions;
  const last = sv.length - 1;
  const ownAt = (i: number) => own?.find((v) => covers(v, sv[i]!.valid_from));
  /** The words of past version i, from the section's text at i or at an earlier version within the same own version. */
  const wordsAt = (i: number): { block: Block; text: Provision } | undefined => {
    const o = ownAt(i);
    if (o?.status === 'text-unavailable') return undefined;
    for (let j = i; j >= 0; j--) {
      if (j < i && (!o || day(sv[j]!.valid_from) < day(o.valid_from))) break;
      if (!held(texts[j])) continue;
      const block = blockAt(j);
      return block ? { block, text: texts[j]! } : undefined;
    }
    return undefined;
  };
  const out: { v: ProvisionVersion; words?: { block: Block; text: Provision }; unheld?: Provision }[] = [];
  sv.forEach((sectionV, i) => {
    const o = ownAt(i);
    // Where the definition's own version starts that day, its own record says why (e.g. "not in the Bill as passed").
    const v = o?.valid_from === sectionV.valid_from ? { ...sectionV, ...o } : sectionV;
    // Before the definition's own first version, or (without own versions) before a held text has it.
    if (own?.length && !o) return;
    if (i === last) {
      out.push({ v: { ...v, status: o?.status === 'deleted' ? 'deleted' : d.meta.status } });
      return;
    }
    if (o?.status === 'deleted') {
      out.push({ v: { ...v, status: 'deleted' } });
      return;
    }
    const words = wordsAt(i);
    // A held text without it: the definition is not yet in the section.
    if (!words && !own?.length && held(texts[i]) && !out.length) return;
    out.push({ v: { ...v, status: words ? (o?.status ?? 'in-force') : 'text-unavailable' }, ...(words ? { words } : { unheld: texts[i] }) });
  });
  if (!out.length) return { current: d, history: [...ownPast] };
  const versions = out.map((x, i) => {
    const { valid_to: _, ...v } = x.v;
    const to = out[i + 1]?.v.valid_from;
    return to ? { ...v, valid_to: to } : v;
  });
  const meta = { ...d.meta, version: versions.at(-1)!, versions };
  const history = out.slice(0, -1).flatMap((x, i): Provision[] => {
    const version = versions[i]!;
    // The definition's own file for that day keeps what it says of itself then (heading, order, part).
    const was = ownPast.find((p) => covers(p.meta.version!, version.valid_from));
    const base = { ...(was?.meta ?? d.meta), version, versions };
    if (x.words) {
      const { unavailable: _, ...rest } = base;
      // The own file for these words names their lines; else the section's text is the source.
      const same = was?.blocks[0]?.text === x.words.block.text ? was : undefined;
      return [{ meta: { ...rest, status: version.status, source: (same ?? x.words.text).meta.source }, blocks: [x.words.block] }];
    }
    // Words not held: the own file that says so (with its pointer to the other language), re-dated, else the section's.
    const says = was?.meta.unavailable ? was : x.unheld?.meta.unavailable ? x.unheld : undefined;
    return says ? [{ meta: { ...base, status: 'text-unavailable', source: says.meta.source, unavailable: says.meta.unavailable! }, blocks: [] }] : [];
  });
  return { current: { meta, blocks: d.blocks }, history };
}
