/** Index documents → API shapes: hits with safe highlights, language versions, permalinks. */
import type { z } from '@hono/zod-openapi';
import { fullCitation } from '../cite/format.js';
import { actBySlug } from '../registry/acts.js';
import { docKey } from '../schema/ids.js';
import { LANGS, type Lang } from '../schema/provision.js';
import type { Doc } from '../search/client.js';
import { provisionAkn, type AknLinks } from '../akn/links.js';
import type { LanguageVersion, SearchHit } from './schemas.js';

export const provisionUrl = (id: string, lang: Lang): string => `/v1/provisions/${id}?lang=${lang}`;

/** Highlight markers: control characters statute text never contains, swapped for <mark> after escaping. */
export const MARK_PRE = '\u0002';
export const MARK_POST = '\u0003';
export const HIGHLIGHT = {
  attributes: ['heading', 'term', 'text'],
  crop: ['text'],
  cropLength: 40,
  pre: MARK_PRE,
  post: MARK_POST,
};

/**
 * What a hit shows (listing + highlighted text): search answers need not carry whole documents with their analysis.
 * Not the whole text: a hit shows its cropped, highlighted excerpt, which the engine returns in `_formatted` for an
 * attribute it highlights or crops whether retrieved or not; and of the version only the date the AKN links need.
 * Both were about 60% of the engine's answer (24.5 → 9.8 KB per search of the bench mix; BENCHMARKS.md section 21).
 */
export const HIT_FIELDS = ['id', 'lang', 'act', 'act_title', 'kind', 'number', 'heading', 'term', 'parent', 'version.valid_from', 'type', 'topics', 'status', 'short_citation', 'citation'];

/** What each character safeHighlight touches becomes: HTML escapes, and the engine's markers as <mark> elements. */
const HIGHLIGHTED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', [MARK_PRE]: '<mark>', [MARK_POST]: '</mark>' };
const HIGHLIGHT_CHARS = new RegExp(`[&<>"'${MARK_PRE}${MARK_POST}]`, 'g');

/** Escapes the text and turns the engine's markers into <mark> elements, in one pass (three fields of every hit). */
export const safeHighlight = (s: string): string => s.replace(HIGHLIGHT_CHARS, (ch) => HIGHLIGHTED[ch]!);

const formatted = (doc: Doc, field: 'heading' | 'term' | 'text'): string | undefined => {
  const value = doc._formatted?.[field] ?? doc[field];
  return typeof value === 'string' ? value : undefined;
};

export function toHit(doc: Doc): z.infer<typeof SearchHit> {
  const term = formatted(doc, 'term');
  return {
    ...listing(doc),
    highlight: {
      heading: safeHighlight(formatted(doc, 'heading') ?? ''),
      ...(term ? { term: safeHighlight(term) } : {}),
      text: safeHighlight(formatted(doc, 'text') ?? ''),
    },
  };
}

export function listing(doc: Doc): Omit<z.infer<typeof SearchHit>, 'highlight'> {
  return {
    id: doc.id,
    lang: doc.lang,
    act: doc.act,
    act_title: doc.act_title,
    kind: doc.kind,
    number: doc.number,
    heading: doc.heading,
    ...(doc.term ? { term: doc.term } : {}),
    type: doc.type,
    topics: doc.topics,
    status: doc.status,
    short_citation: doc.short_citation,
    citation: doc.citation,
    url: provisionUrl(doc.id, doc.lang),
    akn: aknLinks(doc),
  };
}

/** The provision's FRBR URIs; every provision's Act is in the registry (the index is built from it). */
export function aknLinks(doc: Doc): AknLinks {
  const links = provisionAkn(doc);
  if (!links) throw new Error(`${doc.id}: Act "${doc.act}" is not in the registry`);
  return links;
}

/** The languages one provision exists in (docs: its documents, any order). */
export function languages(docs: readonly Doc[]): z.infer<typeof LanguageVersion>[] {
  return LANGS.flatMap((lang) => {
    const doc = docs.find((d) => d.lang === lang);
    return doc ? [{ lang, status: doc.status, url: provisionUrl(doc.id, lang) }] : [];
  });
}

const LANG_NAMES: Record<Lang, string> = { en: 'English', ms: 'Malay' };

/**
 * A provision asked for in a language our sources hold no text of (the Penal Code in Malay): a
 * text-unavailable document, as the corpus writes one, with the held document's classification
 * (kind, type, topics, relations) and none of its words (no text, heading, term, Part or Chapter
 * headings, notes, references, elements or penalties), pointing to the held language and the official source.
 */
export function notHeldIn(held: Doc, lang: Lang): Doc {
  const act = actBySlug(held.act);
  const official = act ? ` Read it at the official source: ${act.officialSource.label}, ${act.officialSource.url}` : '';
  const {
    _formatted: _f, past: _p, version: _v, versions: _vs, amendments: _a, amended_by: _ab, counterpart: _c, notes: _n, extraction: _x, penalties: _pe, elements: _e, term: _t, ...kept
  } = held;
  return {
    ...kept,
    key: docKey(held.id, lang),
    lang,
    act_title: (act && (lang === 'ms' ? act.title.ms : act.title.en)) || held.act_title,
    heading: '',
    ...(held.part ? { part: { number: held.part.number, heading: '' } } : {}),
    ...(held.chapter ? { chapter: { number: held.chapter.number, heading: '' } } : {}),
    status: 'text-unavailable',
    text: '',
    markdown: '',
    blocks: [],
    pinpoints: [],
    // Cited without the term: a defined term is words of the text, not held in this language.
    citation: act ? fullCitation(act, { kind: held.kind, number: held.number }, lang) : held.citation,
    refs_out: [],
    refs_in: [],
    unavailable: {
      note: `Our sources do not hold the ${LANG_NAMES[lang]} text of ${held.act_title}; its ${LANG_NAMES[held.lang]} text is held, and statute text is never translated.${official}`,
      see: docKey(held.id, held.lang),
      since: '',
    },
  };
}

/**
 * One provision in the language asked for, for the answers that show a provision by its id
 * (/v1/provisions, /v1/compare): a text-unavailable document when only another language's text is
 * held. Lists (topics, protections) and citations keep to the documents held (pickLanguage).
 */
export function provisionIn(docs: readonly Doc[], lang: Lang | undefined): Doc | undefined {
  const doc = pickLanguage(docs, lang);
  if (doc || !lang) return doc;
  const held = docs.find((d) => d.status !== 'text-unavailable') ?? docs[0];
  return held ? notHeldIn(held, lang) : undefined;
}

/** The document to show: the language asked for; else English, else any language whose text we hold. */
export function pickLanguage(docs: readonly Doc[], lang: Lang | undefined): Doc | undefined {
  if (lang) return docs.find((d) => d.lang === lang);
  const held = docs.filter((d) => d.status !== 'text-unavailable');
  return held.find((d) => d.lang === 'en') ?? held[0] ?? docs.find((d) => d.lang === 'en') ?? docs[0];
}
