/** Topic pages: /topics (the vocabulary with counts) and /topics/:topic (provisions per Act, and the Acts with none). */
import type { Context } from 'hono';
import type { z } from 'zod';
import { actBySlug } from '../../registry/acts.js';
import { TopicsAnswer } from '../../api/analysis-schemas.js';
import { topicBySlug } from '../../registry/topics.js';
import type { PageApi } from '../client/api.js';
import { AnalysisLabel, ExportLinks, Notice, render } from '../components/common.js';
import { getProvisions, listAll } from '../client/data.js';
import { exportResponse, provisionRow } from '../components/export.js';
import { BadPageRequest, exportFormat, fromProblem, page, single } from './handler.js';
import { actNumberIn, langLabel, ui, uiLang, withUiLang } from '../components/i18n.js';
import { Layout } from '../components/layout.js';
import { BriefList, byAct } from '../components/lists.js';

type TopicData = z.infer<typeof TopicsAnswer>['topics'][number];

export const topicsIndexRoute = (api: PageApi) =>
  page('topics', async (c: Context) => {
    const url = new URL(c.req.url);
    const ul = uiLang(single(c, 'lang'));
    const t = ui(ul);
    const answer = await api.get('/v1/topics', TopicsAnswer);
    if (!answer.ok) throw fromProblem(answer.problem, t.invalidAddress);
    const total = (topic: TopicData) => Object.values(topic.provisions).reduce((a, b) => a + b, 0);
    // An Act named as it is cited in the interface language: "ATIPSOM 2007" / "Akta 670".
    const actName = (slug: string) => (ul === 'ms' ? actNumberIn(actBySlug(slug)?.actNumber ?? slug, ul) : (actBySlug(slug)?.shortCitation ?? slug));
    return render(
      c,
      <Layout title={t.topics} section="topics" analysis lang={ul} url={url}>
        <h1>{t.topics}</h1>
        <p class="lede">{t.topicsLede}</p>
        <AnalysisLabel lang={ul} />
        <ul class="grid-topics">
          {answer.body.topics.map((topic) => (
            <li id={`topic-${topic.slug}`}>
              <a href={withUiLang(`/topics/${topic.slug}`, ul)}>
                <strong>{topic.label[ul]}</strong>
              </a>{' '}
              <span class="count">({total(topic)})</span>
              <br />
              <span class="meta">{topic.description[ul]}</span>
              <br />
              <span class="meta per-act">
                {Object.entries(topic.provisions)
                  .map(([act, n]) => `${actName(act)}: ${n}`)
                  .join(' · ') || t.noProvisionInActs}
              </span>
            </li>
          ))}
        </ul>
      </Layout>,
    );
  });

export const topicPageRoute = (api: PageApi) =>
  page('topics', async (c: Context) => {
    const url = new URL(c.req.url);
    const slug = c.req.param('topic') ?? '';
    const topic = topicBySlug(slug);
    const chosen = single(c, 'lang');
    const lang = chosen ?? 'en';
    const ul = uiLang(chosen);
    const t = ui(ul);
    if (!topic) {
      throw new BadPageRequest(404, t.noSuchTopic, `There is no topic "${slug}". The topics are listed at /topics.`);
    }
    const format = exportFormat(c);
    const listed = await listAll(api, { topic: slug, lang });
    if (!listed.ok) throw fromProblem(listed.problem, t.invalidAddress);
    const hits = listed.body;
    const { groups, without } = byAct(hits, ul);

    if (format) {
      const inEnglish = byAct(hits, 'en').without.map((w) => w.title);
      const full = await getProvisions(api, hits.map((h) => ({ id: h.id, lang: h.lang })));
      return exportResponse(
        {
          name: `topic-${slug}-${lang}`,
          title: `Topic: ${topic.label.en}`,
          notes: [topic.description.en, 'Topics are analysis, not legal advice.', `Acts with none: ${inEnglish.join('; ') || 'none'}`],
          rows: full.map((p) => provisionRow(p, url.origin, { topic: slug })),
          json: { topic, lang, provisions: hits, acts_without: inEnglish },
        },
        format,
      );
    }

    const other = lang === 'en' ? 'ms' : 'en';
    const otherUi = other === 'ms' ? 'ms' : 'en';
    return render(
      c,
      <Layout title={topic.label[ul]} section="topics" analysis lang={ul}>
        <p class="meta">
          <a href={withUiLang('/topics', ul)}>{t.topics}</a>
        </p>
        <h1>{topic.label[ul]}</h1>
        <p class="lede">
          {topic.description[ul]} <span lang={otherUi}>({topic.label[otherUi]})</span>
        </p>
        <p class="meta">
          {t.showingIn} {langLabel(lang, t)}.{' '}
          <a href={`/topics/${slug}?lang=${other}`} hreflang={other}>
            {t.showThemIn} {langLabel(other, t)}
          </a>
          .
        </p>
        <AnalysisLabel lang={ul} />
        {hits.length === 0 ? (
          <Notice>
            {t.noProvisionOnTopic} <a href={withUiLang(`/search?q=${encodeURIComponent(topic.label[ul])}`, ul)}>“{topic.label[ul]}”</a>.
          </Notice>
        ) : null}
        {groups.map((g) => (
          <section>
            <h2 lang={g.titleLang}>
              {g.title} <span class="count">({g.items.length})</span>
            </h2>
            <BriefList items={g.items} lang={ul} />
          </section>
        ))}
        {hits.length && without.length ? (
          <>
            <h2>{t.actsWithNothing}</h2>
            <ul>
              {without.map((w) => (
                <li lang={w.lang}>{w.title}</li>
              ))}
            </ul>
          </>
        ) : null}
        <ExportLinks url={url} lang={ul} />
      </Layout>,
    );
  });
