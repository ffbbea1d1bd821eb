/** Lists of provisions grouped by Act, shared by topic pages and the protections view. */
import { actsWithText } from '../../registry/acts.js';
import type { Lang } from '../../schema/provision.js';
import { CitationBox, StatuteBlocks } from './common.js';
import type { ProvisionData, SearchHitData } from '../client/data.js';
import { actTitleIn, statusLabel, ui } from './i18n.js';
import { provisionTitle } from './names.js';
import { provisionPath } from '../client/urls.js';

type Listed = Pick<SearchHitData, 'id' | 'lang' | 'act' | 'short_citation' | 'kind' | 'number' | 'heading' | 'term' | 'status'>;

/** A title and the language it is in (an Act without a Malay title keeps its English one). */
export interface Titled {
  title: string;
  titleLang: Lang;
}

/** Provisions per Act (in the registry's order), and the held Acts that have none; Acts titled in `lang` where they can be. */
export function byAct<T extends Listed>(items: readonly T[], lang: Lang): { groups: (Titled & { act: string; items: T[] })[]; without: { title: string; lang: Lang }[] } {
  const held = actsWithText();
  const titled = (a: (typeof held)[number]): Titled => {
    const title = actTitleIn(a, lang);
    return { title, titleLang: title === a.title.en ? 'en' : 'ms' };
  };
  const groups = held
    .map((a) => ({ act: a.slug, ...titled(a), items: items.filter((i) => i.act === a.slug) }))
    .filter((g) => g.items.length);
  const without = held.filter((a) => !items.some((i) => i.act === a.slug)).map((a) => ({ title: titled(a).title, lang: titled(a).titleLang }));
  return { groups, without };
}

/** Citations are in their English form ("ATIPSOM 2007 s 14"), marked so; titles in the text's language. */
export const BriefList = ({ items, lang }: { items: readonly Listed[]; lang: Lang }) => (
  <ul>
    {items.map((i) => (
      <li>
        <a href={provisionPath(i.id, i.lang)} lang="en">
          {i.short_citation}
        </a>{' '}
        — <span lang={i.lang}>{provisionTitle(i)}</span>
        {i.status !== 'in-force' ? <span class="badge">{statusLabel(i.status, ui(lang))}</span> : null}
      </li>
    ))}
  </ul>
);

/** A provision printed in full: heading, verbatim text, citation. */
export const FullProvision = ({ p, origin, prefix, lang }: { p: ProvisionData; origin: string; prefix: string; lang: Lang }) => (
  <section class="printable-provision" aria-labelledby={`${prefix}-h`}>
    <h4 id={`${prefix}-h`}>
      <a href={provisionPath(p.id, p.lang)} lang="en">
        {p.short_citation}
      </a>{' '}
      — <span lang={p.lang}>{provisionTitle(p)}</span>
    </h4>
    {p.status === 'text-unavailable' ? (
      <p class="meta">{ui(lang).notHeldInLanguage}</p>
    ) : (
      <div class="statute" lang={p.lang}>
        <StatuteBlocks blocks={p.blocks} />
      </div>
    )}
    <CitationBox citation={p.citation} shortCitation={p.short_citation} permalink={origin + provisionPath(p.id, p.lang)} idPrefix={prefix} lang={lang} textLang={p.lang} />
  </section>
);
