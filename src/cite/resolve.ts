/**
 * Resolves a read citation against the index: the provision (all its languages), the defined
 * term or pinpoint it names, or why nothing matches and what is near.
 */
import { actBySlug, type ActConfig } from '../registry/acts.js';
import type { Citation } from '../schema/citation.js';
import type { Doc, ProvisionSearch } from '../search/client.js';
import type { Filter } from '../search/filter.js';
import { canonicalName } from './parse.js';
import { shortCitation } from './format.js';

export type Resolution =
  | { status: 'found'; citation: Citation; act: ActConfig; docs: Doc[]; citeAs: string }
  | { status: 'not-held'; act: ActConfig | undefined }
  | { status: 'absent'; detail: string; suggestions: Doc[] };

const SUGGESTIONS = 5;
const LISTING = ['id', 'lang', 'kind', 'number', 'heading', 'term', 'short_citation', 'pinpoints', 'order'];

/** The Act a citation names, when any of its text is held (else nothing cited in it can resolve). */
export function heldAct(citation: Citation): ActConfig | undefined {
  const act = actBySlug(citation.act);
  return act && (act.sources.length > 0 || act.extracts?.length) ? act : undefined;
}

/** The documents numbered as cited; the first of them in Act order (`order:asc`) is the cited section or Schedule. */
export const citedNumber = (act: ActConfig, citation: Citation): Filter => ({ act: act.slug, number: citation.section, kind: citation.kind ?? 'section' });

export async function resolveCitation(search: ProvisionSearch, citation: Citation): Promise<Resolution> {
  const act = heldAct(citation);
  if (!act) return { status: 'not-held', act: actBySlug(citation.act) };
  // An Act held only in a few provisions of an amending Bill: anything else cited in it is not held.
  const partial = act.sources.length === 0;

  const kind = citation.kind ?? 'section';
  const sections = await search.find(citedNumber(act, citation), { limit: 10 });
  const section = sections[0];
  const unit = kind === 'schedule' ? 'Schedule' : 'section';
  const cited = kind === 'schedule' ? `${act.shortCitation} Sch ${citation.section}` : `${act.shortCitation} s ${citation.section}`;
  if (!section) {
    if (partial) return { status: 'not-held', act };
    return {
      status: 'absent',
      detail: `${cited} is not in the corpus: ${act.shortCitation} has no ${unit} ${citation.section}. Check the number; the nearest are suggested.`,
      suggestions: await nearby(search, act, kind, citation.section),
    };
  }

  let docs = sections.filter((d) => d.id === section.id);
  if (citation.term) {
    const definitions = await search.find({ parent: section.id, kind: 'definition' }, { limit: 1000, attributes: LISTING });
    const wanted = canonicalName(citation.term);
    const match = definitions.find((d) => d.term && canonicalName(d.term) === wanted);
    if (!match) {
      const near = definitions.filter((d) => d.term && canonicalName(d.term).includes(wanted.split(' ')[0] ?? wanted));
      return {
        status: 'absent',
        detail: `${cited} defines no term “${citation.term}”. Check the spelling, or cite the section alone.`,
        suggestions: uniqueIds(near.length ? near : definitions).slice(0, SUGGESTIONS),
      };
    }
    docs = await search.find({ id: match.id });
  }

  const path = citation.pinpoint.join('');
  // Languages whose text we lack have no pinpoints; any held language may show the path.
  const pinpoints = [...new Set(docs.flatMap((d) => d.pinpoints))];
  if (path && !pinpoints.includes(path)) {
    if (partial) return { status: 'not-held', act };
    const has = pinpoints.filter((p) => !p.includes(')(')).slice(0, 12).join(', ');
    return {
      status: 'absent',
      detail: `${cited} has no ${path}. ${has ? `Its subdivisions include ${has}.` : 'It has no numbered subdivisions: cite the section alone.'}`,
      suggestions: docs.slice(0, 1),
    };
  }
  const first = docs[0]!;
  return { status: 'found', citation, act, docs, citeAs: shortCitation(act, first, citation.pinpoint) };
}

/** Same number with other letters (26 → 26A), then the numerically closest sections (or Schedules). */
async function nearby(search: ProvisionSearch, act: ActConfig, kind: 'section' | 'schedule', number: string): Promise<Doc[]> {
  const all = uniqueIds(await search.find({ act: act.slug, kind }, { limit: 2000, attributes: LISTING }));
  const base = Number.parseInt(number, 10);
  const distance = (d: Doc) => Math.abs(Number.parseInt(d.number, 10) - base) + (d.number === String(base) ? 0 : 0.5);
  return all.sort((a, b) => distance(a) - distance(b) || a.order - b.order).slice(0, SUGGESTIONS);
}

const uniqueIds = (docs: Doc[]): Doc[] => docs.filter((d, i) => docs.findIndex((e) => e.id === d.id) === i);
