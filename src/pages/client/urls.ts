/** Page addresses. A provision's permalink names its id and language: /provisions/atipsom-s14?lang=en. */
import { withQuery } from './api.js';

export const provisionPath = (id: string, lang?: string): string => withQuery(`/provisions/${id}`, { lang });

/**
 * "(1)(a)" → "p-1-a": the anchor pinpoints had before they took Akoma Ntoso eIds (src/akn/eids.ts);
 * kept on the provision page as an alias so that addresses shared before still land.
 */
export const pinpointAnchor = (path: string): string => `p-${path.replace(/[()]+/g, '-').replace(/^-+|-+$/g, '')}`;

/** An Act's contents page: /acts/atipsom?lang=ms. */
export const actPath = (act: string, lang?: string): string => withQuery(`/acts/${act}`, { lang });

/** One Part of an Act to read whole: /acts/atipsom/part/III?lang=ms. */
export const partPath = (act: string, part: string, lang?: string): string => withQuery(`/acts/${act}/part/${encodeURIComponent(part)}`, { lang });

/** The changes each amending Act made to an Act: /amendments/atipsom. */
export const amendmentsPath = (act: string, lang?: string): string => withQuery(`/amendments/${act}`, { lang });
