/**
 * One Act in one language as at one date → an Akoma Ntoso 3.0 document (OASIS LegalDocML), or one
 * provision of it as a `portion`. Input is the provision model the corpus and the index share
 * (blocks with labels and kinds, definitions, schedules, versions, references); every word of
 * statute text is written as it stands there, only wrapped in elements. Runtime code (Workers).
 *
 * Element choices (ARCHITECTURE.md "Akoma Ntoso"): Part → part, Chapter → chapter, section →
 * section, (1) → subsection, (a) → paragraph, (i) → subparagraph, (A) → point, "Provided that" →
 * proviso, definitions / Explanations / Illustrations / schedules → hcontainer named so; opening
 * words → intro (or content), closing words → wrapUp.
 */
import { create } from 'xmlbuilder2';
import { termSlug } from '../schema/ids.js';
import { ACTS, type ActConfig } from '../registry/acts.js';
import type { Reference } from '../schema/reference.js';
import type { Block, BlockKind, Division, Lang, ProvisionStatus, ProvisionVersion, SourceRef } from '../schema/provision.js';
import { isBefore } from './at.js';
import { defSpan, markText, refSpan, termSpan, type Span } from './inline.js';
import { el, findByEid, walk, type El, type Node } from './tree.js';
import { UNITS, unitEids, unitOf, type Eids } from './eids.js';
import {
  actExpression,
  actWork,
  buildEid,
  eidNum,
  expressionUri,
  formatUri,
  provisionEid,
  definitionSlug,
  workUri,
  type FrbrUri,
} from './uri.js';

export const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
export const AKN_MEDIA_TYPE = 'application/akn+xml';

/** The fields of a provision the document needs: a ProvisionDoc has them all. */
export interface AknProvision {
  id: string;
  act: string;
  lang: Lang;
  kind: 'section' | 'definition' | 'schedule';
  number: string;
  heading: string;
  term?: string | undefined;
  parent?: string | undefined;
  part?: Division | undefined;
  chapter?: Division | undefined;
  order: number;
  status: ProvisionStatus;
  blocks: Block[];
  source: SourceRef;
  version?: ProvisionVersion | undefined;
  versions?: ProvisionVersion[] | undefined;
  refs_out?: Reference[] | undefined;
}

export interface AknActInput {
  act: ActConfig;
  lang: Lang;
  /** The expression's date: the day (or year) of the latest version in the text. */
  date: string;
  /** Every provision of the Act in this language as at that date (sections, definitions, schedules). */
  provisions: readonly AknProvision[];
}

const STATUS: Partial<Record<ProvisionStatus, string>> = { deleted: 'removed', 'text-unavailable': 'incomplete' };

/** A date the schema accepts; a year alone (our sources give no day) is dated 1 January and says so. */
function xsdDate(date: string, what: string): { date: string; name: string } {
  return /^\d{4}$/.test(date) ? { date: `${date}-01-01`, name: `${what} (year ${date} only: the day is not stated in our sources)` } : { date, name: what };
}

/** "D.R.10/2021" → `/akn/my/bill/2021/dr-10`: the Bill whose text made a version. */
function billUri(bill: string): string {
  const m = /(\d+)\s*\/\s*(\d{4})$/.exec(bill);
  return m ? `/akn/my/bill/${m[2]}/dr-${Number(m[1])}` : `/akn/my/bill/${slugOf(bill)}`;
}

const slugOf = (s: string): string => termSlug(s) || 'x';
const termEid = (slug: string): string => `term-${slug}`;

interface Context {
  expression: FrbrUri;
  byId: Map<string, AknProvision>;
  eids: Map<string, Eids<AknProvision>>;
  /** Definition provisions by their parent section id, in order. */
  definitionsOf: Map<string, AknProvision[]>;
  /** Terms the Act defines, by slug, and their uses to mark (longest first). */
  terms: Map<string, string>;
  termSpans: { slug: string; span: Span }[];
}

/** Where a reference points: the target's URI, or undefined when it names nothing we can address. */
function hrefOf(ref: Reference, ctx: Context): string | undefined {
  if (ref.status === 'unresolved') return undefined;
  const here = expressionUri(ctx.expression);
  const target = ref.id ? ctx.byId.get(ref.id) : undefined;
  if (target) {
    const eids = ctx.eids.get(target.id);
    const pin = ref.target.pinpoint ? eids?.byPath.get(ref.target.pinpoint) : undefined;
    return `${here}/~${pin ?? provisionEid(target)}`;
  }
  const act = ref.target.act ? ACTS.find((a) => a.slug === ref.target.act) : undefined;
  if (!act) return undefined;
  const own = act.slug === ctx.byId.values().next().value?.act;
  const base = own ? here : workUri(actWork(act));
  if (ref.kind === 'part' && ref.target.part) return `${base}/~part_${eidNum(ref.target.part)}`;
  if (ref.target.section) return `${base}/~sec_${eidNum(ref.target.section)}`;
  return ref.kind === 'act' ? base : undefined;
}

/** What to mark in a provision's words: its references, then uses of defined terms (not the term a definition defines). */
function spansFor(p: AknProvision, ctx: Context, extra: readonly Reference[] = [], definedHere?: string): Span[] {
  const spans = new Map<string, Span>();
  for (const ref of [...(p.refs_out ?? []), ...extra]) {
    const href = hrefOf(ref, ctx);
    if (href && !spans.has(ref.words)) spans.set(ref.words, refSpan(ref.words, href));
  }
  // Longer references first: "subsection 27(1)" before "section 27".
  const refs = [...spans.values()].sort((a, b) => b.words.length - a.words.length);
  return [...refs, ...ctx.termSpans.filter((t) => t.slug !== definedHere).map((t) => t.span)];
}

const para = (nodes: Node[]): El => el('p', {}, nodes);

/** The contents of the unit `eid`: its own words and its children, as content or intro/units/wrapUp. */
function unitContents(eid: string, text: string, children: readonly Block[], render: RenderUnit, inline: (t: string) => Node[]): Node[] {
  const units = children.filter((c) => c.kind !== 'text');
  if (units.length === 0) {
    const ps = [text, ...children.map((c) => c.text)].filter((t) => t !== '').map((t) => para(inline(t)));
    return [el('content', {}, ps.length ? ps : [para([])])];
  }
  const first = children.indexOf(units[0]!);
  const last = children.indexOf(units.at(-1)!);
  const before = [text, ...children.slice(0, first).map((c) => c.text)].filter((t) => t !== '');
  const after = children.slice(last + 1).map((c) => c.text).filter((t) => t !== '');
  const out: Node[] = [];
  if (before.length) out.push(el('intro', { eId: `${eid}__intro` }, before.map((t) => para(inline(t)))));
  let between = 0;
  for (const c of children.slice(first, last + 1)) {
    // Words between two units (rare): a container of their own, so nothing is lost or moved.
    const words = () => el('hcontainer', { eId: `${eid}__hcontainer_${++between}`, name: 'text' }, [el('content', {}, [para(inline(c.text))])]);
    out.push(c.kind === 'text' ? words() : render(c));
  }
  if (after.length) out.push(el('wrapUp', { eId: `${eid}__wrapup` }, after.map((t) => para(inline(t)))));
  return out;
}

type RenderUnit = (b: Block) => El;

/** A section or schedule; a section whose own text is not held is followed by the definitions of it we hold. */
function provisionElements(p: AknProvision, ctx: Context): El[] {
  const eids = ctx.eids.get(p.id)!;
  const spans = spansFor(p, ctx);
  const render = (b: Block, inheritedSpans: Span[]): El => {
    const unit = unitOf(b.kind);
    const def = eids.definitions.get(b);
    let blockSpans = inheritedSpans;
    if (def) {
      const slug = definitionSlug(def);
      blockSpans = [defSpan(def.term ?? def.heading, termEid(slug)), ...spansFor(def, ctx, p.refs_out, slug)];
    }
    const inline = (t: string) => markText(t, blockSpans);
    const eid = eids.of.get(b)!;
    const attrs = { eId: eid, name: unit.name, status: def ? STATUS[def.status] : undefined };
    const head = b.label ? [el('num', {}, [b.label])] : [];
    return el(unit.element, attrs, [...head, ...unitContents(eid, b.text, b.children, (c) => render(c, blockSpans), inline)]);
  };
  const eid = provisionEid(p);
  const attrs = { eId: eid, status: STATUS[p.status] };
  const heading = el('heading', {}, [p.heading]);
  const contents = unitContents(eid, '', p.blocks, (b) => render(b, spans), (t) => markText(t, spans));
  if (p.kind === 'schedule') return [numberTerms(el('hcontainer', { ...attrs, name: 'schedule' }, [heading, ...contents]))];
  const matched = new Set(eids.definitions.values());
  const orphans = (ctx.definitionsOf.get(p.id) ?? []).filter((d) => !matched.has(d));
  return [numberTerms(el('section', attrs, [el('num', {}, [p.number]), heading, ...contents])), ...orphans.map((d) => definitionElement(d, ctx))];
}

/** Uses of defined terms get eIds numbered within their provision (`sec_14__term_3`), as the naming convention requires. */
function numberTerms(provision: El): El {
  let n = 0;
  for (const e of walk(provision)) if (e.name === 'term') e.attrs.eId = `${provision.attrs.eId}__term_${++n}`;
  return provision;
}

/** A definition provision on its own (its section's text not held): its blocks under its eId. */
function definitionElement(d: AknProvision, ctx: Context): El {
  const slug = definitionSlug(d);
  const spans = [defSpan(d.term ?? d.heading, termEid(slug)), ...spansFor(d, ctx, [], slug)];
  const eids = ctx.eids.get(d.id)!;
  const render = (b: Block): El => {
    const unit = unitOf(b.kind);
    const eid = eids.of.get(b)!;
    const head = b.label ? [el('num', {}, [b.label])] : [];
    return el(unit.element, { eId: eid, name: unit.name }, [...head, ...unitContents(eid, b.text, b.children, render, (t) => markText(t, spans))]);
  };
  const own = provisionEid(d);
  const [block] = d.blocks;
  const contents = block ? unitContents(own, block.text, block.children, render, (t) => markText(t, spans)) : [el('content', {}, [para([])])];
  return numberTerms(el('hcontainer', { eId: own, name: 'definition', status: STATUS[d.status] }, contents));
}

/** Provisions grouped under their Part and Chapter (a Part met again, as in a mixed-date text, is the same Part). */
function bodyUnits(sections: readonly AknProvision[], render: (p: AknProvision) => El[]): Node[] {
  const out: Node[] = [];
  const divisions = new Map<string, El>();
  const open = (name: string, eId: string, d: Division, into: Node[]): El => {
    let e = divisions.get(eId);
    if (!e) {
      e = division(name, eId, d);
      divisions.set(eId, e);
      into.push(e);
    }
    return e;
  };
  for (const p of sections) {
    const part = p.kind !== 'schedule' && p.part ? open('part', buildEid([{ prefix: 'part', num: eidNum(p.part.number) }]), p.part, out) : undefined;
    const chapterEid = p.chapter && buildEid([{ prefix: 'chp', num: eidNum(p.chapter.number) }]);
    const chapter =
      p.kind !== 'schedule' && p.chapter && chapterEid
        ? open('chapter', part ? `${part.attrs.eId}__${chapterEid}` : chapterEid, p.chapter, part ? part.children : out)
        : undefined;
    ((chapter ?? part)?.children ?? out).push(...render(p));
  }
  return out;
}

const division = (name: string, eId: string, d: Division): El =>
  el(name, { eId }, [el('num', {}, [d.number]), ...(d.heading ? [el('heading', {}, [d.heading])] : [])]);

/** Who made a version: the amending Act where the version says ("Act A1644"), else its Bill. */
const maker = (v: { bill?: string | undefined; act?: string | undefined }): string => v.act ?? v.bill ?? 'unknown';

/** The versions' dates and the Acts (or Bills) that made them: the Act's lifecycle, oldest first. */
function events(provisions: readonly AknProvision[], date: string): { date: string; bill: string }[] {
  const byDate = new Map<string, string>();
  for (const p of provisions) {
    for (const v of p.versions ?? (p.version ? [p.version] : [])) {
      if (!isBefore(date, v.valid_from) && !byDate.has(v.valid_from)) byDate.set(v.valid_from, maker(v));
    }
  }
  return [...byDate].sort(([a], [b]) => a.localeCompare(b)).map(([d, bill]) => ({ date: d, bill }));
}

function meta(input: AknActInput, provisions: readonly AknProvision[], expression: FrbrUri, portion: string | undefined, terms: Map<string, string>): El {
  const { act, lang } = input;
  const work = actWork(act);
  const title = act.title[lang] ?? act.title.en;
  const at = portion ? { portion } : {};
  const workDate = xsdDate(String(act.year), 'year of the Act');
  const exprDate = xsdDate(input.date, 'as at');
  const lifecycle = events(provisions, input.date);
  const bills = [...new Set(lifecycle.map((e) => e.bill))];
  const billEid = (bill: string) => `bill-${slugOf(bill)}`;
  const sources = [...new Map(provisions.map((p) => [p.source.file, p.source])).values()];
  const datedEvents = lifecycle.filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date));
  return el('meta', {}, [
    el('identification', { source: '#kb' }, [
      el('FRBRWork', {}, [
        el('FRBRthis', { value: formatUri({ ...work, component: 'main', ...at }) }),
        el('FRBRuri', { value: workUri(work) }),
        el('FRBRalias', { value: act.title.en, name: 'short title' }),
        el('FRBRdate', workDate),
        el('FRBRauthor', { href: '#parliament' }),
        el('FRBRcountry', { value: work.country }),
        el('FRBRnumber', { value: act.actNumber }),
        el('FRBRname', { value: act.shortCitation }),
        el('FRBRprescriptive', { value: 'true' }),
      ]),
      el('FRBRExpression', {}, [
        el('FRBRthis', { value: formatUri({ ...expression, component: 'main', ...at }) }),
        el('FRBRuri', { value: expressionUri(expression) }),
        el('FRBRalias', { value: title, name: 'short title' }),
        el('FRBRdate', exprDate),
        el('FRBRauthor', { href: '#parliament' }),
        el('FRBRlanguage', { language: expression.language }),
      ]),
      el('FRBRManifestation', {}, [
        el('FRBRthis', { value: formatUri({ ...expression, component: 'main', format: 'xml', ...at }) }),
        el('FRBRuri', { value: formatUri({ ...expression, component: 'main', format: 'xml' }) }),
        el('FRBRdate', { date: exprDate.date, name: 'generated from the corpus text as at the expression date' }),
        el('FRBRauthor', { href: '#kb' }),
        el('FRBRformat', { value: AKN_MEDIA_TYPE }),
      ]),
    ]),
    ...(datedEvents.length
      ? [
          el(
            'lifecycle',
            { source: '#kb' },
            datedEvents.map((e, i) =>
              el('eventRef', { eId: `e_${i + 1}`, date: e.date, source: `#${billEid(e.bill)}`, type: e.bill === lifecycle[0]?.bill ? 'generation' : 'amendment' }),
            ),
          ),
        ]
      : []),
    el('references', { source: '#kb' }, [
      el('original', { eId: 'original', href: workUri(work), showAs: act.title.en }),
      ...bills.map((bill) => el('passiveRef', { eId: billEid(bill), href: billUri(bill), showAs: bill })),
      el('TLCOrganization', { eId: 'parliament', href: '/ontology/organization/my/parliament', showAs: 'Parliament of Malaysia' }),
      el('TLCOrganization', { eId: 'kb', href: '/ontology/organization/my/atip-law-kb', showAs: 'Malaysian anti-trafficking law knowledge base' }),
      el('TLCReference', { eId: 'act', name: 'expression', href: expressionUri(expression), showAs: title }),
      ...sources.map((s, i) => el('TLCReference', { eId: `source-${i + 1}`, name: 'source', href: s.file, showAs: s.basis })),
      ...[...terms].map(([slug, term]) => el('TLCTerm', { eId: termEid(slug), href: `/ontology/term/this.${expression.language}.${slug}`, showAs: term })),
    ]),
  ]);
}

/** The document tree of the whole Act (root `act`), with the terms its definitions define. */
function actTree(input: AknActInput): { body: El; preface: El; terms: Map<string, string>; expression: FrbrUri } {
  const { act, lang, provisions } = input;
  const expression = actExpression(act, lang, input.date);
  const ordered = [...provisions].sort((a, b) => a.order - b.order);
  const definitionsOf = new Map<string, AknProvision[]>();
  for (const p of ordered) {
    if (p.kind === 'definition' && p.parent) definitionsOf.set(p.parent, [...(definitionsOf.get(p.parent) ?? []), p]);
  }
  const eids = new Map<string, Eids<AknProvision>>();
  for (const p of ordered) eids.set(p.id, unitEids(p, p.kind === 'section' ? (definitionsOf.get(p.id) ?? []) : []));
  // A term defined in two sections is one term (one TLCTerm), as the words are the same.
  const terms = new Map<string, string>();
  for (const p of ordered) if (p.kind === 'definition' && !terms.has(definitionSlug(p))) terms.set(definitionSlug(p), p.term ?? p.heading);
  const termSpans = [...terms]
    .sort(([, a], [, b]) => b.length - a.length)
    .map(([slug, term]) => ({ slug, span: termSpan(term, termEid(slug)) }));
  const ctx: Context = { expression, byId: new Map(ordered.map((p) => [p.id, p])), eids, definitionsOf, terms, termSpans };
  const units = ordered.filter((p) => p.kind !== 'definition');
  const body = el('body', {}, bodyUnits(units, (p) => provisionElements(p, ctx)));
  const title = act.title[lang] ?? act.title.en;
  const number = `${lang === 'ms' ? 'Akta' : 'Act'} ${act.actNumber}`;
  const preface = el('preface', {}, [
    el('p', { class: 'title' }, [el('shortTitle', {}, [title])]),
    el('p', { class: 'number' }, [el('docNumber', {}, [number])]),
  ]);
  return { body, preface, terms, expression };
}

function write(root: El): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const add = (parent: ReturnType<typeof create>, node: El) => {
    const e = parent.ele(node.name, node.attrs);
    for (const child of node.children) {
      if (typeof child === 'string') e.txt(child);
      else add(e, child);
    }
  };
  add(doc, root);
  return doc.end({ prettyPrint: false });
}

/** The whole Act as an Akoma Ntoso document. */
export function actToAkn(input: AknActInput): string {
  const { body, preface, terms, expression } = actTree(input);
  const act = el('act', { name: 'act', contains: input.provisions.some((p) => (p.versions?.length ?? 0) > 1) ? 'singleVersion' : 'originalVersion' }, [
    meta(input, input.provisions, expression, undefined, terms),
    preface,
    body,
  ]);
  return write(el('akomaNtoso', { xmlns: AKN_NS }, [act]));
}

/** What a portion can be: hierarchical units (not intro, wrapUp or an inline term). */
const PORTION_ELEMENTS = new Set(['part', 'chapter', 'section', 'hcontainer', ...Object.values(UNITS).map((u) => u!.element)]);

/** One unit of the Act (`sec_14`, `sec_14__subsec_2`, `part_III`, `sec_2__def_exploitation`) as a portion; undefined if the Act has no such unit. */
export function portionToAkn(input: AknActInput, eid: string): string | undefined {
  const { body, terms, expression } = actTree(input);
  const unit = findByEid(body, eid);
  if (!unit || !PORTION_ELEMENTS.has(unit.name)) return undefined;
  const inside = new Set([...walk(unit)].map((e) => e.attrs.eId));
  const used = new Set([...walk(unit)].filter((e) => e.name === 'def' || e.name === 'term').map((e) => e.attrs.refersTo?.slice(1)));
  const ownTerms = new Map([...terms].filter(([slug]) => used.has(termEid(slug))));
  // The provisions the portion shows, or the one it is part of: their sources and versions.
  const shown = input.provisions.filter((p) => inside.has(provisionEid(p)) || eid.startsWith(`${provisionEid(p)}__`));
  const portion = el('portion', { includedIn: '#act' }, [meta(input, shown, expression, eid, ownTerms), el('portionBody', {}, [unit])]);
  return write(el('akomaNtoso', { xmlns: AKN_NS }, [portion]));
}
