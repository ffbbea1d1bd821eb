/**
 * An Act as lawyers read it: /acts/:act, its contents (Parts, Chapters, every section with its
 * heading and status, definitions under their section), and /acts/:act/part/:n, one Part's whole
 * text to read or print. Both in English or Malay (`lang`), interface included.
 */
import type { Context } from 'hono';
import { actBySlug, type ActConfig } from '../../registry/acts.js';
import type { Lang } from '../../schema/provision.js';
import type { PageApi } from '../client/api.js';
import { actContents, getProvisions, type ActData } from '../client/data.js';
import { actPath, amendmentsPath, partPath, provisionPath } from '../client/urls.js';
import { Breadcrumb } from '../components/breadcrumb.js';
import { Notice, StatuteBlocks, render } from '../components/common.js';
import { pageEids } from '../../akn/eids.js';
import { ui, uiLang, type UiStrings } from '../components/i18n.js';
import { Layout } from '../components/layout.js';
import { provisionTitle } from '../components/names.js';
import { OfficialLink } from '../components/official.js';
import { BadPageRequest, fromProblem, page, single } from './handler.js';

type Run = ActData['contents'][number];
type Entry = Run['provisions'][number];

const actTitle = (act: ActConfig, lang: Lang): string => (lang === 'ms' && act.title.ms) || act.title.en;

const statusWords = (status: string, t: UiStrings): string | undefined =>
  status === 'deleted' ? t.statusDeleted : status === 'text-unavailable' ? t.statusNotHeld : undefined;

const divisionTitle = (d: { number: string; heading: string }, word: string) => `${word} ${d.number} ${d.heading}`.trim();

/** Language links for the same page in the other language. */
const Languages = ({ here, lang, t }: { here: (lang: Lang) => string; lang: Lang; t: UiStrings }) => (
  <nav aria-label={t.language} class="meta">
    {t.language}:{' '}
    {(['en', 'ms'] as const).map((l, i) => (
      <>
        {i ? ' · ' : ''}
        {l === lang ? (
          <strong aria-current="true">{l === 'ms' ? t.langMs : t.langEn}</strong>
        ) : (
          <a href={here(l)} hreflang={l}>
            {l === 'ms' ? t.langMs : t.langEn}
          </a>
        )}
      </>
    ))}
  </nav>
);

const EntryItem = ({ e, lang, t }: { e: Entry; lang: Lang; t: UiStrings }) => {
  const status = statusWords(e.status, t);
  return (
    <li>
      <a href={provisionPath(e.id, lang)}>
        <span class="num">{e.kind === 'schedule' ? `${t.schedule} ${e.number}` : `${e.number}.`}</span> {e.heading}
      </a>
      {status ? <span class={`badge ${e.status === 'deleted' ? 'none' : 'partial'}`}> {status}</span> : null}
      {e.definitions.length ? (
        <details>
          <summary>
            {e.definitions.length} {t.definitions}
          </summary>
          <ul>
            {e.definitions.map((d) => (
              <li>
                <a href={provisionPath(d.id, lang)}>“{d.term}”</a>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
};

/** Runs of the contents grouped by Part (a Part's Chapters are runs with the same Part). */
function byPart(contents: readonly Run[]): { part: Run['part']; runs: Run[] }[] {
  const groups: { part: Run['part']; runs: Run[] }[] = [];
  for (const run of contents) {
    const last = groups.at(-1);
    if (last && last.part?.number === run.part?.number) last.runs.push(run);
    else groups.push({ part: run.part, runs: [run] });
  }
  return groups;
}

async function loadAct(api: PageApi, c: Context) {
  const slug = c.req.param('act') ?? '';
  const lang = single(c, 'lang');
  const ul = uiLang(lang);
  const t = ui(ul);
  const act = actBySlug(slug);
  const answer = await actContents(api, slug, lang);
  if (!answer.ok || !act) {
    if (!answer.ok) throw fromProblem(answer.problem, answer.problem.status === 404 ? t.noSuchAct : t.invalidAddress);
    throw new BadPageRequest(404, t.noSuchAct, `No Act is called "${slug}".`);
  }
  return { act, lang: answer.body.lang, ul, t, contents: answer.body.contents };
}

export const actContentsRoute = (api: PageApi) =>
  page('search', async (c: Context) => {
    const { act, lang, ul, t, contents } = await loadAct(api, c);
    const title = actTitle(act, ul);
    return render(
      c,
      <Layout title={`${t.contents}: ${title}`} section="search" lang={ul}>
        <Breadcrumb lang={ul} trail={[[title, undefined]]} />
        <h1>
          {title} [{ul === 'ms' ? 'Akta' : 'Act'} {act.actNumber}]
        </h1>
        <Languages here={(l) => actPath(act.slug, l)} lang={lang} t={t} />
        <p>
          <a href={amendmentsPath(act.slug, lang)}>{t.changesByAct}</a>
        </p>
        {contents.length === 0 ? (
          <Notice>
            <p>{t.actNotHeld}</p>
            <OfficialLink act={act} lang={ul} />
          </Notice>
        ) : (
          <section class="toc" aria-labelledby="toc-h">
            <h2 id="toc-h">{t.contentsOf}</h2>
            {byPart(contents).map((group) => (
              <section aria-label={group.part ? divisionTitle(group.part, t.part) : t.noPart}>
                <h3 lang={lang}>
                  {group.part ? <a href={partPath(act.slug, group.part.number, lang)}>{divisionTitle(group.part, t.part)}</a> : t.noPart}
                </h3>
                {group.runs.map((run) => (
                  <>
                    {run.chapter ? <h4 lang={lang}>{divisionTitle(run.chapter, t.chapter)}</h4> : null}
                    <ol lang={lang}>
                      {run.provisions.map((e) => (
                        <EntryItem e={e} lang={lang} t={t} />
                      ))}
                    </ol>
                  </>
                ))}
              </section>
            ))}
          </section>
        )}
      </Layout>,
    );
  });

export const partReadingRoute = (api: PageApi) =>
  page('search', async (c: Context) => {
    const { act, lang, ul, t, contents } = await loadAct(api, c);
    const number = c.req.param('part') ?? '';
    const runs = contents.filter((r) => r.part?.number === number);
    if (!runs.length) {
      const parts = [...new Set(contents.flatMap((r) => (r.part ? [r.part.number] : [])))];
      throw new BadPageRequest(404, t.noSuchPart, `${actTitle(act, ul)}: ${t.part} "${number}" — ${parts.join(', ')}.`);
    }
    const part = runs[0]!.part!;
    const provisions = await getProvisions(api, runs.flatMap((r) => r.provisions.map((e) => ({ id: e.id, lang }))));
    const byId = new Map(provisions.map((p) => [p.id, p]));
    const title = actTitle(act, ul);
    const heading = divisionTitle(part, t.part);
    return render(
      c,
      <Layout title={`${heading} · ${title}`} section="search" lang={ul}>
        <Breadcrumb lang={ul} trail={[[title, actPath(act.slug, lang)], [heading, undefined]]} />
        <h1 lang={lang}>{heading}</h1>
        <p class="meta">
          {title} [{ul === 'ms' ? 'Akta' : 'Act'} {act.actNumber}] · <a href={actPath(act.slug, lang)}>{t.contents}</a>
        </p>
        <Languages here={(l) => partPath(act.slug, number, l)} lang={lang} t={t} />
        <p class="meta no-print">{t.printHint}</p>
        <div class="part-reading">
          {runs.map((run) => (
            <>
              {run.chapter ? <h2 lang={lang}>{divisionTitle(run.chapter, t.chapter)}</h2> : null}
              {run.provisions.map((e) => {
                const p = byId.get(e.id);
                return (
                  <section id={e.id} aria-labelledby={`${e.id}-h`}>
                    <h3 id={`${e.id}-h`} lang={lang}>
                      <a href={provisionPath(e.id, lang)}>{p ? provisionTitle(p) : `${e.number}. ${e.heading}`}</a>
                    </h3>
                    {p && p.status !== 'text-unavailable' ? (
                      <div class="statute" lang={lang}>
                        <StatuteBlocks blocks={p.blocks} eids={pageEids(p).of} />
                      </div>
                    ) : (
                      <p class="meta">{t.statusNotHeld}</p>
                    )}
                    <p class="meta">{e.short_citation}</p>
                  </section>
                );
              })}
            </>
          ))}
        </div>
      </Layout>,
    );
  });
