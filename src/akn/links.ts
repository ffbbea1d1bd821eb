/**
 * The Akoma Ntoso addresses of a provision, as every API answer for a provision carries them:
 * the work-level portion (any language, latest) and the portion of this language's expression as
 * at the provision's version. Both are routes of this API answering application/akn+xml.
 */
import { actBySlug } from '../registry/acts.js';
import type { Lang } from '../schema/provision.js';
import { actExpression, actWork, formatUri, provisionEid, type ProvisionName } from './uri.js';

export interface AknLinks {
  work: string;
  expression: string;
}

export function provisionAkn(doc: ProvisionName & { act: string; lang: Lang; version?: { valid_from: string } | undefined }): AknLinks | undefined {
  const act = actBySlug(doc.act);
  if (!act) return undefined;
  const portion = provisionEid(doc);
  return {
    work: formatUri({ ...actWork(act), portion }),
    // No version recorded: `eng@`, the latest expression, which is the text the index holds.
    expression: formatUri({ ...actExpression(act, doc.lang, doc.version?.valid_from ?? ''), portion }),
  };
}
