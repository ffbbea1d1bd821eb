/**
 * Protections, for NGOs and victim advocates: every victim-protection provision grouped by need,
 * each printed in full with its citation, so the page can be printed and quoted. The grouping is
 * by topic (analysis); the words are the statute's.
 */
import type { Context } from 'hono';
import { topicBySlug } from '../../registry/topics.js';
import type { PageApi } from '../client/api.js';
import { AnalysisLabel, ExportLinks, Notice, render } from '../components/common.js';
import { getProvisions, listAll, type ProvisionData } from '../client/data.js';
import { exportResponse, provisionRow } from '../components/export.js';
import { exportFormat, fromProblem, page, single } from './handler.js';
import { langName } from '../components/names.js';
import { Layout } from '../components/layout.js';
import { FullProvision } from '../components/lists.js';

/** The needs an advocate brings, each answered by the provisions of one or more topics. */
export const NEEDS: readonly { key: string; title: string; topics: readonly string[] }[] = [
  { key: 'immunity', title: 'Immunity from prosecution', topics: ['non-punishment'] },
  { key: 'custody', title: 'Custody and protection orders', topics: ['protection-orders'] },
  { key: 'refuge', title: 'Places of refuge', topics: ['places-of-refuge'] },
  { key: 'children', title: 'Children', topics: ['child-protection'] },
  { key: 'witnesses', title: 'Witnesses', topics: ['witnesses'] },
  { key: 'support', title: 'Medical care, privacy, status and compensation', topics: ['medical-care', 'privacy', 'repatriation-and-status', 'compensation'] },
];

export const protectionsPageRoute = (api: PageApi) =>
  page('protections', async (c: Context) => {
    const url = new URL(c.req.url);
    const chosen = single(c, 'lang');
    const lang = chosen ?? 'en';
    const format = exportFormat(c);

    const groups: { key: string; title: string; topics: readonly string[]; provisions: ProvisionData[] }[] = [];
    for (const need of NEEDS) {
      const listed = await Promise.all(need.topics.map((topic) => listAll(api, { topic, lang })));
      const hits = listed.flatMap((l) => {
        if (!l.ok) throw fromProblem(l.problem, 'Invalid protections page address');
        return l.body;
      });
      const unique = hits.filter((h, i) => hits.findIndex((o) => o.id === h.id) === i);
      // Unless a language was chosen, quote each provision in a language whose text is held.
      groups.push({ ...need, provisions: await getProvisions(api, unique.map((h) => ({ id: h.id, lang: chosen }))) });
    }

    if (format) {
      return exportResponse(
        {
          name: `protections-${lang}`,
          title: 'Victim protections, by need',
          notes: ['Grouping by need is analysis, not legal advice; the text of each provision is verbatim.'],
          rows: groups.flatMap((g) => g.provisions.map((p) => provisionRow(p, url.origin, { need: g.title }))),
          json: { lang, needs: groups.map((g) => ({ key: g.key, title: g.title, topics: g.topics, provisions: g.provisions })) },
        },
        format,
      );
    }

    const other = lang === 'en' ? 'ms' : 'en';
    return render(
      c,
      <Layout title="Protections" section="protections" analysis>
        <h1>Protections for victims</h1>
        <p class="lede">
          Every provision that protects a trafficked person or a child, grouped by what the person needs, with the full
          text and a citation to quote. Print this page to take it with you.
        </p>
        <p class="meta no-print">
          In {langName(lang)}. <a href={`/protections?lang=${other}`}>Show in {langName(other)}</a> (where held).
        </p>
        <AnalysisLabel />
        <nav aria-label="Needs" class="no-print">
          <ul class="chips">
            {groups.map((g) => (
              <li>
                <a href={`#need-${g.key}`}>
                  {g.title} <span class="count">({g.provisions.length})</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {groups.map((g) => (
          <section aria-labelledby={`need-${g.key}`}>
            <h2 id={`need-${g.key}`}>{g.title}</h2>
            <p class="meta">Topics: {g.topics.map((t) => topicBySlug(t)?.label.en ?? t).join(', ')}</p>
            {g.provisions.length === 0 ? (
              <Notice>
                No provision in {langName(lang)} is on these topics; you can{' '}
                <a href={`/search?q=${encodeURIComponent(g.title)}`}>search for “{g.title}”</a>.
              </Notice>
            ) : (
              g.provisions.map((p, i) => <FullProvision p={p} origin={url.origin} prefix={`${g.key}-${i}`} />)
            )}
          </section>
        ))}
        <ExportLinks url={url} />
      </Layout>,
    );
  });
