/** Page addresses. A provision's permalink names its id and language: /provisions/atipsom-s14?lang=en. */
import { withQuery } from './api.js';

export const provisionPath = (id: string, lang?: string): string => withQuery(`/provisions/${id}`, { lang });

/** "(1)(a)" → "p-1-a": the element id a pinpoint jumps to. */
export const pinpointAnchor = (path: string): string => `p-${path.replace(/[()]+/g, '-').replace(/^-+|-+$/g, '')}`;
