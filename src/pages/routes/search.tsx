/**
 * Results: /search?q=&act=&lang=&type=&topic=&page=. A query that is a citation of a provision
 * we hold opens it (at its pinpoint); otherwise hits with highlights, facets, pages, and a form
 * to compare the hits ticked.
 */
import type { Context } from 'hono';
import { actBySlug } from '../../registry/acts.js';
import { topicBySlug } from '../../registry/topics.js';
import type { Problem } from '../../api/problem.js';
import type { PageApi } from '../client/api.js';
import { ExportLinks, Notice, Pagination, render } from '../components/common.js';
import { cite, getProvisions, searchPage, type SearchData, type SearchFilters } from '../client/data.js';
import { exportResponse, provisionRow } from '../components/export.js';
import { BadPageRequest, exportFormat, fromProblem, page, single } from './handler.js';
import { Highlight } from '../components/html.js';
import { langName } from '../components/names.js';
import { SearchBox } from '../components/search-box.js';
import { Layout } from '../components/layout.js';
import { pinpointAnchor, provisionPath, actPath } from '../client/urls.js';

export const PAGE_SIZE = 20;
const MAX_PAGE = 245; // the API pages up to offset 4,900

type FacetName = keyof SearchFilters;
const FACETS: readonly [FacetName, keyof SearchData['facets'], string, (v: string) => string][] = [
  ['act', 'act', 'Act', (v) => actBySlug(v)?.shortCitation ?? v],
  ['lang', 'lang', 'Language', langName],
  ['type', 'type', 'Type', (v) => v],
  ['topic', 'topics', 'Topic', (v) => topicBySlug(v)?.label.en ?? v],
];
/** The page lists every facet and states "21–40 of N provisions". */
const SHOWS = { facets: FACETS.map(([, facet]) => facet).join(','), total: 'exact' } as const;

function pageNumber(c: Context): number {
  const raw = single(c, 'page') ?? '1';
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE) {
    throw new BadPageRequest(400, 'Invalid page', `page must be a whole number from 1 to ${MAX_PAGE}, not "${raw}".`);
  }
  return n;
}

const Facets = ({ url, data, filters }: { url: URL; data: SearchData; filters: SearchFilters }) => (
  <aside class="facets" aria-label="Filters">
    {FACETS.map(([param, facet, title, label]) => {
      const counts = Object.entries(data.facets[facet] ?? {}).sort((a, b) => b[1] - a[1]);
      if (!counts.length && !filters[param]) return null;
      const link = (value: string | undefined) => {
        const target = new URL(url);
        target.searchParams.delete('page');
        target.searchParams.delete(param);
        if (value) target.searchParams.set(param, value);
        return target.pathname + target.search;
      };
      return (
        <section>
          <h2>{title}</h2>
          <ul>
            {counts.map(([value, n]) => (
              <li>
                <a href={link(filters[param] === value ? undefined : value)} aria-current={filters[param] === value ? 'true' : undefined}>
                  {label(value)}
                </a>{' '}
                <span class="count">{n}</span>
              </li>
            ))}
            {filters[param] ? (
              <li>
                <a href={link(undefined)}>Any {title.toLowerCase()}</a>
              </li>
            ) : null}
          </ul>
        </section>
      );
    })}
  </aside>
);

/** One line: what the search did with the words (spelling put right, thesaurus expansions, ages, an Act named). */
const Understanding = ({ data }: { data: SearchData }) => {
  const u = data.understanding;
  const shown = u.expansions.filter((e) => e.kind !== 'group' && e.kind !== 'spelling').slice(0, 6);
  const spelt = u.expansions.filter((e) => e.kind === 'spelling');
  const parts = [
    ...(spelt.length ? [`read ${spelt.map((e) => `“${e.words}” as “${e.terms[0]}”`).join(', ')}`] : []),
    ...(shown.length ? [`also searched for ${shown.map((e) => `${e.terms.map((t) => `“${t}”`).join(', ')} (for “${e.words}”)`).join('; ')}`] : []),
    ...(u.ages.length ? [`${u.ages.join(', ')} read as ${u.ages.length > 1 ? 'ages' : 'an age'}, not a section number`] : []),
    ...(u.act ? [`limited to the Act named (“${u.act.words}”)`] : []),
    ...(u.facts ? ['read as facts: offences the facts match are included, marked (analysis, not legal advice)'] : []),
  ];
  return parts.length ? <p class="meta understanding">Search {parts.join('; ')}.</p> : null;
};

const VIA_BADGE: Partial<Record<SearchData['hits'][number]['via'], string>> = {
  facts: 'offence matching the facts (analysis)',
  loose: 'matches some of the words',
};

const CitationNotice = ({ problem }: { problem: Problem }) => (
  <Notice>
    <p>{problem.detail}</p>
    {problem.suggestions?.length ? (
      <p>
        Nearby:{' '}
        {problem.suggestions.map((s, i) => (
          <>
            {i ? ', ' : ''}
            <a href={provisionPath(s.id)}>{s.short_citation}</a>
          </>
        ))}
      </p>
    ) : null}
  </Notice>
);

export const searchPageRoute = (api: PageApi) =>
  page('search', async (c: Context) => {
    const url = new URL(c.req.url);
    const q = single(c, 'q') ?? '';
    const filters: SearchFilters = { act: single(c, 'act'), lang: single(c, 'lang'), type: single(c, 'type'), topic: single(c, 'topic') };
    const n = pageNumber(c);
    const format = exportFormat(c);

    let citationProblem: Problem | undefined;
    if (q && n === 1 && !format && !filters.act && !filters.type && !filters.topic) {
      const cited = await cite(api, q, filters.lang);
      if (cited.ok) {
        const { provision, pinpoint } = cited.body;
        return c.redirect(provisionPath(provision.id, provision.lang) + (pinpoint ? `#${pinpointAnchor(pinpoint.path)}` : ''), 302);
      }
      // A readable citation that names nothing we hold: say so above the word results.
      if (cited.problem.type.endsWith('citation-not-found') || cited.problem.type.endsWith('text-not-held')) citationProblem = cited.problem;
    }

    const answer = await searchPage(api, q, filters, PAGE_SIZE, (n - 1) * PAGE_SIZE, SHOWS);
    if (!answer.ok) throw fromProblem(answer.problem, 'Search could not run');
    const data = answer.body;

    if (format) {
      const full = await getProvisions(api, data.hits.map((h) => ({ id: h.id, lang: h.lang })));
      return exportResponse(
        {
          name: `search-${q || 'all'}-page-${n}`,
          title: `Search: ${q || 'all provisions'} (page ${n})`,
          notes: [`Filters: ${JSON.stringify(filters)}`, 'Text of the Bill as passed; see each permalink for provenance.'],
          rows: full.map((p) => provisionRow(p, url.origin)),
          json: data,
        },
        format,
      );
    }

    const first = data.total ? (n - 1) * PAGE_SIZE + 1 : 0;
    const last = Math.min(data.total, n * PAGE_SIZE);
    return render(
      c,
      <Layout title={q ? `Search: ${q}` : 'Search'} section="search">
        <h1>{q ? <>Results for “{q}”</> : 'Search the statutes'}</h1>
        <SearchBox q={q} />
        {citationProblem ? <CitationNotice problem={citationProblem} /> : null}
        <div class="layout">
          <Facets url={url} data={data} filters={filters} />
          <div>
            <p class="meta" role="status">
              {data.total
                ? `${first}–${last} of ${data.total} provisions`
                : data.hits.length
                  ? 'No provision matches every word; the closest follow.'
                  : 'No provision matches. Try fewer words, or remove a filter.'}
            </p>
            <Understanding data={data} />
            <form action="/compare" method="get" id="compare-form">
              <ol class="hits" start={first}>
                {data.hits.map((h) => (
                  <li lang={h.lang}>
                    <div class="hit-title">
                      <a href={provisionPath(h.id, h.lang)}>
                        {h.short_citation} — <Highlight html={h.highlight.term ?? h.highlight.heading} />
                      </a>
                    </div>
                    <div class="meta">
                      <a href={actPath(h.act, h.lang)}>{h.act_title}</a> · <span class="badge">{langName(h.lang)}</span> <span class="badge">{h.type}</span>
                      {h.status !== 'in-force' ? <span class="badge">{h.status}</span> : null}
                      {VIA_BADGE[h.via] ? <span class="badge">{VIA_BADGE[h.via]}</span> : null}
                      {h.lang_fallback ? <span class="badge">not held in {langName(filters.lang ?? '')}</span> : null}
                    </div>
                    <p class="excerpt">
                      <Highlight html={h.highlight.text} />
                    </p>
                    <label class="meta" style="font-weight:400">
                      <input type="checkbox" name="ids" value={h.id} /> Compare <span class="visually-hidden">{h.short_citation}</span>
                    </label>
                  </li>
                ))}
              </ol>
              {data.hits.length > 1 ? <button type="submit">Compare ticked provisions</button> : null}
            </form>
            <Pagination url={url} page={n} size={PAGE_SIZE} total={data.total} />
            <ExportLinks url={url} />
          </div>
        </div>
      </Layout>,
    );
  });
