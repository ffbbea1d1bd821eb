/**
 * Facts → provisions, for prosecutors: /match. A form for the facts as structured input (victim
 * age, disability, migrant status, conduct, means, purpose, aggravating circumstances) in the
 * vocabulary of the offence elements; the form's parameters go to GET /v1/match as they are, so
 * the API validates them and its answer is shown: offences whose elements the facts meet, ranked,
 * with the elements met (with the statutory words) and those still to prove.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { MatchAnswer } from '../../api/analysis-schemas.js';
import { ELEMENT_VOCABULARY, elementLabel } from '../../schema/elements.js';
import type { ElementCategory } from '../../schema/elements.js';
import { FACT_FIELDS, MIGRANT_STATUSES, type FactField, type Facts, type MigrantStatus } from '../../schema/match.js';
import type { PageApi } from '../client/api.js';
import { AnalysisLabel, ExportLinks, render } from '../components/common.js';
import { getProvisions } from '../client/data.js';
import { exportResponse, provisionRow } from '../components/export.js';
import { BadPageRequest, exportFormat, fromProblem, page } from './handler.js';
import { Layout } from '../components/layout.js';
import { provisionPath } from '../client/urls.js';

/** The form's choices: the element vocabulary /v1/match validates against (src/schema/elements.ts), labels included. */
export const FACT_CHOICES = {
  conduct: ELEMENT_VOCABULARY[FACT_FIELDS.conduct],
  means: ELEMENT_VOCABULARY[FACT_FIELDS.means],
  purpose: ELEMENT_VOCABULARY[FACT_FIELDS.purpose],
  circumstances: ELEMENT_VOCABULARY[FACT_FIELDS.circumstances],
} as const satisfies Record<FactField, unknown>;
const FIELDS = Object.keys(FACT_CHOICES) as FactField[];
const FIELD_TITLES: Record<FactField, string> = {
  conduct: 'What was done (conduct)',
  means: 'How (means)',
  purpose: 'For what (purpose)',
  circumstances: 'Aggravating circumstances',
};
const MIGRANT_LABELS: Record<MigrantStatus, string> = {
  'citizen-or-resident': 'Citizen or permanent resident',
  'foreign-national': 'Foreign national',
  'smuggled-migrant': 'Smuggled migrant',
};
const CATEGORY_TITLES: Record<ElementCategory, string> = { act: 'conduct', means: 'means', purpose: 'purpose', victim: 'victim', circumstance: 'circumstance' };

/** The form's parameters, passed to GET /v1/match as they are: the API reads and validates them. */
const FORM_PARAMS = ['victim_age', 'victim_disabled', 'migrant_status', ...FIELDS, 'lang'] as const;

function formQuery(c: Context): Record<string, string[]> | undefined {
  const q = c.req.queries();
  if (!q.submitted && !FORM_PARAMS.some((f) => q[f]?.some((v) => v.trim() !== ''))) return undefined;
  return Object.fromEntries(FORM_PARAMS.flatMap((f) => (q[f] ? [[f, q[f].filter((v) => v.trim() !== '')]] : [])));
}

type Answer = z.infer<typeof MatchAnswer>;

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
    {FIELDS.map((f) => (
      <li>
        {FIELD_TITLES[f]}: {facts[f].length ? facts[f].map((code) => elementLabel(FACT_FIELDS[f], code)).join('; ') : 'none given'}
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

const Results = ({ answer }: { answer: Answer }) => {
  if (!answer.offences.length) return <p>No offence has elements these facts meet.</p>;
  return (
    <ol class="hits">
      {answer.offences.map((m) => (
        <li id={`match-${m.id}`}>
          <div class="hit-title">
            <a href={provisionPath(m.id, m.lang)}>{m.short_citation}</a> — {m.heading}
            <span class="count">
              {' '}
              ({Math.round(m.score * 100)}% of required elements met{m.applicable ? '' : '; a fact rules it out'})
            </span>
          </div>
          <Checks title="Met by the facts:" checks={m.matched} cls="met" matched />
          <Checks title="Still to prove:" checks={m.to_prove} cls="to-prove" />
          <Checks title="Ruled out by the facts:" checks={m.contradicted} cls="contradicted" />
          <Checks title="Not required by the text:" checks={m.not_required} cls="not-required" />
        </li>
      ))}
    </ol>
  );
};

const checkText = (checks: readonly Check[]) => checks.map((c) => `${CATEGORY_TITLES[c.category]}: ${(c.matched.length ? c.matched : c.options.map((o) => o.code)).join(' or ')}`).join('; ');

export const matchPageRoute = (api: PageApi) =>
  page('match', async (c: Context) => {
    const url = new URL(c.req.url);
    const format = exportFormat(c);
    const query = formQuery(c);
    const answer = query ? await api.get('/v1/match', MatchAnswer, query) : undefined;
    if (answer && !answer.ok) throw fromProblem(answer.problem, 'The facts could not be read');
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
            return provisionRow(p, url.origin, { score: String(m.score), applicable: String(m.applicable), met: checkText(m.matched), to_prove: checkText(m.to_prove) });
          }),
          json: result,
        },
        format,
      );
    }

    return render(
      c,
      <Layout title="Facts → provisions" section="match" analysis>
        <h1>Facts → provisions</h1>
        <p class="lede">
          Describe the facts; the offences whose elements they meet are listed, best first, with the elements met and those
          still to prove.
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
        <FactsForm facts={result?.facts} />
      </Layout>,
    );
  });
