/** How pages name a provision: by its number and heading (or term). */
import type { ProvisionData } from '../client/data.js';
import { ui } from './i18n.js';

/** A provision's title as its page heads it: `14. Heading`, `“term”`, `Schedule 1. Heading`. */
export const provisionTitle = (p: Pick<ProvisionData, 'kind' | 'number' | 'heading' | 'term' | 'lang'>): string =>
  p.kind === 'definition' ? `“${p.term ?? p.heading}”` : p.kind === 'schedule' ? `${ui(p.lang).schedule} ${p.number}. ${p.heading}`.trim() : `${p.number}. ${p.heading}`.trim();
