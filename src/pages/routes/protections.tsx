/**
 * Protections, for NGOs and victim advocates: the provisions that protect, grouped by need
 * (GET /v1/protections: offences and definitions never listed, one entry per provision), each
 * printed in full with its citation, so the page can be printed and quoted. The grouping is
 * analysis; the words are the statute's.
 */
import type { Context } from 'hono';
import { ProtectionsAnswer } from '../../api/analysis-schemas.js';
import { PROTECTION_NEEDS } from '../../registry/protections.js';
import { topicBySlug } from '../../registry/topics.js';
import type { PageApi } from '../client/api.js';
import { AnalysisLabel, ExportLinks, Notice, render } from '../components/common.js';
import { getProvisions, type ProvisionData } from '../client/data.js';
import { exportResponse, provisionRow } from '../components/export.js';
import { exportFormat, fromProblem, page, single } from './handler.js';
import { langLabel, ui, uiLang, withUiLang } from '../components/i18n.js';
import { Layout } from '../components/layout.js';
import { FullProvision } from '../components/lists.js';

export const protectionsPageRoute = (api: PageApi) =>
  page('protections', async (c: Context) => {
    const url = new URL(c.req.url);
    const chosen = single(c, 'lang');
    const lang = chosen ?? 'en';
    const ul = uiLang(chosen);
    const t = ui(ul);
    const format = exportFormat(c);

    const answer = await api.get('/v1/protections', ProtectionsAnswer, { lang: chosen });
    if (!answer.ok) throw fromProblem(answer.problem, t.invalidAddress);
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
    // A need's title in the interface language (the registry holds both; the API answers the English).
    const needTitle = (g: { key: string; title: string }) => (ul === 'ms' ? (PROTECTION_NEEDS.find((n) => n.key === g.key)?.title_ms ?? g.title) : g.title);
    return render(
      c,
      <Layout title={t.navProtections} section="protections" analysis lang={ul}>
        <h1>{t.protectionsHeading}</h1>
        <p class="lede">{t.protectionsLede}</p>
        <p class="meta no-print">
          {t.shownIn} {langLabel(lang, t)}.{' '}
          <a href={`/protections?lang=${other}`} hreflang={other}>
            {t.showIn} {langLabel(other, t)}
          </a>{' '}
          {t.whereHeld}.
        </p>
        <AnalysisLabel lang={ul} />
        <nav aria-label={t.needs} class="no-print">
          <ul class="chips">
            {groups.map((g) => (
              <li>
                <a href={`#need-${g.key}`}>
                  {needTitle(g)} <span class="count">({g.provisions.length})</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {groups.map((g) => (
          <section aria-labelledby={`need-${g.key}`}>
            <h2 id={`need-${g.key}`}>{needTitle(g)}</h2>
            {g.topics.length ? (
              <p class="meta">
                {t.topics}: {g.topics.map((slug) => topicBySlug(slug)?.label[ul] ?? slug).join(', ')}
              </p>
            ) : null}
            {g.provisions.length === 0 ? (
              <Notice>
                {t.noProvisionOnNeed} <a href={withUiLang(`/search?q=${encodeURIComponent(needTitle(g))}`, ul)}>“{needTitle(g)}”</a>.
              </Notice>
            ) : (
              g.provisions.map((p, i) => <FullProvision p={p} origin={url.origin} prefix={`${g.key}-${i}`} lang={ul} />)
            )}
          </section>
        ))}
        <ExportLinks url={url} lang={ul} />
      </Layout>,
    );
  });
