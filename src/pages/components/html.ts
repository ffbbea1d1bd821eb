/**
 * The only HTML the pages insert unescaped: search highlights. The API escapes the text and adds
 * <mark> around matched words; this lets through <mark> and </mark> alone, whatever it is given.
 */
import { raw } from 'hono/html';

const MARK_TAG = /(<\/?mark>)/;

/** Text with <mark> highlights → HTML in which nothing but <mark> elements is markup. */
export function marksOnly(highlighted: string): string {
  return highlighted
    .split(MARK_TAG)
    .map((part) => (part === '<mark>' || part === '</mark>' ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('');
}

export const Highlight = ({ html }: { html: string }) => raw(marksOnly(html));
