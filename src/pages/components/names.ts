/** How pages name things: languages, and a provision by its number and heading (or term). */
import type { ProvisionData } from '../client/data.js';

const LANG_NAMES: Record<string, string> = { en: 'English', ms: 'Malay' };
export const langName = (lang: string): string => LANG_NAMES[lang] ?? lang;

/** A provision's title as its page heads it: `14. Heading`, `“term”`, `Schedule 1. Heading`. */
export const provisionTitle = (p: Pick<ProvisionData, 'kind' | 'number' | 'heading' | 'term'>): string =>
  p.kind === 'definition' ? `“${p.term ?? p.heading}”` : p.kind === 'schedule' ? `Schedule ${p.number}. ${p.heading}` : `${p.number}. ${p.heading}`;
