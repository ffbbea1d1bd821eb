/**
 * Protections, for NGOs and victim advocates: the provisions that protect, grouped by need
 * (GET /v1/protections: offences and definitions never listed, one entry per provision), each
 * printed in full with its citation, so the page can be printed and quoted. The grouping is
 * analysis; the words are the statute's.
 */
import type { Context } from 'hono';
import { ProtectionsAnswer } from '../../api/analysis-schemas.js';
import { topicBySlug } from '../../registry/topics.js';
import type { PageApi } from '../client/api.js';
import { AnalysisLabel, ExportLinks, Notice, render } from '../components/common.js';
import { getProvisions, type ProvisionData } from '../client/data.js';
import { exportResponse, provisionRow } from '../components/export.js';
import { exportFormat, fromProblem, page, single } from './handler.js';
import { langName } from '../components/names.js';
import { Layout } from '../components/layout.js';
import { FullProvision } from '../components/lists.js';

export const protectionsPageRoute = (api: PageApi) =>
  page('protections', async (c: Context) => {
    const url = new URL(c.req.url);
    const chosen = single(c, 'lang');
    const lang = chosen ?? 'en';
    const format = exportFormat(c);

    const answer = await api.get('/v1/protections', ProtectionsAnswer, { lang: chosen });
    if (!answer.ok) throw fromProblem(answer.problem, 'Invalid protections page address');
    const groups: { key: string; title: string; topics: readonly string[]; provisions: ProvisionData[] }[] = [];
    for (const need of answer.body.needs) {
      // Unless a language was chosen, quote each provision in a language whose text is held.
      groups.push({ ...need, provisions: await getProvisions(api, need.provisions.map((h) => ({ id: h.id, lang: chosen }))) });
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
            {g.topics.length ? <p class="meta">Topics: {g.topics.map((t) => topicBySlug(t)?.label.en ?? t).join(', ')}</p> : null}
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
