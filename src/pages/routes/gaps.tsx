/**
 * The gap map: /gaps. UN Trafficking Protocol obligations against our provisions, the
 * non-punishment coverage map (offences a victim may be charged with that the immunity provision
 * does or does not reach), penalty disparities, differing definitions, and overlaps. The records
 * come from the analysis API (/v1/gaps, /v1/overlaps), parsed with the API's own schemas.
 */
import type { Context } from 'hono';
import { actBySlug } from '../../registry/acts.js';
import { GapsAnswer, OverlapsAnswer } from '../../api/analysis-schemas.js';
import type { Coverage, Gap } from '../../schema/gap.js';
import { sectionId } from '../../schema/ids.js';
import type { Overlap } from '../../schema/overlap.js';
import type { Answer, PageApi } from '../client/api.js';
import { AnalysisLabel, ExportLinks, Notice, render } from '../components/common.js';
import { getHeldProvision, getProvisions, type ProvisionData } from '../client/data.js';
import { exportResponse, provisionRow } from '../components/export.js';
import { exportFormat, page, single } from './handler.js';
import { categoryLabel, coverageLabel, ui, uiLang, withUiLang, type UiStrings } from '../components/i18n.js';
import { elementLabel } from '../../schema/elements.js';
import type { Lang } from '../../schema/provision.js';
import { Layout } from '../components/layout.js';
import { FullProvision } from '../components/lists.js';
import { provisionPath } from '../client/urls.js';

/** ATIPSOM's immunity provision: the subject of the non-punishment map. */
export const IMMUNITY_ID = 'atipsom-s25';

const CoverageBadge = ({ coverage, t }: { coverage: Coverage; t: UiStrings }) => <span class={`badge ${coverage}`}>{coverageLabel(coverage, t)}</span>;

/**
 * A record's own words in the page's language: the Malay beside the English (`*_ms`) on a Malay
 * page, else the English, marked lang="en" (records not yet in Malay).
 */
const Words = ({ en, ms, lang }: { en: string; ms: string | undefined; lang: Lang }) => (lang === 'ms' && ms ? <span>{ms}</span> : <span lang="en">{en}</span>);

/** A record's title; a Malay definition record's title is followed by its term, quoted in the term's language. */
const Title = ({ g, lang }: { g: Gap; lang: Lang }) =>
  lang === 'ms' && g.title_ms ? (
    <span>
      {g.title_ms}
      {g.term ? (
        <>
          {' '}
          <q lang={g.term.lang}>{g.term.words}</q>
        </>
      ) : null}
    </span>
  ) : (
    <span lang="en">{g.title}</span>
  );

const External = ({ gap, lang }: { gap: Gap; lang: Lang }) => (
  <>
    {gap.external.map((e) => (
      <div>
        {/* A section of an Act whose text is not held still has its page, which says so and points to the official source. */}
        <span lang="en">
          {e.section ? (
            <a href={withUiLang(provisionPath(sectionId(e.act, e.section)), lang)}>{`${actBySlug(e.act)?.shortCitation ?? e.act} s ${e.section}`}</a>
          ) : (
            (actBySlug(e.act)?.shortCitation ?? e.act)
          )}
        </span>{' '}
        — <Words en={e.about} ms={e.about_ms} lang={lang} />{' '}
        <span class="meta">
          (<Words en={e.note} ms={e.note_ms} lang={lang} />)
        </span>
      </div>
    ))}
  </>
);

const Assessments = ({ gap, t, lang }: { gap: Gap; t: UiStrings; lang: Lang }) => (
  <ul>
    {gap.assessments.map((a) => (
      <li>
        <a href={provisionPath(a.id)}>
          <code>{a.id}</code>
        </a>{' '}
        <CoverageBadge coverage={a.coverage} t={t} />: <Words en={a.rationale} ms={a.rationale_ms} lang={lang} />
        {(lang === 'ms' && a.quotes_ms ? a.quotes_ms : a.quotes).map((q) => (
          <blockquote lang={q.lang}>
            <q>{q.words}</q>
          </blockquote>
        ))}
      </li>
    ))}
  </ul>
);

const NonPunishmentMap = ({ gaps, lang }: { gaps: readonly Gap[]; lang: Lang }) => {
  const t = ui(lang);
  return (
    <div class="table-wrap">
      <table>
        <caption>{t.nonPunishmentCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.offence}</th>
            <th scope="col">{t.immunity}</th>
            <th scope="col">{t.why}</th>
          </tr>
        </thead>
        <tbody>
          {gaps.map((g) => (
            <tr id={g.id}>
              <th scope="row">
                <Title g={g} lang={lang} />
                <External gap={g} lang={lang} />
              </th>
              <td>
                <CoverageBadge coverage={g.coverage} t={t} />
              </td>
              <td>
                <Words en={g.obligation} ms={g.obligation_ms} lang={lang} />
                <Assessments gap={g} t={t} lang={lang} />
                <p class="meta">
                  {t.basis} <Words en={g.basis} ms={g.basis_ms} lang={lang} />
                </p>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

const GapList = ({ gaps, lang }: { gaps: readonly Gap[]; lang: Lang }) => {
  const t = ui(lang);
  return (
    <>
      {gaps.map((g) => (
        <section id={g.id} aria-labelledby={`${g.id}-h`}>
          <h3 id={`${g.id}-h`}>
            {g.article ? `${t.article} ${g.article}: ` : ''}
            <Title g={g} lang={lang} /> <CoverageBadge coverage={g.coverage} t={t} />
          </h3>
          <p>
            <Words en={g.obligation} ms={g.obligation_ms} lang={lang} />
          </p>
          <Assessments gap={g} t={t} lang={lang} />
          <External gap={g} lang={lang} />
          <p class="meta">
            {t.basis} <Words en={g.basis} ms={g.basis_ms} lang={lang} />
          </p>
        </section>
      ))}
    </>
  );
};

const OverlapList = ({ overlaps, lang }: { overlaps: readonly Overlap[]; lang: Lang }) => {
  const t = ui(lang);
  return (
    <>
      {overlaps.map((o) => (
        <section id={o.id}>
          <h3>
            {o.provisions.map((id, i) => (
              <>
                {i ? ' · ' : ''}
                <a href={withUiLang(provisionPath(id), lang)}>
                  <code>{id}</code>
                </a>
              </>
            ))}
            <span lang="en">{o.external.map((e) => ` · ${actBySlug(e.act)?.shortCitation ?? e.act}${e.section ? ` s ${e.section}` : ''}`)}</span>
          </h3>
          <p>
            <Words en={o.rationale} ms={o.rationale_ms} lang={lang} />{' '}
            <span class="meta">
              ({o.basis === 'computed' ? t.basisComputed : t.basisCurated}
              {o.score !== undefined ? `, ${t.score} ${o.score.toFixed(2)}` : ''})
            </span>
          </p>
          {o.shared.length ? (
            <p class="meta">
              {t.sharedElements} {o.shared.map((s) => `${categoryLabel(s.category, t)}: ${elementLabel(s.category, s.code, lang)}`).join('; ')}
            </p>
          ) : null}
          {o.provisions.length >= 2 ? <a href={withUiLang(`/compare?ids=${o.provisions.slice(0, 4).join(',')}`, lang)}>{t.compareSideBySide}</a> : null}
        </section>
      ))}
    </>
  );
};

function Records<T>({ r, t, children }: { r: Answer<T[]>; t: UiStrings; children: (records: T[]) => unknown }) {
  if (!r.ok)
    return (
      <Notice kind="error">
        <span lang="en">{r.problem.detail}</span>
      </Notice>
    );
  return <>{r.body.length ? children(r.body) : <p>{t.noRecords}</p>}</>;
}

const KINDS = [
  ['protocol', 'kindProtocol'],
  ['penalty-disparity', 'kindPenalty'],
  ['definition', 'kindDefinition'],
  ['regime', 'kindRegime'],
] as const satisfies readonly (readonly [string, keyof UiStrings])[];

export const gapsPageRoute = (api: PageApi) =>
  page('gaps', async (c: Context) => {
    const url = new URL(c.req.url);
    const format = exportFormat(c);
    const ul = uiLang(single(c, 'lang'));
    const t = ui(ul);
    const [gapsAnswer, overlapsAnswer, immunity] = await Promise.all([
      api.get('/v1/gaps', GapsAnswer),
      api.get('/v1/overlaps', OverlapsAnswer),
      // The immunity provision in Malay on a Malay page; otherwise English where held.
      getHeldProvision(api, IMMUNITY_ID, ul === 'ms' ? 'ms' : undefined),
    ]);
    const gaps: Answer<Gap[]> = gapsAnswer.ok ? { ok: true, body: gapsAnswer.body.gaps } : gapsAnswer;
    const overlaps: Answer<Overlap[]> = overlapsAnswer.ok ? { ok: true, body: overlapsAnswer.body.overlaps } : overlapsAnswer;
    const all = gaps.ok ? gaps.body : [];

    if (format) {
      const assessed = all.flatMap((g) => g.assessments.map((a) => ({ g, a })));
      const provisions = await getProvisions(api, [...new Set(assessed.map((x) => x.a.id))].map((id) => ({ id })));
      const byId = new Map<string, ProvisionData>(provisions.map((p) => [p.id, p]));
      return exportResponse(
        {
          name: 'gaps',
          title: 'Gaps and overlaps',
          notes: ['Analysis, not legal advice.', gaps.ok ? `${all.length} gap records.` : gaps.problem.detail],
          rows: assessed.flatMap(({ g, a }) => {
            const p = byId.get(a.id);
            return p ? [provisionRow(p, url.origin, { gap: g.id, kind: g.kind, article: g.article ?? '', gap_coverage: g.coverage, provision_coverage: a.coverage, rationale: a.rationale })] : [];
          }),
          json: { gaps: gaps.ok ? gaps.body : null, overlaps: overlaps.ok ? overlaps.body : null },
        },
        format,
      );
    }

    return render(
      c,
      <Layout title={t.gapMapTitle} section="gaps" analysis lang={ul} url={url}>
        <h1>{t.gapsHeading}</h1>
        <p class="lede">{t.gapsLede}</p>
        <AnalysisLabel lang={ul} />
        {ul === 'ms' ? <p class="meta">{t.analysisInEnglish}</p> : null}

        <h2 id="non-punishment">{t.nonPunishmentMap}</h2>
        <p>{t.nonPunishmentIntro}</p>
        {immunity.ok ? (
          <>
            {immunity.body.provision.lang !== ul ? <p class="meta">{t.immunityOtherLang}</p> : null}
            <FullProvision p={immunity.body.provision} origin={url.origin} prefix="immunity" lang={ul} />
          </>
        ) : (
          <Notice>
            <span lang="en">{immunity.problem.detail}</span>
          </Notice>
        )}
        <Records r={gaps} t={t}>
          {(records: Gap[]) => {
            const map = records.filter((g) => g.kind === 'non-punishment');
            return map.length ? <NonPunishmentMap gaps={map} lang={ul} /> : <p>{t.noNonPunishment}</p>;
          }}
        </Records>

        {KINDS.map(([kind, title]) => (
          <>
            <h2 id={kind}>{t[title]}</h2>
            <Records r={gaps} t={t}>
              {(records: Gap[]) => <GapList gaps={records.filter((g) => g.kind === kind)} lang={ul} />}
            </Records>
          </>
        ))}

        <h2 id="overlaps">{t.overlapsHeading}</h2>
        <Records r={overlaps} t={t}>
          {(records: Overlap[]) => <OverlapList overlaps={records} lang={ul} />}
        </Records>
        <ExportLinks url={url} lang={ul} />
      </Layout>,
    );
  });
