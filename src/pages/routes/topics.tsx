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
import { langName } from '../components/names.js';
import { Layout } from '../components/layout.js';
import { BriefList, byAct } from '../components/lists.js';

type TopicData = z.infer<typeof TopicsAnswer>['topics'][number];

export const topicsIndexRoute = (api: PageApi) =>
  page('topics', async (c: Context) => {
    const answer = await api.get('/v1/topics', TopicsAnswer);
    if (!answer.ok) throw fromProblem(answer.problem, 'Topics could not be listed');
    const total = (t: TopicData) => Object.values(t.provisions).reduce((a, b) => a + b, 0);
    return render(
      c,
      <Layout title="Topics" section="topics" analysis>
        <h1>Topics</h1>
        <p class="lede">What provisions are about, in a controlled vocabulary. Counts are provisions (each once, whatever its language), per Act.</p>
        <AnalysisLabel />
        <ul class="grid-topics">
          {answer.body.topics.map((t) => (
            <li id={`topic-${t.slug}`}>
              <a href={`/topics/${t.slug}`}>
                <strong>{t.label.en}</strong>
              </a>{' '}
              <span class="count">({total(t)})</span>
              <br />
              <span class="meta">{t.description.en}</span>
              <br />
              <span class="meta per-act">
                {Object.entries(t.provisions)
                  .map(([act, n]) => `${actBySlug(act)?.shortCitation ?? act}: ${n}`)
                  .join(' · ') || 'No provision in the Acts we hold.'}
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
    if (!topic) {
      throw new BadPageRequest(404, 'No such topic', `There is no topic "${slug}". The topics are listed at /topics.`);
    }
    const lang = single(c, 'lang') ?? 'en';
    const format = exportFormat(c);
    const listed = await listAll(api, { topic: slug, lang });
    if (!listed.ok) throw fromProblem(listed.problem, 'Invalid topic page address');
    const hits = listed.body;
    const { groups, without } = byAct(hits);

    if (format) {
      const full = await getProvisions(api, hits.map((h) => ({ id: h.id, lang: h.lang })));
      return exportResponse(
        {
          name: `topic-${slug}-${lang}`,
          title: `Topic: ${topic.label.en}`,
          notes: [topic.description.en, 'Topics are analysis, not legal advice.', `Acts with none: ${without.join('; ') || 'none'}`],
          rows: full.map((p) => provisionRow(p, url.origin, { topic: slug })),
          json: { topic, lang, provisions: hits, acts_without: without },
        },
        format,
      );
    }

    const other = lang === 'en' ? 'ms' : 'en';
    return render(
      c,
      <Layout title={topic.label.en} section="topics" analysis>
        <p class="meta">
          <a href="/topics">Topics</a>
        </p>
        <h1>{topic.label.en}</h1>
        <p class="lede">
          {topic.description.en} <span lang="ms">({topic.label.ms})</span>
        </p>
        <p class="meta">
          Showing provisions in {langName(lang)}. <a href={`/topics/${slug}?lang=${other}`}>Show them in {langName(other)}</a>.
        </p>
        <AnalysisLabel />
        {hits.length === 0 ? (
          <Notice>
            No provision in {langName(lang)} is on this topic. You can <a href={`/search?q=${encodeURIComponent(topic.label.en)}`}>search for “{topic.label.en}”</a>.
          </Notice>
        ) : null}
        {groups.map((g) => (
          <section>
            <h2>
              {g.title} <span class="count">({g.items.length})</span>
            </h2>
            <BriefList items={g.items} />
          </section>
        ))}
        {hits.length && without.length ? (
          <>
            <h2>Acts with nothing on this topic</h2>
            <ul>
              {without.map((t) => (
                <li>{t}</li>
              ))}
            </ul>
          </>
        ) : null}
        <ExportLinks url={url} />
      </Layout>,
    );
  });
