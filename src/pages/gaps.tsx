/**
 * The gap map: /gaps. UN Trafficking Protocol obligations against our provisions, the
 * non-punishment coverage map (offences a victim may be charged with that the immunity provision
 * does or does not reach), penalty disparities, differing definitions, and overlaps. The records
 * come from the analysis API (/v1/gaps, /v1/overlaps, issue 5); until it is served, the page says
 * so and shows only the verbatim immunity provision.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { actBySlug } from '../acts.js';
import { Gap, type Coverage } from '../schema/gap.js';
import { Overlap } from '../schema/overlap.js';
import type { PageApi } from './api.js';
import { AnalysisLabel, ExportLinks, Notice, render } from './components.js';
import { getHeldProvision, getProvisions, provisionRow, type ProvisionData } from './data.js';
import { exportResponse } from './export.js';
import { exportFormat, page } from './handler.js';
import { Layout } from './layout.js';
import { FullProvision } from './lists.js';
import { provisionPath } from './urls.js';

/** ATIPSOM's immunity provision: the subject of the non-punishment map. */
export const IMMUNITY_ID = 'atipsom-s25';

const GapsBody = z.union([z.object({ gaps: z.array(Gap) }), z.array(Gap).transform((gaps) => ({ gaps }))]);
const OverlapsBody = z.union([z.object({ overlaps: z.array(Overlap) }), z.array(Overlap).transform((overlaps) => ({ overlaps }))]);

type Records<T> = { state: 'waiting' } | { state: 'unreadable'; detail: string } | { state: 'present'; records: T[] };

/** An analysis route's records, or why there are none to show. */
async function records<T>(api: PageApi, path: string, schema: z.ZodType<Record<string, T[]>>, key: string): Promise<Records<T>> {
  if (!api.serves('GET', path)) return { state: 'waiting' };
  const answer = await api.get(path, z.unknown());
  if (!answer.ok) return { state: 'unreadable', detail: answer.problem.detail };
  const parsed = schema.safeParse(answer.body);
  if (!parsed.success) return { state: 'unreadable', detail: `${path} answered in a shape this page does not read: ${parsed.error.issues[0]?.message}` };
  return { state: 'present', records: parsed.data[key] ?? [] };
}

const CoverageBadge = ({ coverage }: { coverage: Coverage }) => <span class={`badge ${coverage}`}>{coverage}</span>;

const External = ({ gap }: { gap: Gap }) => (
  <>
    {gap.external.map((e) => (
      <div>
        {actBySlug(e.act)?.shortCitation ?? e.act}
        {e.section ? ` s ${e.section}` : ''} — {e.about} <span class="meta">({e.note})</span>
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

const Waiting = ({ what, route }: { what: string; route: string }) => (
  <Notice>
    {what} is not available yet: this page reads it from <code>{route}</code>, which the analysis step (issue 5) has not
    added to the API. Nothing is shown in its place.
  </Notice>
);

function Records<T>({ r, what, route, children }: { r: Records<T>; what: string; route: string; children: (records: T[]) => unknown }) {
  if (r.state === 'waiting') return <Waiting what={what} route={route} />;
  if (r.state === 'unreadable') return <Notice kind="error">{r.detail}</Notice>;
  return <>{r.records.length ? children(r.records) : <p>No records.</p>}</>;
}

const KINDS = [
  ['protocol', 'UN Trafficking Protocol obligations'],
  ['penalty-disparity', 'Same conduct, different penalties'],
  ['definition', 'Definitions that differ'],
] as const;

export const gapsPageRoute = (api: PageApi) =>
  page('gaps', async (c: Context) => {
    const url = new URL(c.req.url);
    const format = exportFormat(c);
    const [gaps, overlaps, immunity] = await Promise.all([
      records<Gap>(api, '/v1/gaps', GapsBody, 'gaps'),
      records<Overlap>(api, '/v1/overlaps', OverlapsBody, 'overlaps'),
      getHeldProvision(api, IMMUNITY_ID),
    ]);
    const all = gaps.state === 'present' ? gaps.records : [];

    if (format) {
      const assessed = all.flatMap((g) => g.assessments.map((a) => ({ g, a })));
      const provisions = await getProvisions(api, [...new Set(assessed.map((x) => x.a.id))].map((id) => ({ id })));
      const byId = new Map<string, ProvisionData>(provisions.map((p) => [p.id, p]));
      return exportResponse(
        {
          name: 'gaps',
          title: 'Gaps and overlaps',
          notes: ['Analysis, not legal advice.', gaps.state === 'present' ? `${all.length} gap records.` : 'Gap records are not available yet (/v1/gaps).'],
          rows: assessed.flatMap(({ g, a }) => {
            const p = byId.get(a.id);
            return p ? [provisionRow(p, url.origin, { gap: g.id, kind: g.kind, article: g.article ?? '', gap_coverage: g.coverage, provision_coverage: a.coverage, rationale: a.rationale })] : [];
          }),
          json: { gaps: gaps.state === 'present' ? gaps.records : null, overlaps: overlaps.state === 'present' ? overlaps.records : null },
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
        <Records r={gaps} what="The coverage map" route="/v1/gaps">
          {(records: Gap[]) => {
            const map = records.filter((g) => g.kind === 'non-punishment');
            return map.length ? <NonPunishmentMap gaps={map} /> : <p>No non-punishment records.</p>;
          }}
        </Records>

        {KINDS.map(([kind, title]) => (
          <>
            <h2 id={kind}>{title}</h2>
            <Records r={gaps} what={title} route="/v1/gaps">
              {(records: Gap[]) => <GapList gaps={records.filter((g) => g.kind === kind)} />}
            </Records>
          </>
        ))}

        <h2 id="overlaps">Overlaps between Acts</h2>
        <Records r={overlaps} what="Overlaps" route="/v1/overlaps">
          {(records: Overlap[]) => <OverlapList overlaps={records} />}
        </Records>
        <ExportLinks url={url} />
      </Layout>,
    );
  });
