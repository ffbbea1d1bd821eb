/** Home: one search box for words or citations, topic shortcuts, and what the corpus holds. */
import type { Context } from 'hono';
import { TopicsAnswer } from '../../api/analysis-schemas.js';
import { actBySlug, actsWithText } from '../../registry/acts.js';
import type { Lang } from '../../schema/provision.js';
import { topicBySlug } from '../../registry/topics.js';
import type { PageApi } from '../client/api.js';
import { render } from '../components/common.js';
import { acts, type ActsData } from '../client/data.js';
import { page, single } from './handler.js';
import { actNumberIn, actTitleIn, langLabel, ui, uiLang, withUiLang } from '../components/i18n.js';
import { Layout } from '../components/layout.js';
import { SearchBox } from '../components/search-box.js';
import { actPath } from '../client/urls.js';

/** The topics most asked about, first on the home page. */
const SHORTCUTS = [
  'non-punishment',
  'victim-protection',
  'protection-orders',
  'places-of-refuge',
  'child-trafficking',
  'forced-labour',
  'sexual-exploitation',
  'smuggling-of-migrants',
  'witnesses',
  'compensation',
];

const EXAMPLES = ['ATIPSOM s 14', 'Akta 670 seksyen 12', 'Child Act s 48(1)', 'forced labour', 'kerja paksa', 'place of refuge'];

const Holdings = ({ data, lang }: { data: ActsData; lang: Lang }) => {
  const t = ui(lang);
  return (
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">{t.holdingsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.act}</th>
            <th scope="col">{t.languages}</th>
            <th scope="col">{t.provisions}</th>
            <th scope="col">{t.textAsAtColumn}</th>
          </tr>
        </thead>
        <tbody>
          {data.acts.map((a) => {
            const title = actTitleIn(a, lang);
            const titleLang = title === a.title.en ? 'en' : 'ms';
            return (
              <tr>
                <th scope="row">
                  {a.held ? (
                    <a href={withUiLang(actPath(a.slug), lang)} lang={titleLang}>
                      {title}
                    </a>
                  ) : (
                    <span lang={titleLang}>{title}</span>
                  )}{' '}
                  <span class="meta">[{actNumberIn(a.act_number, lang)}]</span>
                </th>
                <td>{a.held ? a.languages.map((l) => langLabel(l, t)).join(', ') : t.notHeld}</td>
                <td>
                  {a.held
                    ? Object.entries(a.provisions)
                        .map(([l, n]) => `${n} (${langLabel(l, t)})`)
                        .join(', ')
                    : '—'}
                </td>
                <td>
                  {(actBySlug(a.slug)?.sources ?? []).map((s, i) => (
                    <>
                      {i ? '; ' : ''}
                      {langLabel(s.lang, t)}: <span lang="en">{s.basis}</span>
                    </>
                  ))}
                  {(actBySlug(a.slug)?.sources ?? []).length ? null : t.notYetInSources}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
};

export const homePage = (api: PageApi) =>
  page('home', async (c: Context) => {
    const url = new URL(c.req.url);
    const lang = uiLang(single(c, 'lang'));
    const t = ui(lang);
    const [held, topics] = await Promise.all([acts(api), api.get('/v1/topics', TopicsAnswer)]);
    if (!held.ok || !topics.ok) throw new Error('the Acts or the topic counts could not be read');
    // Provisions per topic, never language copies (a facet would count each language's document).
    const topicCounts: Record<string, number> = Object.fromEntries(
      topics.body.topics.map((topic) => [topic.slug, Object.values(topic.provisions).reduce((a, b) => a + b, 0)]),
    );
    const withText = actsWithText();
    return render(
      c,
      <Layout title={t.homeTitle} section="home" lang={lang} url={url}>
        <h1>{t.homeHeading}</h1>
        <p class="lede">
          {t.homeLede}{' '}
          {withText.map((a, i) => (
            <>
              {i ? ', ' : ''}
              <span lang={actTitleIn(a, lang) === a.title.en ? 'en' : 'ms'}>{actTitleIn(a, lang)}</span> ({actNumberIn(a.actNumber, lang)})
            </>
          ))}
          .
        </p>
        <SearchBox lang={lang} />
        <p class="meta">
          {t.tryThese}{' '}
          {EXAMPLES.map((q, i) => (
            <>
              {i ? ', ' : ''}
              <a href={withUiLang(`/search?q=${encodeURIComponent(q)}`, lang)} lang={/^(Akta|kerja)/.test(q) ? 'ms' : 'en'}>
                {q}
              </a>
            </>
          ))}
        </p>

        <h2>{t.topics}</h2>
        <ul class="chips">
          {SHORTCUTS.map((slug) => (
            <li>
              <a href={withUiLang(`/topics/${slug}`, lang)}>
                {topicBySlug(slug)?.label[lang] ?? slug} <span class="count">({topicCounts[slug] ?? 0})</span>
              </a>
            </li>
          ))}
          <li>
            <a href={withUiLang('/topics', lang)}>{t.allTopics}</a>
          </li>
        </ul>

        <h2>{t.forYourWork}</h2>
        <ul>
          <li>
            <a href={withUiLang('/protections', lang)}>{t.navProtections}</a>: {t.protectionsLink}
          </li>
          <li>
            <a href={withUiLang('/match', lang)}>{t.matchHeading}</a>: {t.matchLink}
          </li>
          <li>
            <a href={withUiLang('/compare', lang)}>{t.compareButton}</a> {t.compareLink} <a href={withUiLang('/gaps', lang)}>{t.gapMapLink}</a>.
          </li>
        </ul>

        <h2 id="provenance">{t.holdingsHeading}</h2>
        <Holdings data={held.body} lang={lang} />
        <h3>{t.provenanceHeading}</h3>
        <p>{t.provenanceText}</p>
        <ul>
          {held.body.acts.flatMap((a) =>
            (lang === 'ms' ? a.caveats_ms : a.caveats).map((caveat) => (
              <li>
                <strong lang="en">{a.short_citation}:</strong> {caveat}
              </li>
            )),
          )}
        </ul>
      </Layout>,
    );
  });
