/**
 * One provision: /provisions/:id?lang=. Its verbatim words in their structure, citations with copy
 * buttons, permalink, language switch, source, status, and — when the build steps provide them —
 * history, references, penalties, elements, topics, overlaps and gaps. Absent analysis is named as
 * absent, never filled in.
 */
import type { Context } from 'hono';
import { actBySlug } from '../../registry/acts.js';
import { ELEMENT_CATEGORIES } from '../../schema/elements.js';
import type { RelationRef } from '../../schema/document.js';
import { amendmentsOf, refsIn, refsOut, unavailableOf, versionsOf, type Link } from '../client/analysis.js';
import type { PageApi } from '../client/api.js';
import { AnalysisLabel, CitationBox, ExportLinks, Notice, StatuteBlocks, TopicChips, render } from '../components/common.js';
import { getProvision, type ProvisionData, type ProvisionPageAnswer } from '../client/data.js';
import { exportResponse, provisionRow } from '../components/export.js';
import { exportFormat, fromProblem, page, single } from './handler.js';
import { langName, provisionTitle } from '../components/names.js';
import { Layout } from '../components/layout.js';
import { PenaltySummary } from '../components/penalty.js';
import { provisionPath } from '../client/urls.js';

const LinkList = ({ links }: { links: readonly Link[] }) => (
  <ul>
    {links.map((l) => (
      <li>
        {l.id ? <a href={provisionPath(l.id)}>{l.words === l.id ? l.id : `“${l.words}”`}</a> : <q>{l.words}</q>}
        {l.id && l.words !== l.id ? <span class="meta"> → {l.id}</span> : null}
        {l.note ? <span class="meta"> ({l.note})</span> : null}
      </li>
    ))}
  </ul>
);

function References({ title, refs, none }: { title: string; refs: Link[]; none: string }) {
  return (
    <>
      <h3>{title}</h3>
      {refs.length ? <LinkList links={refs} /> : <p>{none}</p>}
    </>
  );
}

const Relations = ({ kind, records }: { kind: 'overlaps' | 'gaps'; records: readonly RelationRef[] }) => (
  <section id={`provision-${kind}`} aria-labelledby={`provision-${kind}-h`}>
    <h3 id={`provision-${kind}-h`}>{kind === 'overlaps' ? 'Overlaps with other Acts' : 'Gaps'}</h3>
    {records.length ? (
      <ul>
        {records.map((r) => (
          <li>
            <a href={`/gaps#${r.id}`}>{r.title}</a>
          </li>
        ))}
      </ul>
    ) : (
      <p>None recorded for this provision.</p>
    )}
  </section>
);

const History = ({ p }: { p: ProvisionData }) => {
  const versions = versionsOf(p);
  const amendments = amendmentsOf(p);
  if (versions.state === 'absent' && amendments.state === 'absent') {
    const act = actBySlug(p.act);
    return (
      <p class="meta">
        History not yet available for this Act: the text shown is the {p.source.basis}. {act?.caveats.join(' ')}
      </p>
    );
  }
  return (
    <>
      {versions.state === 'present' ? (
        <ol class="timeline">
          {versions.value.map((v) => (
            <li>
              <strong>
                {v.valid_from}
                {v.approximate ? ' (year only)' : ''}
              </strong>
              {v.valid_to ? ` to ${v.valid_to}` : ' — in force'}: text of {v.bill} ({v.status})
            </li>
          ))}
        </ol>
      ) : null}
      {amendments.state === 'present' && amendments.value.length ? (
        <div class="table-wrap">
          <table>
            <caption>Amending instructions that name this provision</caption>
            <thead>
              <tr>
                <th scope="col">Bill</th>
                <th scope="col">Clause</th>
                <th scope="col">Words</th>
                <th scope="col">Effect</th>
              </tr>
            </thead>
            <tbody>
              {amendments.value.map((a) => (
                <tr>
                  <td>
                    {a.bill} ({a.year})
                  </td>
                  <td>{a.clause}</td>
                  <td>
                    <q>{a.words}</q>
                  </td>
                  <td>
                    {a.effect} ({a.outcome})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
};

const Elements = ({ p }: { p: ProvisionData }) => {
  const elements = p.elements;
  if (!elements) return null;
  return (
    <div class="table-wrap">
      <table>
        <caption>What must be proved (UN Trafficking Protocol frame)</caption>
        <thead>
          <tr>
            <th scope="col">Element</th>
            <th scope="col">Required</th>
            <th scope="col">Any of (statutory words)</th>
          </tr>
        </thead>
        <tbody>
          {ELEMENT_CATEGORIES.flatMap((category) =>
            elements.elements
              .filter((e) => e.category === category)
              .map((e) => (
                <tr>
                  <th scope="row">{category}</th>
                  <td>{e.required ? 'yes' : 'no'}</td>
                  <td>
                    {e.options.map((o, i) => (
                      <>
                        {i ? '; ' : ''}
                        {o.code}: <q>{o.words}</q>
                      </>
                    ))}
                  </td>
                </tr>
              )),
          )}
        </tbody>
      </table>
      {elements.notes.map((n) => (
        <p>
          <strong>{n.code}</strong>: <q>{n.words}</q> (<a href={provisionPath(n.source)}>{n.source}</a>)
        </p>
      ))}
    </div>
  );
};

const Status = ({ answer }: { answer: ProvisionPageAnswer }) => {
  const p = answer.provision;
  const others = answer.languages.filter((l) => l.lang !== p.lang && l.status !== 'text-unavailable');
  if (p.status === 'text-unavailable') {
    const why = unavailableOf(p);
    return (
      <Notice>
        <p>
          <strong>Text not available in {langName(p.lang)}.</strong> {why.state === 'present' ? why.value.note : 'Our sources do not hold this provision in this language, and we never translate statute text.'}
        </p>
        {others.map((l) => (
          <p>
            <a href={provisionPath(p.id, l.lang)} hreflang={l.lang}>
              Read it in {langName(l.lang)}
            </a>
          </p>
        ))}
      </Notice>
    );
  }
  if (p.status === 'deleted') return <Notice>This provision has been deleted; it is kept so that citations to it still resolve.</Notice>;
  return null;
};

export const provisionPageRoute = (api: PageApi) =>
  page('search', async (c: Context) => {
    const url = new URL(c.req.url);
    const id = c.req.param('id') ?? '';
    const lang = single(c, 'lang');
    const format = exportFormat(c);
    const answer = await getProvision(api, id, lang);
    if (!answer.ok) throw fromProblem(answer.problem, answer.problem.status === 404 ? 'No such provision' : 'Invalid provision address');
    const p = answer.body.provision;
    const permalink = url.origin + provisionPath(p.id, p.lang);

    if (format) {
      return exportResponse(
        {
          name: `${p.id}-${p.lang}`,
          title: `${p.short_citation} — ${p.heading}`,
          notes: [`Source: ${p.source.file}, lines ${p.source.lines[0]}–${p.source.lines[1]} (${p.source.basis}).`],
          rows: [provisionRow(p, url.origin)],
          json: answer.body,
        },
        format,
      );
    }

    const act = actBySlug(p.act);
    const division = [p.part ? `Part ${p.part.number} ${p.part.heading}` : '', p.chapter ? `Chapter ${p.chapter.number} ${p.chapter.heading}` : '']
      .filter(Boolean)
      .join(' · ');
    return render(
      c,
      <Layout title={`${p.short_citation} ${p.heading}`} section="search" analysis>
        <p class="meta">
          <a href={`/search?act=${p.act}`}>{p.act_title}</a> [{p.lang === 'ms' ? 'Akta' : 'Act'} {p.act_number}]
          {division ? ` · ${division}` : ''}
        </p>
        <h1 lang={p.lang}>{provisionTitle(p)}</h1>
        {answer.body.languages.length > 1 ? (
          <nav aria-label="Language" class="meta">
            Language:{' '}
            {answer.body.languages.map((l, i) => (
              <>
                {i ? ' · ' : ''}
                {l.lang === p.lang ? (
                  <strong aria-current="true">{langName(l.lang)}</strong>
                ) : (
                  <a href={provisionPath(p.id, l.lang)} hreflang={l.lang} lang={l.lang}>
                    {langName(l.lang)}
                    {l.status === 'text-unavailable' ? ' (text not held)' : ''}
                  </a>
                )}
              </>
            ))}
          </nav>
        ) : null}
        <Status answer={answer.body} />
        {p.status !== 'text-unavailable' ? (
          <article class="statute" lang={p.lang} aria-label="Text of the provision">
            <div class="provision-text">
              <StatuteBlocks blocks={p.blocks} />
            </div>
          </article>
        ) : null}
        <CitationBox citation={p.citation} shortCitation={p.short_citation} permalink={permalink} />
        <form action="/compare" method="get" class="search no-print">
          <input type="hidden" name="ids" value={p.id} />
          <div class="grow">
            <label for="compare-with">Compare with (a citation or an id)</label>
            <input type="text" id="compare-with" name="add" placeholder="e.g. Child Act s 48" />
          </div>
          <button type="submit" class="secondary">
            Compare
          </button>
        </form>

        <h2>Source and provenance</h2>
        <div class="cite">
        <dl>
          <dt>Source file</dt>
          <dd>
            <code>{p.source.file}</code>, lines {p.source.lines[0]}–{p.source.lines[1]}
          </dd>
          <dt>Bill</dt>
          <dd>
            {p.source.bill} ({p.source.year})
          </dd>
          <dt>Text</dt>
          <dd>{p.source.basis}</dd>
        </dl>
        </div>
        {act?.caveats.length ? (
          <ul class="meta">
            {act.caveats.map((caveat) => (
              <li>{caveat}</li>
            ))}
          </ul>
        ) : null}

        <h2>History</h2>
        <History p={p} />

        <h2>Analysis</h2>
        <AnalysisLabel />
        <h3>Topics</h3>
        {p.topics.length ? <TopicChips topics={p.topics} /> : <p class="meta">No topic assigned yet.</p>}
        {p.penalties?.length ? (
          <>
            <h3>Penalty</h3>
            {p.penalties.map((penalty) => (
              <PenaltySummary penalty={penalty} />
            ))}
          </>
        ) : null}
        {p.elements ? <h3>Elements</h3> : null}
        <Elements p={p} />
        {p.type === 'offence' && !p.elements ? (
          <p class="meta">This text is not held in {langName(p.lang)}, so its elements and penalty are given with the other language's text.</p>
        ) : null}
        <References title="This provision refers to" refs={refsOut(p)} none="It refers to no other provision." />
        <References title="Referred to by" refs={refsIn(p)} none="No provision in the corpus refers to it." />
        <Relations kind="overlaps" records={p.overlaps} />
        <Relations kind="gaps" records={p.gaps} />
        <ExportLinks url={url} />
      </Layout>,
    );
  });
