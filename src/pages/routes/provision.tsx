/**
 * One provision: /provisions/:id?lang=. Its verbatim words in their structure, citations with copy
 * buttons, permalink, language switch, source, status, and — when the build steps provide them —
 * history, references, penalties, elements, topics, overlaps and gaps. Absent analysis is named as
 * absent, never filled in.
 */
import type { Context } from 'hono';
import { pinpointCitations } from '../../cite/format.js';
import { pageEids, pinpointEids, type Eids } from '../../akn/eids.js';
import { redline, hasChanges } from '../../compute/redline.js';
import { actBySlug } from '../../registry/acts.js';
import { reprintPdf, type Block, type Lang } from '../../schema/provision.js';
import { ELEMENT_CATEGORIES, ELEMENT_NOTE_LABELS, elementLabel } from '../../schema/elements.js';
import type { RelationRef } from '../../schema/document.js';
import { basisIn, effectIn } from '../components/source-words.js';
import { amendmentsOf, refsIn, refsOut, unavailableOf, versionsOf, type Link, type Version } from '../client/analysis.js';
import { withQuery, type PageApi } from '../client/api.js';
import { AnalysisLabel, CitationBox, CopyText, ExportLinks, Notice, StatuteBlocks, TopicChips, render } from '../components/common.js';
import { Breadcrumb } from '../components/breadcrumb.js';
import { categoryLabel, langLabel, longDate, ui, uiLang, withUiLang, type UiStrings } from '../components/i18n.js';
import { OfficialLink } from '../components/official.js';
import { Redline } from '../components/redline.js';
import { getProvision, type ProvisionData, type ProvisionPageAnswer } from '../client/data.js';
import { exportResponse, provisionRow } from '../components/export.js';
import { exportFormat, fromProblem, page, single } from './handler.js';
import { provisionTitle } from '../components/names.js';
import { Layout } from '../components/layout.js';
import { PenaltySummary } from '../components/penalty.js';
import { actPath, pinpointAnchor, partPath, provisionPath } from '../client/urls.js';

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

/**
 * Overlaps are titled by the citations they relate (English-form, like every citation); a gap by
 * its title, in Malay on a Malay page where its record has one.
 */
const Relations = ({ kind, records, t, lang }: { kind: 'overlaps' | 'gaps'; records: readonly RelationRef[]; t: UiStrings; lang: Lang }) => (
  <section id={`provision-${kind}`} aria-labelledby={`provision-${kind}-h`}>
    <h3 id={`provision-${kind}-h`}>{kind === 'overlaps' ? t.overlaps : t.gaps}</h3>
    {records.length ? (
      <ul>
        {records.map((r) => {
          const href = `${withQuery('/gaps', { lang: lang === 'ms' ? lang : undefined })}#${r.id}`;
          return (
            <li>
              {lang === 'ms' && r.title_ms ? (
                <a href={href}>{r.title_ms}</a>
              ) : (
                <a href={href} lang="en">
                  {r.title}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    ) : (
      <p>{t.noneRecorded}</p>
    )}
  </section>
);

/**
 * The Act that made a version ("Act A1644"; "Akta A1644" on a Malay page, as the Malay reprint
 * names it), where the history stage dates versions by their amending Act.
 */
const madeBy = (v: Version, lang: Lang): string | undefined => {
  const act = (v as Version & { act?: string }).act;
  return act ? actIn(act, lang) : undefined;
};

const actIn = (name: string, lang: Lang): string => (lang === 'ms' ? name.replace(/^Act\b/, 'Akta') : name);

const atPath = (p: ProvisionData, at: string | undefined, to?: string | undefined) => withQuery(`/provisions/${p.id}`, { lang: p.lang, at, to });

/** The source basis in the interface language (English, marked, where its template has no Malay). */
const Basis = ({ basis, lang }: { basis: string; lang: Lang }) => {
  const b = basisIn(basis, lang);
  return <span lang={b.lang}>{b.text}</span>;
};

const History = ({ p, lang }: { p: ProvisionData; lang: Lang }) => {
  const t = ui(lang);
  const versions = versionsOf(p);
  const amendments = amendmentsOf(p);
  if (versions.state === 'absent' && amendments.state === 'absent') {
    const act = actBySlug(p.act);
    return (
      <p class="meta">
        {t.noHistory} <Basis basis={p.source.basis} lang={lang} />. {(lang === 'ms' ? act?.caveats_ms : act?.caveats)?.join(' ')}
      </p>
    );
  }
  return (
    <>
      {versions.state === 'present' ? (
        <ol class="timeline">
          {versions.value.map((v) => (
            <li>
              <a href={atPath(p, v.valid_from)}>
                <strong>
                  {t.asAt} <time datetime={v.valid_from}>{longDate(v.valid_from, lang)}</time>
                </strong>
              </a>
              : {t.inForceFrom} {longDate(v.valid_from, lang)} {v.valid_to ? `${t.until} ${longDate(v.valid_to, lang)}` : t.toThisDay}
              {` (${[madeBy(v, lang), v.bill].filter(Boolean).join(', ')})`}
            </li>
          ))}
        </ol>
      ) : null}
      {amendments.state === 'present' && amendments.value.length ? (
        <div class="table-wrap">
          <table>
            <caption>{t.amendingInstructions}</caption>
            <thead>
              <tr>
                <th scope="col">{t.bill}</th>
                <th scope="col">{t.clause}</th>
                <th scope="col">{t.words}</th>
                <th scope="col">{t.effect}</th>
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
                  <td lang={effectIn(a.effect, a.outcome, lang).lang}>{effectIn(a.effect, a.outcome, lang).text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
};

/** "As at" picker: a day (its version is shown), and the version to redline it against. */
const Picker = ({ p, at, to, lang }: { p: ProvisionData; at: string | undefined; to: string | undefined; lang: Lang }) => {
  const t = ui(lang);
  const versions = versionsOf(p);
  if (versions.state === 'absent' || versions.value.length < 2) return null;
  return (
    <form action={`/provisions/${p.id}`} method="get" class="picker no-print" aria-labelledby="picker-h">
      <input type="hidden" name="lang" value={p.lang} />
      <h2 id="picker-h" class="visually-hidden">
        {t.asAtLegend}
      </h2>
      <div>
        <label for="at">{t.asAtDay}</label>
        <input type="date" id="at" name="at" value={at ?? ''} min={versions.value[0]!.valid_from.length === 10 ? versions.value[0]!.valid_from : undefined} />
      </div>
      <div>
        <label for="to">{t.redlineTo}</label>
        <select id="to" name="to">
          <option value="">{t.today}</option>
          {versions.value.map((v) => (
            <option value={v.valid_from} selected={to === v.valid_from}>
              {longDate(v.valid_from, lang)}
              {madeBy(v, lang) ? ` (${madeBy(v, lang)})` : ''}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t.show}</button>
    </form>
  );
};

/** The elements in the interface language: our labels (ELEMENT_VOCABULARY) beside the statutory words, quoted in the text's language. */
const Elements = ({ p, lang }: { p: ProvisionData; lang: Lang }) => {
  const elements = p.elements;
  if (!elements) return null;
  const t = ui(lang);
  return (
    <div class="table-wrap">
      <table>
        <caption>{t.elementsTableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.element}</th>
            <th scope="col">{t.required}</th>
            <th scope="col">{t.anyOfWords}</th>
          </tr>
        </thead>
        <tbody>
          {ELEMENT_CATEGORIES.flatMap((category) =>
            elements.elements
              .filter((e) => e.category === category)
              .map((e) => (
                <tr>
                  <th scope="row">{categoryLabel(category, t)}</th>
                  <td>{e.required ? t.yesLower : t.noLower}</td>
                  <td>
                    {e.options.map((o, i) => (
                      <>
                        {i ? '; ' : ''}
                        {elementLabel(category, o.code, lang)}: <q lang={p.lang}>{o.words}</q>
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
          <strong>{ELEMENT_NOTE_LABELS[n.code][lang]}</strong>: <q lang={p.lang}>{n.words}</q> (<a href={withUiLang(provisionPath(n.source), lang)}>{n.source}</a>)
        </p>
      ))}
    </div>
  );
};

/**
 * Lines of the source text file whose letters pdftotext spaced out: the words stay as extracted
 * (never joined by guess), so the reader is told, with the official PDF page that prints them.
 */
const LetterSpaced = ({ p, lang }: { p: ProvisionData; lang: Lang }) => {
  const spaced = p.extraction?.filter((x) => x.issue === 'letter-spaced') ?? [];
  if (!spaced.length) return null;
  const t = ui(lang);
  const act = actBySlug(p.act);
  const pages = [...new Set(spaced.map((x) => x.page))];
  const pdf = reprintPdf(p.source.file);
  return (
    <Notice>
      <p class="letter-spaced">
        <strong>{t.letterSpacedTitle}</strong> {t.letterSpaced}
      </p>
      <p>
        {t.letterSpacedPdf}{' '}
        {pages.map((page, k) => (
          <>
            {k ? '; ' : ''}
            <code>{pdf}</code>, {t.page} {page} (<code>{p.source.file}</code>, {t.lines} {spaced.filter((x) => x.page === page).map((x) => x.line).join(', ')})
          </>
        ))}
        .
      </p>
      {act ? <OfficialLink act={act} lang={lang} /> : null}
    </Notice>
  );
};

/** The text file's letter-spaced lines whose word spacing was read from the official PDF: line and page. */
const SpacingFromPdf = ({ source, lang }: { source: ProvisionData['source']; lang: Lang }) => {
  const t = ui(lang);
  return (
    <>
      <dt>{t.spacingFromPdf}</dt>
      <dd class="spacing-from-pdf">
        {t.spacingFromPdfNote}{' '}
        {source.spacing_from_pdf!.map((x, k) => (
          <>
            {k ? '; ' : ''}
            {t.lines} {x.line}: <code>{reprintPdf(source.file)}</code>, {t.page} {x.page}
          </>
        ))}
      </dd>
    </>
  );
};

const Status = ({ answer, lang }: { answer: ProvisionPageAnswer; lang: Lang }) => {
  const t = ui(lang);
  const p = answer.provision;
  const others = answer.languages.filter((l) => l.lang !== p.lang && l.status !== 'text-unavailable');
  const act = actBySlug(p.act);
  if (p.status === 'text-unavailable') {
    const why = unavailableOf(p);
    return (
      <Notice>
        <p>
          <strong>
            {t.textNotHeldIn} {langLabel(p.lang, t)}.
          </strong>{' '}
          {why.state === 'present' ? <span lang="en">{why.value.note}</span> : t.neverTranslate}
        </p>
        {others.map((l) => (
          <p>
            <a href={provisionPath(p.id, l.lang)} hreflang={l.lang}>
              {t.readIn} {langLabel(l.lang, t)}
            </a>
          </p>
        ))}
        {act ? <OfficialLink act={act} lang={lang} /> : null}
      </Notice>
    );
  }
  if (p.status === 'deleted') return <Notice>{t.deleted}</Notice>;
  if (act && act.sources.length === 0) {
    // Held only in an amending Bill's words (Immigration ss 55A–55D, Passports s 12(1)).
    return (
      <Notice>
        <p>
          <strong>Not the current text:</strong> {p.source.basis}. The text of the {act.title.en} is not held; read the law in force at the official source:{' '}
          <a href={act.officialSource.url}>{act.officialSource.label}</a>.
        </p>
      </Notice>
    );
  }
  return null;
};


/** The version shown and its date range (point in time, `?at=`). */
const AsAt = ({ at, current, lang }: { at: NonNullable<ProvisionPageAnswer['at']>; current: string; lang: Lang }) => {
  const t = ui(lang);
  return (
    <Notice>
      <p>
        <strong>
          {t.textAsAt} <time datetime={at.date}>{longDate(at.date, lang)}</time>.
        </strong>
        {at.valid_from ? (
          <>
            {' '}
            {t.inForceFrom} <time datetime={at.valid_from}>{longDate(at.valid_from, lang)}</time>{' '}
            {at.valid_to ? (
              <>
                {t.until} <time datetime={at.valid_to}>{longDate(at.valid_to, lang)}</time>
              </>
            ) : (
              t.toThisDay
            )}
            {at.act ? ` (${t.madeBy} ${actIn(at.act, lang)})` : ''}.
          </>
        ) : null}
      </p>
      {at.current ? null : (
        <p>
          <a href={current}>{t.readCurrent}</a>
        </p>
      )}
    </Notice>
  );
};

/** Earlier anchors (`p-2-a`) of the units that had one to themselves, as aliases (see StatuteBlocks). */
function legacyAliases(p: ProvisionData, eids: Eids): Map<Block, string> {
  const pins = pinpointEids(p, eids);
  const byEid = new Map([...eids.of].map(([block, eid]) => [eid, block]));
  const count = new Map<string, number>();
  for (const { path } of pins) count.set(pinpointAnchor(path), (count.get(pinpointAnchor(path)) ?? 0) + 1);
  return new Map(pins.filter(({ path }) => count.get(pinpointAnchor(path)) === 1).flatMap(({ path, eid }) => (byEid.has(eid) ? [[byEid.get(eid)!, pinpointAnchor(path)] as const] : [])));
}

/** Every subsection, paragraph and subparagraph, citable: a link to its anchor (its eId) and its citations to copy. */
const Pinpoints = ({ p, lang, eids }: { p: ProvisionData; lang: Lang; eids: Eids }) => {
  const act = actBySlug(p.act);
  const pins = pinpointEids(p, eids);
  if (!act || !pins.length) return null;
  const t = ui(lang);
  return (
    <details class="pinpoints" id="pinpoints">
      <summary>{t.pinpoint}</summary>
      <p class="meta">{t.pinpointHint}</p>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t.unit}</th>
              <th scope="col">{t.pinpointShort}</th>
              <th scope="col">{t.pinpointFull}</th>
              <th scope="col">{t.pinpointMalay}</th>
            </tr>
          </thead>
          <tbody>
            {pins.map(({ path, eid: anchor }) => {
              const c = pinpointCitations(act, p, path);
              return (
                <tr>
                  <th scope="row">
                    <a href={`#${anchor}`}>{path}</a>
                  </th>
                  {(['short', 'full', 'ms'] as const).map((style) => (
                    <td>
                      <span class={`pin-${style}`} lang={style === 'ms' ? 'ms' : 'en'}>
                        {c[style]}
                      </span>
                      <CopyText text={c[style]} label={`${t.pinpoint} ${path} (${t[style === 'short' ? 'pinpointShort' : style === 'full' ? 'pinpointFull' : 'pinpointMalay']})`} id={`pin-${anchor}-${style}`} lang={lang} />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
};

export const provisionPageRoute = (api: PageApi) =>
  page('search', async (c: Context) => {
    const url = new URL(c.req.url);
    const id = c.req.param('id') ?? '';
    const lang = single(c, 'lang');
    const at = single(c, 'at');
    const to = single(c, 'to');
    const format = exportFormat(c);
    const ul = uiLang(lang);
    const t = ui(ul);
    const answer = await getProvision(api, id, lang, at);
    if (!answer.ok) throw fromProblem(answer.problem, answer.problem.status === 404 ? t.noSuchProvision : t.invalidAddress);
    const p = answer.body.provision;
    const permalink = url.origin + provisionPath(p.id, p.lang);

    if (format) {
      return exportResponse(
        {
          name: `${p.id}-${p.lang}${at ? `-${at}` : ''}`,
          title: `${p.short_citation} — ${p.heading}`,
          notes: [`Source: ${p.source.file}, lines ${p.source.lines[0]}–${p.source.lines[1]} (${p.source.basis}).`],
          rows: [provisionRow(p, url.origin)],
          json: answer.body,
        },
        format,
      );
    }

    // The redline: the version shown against the one in force on `to` (today by default), older first.
    const pointInTime = answer.body.at;
    const other = pointInTime && (!pointInTime.current || to) ? await getProvision(api, p.id, p.lang, to) : undefined;
    if (other && !other.ok) throw fromProblem(other.problem, t.invalidAddress);
    const otherAt = other?.ok ? (other.body.at?.valid_from ?? '') : '';
    const shownFirst = !other?.ok || (pointInTime?.valid_from ?? '') <= otherAt || !other.body.at;
    const [older, newer] = other?.ok ? (shownFirst ? [answer.body, other.body] : [other.body, answer.body]) : [];
    const changes = older && newer ? redline(older.provision.blocks, newer.provision.blocks) : undefined;

    const act = actBySlug(p.act);
    const eids = pageEids(p);
    return render(
      c,
      <Layout title={`${ul === 'ms' && act ? pinpointCitations(act, p, '').ms : p.short_citation} ${p.heading}`} section="search" analysis lang={ul}>
        <Breadcrumb
          lang={ul}
          trail={[
            [act ? ((ul === 'ms' && act.title.ms) || act.title.en) : p.act_title, actPath(p.act, p.lang)],
            ...(p.part ? [[`${t.part} ${p.part.number} ${p.part.heading}`, partPath(p.act, p.part.number, p.lang)] as [string, string]] : []),
            ...(p.chapter ? [[`${t.chapter} ${p.chapter.number} ${p.chapter.heading}`, undefined] as [string, undefined]] : []),
            [provisionTitle(p), undefined],
          ]}
        />
        <p class="meta">
          <a href={actPath(p.act, p.lang)}>
            {t.contents}: {p.act_title} [{ul === 'ms' ? 'Akta' : 'Act'} {p.act_number}]
          </a>
          {p.part ? (
            <>
              {' · '}
              <a href={partPath(p.act, p.part.number, p.lang)}>
                {t.readPart} ({t.part} {p.part.number})
              </a>
            </>
          ) : null}
          {' · '}
          <a href={withQuery(`/amendments/${p.act}`, { lang: p.lang })}>{t.changesByAct}</a>
        </p>
        <h1 lang={p.lang}>{provisionTitle(p)}</h1>
        {answer.body.languages.length > 1 ? (
          <nav aria-label={t.language} class="meta">
            {t.language}:{' '}
            {answer.body.languages.map((l, i) => (
              <>
                {i ? ' · ' : ''}
                {l.lang === p.lang ? (
                  <strong aria-current="true">{langLabel(l.lang, t)}</strong>
                ) : (
                  <a href={withQuery(`/provisions/${p.id}`, { lang: l.lang, at, to })} hreflang={l.lang}>
                    {langLabel(l.lang, t)}
                    {l.status === 'text-unavailable' ? ` (${t.textNotHeld})` : ''}
                  </a>
                )}
              </>
            ))}
          </nav>
        ) : null}
        {p.counterpart ? (
          <p class="meta">
            <a href={provisionPath(p.counterpart.id, p.counterpart.lang)} hreflang={p.counterpart.lang} lang={p.counterpart.lang}>
              {langLabel(p.counterpart.lang, t)}: “{p.counterpart.term}”
            </a>
          </p>
        ) : null}
                {pointInTime ? <AsAt at={pointInTime} current={provisionPath(p.id, p.lang)} lang={ul} /> : null}
        <Status answer={answer.body} lang={ul} />
        <LetterSpaced p={p} lang={ul} />
        {p.status !== 'text-unavailable' ? (
          <article class="statute" lang={p.lang} aria-label={t.textOfProvision}>
            <div class="provision-text">
              <StatuteBlocks blocks={p.blocks} eids={eids.of} aliases={legacyAliases(p, eids)} />
            </div>
          </article>
        ) : null}
        <Picker p={p} at={at} to={to} lang={ul} />
        {changes && older && newer ? (
          <section id="redline" aria-labelledby="redline-h">
            <h2 id="redline-h">{t.redline}</h2>
            <p class="legend">
              {t.redlineFrom} {longDate(older.at?.valid_from || older.at?.date || '', ul)} {t.redlineTo2}{' '}
              {newer.at ? longDate(newer.at.valid_from || newer.at.date, ul) : t.today}. {t.redlineLegend} <del>{t.del.replace(':', '')}</del>{' '}
              <ins>{t.ins.replace(':', '')}</ins>
            </p>
            {hasChanges(changes) ? <Redline changes={changes} lang={p.lang} /> : <p>{t.noChange}</p>}
          </section>
        ) : null}
        <CitationBox citation={p.citation} shortCitation={p.short_citation} permalink={permalink} lang={ul} textLang={p.lang} />
        <Pinpoints p={p} lang={ul} eids={eids} />
        <form action="/compare" method="get" class="search no-print">
          <input type="hidden" name="ids" value={p.id} />
          <div class="grow">
            <label for="compare-with">{t.compareWith}</label>
            <input type="text" id="compare-with" name="add" placeholder={t.comparePlaceholder} />
          </div>
          <button type="submit" class="secondary">
            {t.compareButton}
          </button>
        </form>

        <h2>{t.sourceHeading}</h2>
        <div class="cite">
          <dl>
            <dt>{t.sourceFile}</dt>
            <dd>
              <code>{p.source.file}</code>
              {p.source.pages ? `, ${p.source.pages[0] === p.source.pages[1] ? `${t.page} ${p.source.pages[0]}` : `${t.pages} ${p.source.pages[0]}–${p.source.pages[1]}`}` : ''}, {t.lines} {p.source.lines[0]}–{p.source.lines[1]}
            </dd>
            {p.source.spacing_from_pdf ? <SpacingFromPdf source={p.source} lang={ul} /> : null}
            {p.source.bill ? (
              <>
                <dt>{t.bill}</dt>
                <dd>
                  {p.source.bill} ({p.source.year})
                </dd>
              </>
            ) : null}
            <dt>{t.textBasis}</dt>
            <dd>
              <Basis basis={p.source.basis} lang={ul} />
            </dd>
            <dt>Akoma Ntoso</dt>
            <dd lang="en">
              <a href={answer.body.akn.expression} type="application/akn+xml" class="akn">
                <code>{answer.body.akn.expression}</code>
              </a>{' '}
              (XML, OASIS LegalDocML; work URI <code>{answer.body.akn.work}</code>)
            </dd>
          </dl>
        </div>
        {p.notes?.length ? (
          <>
            <h3>{t.reprintNotes}</h3>
            <ul class="meta">
              {p.notes.map((n) => (
                <li>
                  <span lang={p.lang}>{n.text}</span> <span class="meta">({t.page} {n.page})</span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {act?.caveats.length ? (
          <ul class="meta">
            {(ul === 'ms' ? act.caveats_ms : act.caveats).map((caveat) => (
              <li>{caveat}</li>
            ))}
          </ul>
        ) : null}

        <h2>{t.history}</h2>
        <History p={p} lang={ul} />

        <section id="analysis" aria-labelledby="analysis-h">
          <h2 id="analysis-h">{t.analysis}</h2>
          <AnalysisLabel lang={ul} />
          <h3>{t.topics}</h3>
          {p.topics.length ? <TopicChips topics={p.topics} lang={ul} /> : <p class="meta">{t.noTopic}</p>}
          {p.penalties?.length ? (
            <>
              <h3>{t.penalty}</h3>
              {p.penalties.map((penalty) => (
                <PenaltySummary penalty={penalty} lang={ul} textLang={p.lang} />
              ))}
            </>
          ) : null}
          {p.elements ? <h3>{t.elements}</h3> : null}
          <Elements p={p} lang={ul} />
          {p.type === 'offence' && !p.elements ? (
            <p class="meta">{t.elementsOtherLang}</p>
          ) : null}
          <References title={t.refersTo} refs={refsOut(p, ul)} none={t.refersToNone} />
          <References title={t.referredBy} refs={refsIn(p)} none={t.referredByNone} />
          <Relations kind="overlaps" records={p.overlaps} t={t} lang={ul} />
          <Relations kind="gaps" records={p.gaps} t={t} lang={ul} />
        </section>
        <ExportLinks url={url} lang={ul} />
      </Layout>,
    );
  });
