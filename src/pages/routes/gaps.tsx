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
import { exportFormat, page } from './handler.js';
import { Layout } from '../components/layout.js';
import { FullProvision } from '../components/lists.js';
import { provisionPath } from '../client/urls.js';

/** ATIPSOM's immunity provision: the subject of the non-punishment map. */
export const IMMUNITY_ID = 'atipsom-s25';

const CoverageBadge = ({ coverage }: { coverage: Coverage }) => <span class={`badge ${coverage}`}>{coverage}</span>;

const External = ({ gap }: { gap: Gap }) => (
  <>
    {gap.external.map((e) => (
      <div>
        {/* A section of an Act whose text is not held still has its page, which says so and points to the official source. */}
        {e.section ? (
          <a href={provisionPath(sectionId(e.act, e.section))}>{`${actBySlug(e.act)?.shortCitation ?? e.act} s ${e.section}`}</a>
        ) : (
          (actBySlug(e.act)?.shortCitation ?? e.act)
        )}{' '}
        — {e.about} <span class="meta">({e.note})</span>
      </div>
    ))}
  </>
);

const Assessments = ({ gap }: { gap: Gap }) => (
  <ul>
    {gap.assessments.map((a) => (
      <li>
        <a href={provisionPath(a.id)}>{a.id}</a> <CoverageBadge coverage={a.coverage} />: {a.rationale}
        {a.quotes.map((q) => (
          <blockquote lang={q.lang}>
            <q>{q.words}</q>
          </blockquote>
        ))}
      </li>
    ))}
  </ul>
);

const NonPunishmentMap = ({ gaps }: { gaps: readonly Gap[] }) => (
  <div class="table-wrap">
    <table>
      <caption>Offences a trafficked person may be charged with, and whether {IMMUNITY_ID} reaches them</caption>
      <thead>
        <tr>
          <th scope="col">Offence</th>
          <th scope="col">Immunity</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {gaps.map((g) => (
          <tr id={g.id}>
            <th scope="row">
              {g.title}
              <External gap={g} />
            </th>
            <td>
              <CoverageBadge coverage={g.coverage} />
            </td>
            <td>
              {g.obligation}
              <Assessments gap={g} />
              <p class="meta">Basis: {g.basis}</p>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);

const GapList = ({ gaps }: { gaps: readonly Gap[] }) => (
  <>
    {gaps.map((g) => (
      <section id={g.id} aria-labelledby={`${g.id}-h`}>
        <h3 id={`${g.id}-h`}>
          {g.article ? `Art ${g.article}: ` : ''}
          {g.title} <CoverageBadge coverage={g.coverage} />
        </h3>
        <p>{g.obligation}</p>
        <Assessments gap={g} />
        <External gap={g} />
        <p class="meta">Basis: {g.basis}</p>
      </section>
    ))}
  </>
);

const OverlapList = ({ overlaps }: { overlaps: readonly Overlap[] }) => (
  <>
    {overlaps.map((o) => (
      <section id={o.id}>
        <h3>
          {o.provisions.map((id, i) => (
            <>
              {i ? ' · ' : ''}
              <a href={provisionPath(id)}>{id}</a>
            </>
          ))}
          {o.external.map((e) => ` · ${actBySlug(e.act)?.shortCitation ?? e.act}${e.section ? ` s ${e.section}` : ''}`)}
        </h3>
        <p>
          {o.rationale} <span class="meta">({o.basis}{o.score !== undefined ? `, score ${o.score.toFixed(2)}` : ''})</span>
        </p>
        {o.shared.length ? <p class="meta">Shared elements: {o.shared.map((s) => `${s.category}: ${s.code}`).join(', ')}</p> : null}
        {o.provisions.length >= 2 ? <a href={`/compare?ids=${o.provisions.slice(0, 4).join(',')}`}>Compare side by side</a> : null}
      </section>
    ))}
  </>
);

function Records<T>({ r, children }: { r: Answer<T[]>; children: (records: T[]) => unknown }) {
  if (!r.ok) return <Notice kind="error">{r.problem.detail}</Notice>;
  return <>{r.body.length ? children(r.body) : <p>No records.</p>}</>;
}

const KINDS = [
  ['protocol', 'UN Trafficking Protocol obligations'],
  ['penalty-disparity', 'Same conduct, different penalties'],
  ['definition', 'Definitions that differ or are missing'],
  ['regime', 'Two regimes for the same person'],
] as const;

export const gapsPageRoute = (api: PageApi) =>
  page('gaps', async (c: Context) => {
    const url = new URL(c.req.url);
    const format = exportFormat(c);
    const [gapsAnswer, overlapsAnswer, immunity] = await Promise.all([
      api.get('/v1/gaps', GapsAnswer),
      api.get('/v1/overlaps', OverlapsAnswer),
      getHeldProvision(api, IMMUNITY_ID),
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
      <Layout title="Gap map" section="gaps" analysis>
        <h1>Gaps and overlaps</h1>
        <p class="lede">
          Where the statutes fall short of the UN Trafficking Protocol or of each other, and where they reach the same
          conduct. Every record names the provisions compared and the words it rests on.
        </p>
        <AnalysisLabel />

        <h2 id="non-punishment">Non-punishment coverage map</h2>
        <p>
          Trafficked people are often charged with immigration, document or prostitution offences. The immunity provision
          reads:
        </p>
        {immunity.ok ? (
          <>
            {immunity.body.provision.lang !== 'en' ? (
              <p class="meta">Its English text as amended is not held; the Malay text is quoted.</p>
            ) : null}
            <FullProvision p={immunity.body.provision} origin={url.origin} prefix="immunity" />
          </>
        ) : (
          <Notice>{immunity.problem.detail}</Notice>
        )}
        <Records r={gaps}>
          {(records: Gap[]) => {
            const map = records.filter((g) => g.kind === 'non-punishment');
            return map.length ? <NonPunishmentMap gaps={map} /> : <p>No non-punishment records.</p>;
          }}
        </Records>

        {KINDS.map(([kind, title]) => (
          <>
            <h2 id={kind}>{title}</h2>
            <Records r={gaps}>
              {(records: Gap[]) => <GapList gaps={records.filter((g) => g.kind === kind)} />}
            </Records>
          </>
        ))}

        <h2 id="overlaps">Overlaps between Acts</h2>
        <Records r={overlaps}>
          {(records: Overlap[]) => <OverlapList overlaps={records} />}
        </Records>
        <ExportLinks url={url} />
      </Layout>,
    );
  });
