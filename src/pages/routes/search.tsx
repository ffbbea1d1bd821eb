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
import { SearchBox } from '../components/search-box.js';
import { Layout } from '../components/layout.js';
import { actNumberIn, langLabel, statusLabel, typeLabel, ui, uiLang, withUiLang, type UiStrings } from '../components/i18n.js';
import { provisionPath, actPath } from '../client/urls.js';
import { pinpointEid } from '../../akn/eids.js';
import { getProvision } from '../client/data.js';
import type { Lang } from '../../schema/provision.js';

export const PAGE_SIZE = 20;
const MAX_PAGE = 245; // the API pages up to offset 4,900

type FacetName = keyof SearchFilters;
/** Each facet: its parameter, its field in the answer, its title, and how a value is named (in the interface language). */
const FACETS: readonly [FacetName, keyof SearchData['facets'], keyof UiStrings, (v: string, t: UiStrings, lang: Lang) => string][] = [
  ['act', 'act', 'act', (v, _t, lang) => (lang === 'ms' ? actNumberIn(actBySlug(v)?.actNumber ?? v, lang) : (actBySlug(v)?.shortCitation ?? v))],
  ['lang', 'lang', 'language', (v, t) => langLabel(v, t)],
  ['type', 'type', 'facetType', (v, t) => typeLabel(v, t)],
  ['topic', 'topics', 'facetTopic', (v, _t, lang) => topicBySlug(v)?.label[lang] ?? v],
];
/** The page lists every facet and states "21–40 of N provisions". */
const SHOWS = { facets: FACETS.map(([, facet]) => facet).join(','), total: 'exact' } as const;

function pageNumber(c: Context): number {
  const raw = single(c, 'page') ?? '1';
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE) {
    throw new BadPageRequest(400, ui(c.req.query('lang')).invalidAddress, `page must be a whole number from 1 to ${MAX_PAGE}, not "${raw}".`);
  }
  return n;
}

const Facets = ({ url, data, filters, lang }: { url: URL; data: SearchData; filters: SearchFilters; lang: Lang }) => {
  const t = ui(lang);
  return (
  <aside class="facets" aria-label={t.filters}>
    {FACETS.map(([param, facet, titleKey, label]) => {
      const title = t[titleKey];
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
                  {label(value, t, lang)}
                </a>{' '}
                <span class="count">{n}</span>
              </li>
            ))}
            {filters[param] ? (
              <li>
                <a href={link(undefined)}>
                  {t.anyValue} {title.toLowerCase()}
                </a>
              </li>
            ) : null}
          </ul>
        </section>
      );
    })}
  </aside>
  );
};

/** One line: what the search did with the words (spelling put right, thesaurus expansions, ages, an Act named). */
const Understanding = ({ data, t }: { data: SearchData; t: UiStrings }) => {
  const u = data.understanding;
  const shown = u.expansions.filter((e) => e.kind !== 'group' && e.kind !== 'spelling').slice(0, 6);
  const spelt = u.expansions.filter((e) => e.kind === 'spelling');
  const parts = [
    ...(spelt.length ? [`${t.spellingRead} ${spelt.map((e) => `“${e.words}” ${t.spellingAs} “${e.terms[0]}”`).join(', ')}`] : []),
    ...(shown.length ? [`${t.alsoSearched} ${shown.map((e) => `${e.terms.map((term) => `“${term}”`).join(', ')} (${t.forWords} “${e.words}”)`).join('; ')}`] : []),
    ...(u.ages.length ? [`${u.ages.join(', ')} ${u.ages.length > 1 ? t.readAsAges : t.readAsAge}`] : []),
    ...(u.act ? [`${t.limitedToAct} (“${u.act.words}”)`] : []),
    ...(u.facts ? [t.readAsFacts] : []),
  ];
  return parts.length ? <p class="meta understanding">{t.understood} {parts.join('; ')}.</p> : null;
};

const VIA_BADGE: Partial<Record<SearchData['hits'][number]['via'], keyof UiStrings>> = {
  facts: 'viaFacts',
  loose: 'viaLoose',
};

/** The API's message is in English; the provisions it suggests are linked by their (English-form) citations. */
const CitationNotice = ({ problem, lang }: { problem: Problem; lang: Lang }) => (
  <Notice>
    <p lang="en">{problem.detail}</p>
    {problem.suggestions?.length ? (
      <p>
        {ui(lang).nearby}{' '}
        {problem.suggestions.map((s, i) => (
          <>
            {i ? ', ' : ''}
            <a href={withUiLang(provisionPath(s.id), lang)} lang="en">
              {s.short_citation}
            </a>
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
    const ul = uiLang(filters.lang);
    const t = ui(ul);

    let citationProblem: Problem | undefined;
    if (q && n === 1 && !format && !filters.act && !filters.type && !filters.topic) {
      const cited = await cite(api, q, filters.lang);
      if (cited.ok) {
        const { provision, pinpoint } = cited.body;
        // A pinpoint opens at its unit's anchor, the unit's eId, which the provision's structure decides.
        const full = pinpoint ? await getProvision(api, provision.id, provision.lang) : undefined;
        const anchor = pinpoint && full?.ok ? pinpointEid(full.body.provision, pinpoint.path) : undefined;
        return c.redirect(provisionPath(provision.id, provision.lang) + (anchor ? `#${anchor}` : ''), 302);
      }
      // A readable citation that names nothing we hold: say so above the word results.
      if (cited.problem.type.endsWith('citation-not-found') || cited.problem.type.endsWith('text-not-held')) citationProblem = cited.problem;
    }

    const answer = await searchPage(api, q, filters, PAGE_SIZE, (n - 1) * PAGE_SIZE, SHOWS);
    if (!answer.ok) throw fromProblem(answer.problem, t.searchFailed);
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
      <Layout title={q ? `${t.searchTitle}: ${q}` : t.searchTitle} section="search" lang={ul} url={url}>
        <h1>{q ? <>{t.resultsFor} “{q}”</> : t.searchTheStatutes}</h1>
        <SearchBox q={q} lang={ul} />
        {citationProblem ? <CitationNotice problem={citationProblem} lang={ul} /> : null}
        <div class="layout">
          <Facets url={url} data={data} filters={filters} lang={ul} />
          <div>
            <p class="meta" role="status">
              {data.total
                ? `${first}–${last} ${t.of} ${data.total} ${t.provisions.toLowerCase()}`
                : data.hits.length
                  ? t.noneMatchEvery
                  : t.noneMatch}
            </p>
            <Understanding data={data} t={t} />
            <form action="/compare" method="get" id="compare-form">
              <ol class="hits" start={first}>
                {data.hits.map((h) => (
                  <li>
                    <div class="hit-title" lang={h.lang}>
                      <a href={provisionPath(h.id, h.lang)}>
                        <span lang="en">{h.short_citation}</span> — <Highlight html={h.highlight.term ?? h.highlight.heading} />
                      </a>
                    </div>
                    <div class="meta">
                      <a href={actPath(h.act, h.lang)} lang={h.lang}>
                        {h.act_title}
                      </a>{' '}
                      · <span class="badge">{langLabel(h.lang, t)}</span> <span class="badge">{typeLabel(h.type, t)}</span>
                      {h.status !== 'in-force' ? <span class="badge">{statusLabel(h.status, t)}</span> : null}
                      {VIA_BADGE[h.via] ? <span class="badge">{t[VIA_BADGE[h.via]!]}</span> : null}
                      {h.lang_fallback ? <span class="badge">{t.notHeldIn} {langLabel(filters.lang ?? '', t)}</span> : null}
                    </div>
                    <p class="excerpt" lang={h.lang}>
                      <Highlight html={h.highlight.text} />
                    </p>
                    <label class="meta" style="font-weight:400">
                      <input type="checkbox" name="ids" value={h.id} /> {t.compareButton} <span class="visually-hidden" lang="en">{h.short_citation}</span>
                    </label>
                  </li>
                ))}
              </ol>
              {data.hits.length > 1 ? <button type="submit">{t.compareTicked}</button> : null}
            </form>
            <Pagination url={url} page={n} size={PAGE_SIZE} total={data.total} lang={ul} />
            <ExportLinks url={url} lang={ul} />
          </div>
        </div>
      </Layout>,
    );
  });
