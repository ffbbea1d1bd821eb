/**
 * Facts → provisions, for prosecutors: /match. A form for the facts as structured input (victim
 * age, migrant status, conduct, means, purpose) in the vocabulary of the offence elements; the
 * answer is /v1/match's (issue 5): offences whose elements the facts meet, ranked, with what is
 * met and what is still to prove. Until that route is served the page reads and echoes the facts
 * and says it is waiting: it never guesses matches itself.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import type { PageApi } from './api.js';
import { AnalysisLabel, ExportLinks, Notice, render } from './components.js';
import { getProvisions, provisionRow } from './data.js';
import { exportResponse } from './export.js';
import { BadPageRequest, exportFormat, page } from './handler.js';
import { Layout } from './layout.js';
import { provisionPath } from './urls.js';

/** Element codes the form offers: the vocabulary of the element rules (issue 5), which /v1/match takes. */
export const FACT_CHOICES = {
  conduct: [
    ['recruit', 'Recruited'],
    ['transport', 'Transported'],
    ['transfer', 'Transferred, sold or handed over'],
    ['harbour', 'Harboured'],
    ['receive', 'Received'],
    ['provide', 'Provided'],
    ['acquire', 'Acquired or bought'],
    ['maintain', 'Maintained'],
    ['bring-into-country', 'Brought into the country'],
    ['smuggle', 'Arranged unlawful entry (smuggling)'],
    ['document-fraud', 'Made, gave or held false travel documents'],
    ['profit', 'Profited from the offence'],
  ],
  means: [
    ['threat', 'Threat'],
    ['force', 'Force'],
    ['coercion', 'Coercion'],
    ['abduction', 'Abduction'],
    ['fraud', 'Fraud'],
    ['deception', 'Deception'],
    ['abuse-of-power', 'Abuse of power'],
    ['abuse-of-vulnerability', 'Abuse of a position of vulnerability'],
    ['payments', 'Payments or benefits to a person in control'],
  ],
  purpose: [
    ['exploitation', 'Exploitation (any form)'],
    ['sexual-exploitation', 'Sexual exploitation or prostitution'],
    ['forced-labour', 'Forced labour or services'],
    ['slavery', 'Slavery or similar practices'],
    ['servitude', 'Servitude'],
    ['illegal-activity', 'Illegal activity'],
    ['organ-removal', 'Removal of organs'],
    ['begging', 'Begging'],
  ],
} as const;
type Field = keyof typeof FACT_CHOICES;
const FIELDS = Object.keys(FACT_CHOICES) as Field[];
const FIELD_TITLES: Record<Field, string> = { conduct: 'What was done (conduct)', means: 'How (means)', purpose: 'For what (purpose)' };

const codes = (field: Field) => z.array(z.enum(FACT_CHOICES[field].map(([code]) => code) as [string, ...string[]], { error: `${field}: choose from the listed options` }));

/** The facts as the form sends them (and as /v1/match takes them). */
export const Facts = z.object({
  victim_age: z.coerce
    .number({ error: 'victim age must be a number of years' })
    .int('victim age must be whole years')
    .min(0, 'victim age must be 0 or more')
    .max(120, 'victim age must be at most 120')
    .optional(),
  migrant: z.enum(['yes', 'no'], { error: 'migrant status must be yes, no or left blank' }).optional(),
  conduct: codes('conduct'),
  means: codes('means'),
  purpose: codes('purpose'),
});
export type Facts = z.infer<typeof Facts>;

function readFacts(c: Context): Facts | undefined {
  const q = c.req.queries();
  if (!q.submitted && !FIELDS.some((f) => q[f]?.length) && !q.victim_age) return undefined;
  const blank = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim());
  const parsed = Facts.safeParse({
    victim_age: blank(q.victim_age?.[0]),
    migrant: blank(q.migrant?.[0]),
    conduct: q.conduct ?? [],
    means: q.means ?? [],
    purpose: q.purpose ?? [],
  });
  if (!parsed.success) {
    throw new BadPageRequest(400, 'The facts could not be read', parsed.error.issues.map((i) => i.message).join('; ') + '.');
  }
  return parsed.data;
}

// Read the answer leniently: it is another slice's API, and a shape we do not know is reported, not guessed at.
const Item = z.union([z.string(), z.object({ category: z.string(), code: z.string() }).loose().transform((e) => `${e.category}: ${e.code}`)]);
const MatchAnswer = z.object({
  matches: z.array(
    z
      .object({
        id: z.string(),
        short_citation: z.string().optional(),
        heading: z.string().optional(),
        score: z.number().optional(),
        matched: z.array(Item).optional(),
        to_prove: z.array(Item).optional(),
      })
      .loose(),
  ),
});
type MatchAnswer = z.infer<typeof MatchAnswer>;

type Outcome = { state: 'waiting' } | { state: 'problem'; detail: string } | { state: 'answer'; answer: MatchAnswer; raw: unknown };

async function match(api: PageApi, facts: Facts): Promise<Outcome> {
  const answer = api.serves('POST', '/v1/match')
    ? await api.post('/v1/match', facts, z.unknown())
    : api.serves('GET', '/v1/match')
      ? await api.get('/v1/match', z.unknown(), { ...facts, victim_age: facts.victim_age })
      : undefined;
  if (!answer) return { state: 'waiting' };
  if (!answer.ok) return { state: 'problem', detail: answer.problem.detail };
  const parsed = MatchAnswer.safeParse(answer.body);
  return parsed.success
    ? { state: 'answer', answer: parsed.data, raw: answer.body }
    : { state: 'problem', detail: `/v1/match answered in a shape this page does not read yet (${parsed.error.issues[0]?.message}).` };
}

const FactsForm = ({ facts }: { facts: Facts | undefined }) => (
  <form action="/match" method="get" class="no-print">
    <input type="hidden" name="submitted" value="1" />
    <fieldset>
      <legend>The victim</legend>
      <p>
        <label for="victim_age">Age in years (leave blank if unknown)</label>
        <input type="number" id="victim_age" name="victim_age" min={0} max={120} value={facts?.victim_age?.toString() ?? ''} style="max-width:8rem" />
      </p>
      <p class="choices" role="radiogroup" aria-labelledby="migrant-label">
        <span id="migrant-label" style="font-weight:600">Migrant (not a citizen)?</span>
        {(
          [
            ['', 'Unknown'],
            ['yes', 'Yes'],
            ['no', 'No'],
          ] as const
        ).map(([value, label]) => (
          <label>
            <input type="radio" name="migrant" value={value} checked={(facts?.migrant ?? '') === value} /> {label}
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
    <li>Migrant: {facts.migrant ?? 'unknown'}</li>
    {FIELDS.map((f) => (
      <li>
        {FIELD_TITLES[f]}: {facts[f].length ? facts[f].join(', ') : 'none given'}
      </li>
    ))}
  </ul>
);

const Results = ({ outcome }: { outcome: Outcome }) => {
  if (outcome.state === 'waiting') {
    return (
      <Notice>
        <strong>Waiting for the match API.</strong> Your facts were read (above), but the offence-element analysis that
        answers them (<code>/v1/match</code>, issue 5) is not served yet, so no provisions are listed. Meanwhile,{' '}
        <a href="/search?type=offence">browse the offences</a>.
      </Notice>
    );
  }
  if (outcome.state === 'problem') return <Notice kind="error">{outcome.detail}</Notice>;
  const { matches } = outcome.answer;
  if (!matches.length) return <p>No offence has elements these facts meet.</p>;
  return (
    <ol class="hits">
      {matches.map((m) => (
        <li>
          <div class="hit-title">
            <a href={provisionPath(m.id)}>{m.short_citation ?? m.id}</a>
            {m.heading ? ` — ${m.heading}` : ''}
            {m.score !== undefined ? <span class="count"> (score {m.score.toFixed(2)})</span> : null}
          </div>
          {m.matched?.length ? <p>Met by the facts: {m.matched.join('; ')}</p> : null}
          {m.to_prove?.length ? <p>Still to prove: {m.to_prove.join('; ')}</p> : null}
        </li>
      ))}
    </ol>
  );
};

export const matchPageRoute = (api: PageApi) =>
  page('match', async (c: Context) => {
    const url = new URL(c.req.url);
    const format = exportFormat(c);
    const facts = readFacts(c);
    const outcome = facts ? await match(api, facts) : undefined;

    if (format) {
      if (!facts) throw new BadPageRequest(400, 'No facts to export', 'Fill in the facts form first, then export the results.');
      const matches = outcome?.state === 'answer' ? outcome.answer.matches : [];
      return exportResponse(
        {
          name: 'facts-match',
          title: 'Facts → provisions',
          notes: ['Analysis, not legal advice.', outcome?.state === 'waiting' ? 'The match API (/v1/match) is not served yet: no results.' : ''].filter(Boolean),
          rows: (await getProvisions(api, matches.map((m) => ({ id: m.id })))).map((p) => {
            const m = matches.find((x) => x.id === p.id);
            return provisionRow(p, url.origin, { met: (m?.matched ?? []).join('; '), to_prove: (m?.to_prove ?? []).join('; ') });
          }),
          json: { facts, state: outcome?.state, result: outcome?.state === 'answer' ? outcome.raw : null },
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
        {facts && outcome ? (
          <section aria-labelledby="results-h">
            <h2 id="results-h">Results</h2>
            <h3>Your facts</h3>
            <FactsSummary facts={facts} />
            <Results outcome={outcome} />
            <ExportLinks url={url} />
          </section>
        ) : null}
        <h2>The facts</h2>
        <FactsForm facts={facts} />
      </Layout>,
    );
  });
