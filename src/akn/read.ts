/**
 * Reads an Akoma Ntoso document back into provisions' words: for each section, definition and
 * schedule (by eId), its heading and its text as the corpus spells it (labels and words in
 * order, whitespace collapsed). What the round-trip test compares with the corpus, and what a
 * client of the XML would extract.
 */
import { create } from 'xmlbuilder2';

export interface ReadProvision {
  eId: string;
  heading: string | undefined;
  text: string;
}

interface DomElement {
  nodeType: number;
  localName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
}

const ELEMENT = 1;
const children = (e: DomElement): DomElement[] => Array.from(e.childNodes).filter((c) => c.nodeType === ELEMENT);
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

const isProvision = (e: DomElement): boolean =>
  e.getAttribute('eId') !== null &&
  (e.localName === 'section' ||
    (e.localName === 'hcontainer' && e.getAttribute('name') === 'schedule') ||
    // Definitions that are provisions are named by their term (`__def_`); others are numbered.
    (e.localName === 'hcontainer' && e.getAttribute('name') === 'definition' && /__def_[^_]+$/.test(e.getAttribute('eId') ?? '')));

/** The words of a unit: each sub-unit's number and each paragraph of text, in document order. */
function words(e: DomElement, own: boolean): string[] {
  const out: string[] = [];
  for (const c of children(e)) {
    if (c.localName === 'p') out.push(c.textContent ?? '');
    else if (c.localName === 'num') {
      if (!own) out.push(c.textContent ?? '');
    } else if (c.localName !== 'heading') out.push(...words(c, false));
  }
  return out;
}

export function readProvisions(xml: string): Map<string, ReadProvision> {
  // Whitespace between two inline elements is text ("<ref>Part VI</ref> <ref>this Act</ref>").
  const root = create({ skipWhitespaceOnlyText: false }, xml).root().node as unknown as DomElement;
  const found = new Map<string, ReadProvision>();
  const visit = (e: DomElement) => {
    if (e.localName === 'meta') return;
    if (isProvision(e)) {
      const eId = e.getAttribute('eId')!;
      const heading = children(e).find((c) => c.localName === 'heading')?.textContent ?? undefined;
      found.set(eId, { eId, heading, text: collapse(words(e, true).join(' ')) });
    }
    children(e).forEach(visit);
  };
  visit(root);
  return found;
}
