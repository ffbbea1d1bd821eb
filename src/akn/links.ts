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

/**
 * An Act's work URI and its expression URI in one language as at one date (`''`: the latest),
 * before the portion: a few per Act, built once. Every search hit carries these links, and
 * building them from the registry per hit (the Act looked up, URI objects spread, formatted) was
 * about 3% of the Node API's CPU per search (BENCHMARKS.md section 16).
 */
const prefixes = new Map<string, { work: string; expression: string } | null>();
function actUris(slug: string, lang: Lang, date: string): { work: string; expression: string } | null {
  const key = `${slug} ${lang} ${date}`;
  let uris = prefixes.get(key);
  if (uris === undefined) {
    const act = actBySlug(slug);
    uris = act ? { work: formatUri(actWork(act)), expression: formatUri(actExpression(act, lang, date)) } : null;
    prefixes.set(key, uris);
  }
  return uris;
}

export function provisionAkn(doc: ProvisionName & { act: string; lang: Lang; version?: { valid_from: string } | undefined }): AknLinks | undefined {
  // No version recorded: `eng@`, the latest expression, which is the text the index holds.
  const uris = actUris(doc.act, doc.lang, doc.version?.valid_from ?? '');
  if (!uris) return undefined;
  const portion = `/~${provisionEid(doc)}`;
  return { work: uris.work + portion, expression: uris.expression + portion };
}
