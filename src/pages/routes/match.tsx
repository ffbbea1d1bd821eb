/**
 * Facts → charges, for prosecutors: /match. A form for the facts as people describe them (victim
 * age, disability, migrant status, employment; conduct, means such as a withheld passport or a
 * debt, purpose, place, aggravating circumstances) in the fact vocabulary (src/facts.ts); the
 * form's parameters go to GET /v1/match as they are, so the API validates them and its answer is
 * shown: charges across Acts, ranked, with the elements met (with the statutory words), those still
 * to prove, the penalty and the alternatives; offences the facts rule out; ways of charging.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { MatchAnswer } from '../../api/analysis-schemas.js';
import { elementLabel } from '../../schema/elements.js';
import { FACT_VOCABULARY, factOf } from '../../schema/facts.js';
import type { ElementCategory } from '../../schema/elements.js';
import { FACT_FIELDS, MIGRANT_STATUSES, type FactField, type Facts, type MigrantStatus } from '../../schema/match.js';
import type { PageApi } from '../client/api.js';
import { AnalysisLabel, ExportLinks, Notice, render } from '../components/common.js';
import { PenaltySummary } from '../components/penalty.js';
import { getProvisions } from '../client/data.js';
import { exportResponse, provisionRow } from '../components/export.js';
import { BadPageRequest, exportFormat, fromProblem, page } from './handler.js';
import { Layout } from '../components/layout.js';
import { provisionPath } from '../client/urls.js';

/** The form's choices: the fact vocabulary /v1/match validates against (src/schema/facts.ts), labels included. */
export const FACT_CHOICES = Object.fromEntries(FACT_FIELDS.map((f) => [f, FACT_VOCABULARY[f].map((x) => [x.code, x.label] as const)])) as unknown as Record<FactField, readonly (readonly [string, string])[]>;
const FIELDS = FACT_FIELDS;
const FIELD_TITLES: Record<FactField, string> = {
  conduct: 'What the suspect did (conduct)',
  means: 'How (means, including a withheld passport, a debt, confinement, unpaid wages)',
  purpose: 'For what (purpose)',
  place: 'Where the person was found or kept',
  circumstances: 'Aggravating circumstances',
};
const MIGRANT_LABELS: Record<MigrantStatus, string> = {
  'citizen-or-resident': 'Citizen or permanent resident',
  'foreign-national': 'Foreign national',
  'smuggled-migrant': 'Smuggled migrant',
};
const CATEGORY_TITLES: Record<ElementCategory, string> = { act: 'conduct', means: 'means', purpose: 'purpose', victim: 'victim', circumstance: 'circumstance', mental: 'state of mind' };

/** The form's parameters, passed to GET /v1/match as they are: the API reads and validates them. */
const FORM_PARAMS = ['victim_age', 'victim_disabled', 'migrant_status', 'victim_employee', ...FIELDS, 'lang'] as const;

function formQuery(c: Context): Record<string, string[]> | undefined {
  const q = c.req.queries();
  if (!q.submitted && !FORM_PARAMS.some((f) => q[f]?.some((v) => v.trim() !== ''))) return undefined;
  return Object.fromEntries(FORM_PARAMS.flatMap((f) => (q[f] ? [[f, q[f].filter((v) => v.trim() !== '')]] : [])));
}

type Answer = z.infer<typeof MatchAnswer>;

/** What the person gave, as far as it reads, so that a refused form comes back as they filled it. */
function keptFacts(q: Record<string, string[]> | undefined): Facts | undefined {
  if (!q) return undefined;
  const age = Number(q.victim_age?.[0]);
  const status = q.migrant_status?.[0];
  const disabled = q.victim_disabled?.[0];
  const codes = (field: FactField) => (q[field] ?? []).filter((code) => FACT_CHOICES[field].some(([c]) => c === code));
  return {
    ...(Number.isInteger(age) && age >= 0 && age <= 130 ? { victim_age: age } : {}),
    ...(MIGRANT_STATUSES.some((s) => s === status) ? { migrant_status: status as MigrantStatus } : {}),
    ...(disabled === 'true' || disabled === 'false' ? { victim_disabled: disabled === 'true' } : {}),
    conduct: codes('conduct'),
    means: codes('means'),
    place: codes('place'),
    purpose: codes('purpose'),
    circumstances: codes('circumstances'),
    lang: 'en',
  };
}

const FactsForm = ({ facts }: { facts: Facts | undefined }) => (
  <form action="/match" method="get" class="no-print">
    <input type="hidden" name="submitted" value="1" />
    <fieldset>
      <legend>The victim</legend>
      <p>
        <label for="victim_age">Age in years (leave blank if unknown)</label>
        <input type="number" id="victim_age" name="victim_age" min={0} max={130} value={facts?.victim_age?.toString() ?? ''} style="max-width:8rem" />
      </p>
      <p class="choices" role="radiogroup" aria-labelledby="migrant-label">
        <span id="migrant-label" style="font-weight:600">Migrant status</span>
        {([['', 'Unknown'], ...MIGRANT_STATUSES.map((s) => [s, MIGRANT_LABELS[s]])] as const).map(([value, label]) => (
          <label>
            <input type="radio" name="migrant_status" value={value} checked={(facts?.migrant_status ?? '') === value} /> {label}
          </label>
        ))}
      </p>
      <p class="choices" role="radiogroup" aria-labelledby="disabled-label">
        <span id="disabled-label" style="font-weight:600">Unable to fully take care of or protect himself (disability or condition)?</span>
        {(
          [
            ['', 'Unknown', undefined],
            ['true', 'Yes', true],
            ['false', 'No', false],
          ] as const
        ).map(([value, label, flag]) => (
          <label>
            <input type="radio" name="victim_disabled" value={value} checked={facts?.victim_disabled === flag} /> {label}
          </label>
        ))}
      </p>
      <p class="choices" role="radiogroup" aria-labelledby="employee-label">
        <span id="employee-label" style="font-weight:600">Did the victim work for the suspect (employer and employee)?</span>
        {(
          [
            ['', 'Unknown', undefined],
            ['true', 'Yes', true],
            ['false', 'No', false],
          ] as const
        ).map(([value, label, flag]) => (
          <label>
            <input type="radio" name="victim_employee" value={value} checked={facts?.victim_employee === flag} /> {label}
          </label>
        ))}
      </p>
    </fieldset>
    {FIELDS.map((field) => (
      <fieldset class="choices">
        <legend>{FIELD_TITLES[field]}</legend>
        {FACT_CHOICES[field].map(([code, label]) => (
          <label>
            <input type="checkbox" name={field} value={code} checked={facts?.[field].includes(code) ?? false} /> {label}
          </label>
        ))}
      </fieldset>
    ))}
    <button type="submit">Find provisions</button>
  </form>
);

const FactsSummary = ({ facts }: { facts: Facts }) => (
  <ul>
    <li>Victim age: {facts.victim_age ?? 'unknown'}</li>
    <li>Migrant status: {facts.migrant_status ? MIGRANT_LABELS[facts.migrant_status] : 'unknown'}</li>
    <li>Unable to protect himself: {facts.victim_disabled === undefined ? 'unknown' : facts.victim_disabled ? 'yes' : 'no'}</li>
    <li>Worked for the suspect: {facts.victim_employee === undefined ? 'unknown' : facts.victim_employee ? 'yes' : 'no'}</li>
    {FIELDS.map((f) => (
      <li>
        {FIELD_TITLES[f]}: {facts[f].length ? facts[f].map((code) => factOf(f, code)?.label ?? code).join('; ') : 'none given'}
      </li>
    ))}
  </ul>
);

type Check = Answer['offences'][number]['matched'][number];

/** One element: its category, and the options (labels with the statutory words) that meet it or would. */
const CheckItem = ({ check, only }: { check: Check; only?: readonly string[] }) => (
  <li>
    <strong>{CATEGORY_TITLES[check.category]}</strong>:{' '}
    {check.options
      .filter((o) => !only || only.includes(o.code))
      .map((o, i) => (
        <>
          {i ? ' or ' : ''}
          {elementLabel(check.category, o.code)} (<q>{o.words}</q>)
        </>
      ))}
  </li>
);

const Checks = ({ title, checks, cls, matched }: { title: string; checks: readonly Check[]; cls: string; matched?: boolean }) =>
  checks.length ? (
    <div class={cls}>
      <p>{title}</p>
      <ul>
        {checks.map((check) => (
          <CheckItem check={check} only={matched ? check.matched : undefined} />
        ))}
      </ul>
    </div>
  ) : null;

const cited = (answer: Answer, id: string) => answer.offences.find((m) => m.id === id)?.short_citation ?? id;

const Results = ({ answer }: { answer: Answer }) => (
  <>
    {answer.offences.length ? (
      <ol class="hits">
        {answer.offences.map((m) => (
          <li id={`match-${m.id}`}>
            <div class="hit-title">
              <a href={provisionPath(m.id, m.lang)}>{m.short_citation}</a> — {m.heading}
              <span class="count"> ({Math.round(m.score * 100)}% of required elements met)</span>
            </div>
            <Checks title="Met by the facts:" checks={m.matched} cls="met" matched />
            <Checks title="Still to prove:" checks={m.to_prove} cls="to-prove" />
            <Checks title="Not required by the text:" checks={m.not_required} cls="not-required" />
            {m.state_of_mind.length ? (
              <p class="to-prove">State of mind to prove: {m.state_of_mind.flatMap((s) => s.options.map((o) => `“${o.words}”`)).join(' or ')}</p>
            ) : null}
            {m.penalties.map((p) => (
              <PenaltySummary penalty={p} />
            ))}
            {m.alternatives.length ? <p>Alternative charges: {m.alternatives.map((id) => cited(answer, id)).join('; ')}</p> : null}
          </li>
        ))}
      </ol>
    ) : (
      <p>No offence has conduct these facts meet.</p>
    )}
    {answer.pointers.length ? (
      <section aria-label="Also consider">
        <h3>Also consider</h3>
        <ul>
          {answer.pointers.map((p) => (
            <li>
              <a href={provisionPath(p.id)}>{p.id}</a>: {p.why} {p.warning ? <strong>{p.warning}</strong> : null}
            </li>
          ))}
        </ul>
      </section>
    ) : null}
    {answer.ruled_out.length ? (
      <section aria-label="Ruled out">
        <h3>Ruled out by the facts</h3>
        <ul class="contradicted">
          {answer.ruled_out.map((r) => (
            <li>
              <a href={provisionPath(r.id, r.lang)}>{r.short_citation}</a>: {r.contradicted.map((c) => c.options.map((o) => `“${o.words}”`).join(', ')).join('; ')}
            </li>
          ))}
        </ul>
      </section>
    ) : null}
    {answer.ways_of_charging.length ? (
      <section aria-label="Ways of charging">
        <h3>Ways of charging (any of the offences above)</h3>
        <ul>
          {answer.ways_of_charging.map((w) => (
            <li>
              <a href={provisionPath(w.id)}>{w.id}</a>: {w.how}
            </li>
          ))}
        </ul>
      </section>
    ) : null}
  </>
);

const checkText = (checks: readonly Check[]) => checks.map((c) => `${CATEGORY_TITLES[c.category]}: ${(c.matched.length ? c.matched : c.options.map((o) => o.code)).join(' or ')}`).join('; ');

export const matchPageRoute = (api: PageApi) =>
  page('match', async (c: Context) => {
    const url = new URL(c.req.url);
    const format = exportFormat(c);
    const query = formQuery(c);
    const answer = query ? await api.get('/v1/match', MatchAnswer, query) : undefined;
    // A refused form comes back filled in, with the API's reasons above it (not a bare error page).
    const refused = answer && !answer.ok && answer.problem.status === 400 && !format ? answer.problem : undefined;
    if (answer && !answer.ok && !refused) throw fromProblem(answer.problem, 'The facts could not be read');
    const result = answer?.ok ? answer.body : undefined;

    if (format) {
      if (!result) throw new BadPageRequest(400, 'No facts to export', 'Fill in the facts form first, then export the results.');
      return exportResponse(
        {
          name: 'facts-match',
          title: 'Facts → provisions',
          notes: ['Analysis, not legal advice.'],
          rows: (await getProvisions(api, result.offences.map((m) => ({ id: m.id, lang: m.lang })))).map((p) => {
            const m = result.offences.find((x) => x.id === p.id)!;
            return provisionRow(p, url.origin, { score: String(m.score), met: checkText(m.matched), to_prove: checkText(m.to_prove), alternatives: m.alternatives.join(' ') });
          }),
          json: result,
        },
        format,
      );
    }

    return render(
      c,
      <Layout title="Facts → provisions" section="match" analysis>
        <h1>Facts → charges</h1>
        <p class="lede">
          Describe the facts; the charges whose conduct they meet are listed across Acts, best first, with the elements met,
          those still to prove, the penalty and the alternatives.
        </p>
        <AnalysisLabel />
        {result ? (
          <section aria-labelledby="results-h">
            <h2 id="results-h">Results</h2>
            <h3>Your facts</h3>
            <FactsSummary facts={result.facts} />
            <Results answer={result} />
            <ExportLinks url={url} />
          </section>
        ) : null}
        <h2>The facts</h2>
        {refused ? (
          <Notice kind="error">
            <p>{refused.detail}</p>
            <ul>
              {(refused.errors ?? []).map((e) => (
                <li>{e.message}</li>
              ))}
            </ul>
          </Notice>
        ) : null}
        <FactsForm facts={result?.facts ?? keptFacts(query)} />
      </Layout>,
      refused ? 400 : 200,
    );
  });
