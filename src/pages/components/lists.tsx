/** Lists of provisions grouped by Act, shared by topic pages and the protections view. */
import { actsWithText } from '../../registry/acts.js';
import { CitationBox, StatuteBlocks } from './common.js';
import type { ProvisionData, SearchHitData } from '../client/data.js';
import { provisionTitle } from './names.js';
import { provisionPath } from '../client/urls.js';

type Listed = Pick<SearchHitData, 'id' | 'lang' | 'act' | 'short_citation' | 'kind' | 'number' | 'heading' | 'term' | 'status'>;

/** Provisions per Act (in the registry's order), and the held Acts that have none. */
export function byAct<T extends Listed>(items: readonly T[]): { groups: { act: string; title: string; items: T[] }[]; without: string[] } {
  const held = actsWithText();
  const groups = held
    .map((a) => ({ act: a.slug, title: a.title.en, items: items.filter((i) => i.act === a.slug) }))
    .filter((g) => g.items.length);
  const without = held.filter((a) => !items.some((i) => i.act === a.slug)).map((a) => a.title.en);
  return { groups, without };
}

export const BriefList = ({ items }: { items: readonly Listed[] }) => (
  <ul>
    {items.map((i) => (
      <li lang={i.lang}>
        <a href={provisionPath(i.id, i.lang)}>{i.short_citation}</a> — {provisionTitle(i)}
        {i.status !== 'in-force' ? <span class="badge">{i.status}</span> : null}
      </li>
    ))}
  </ul>
);

/** A provision printed in full: heading, verbatim text, citation. */
export const FullProvision = ({ p, origin, prefix }: { p: ProvisionData; origin: string; prefix: string }) => (
  <section class="printable-provision" aria-labelledby={`${prefix}-h`}>
    <h4 id={`${prefix}-h`} lang={p.lang}>
      <a href={provisionPath(p.id, p.lang)}>{p.short_citation}</a> — {provisionTitle(p)}
    </h4>
    {p.status === 'text-unavailable' ? (
      <p class="meta">Text not held in this language: open the provision for the other language.</p>
    ) : (
      <div class="statute" lang={p.lang}>
        <StatuteBlocks blocks={p.blocks} anchors={false} />
      </div>
    )}
    <CitationBox citation={p.citation} shortCitation={p.short_citation} permalink={origin + provisionPath(p.id, p.lang)} idPrefix={prefix} />
  </section>
);
