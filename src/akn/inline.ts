/**
 * Inline markup inside one verbatim text: cross-references become `<ref href>`, the defined term
 * of a definition `<def>`. The words are never changed: marks only wrap spans of the text, so the
 * text content of the result is the input text.
 */
import { el, type El, type Node } from './tree.js';

/** Words to wrap wherever they stand as whole words, and the element that wraps them. */
export interface Span {
  words: string;
  wrap: (words: string) => El;
  /** Only the first occurrence (a definition defines its term once). */
  once?: boolean;
}

interface Mark {
  start: number;
  end: number;
  span: Span;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const standsAlone = (text: string, start: number, end: number): boolean =>
  !WORD_CHAR.test(text[start - 1] ?? '') && !WORD_CHAR.test(text[end] ?? '');

/**
 * Every whole-word occurrence of each span, earlier spans first where two overlap (callers put
 * the definition's term first, then longer references before shorter ones).
 */
function marks(text: string, spans: readonly Span[]): Mark[] {
  const taken: Mark[] = [];
  for (const span of spans) {
    if (!span.words) continue;
    for (let at = text.indexOf(span.words); at >= 0; at = text.indexOf(span.words, at + 1)) {
      const end = at + span.words.length;
      if (!standsAlone(text, at, end)) continue;
      if (taken.some((m) => at < m.end && m.start < end)) continue;
      taken.push({ start: at, end, span });
      if (span.once) break;
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** The text as nodes: plain strings between the wrapped spans. */
export function markText(text: string, spans: readonly Span[]): Node[] {
  const out: Node[] = [];
  let at = 0;
  for (const m of marks(text, spans)) {
    if (m.start > at) out.push(text.slice(at, m.start));
    out.push(m.span.wrap(text.slice(m.start, m.end)));
    at = m.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

export const refSpan = (words: string, href: string): Span => ({ words, wrap: (w) => el('ref', { href }, [w]) });

/** A use of a term the Act defines (its eId is given once the provision is built: numberTerms). */
export const termSpan = (term: string, termEid: string): Span => ({
  words: term,
  wrap: (w) => el('term', { refersTo: `#${termEid}` }, [w]),
});

export const defSpan = (term: string, termEid: string): Span => ({
  words: term,
  wrap: (w) => el('def', { refersTo: `#${termEid}` }, [w]),
  once: true,
});
