/** Home: one search box for words or citations, topic shortcuts, and what the corpus holds. */
import type { Context } from 'hono';
import { TopicsAnswer } from '../../api/analysis-schemas.js';
import { actBySlug } from '../../registry/acts.js';
import { topicBySlug } from '../../registry/topics.js';
import type { PageApi } from '../client/api.js';
import { render } from '../components/common.js';
import { acts, type ActsData } from '../client/data.js';
import { page } from './handler.js';
import { Layout } from '../components/layout.js';
import { langName } from '../components/names.js';
import { SearchBox } from '../components/search-box.js';

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

const EXAMPLES = ['ATIPSOM s 14', 'Akta 670 seksyen 12', 'Child Act s 48(1)', 'forced labour', 'place of refuge'];

const Holdings = ({ data }: { data: ActsData }) => (
  <div class="table-wrap">
    <table>
      <caption class="visually-hidden">Acts in the corpus</caption>
      <thead>
        <tr>
          <th scope="col">Act</th>
          <th scope="col">Languages</th>
          <th scope="col">Provisions</th>
          <th scope="col">Text as at</th>
        </tr>
      </thead>
      <tbody>
        {data.acts.map((a) => (
          <tr>
            <th scope="row">
              {a.held ? <a href={`/search?act=${a.slug}`}>{a.title.en}</a> : a.title.en} <span class="meta">[Act {a.act_number}]</span>
            </th>
            <td>{a.held ? a.languages.map(langName).join(', ') : 'not held'}</td>
            <td>
              {a.held
                ? Object.entries(a.provisions)
                    .map(([lang, n]) => `${n} (${langName(lang)})`)
                    .join(', ')
                : '—'}
            </td>
            <td>
              {(actBySlug(a.slug)?.sources ?? []).map((s) => `${langName(s.lang)}: ${s.basis}`).join('; ') ||
                'text not yet in our sources'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);

export const homePage = (api: PageApi) =>
  page('home', async (c: Context) => {
    const [held, topics] = await Promise.all([acts(api), api.get('/v1/topics', TopicsAnswer)]);
    if (!held.ok || !topics.ok) throw new Error('the Acts or the topic counts could not be read');
    // Provisions per topic, never language copies (a facet would count each language's document).
    const topicCounts: Record<string, number> = Object.fromEntries(
      topics.body.topics.map((t) => [t.slug, Object.values(t.provisions).reduce((a, b) => a + b, 0)]),
    );
    return render(
      c,
      <Layout title="Home" section="home">
        <h1>Malaysia's anti-trafficking statutes, verbatim</h1>
        <p class="lede">
          Search, cite and compare the provisions of ATIPSOM 2007 (Act 670), the Child Act 2001, the Sexual Offences
          against Children Act 2017 and the Evidence of Child Witness Act 2007, in English and Malay.
        </p>
        <SearchBox />
        <p class="meta">
          Try:{' '}
          {EXAMPLES.map((q, i) => (
            <>
              {i ? ', ' : ''}
              <a href={`/search?q=${encodeURIComponent(q)}`}>{q}</a>
            </>
          ))}
        </p>

        <h2>Topics</h2>
        <ul class="chips">
          {SHORTCUTS.map((slug) => (
            <li>
              <a href={`/topics/${slug}`}>
                {topicBySlug(slug)?.label.en ?? slug} <span class="count">({topicCounts[slug] ?? 0})</span>
              </a>
            </li>
          ))}
          <li>
            <a href="/topics">All topics</a>
          </li>
        </ul>

        <h2>For your work</h2>
        <ul>
          <li>
            <a href="/protections">Protections</a>: every victim-protection provision, grouped by need, printable.
          </li>
          <li>
            <a href="/match">Facts → charges</a>: the charges across Acts whose elements your facts meet, with penalties and alternatives.
          </li>
          <li>
            <a href="/compare">Compare</a> provisions side by side, and <a href="/gaps">the gap map</a>.
          </li>
        </ul>

        <h2 id="provenance">What the corpus holds</h2>
        <Holdings data={held.body} />
        <h3>Provenance and limits</h3>
        <p>
          Every provision's words are taken from the official text of the Bill as passed, named beside it with the
          source file and lines. Nothing is paraphrased, corrected or translated; where our sources lack a text, the page
          says so.
        </p>
        <ul>
          {held.body.acts.flatMap((a) =>
            a.caveats.map((caveat) => (
              <li>
                <strong>{a.short_citation}:</strong> {caveat}
              </li>
            )),
          )}
        </ul>
      </Layout>,
    );
  });
